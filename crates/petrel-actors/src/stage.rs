//! [`ActorStage`]: the pipeline stage that writes `doc.mentions`.

use crate::compose::{self, Draft};
use crate::coref;
use crate::dict::ActorDict;
use crate::matcher::{self, Item};
use crate::units::Units;
use petrel_core::{ActorKind, ActorMention, Doc, Layers, Result, Span, Stage};
use petrel_ontology::actor_code::{sector_name, ActorCode};
use std::sync::Arc;

/// Finds actor mentions: requires TOKENS (uses TAGS and PARSE when present), provides ACTORS.
/// The document date (`doc.meta.date`) selects each person's role; with no date, the latest.
#[derive(Debug, Clone)]
pub struct ActorStage {
    dict: Arc<ActorDict>,
}

impl ActorStage {
    /// A stage over `dict`.
    pub fn new(dict: Arc<ActorDict>) -> ActorStage {
        ActorStage { dict }
    }
    /// The dictionary in use.
    pub fn dict(&self) -> &Arc<ActorDict> {
        &self.dict
    }
}

impl Stage for ActorStage {
    fn name(&self) -> &'static str {
        "actors"
    }
    fn requires(&self) -> Layers {
        Layers::TOKENS
    }
    fn provides(&self) -> Layers {
        Layers::ACTORS
    }
    fn process(&self, doc: &mut Doc) -> Result<()> {
        doc.mentions = mentions(&self.dict, doc);
        Ok(())
    }
}

/// After the parser, when [`ActorStage`] ran before it (so that the parse gate can skip
/// sentences that name no actor): coreference reads the parse only to tell an expletive `it`
/// ("it would be wrong") from one that refers back, so the mentions are found again only in a
/// document where a resolved pronoun turns out to be an expletive. The mentions are then those
/// [`ActorStage`] finds after the parse. Either way, what only the parse settles is applied
/// (see `after_parse`). Requires ACTORS and PARSE.
#[derive(Debug, Clone)]
pub struct ExpletiveCheck {
    dict: Arc<ActorDict>,
}

impl ExpletiveCheck {
    /// A check over the dictionary the earlier [`ActorStage`] used.
    pub fn new(dict: Arc<ActorDict>) -> ExpletiveCheck {
        ExpletiveCheck { dict }
    }
}

impl Stage for ExpletiveCheck {
    fn name(&self) -> &'static str {
        "expletives"
    }
    fn requires(&self) -> Layers {
        Layers::ACTORS | Layers::PARSE
    }
    fn provides(&self) -> Layers {
        Layers::NONE
    }
    fn process(&self, doc: &mut Doc) -> Result<()> {
        let expletive = doc.mentions.iter().any(|m| {
            m.kind == petrel_core::ActorKind::Coreference
                && doc.tokens[m.tok_start as usize].deprel.as_str() == "expl"
        });
        if expletive {
            doc.mentions = mentions(&self.dict, doc);
        } else {
            let mut found = std::mem::take(&mut doc.mentions);
            after_parse(doc, &mut found);
            doc.mentions = found;
        }
        Ok(())
    }
}

/// Every actor mention of `doc`, in text order.
pub(crate) fn mentions(dict: &ActorDict, doc: &Doc) -> Vec<ActorMention> {
    let units = Units::build(doc, dict);
    let date = doc.meta.date;
    let mut sentences: Vec<Vec<Draft>> = Vec::new();
    let mut items: Vec<Item> = Vec::new();
    let mut s0 = 0;
    while s0 < units.v.len() {
        let sent = units.v[s0].sent;
        let s1 = units.v[s0..]
            .iter()
            .position(|u| u.sent != sent)
            .map_or(units.v.len(), |p| s0 + p);
        items.clear();
        matcher::scan(dict, &doc.text, &units, s0, s1, &mut items);
        let mut drafts = Vec::new();
        compose::sentence(dict, date, &units, &items, &mut drafts);
        drafts.retain(|d: &Draft| !owns_what_follows(&units, d.u1));
        sentences.push(drafts);
        s0 = s1;
    }
    coref::resolve(doc, &units, dict, &mut sentences);
    let mut out = sentences
        .into_iter()
        .flatten()
        .filter(|d| !d.code.is_empty())
        .map(|d| {
            let (a, b) = (units.v[d.u0], units.v[d.u1 - 1]);
            let country = d
                .code
                .get(..3)
                .filter(|c| matches!(*c, "IGO" | "NGO") || sector_name(c).is_none());
            let parts = ActorCode::parse(&d.code)
                .map(|c| c.sectors)
                .unwrap_or_default();
            let first = d.code.get(..3).filter(|_| country.is_none());
            let sector = first
                .into_iter()
                .chain(parts)
                .find(|s| sector_name(s).is_some())
                .map(str::to_string);
            let country = country.map(str::to_string);
            ActorMention {
                span: Span {
                    start: a.start,
                    end: b.end,
                },
                tok_start: a.tok,
                tok_end: b.tok + 1,
                head: units.v[d.head].tok,
                code: d.code,
                country,
                sector,
                kind: d.kind,
                entry: d.entry,
            }
        })
        .collect::<Vec<_>>();
    dateline_state(doc, &mut out);
    crate::foreign_parties::foreign_parties(doc, &mut out);
    out.retain(|m| !is_byline(doc, m) && !is_dateline(doc, m));
    // Text order is a promise of `Doc::mentions` that lookups rely on (binary search).
    out.sort_by_key(|m| m.tok_start);
    after_parse(doc, &mut out);
    out
}

/// Participles that, hyphened after a name, make it the owner of the noun that follows
/// ("Singapore government-owned STT", "a state-run company").
const OWNED: &[&str] = &[
    "owned",
    "run",
    "controlled",
    "funded",
    "financed",
    "operated",
];

/// Whether unit `u`, right after a mention, is an [`OWNED`] participle joined to it by a
/// hyphen: the mention owns what follows and does nothing in the sentence itself.
fn owns_what_follows(units: &Units, u: usize) -> bool {
    u > 0
        && u < units.v.len()
        && units.v[u].hyphen
        && units.v[u].sent == units.v[u - 1].sent
        && OWNED.contains(&units.norm(u))
}

/// What only the parse settles about `mentions` (nothing without one): pronouns of a speaker
/// or a clause's subject (`binding.rs`), and agents whose state was only what their clause is
/// about (`topic_state.rs`), states that share an agent's head noun (`shared_head.rs`), and
/// "suspect" before a noun it modifies.
fn after_parse(doc: &Doc, mentions: &mut Vec<ActorMention>) {
    crate::binding::bind_speakers(doc, mentions);
    crate::topic_state::drop_topic_states(doc, mentions);
    crate::shared_head::share_heads(doc, mentions);
    // "a suspect site", "Suspect Site Parchin": "suspect" that modifies a noun names no one.
    mentions.retain(|m| {
        let h = m.head as usize;
        !(m.tok_end - m.tok_start == 1
            && doc.word(h).eq_ignore_ascii_case("suspect")
            && matches!(doc.tokens[h].deprel.as_str(), "amod" | "compound"))
    });
}

/// "HOUSTON (Reuters) - … the government said": in an article that names no state but its
/// dateline's, an agent with no state of its own ("the government", "police", a pronoun that
/// took one up) is of the dateline's.
fn dateline_state(doc: &Doc, out: &mut [ActorMention]) {
    let Some(state) = out
        .iter()
        .find(|m| is_dateline(doc, m))
        .and_then(|m| m.country.clone())
        .filter(|c| c.len() == 3 && petrel_ontology::is_state(c))
    else {
        return;
    };
    let other_state = out.iter().any(|m| {
        !is_dateline(doc, m)
            && m.country
                .as_deref()
                .is_some_and(|c| c != state && c != "IGO")
    });
    if other_state {
        return;
    }
    for m in out.iter_mut() {
        let bare = m.country.is_none()
            && matches!(m.kind, ActorKind::Agent | ActorKind::Coreference)
            && m.sector
                .as_deref()
                .is_some_and(|x| matches!(x, "GOV" | "COP" | "JUD" | "LEG" | "MIL"));
        if bare && m.code.len() == 3 {
            m.code = format!("{state}{}", m.code);
            m.country = Some(state.clone());
        }
    }
}

/// A news agency's credit at the head of a sentence ("AP - Panama recalled …", "WASHINGTON
/// (Reuters) - …") or in brackets at its end ("… (AFP)."): the outlet that filed the story,
/// not an actor in it.
fn is_byline(doc: &Doc, m: &ActorMention) -> bool {
    let media = m.sector.as_deref() == Some("MED")
        || m.code.starts_with("MED")
        || m.code.ends_with("GOVMED");
    if !media || m.kind != petrel_core::ActorKind::Organisation {
        return false;
    }
    let start = doc.tokens[m.tok_start as usize].sentence;
    let first = doc
        .sentences
        .get(start as usize)
        .map_or(0, |s| s.tokens().start);
    let end = m.tok_end as usize;
    let mut j = end;
    while j < doc.tokens.len() && doc.word(j) == ")" {
        j += 1;
    }
    let dash = j < doc.tokens.len() && matches!(doc.word(j), "-" | "--" | "\u{2013}" | "\u{2014}");
    // A credit in brackets that closes its sentence: "… climate pacts (Reuters)."
    let last = doc
        .sentences
        .get(start as usize)
        .map_or(0, |s| s.tokens().end);
    let bracketed = m.tok_start as usize > first
        && doc.word(m.tok_start as usize - 1) == "("
        && j > end
        && (j >= last || (j + 1 == last && matches!(doc.word(j), "." | ":")));
    (dash && (m.tok_start as usize) < first + 6) || bracketed
}

/// A wire dateline at the head of a sentence ("LONDON (Reuters) - …", "BAGHDAD, Iraq - …",
/// "OKLAHOMA CITY - …", "NEW YORK Iran's foreign minister …"): the place the story was filed
/// from, in capitals, and the country after it. It gave the article its context but is not an actor in the sentence.
fn is_dateline(doc: &Doc, m: &ActorMention) -> bool {
    if m.kind == petrel_core::ActorKind::Person {
        return false;
    }
    let s = doc.tokens[m.tok_start as usize].sentence as usize;
    let Some(first) = doc.sentences.get(s).map(|x| x.tokens().start) else {
        return false;
    };
    let (t0, t1) = (m.tok_start as usize, m.tok_end as usize);
    let capitals = |a: usize, b: usize| {
        let mut letters = 0;
        (a..b).all(|i| {
            letters += doc.word(i).chars().filter(|c| c.is_alphabetic()).count();
            !doc.word(i).chars().any(char::is_lowercase)
        }) && letters >= 4
    };
    let closes = |j: usize| j < doc.tokens.len() && closes_dateline(doc.word(j));
    // "NEW YORK Iran's foreign minister said": a place in capitals before a name in mixed case.
    let mixed_after = t1 < doc.tokens.len()
        && doc.tokens[t1].sentence as usize == s
        && doc.word(t1).starts_with(char::is_uppercase)
        && doc.word(t1).chars().any(char::is_lowercase);
    // "Washington - A man convicted of …": a one-word place in mixed case before a dash that
    // opens the story with a capital ("A", "The", a name).
    let dash_story = t1 == t0 + 1
        && t1 + 1 < doc.tokens.len()
        && matches!(doc.word(t1), "-" | "--" | "\u{2013}" | "\u{2014}")
        && doc.tokens[t1 + 1].sentence as usize == s
        && doc.word(t1 + 1).starts_with(char::is_uppercase)
        && m.kind == petrel_core::ActorKind::Country
        && m.code.len() > 3;
    // "World News: Islamabad, Nov 9 : US Deputy Secretary …": a place in any case near the
    // head of its sentence, with the day and a closing mark after it.
    if t0 <= first + 4 && m.kind == petrel_core::ActorKind::Country && dated_close(doc, t1) {
        return true;
    }
    if t0 == first {
        return dash_story
            || (capitals(t0, t1)
                && (closes(t1)
                    || (t1 < doc.tokens.len() && doc.word(t1) == ",")
                    || (mixed_after && m.kind == petrel_core::ActorKind::Country)));
    }
    // The country or state after a dateline's city: "BAGHDAD, Iraq - …", "REDMOND, Washington,
    // Oct 21 (AFP) - …", "MANILA, Philippines At least …".
    t0 >= first + 2
        && doc.word(t0 - 1) == ","
        && capitals(first, t0 - 1)
        && (closes(t1)
            || dated_close(doc, t1)
            // "MANILA, Philippines At least three people …": no mark, a capital after.
            || (mixed_after && m.kind == petrel_core::ActorKind::Country))
}

/// Whether a dateline's date and then its closing mark follow from token `j`: ", Oct 21 (AFP)",
/// ", Nov. 3 -".
pub(crate) fn dated_close(doc: &Doc, j: usize) -> bool {
    let n = doc.tokens.len();
    if j >= n || doc.word(j) != "," {
        return false;
    }
    let mut k = j + 1;
    let mut month = false;
    while k < n && k <= j + 4 {
        let w = doc.word(k).trim_end_matches('.');
        if petrel_core::Date::month_from_name(w).is_some() {
            month = true;
        } else if !(w == "," || (!w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()))) {
            break;
        }
        k += 1;
    }
    month && k < n && closes_dateline(doc.word(k))
}

/// Whether `w` closes a dateline: an agency's bracket, a dash or a colon.
fn closes_dateline(w: &str) -> bool {
    matches!(w, "(" | "-" | "--" | "\u{2013}" | "\u{2014}" | ":")
}
