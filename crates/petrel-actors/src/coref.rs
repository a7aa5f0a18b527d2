//! The document pass: pronouns, definite descriptions, bare agents and sponsored agents get
//! their codes from the rest of the article.
//!
//! - first, a match of a contextual alias (a common surname, a one-word city) or of the
//!   misspelling fallback is dropped unless its state is named by some other mention;
//! - `he`/`him`/`she`: the latest person (a named person or a one-person agent such as
//!   `the minister`) in this or the three previous sentences;
//! - `they`/`them`: the latest group (plural agents, organisations) within two sentences;
//! - `it`: the latest state, organisation or institution in this or the previous sentence (not a
//!   people named in the plural, "Palestinians"), unless
//!   followed by `is`, `was`, `seems`… (the pleonastic `it`) and no adjective of will with its
//!   infinitive ("it was ready to");
//! - `the minister`, `the administration`…: the latest earlier mention of the same noun
//!   (`an official` … `the official`), else the latest with the same sector, anywhere in the
//!   article (a person agent needs a person); these are [`ActorKind::Coreference`];
//! - an agent with no country (or a definite one with no antecedent) takes the state its
//!   sentence mentions most as an actor (armed groups: as an actor or a place, `insurgents in
//!   Baghdad`), else as a place (`in Ukraine`), else the state the
//!   article has mentioned most so far (ties: the first mentioned), else stays a bare sector
//!   code such as `GOV`;
//! - an `X-backed` agent takes the state other than `X` most mentioned (as actor or place) in
//!   its sentence, else in it and the two before, else in the whole article (ties: the first
//!   mentioned); with none, a bare sector code;
//! - a surname of a person named in full in an earlier sentence ("Mr Brown", "Clarke said") is
//!   that person (see `surnames.rs`).

use crate::compose::{compose, Draft, Pending, RefClass};
use crate::dict::ActorDict;
use crate::history::History;
use crate::matcher::Pronoun;
use crate::surnames::{sentence_ranges, Surnames};
use crate::units::Units;
use petrel_core::{ActorKind, Doc, Layers, Upos};
use petrel_ontology::actor_code::sector_name;
use std::collections::{HashMap, HashSet};

/// British titles of peers and knights, which go before a name ("Lord Harris").
const PEERAGE: &[&str] = &[
    "lord", "lady", "baroness", "baron", "sir", "dame", "viscount", "earl",
];

/// Words after which `it` is pleonastic ("it is likely"), whatever the parse says.
pub const PLEONASTIC: [&str; 10] = [
    "is", "was", "s", "seems", "seemed", "appears", "appeared", "remains", "remained", "has",
];
/// Adjectives of will that make `it` before them a body that acts: "said it was ready to
/// withdraw" is the state speaking, unlike "it is likely to".
const WILLING: [&str; 11] = [
    "ready",
    "prepared",
    "willing",
    "unwilling",
    "determined",
    "keen",
    "eager",
    "committed",
    "reluctant",
    "happy",
    "open",
];

/// Whether units from `i` read as an adjective of will and its infinitive, with "not",
/// "still", "also" or "now" before it ("was not prepared to").
fn states_will(units: &Units, mut i: usize) -> bool {
    let Some(s) = units.v.get(i).map(|u| u.sent) else {
        return false;
    };
    let sent = |j: usize| units.v.get(j).is_some_and(|u| u.sent == s);
    while sent(i) && matches!(units.norm(i), "not" | "still" | "also" | "now") {
        i += 1;
    }
    sent(i + 1) && WILLING.contains(&units.norm(i)) && units.norm(i + 1) == "to"
}

const NON_STATE: [&str; 6] = ["IGO", "NGO", "IMG", "MNC", "MED", "INT"];

/// The state (or region) part of a code, if it has one: not an IGO, NGO or the like, and not
/// a bare sector such as `GOV`.
pub(crate) fn state_of(code: &str) -> Option<&str> {
    let c = code.get(..3)?;
    (c.bytes().all(|b| b.is_ascii_uppercase())
        && !NON_STATE.contains(&c)
        && sector_name(c).is_none())
    .then_some(c)
}

/// Whether units `u0..u1` open their sentence in capitals, followed by a news agency in
/// brackets or a dash, perhaps after a date: "HOUSTON (Reuters) -", "OTTAWA (CP) -", "KABUL -",
/// "CAIRO, Dec 17 (AFP) --".
fn wire_dateline(doc: &Doc, units: &Units, u0: usize, u1: usize) -> bool {
    let first = units.v[u0].tok as usize;
    let after = units.v[u1 - 1].tok as usize + 1;
    let sentence = doc.tokens[first].sentence as usize;
    let opens = doc
        .sentences
        .get(sentence)
        .is_some_and(|s| s.tokens().start == first);
    opens
        && (u0..u1).all(|i| units.v[i].upper && units.norm(i).chars().count() >= 3)
        && after < doc.tokens.len()
        && (matches!(doc.word(after), "(" | "-" | "--" | "\u{2013}" | "\u{2014}")
            || crate::stage::dated_close(doc, after))
}

/// Tokens a headline with a credit line has at most.
const CREDIT_SENTENCE: usize = 20;

/// Whether units `u0..u1` close their sentence after a spaced dash, as the source a headline
/// credits ("Iran agrees to enrichment freeze -diplomats", "Sudan rejects UN plan - officials"):
/// who reported the news, not who took part in it.
fn credit_line(doc: &Doc, units: &Units, u0: usize, u1: usize) -> bool {
    let first = units.v[u0].tok as usize;
    let last = units.v[u1 - 1].tok as usize;
    let sentence = doc.tokens[first].sentence as usize;
    let Some(end) = doc.sentences.get(sentence).map(|s| s.tokens().end) else {
        return false;
    };
    let is_dash = |w: &str| matches!(w, "-" | "--" | "\u{2013}" | "\u{2014}");
    let spaced_before = |t: usize| {
        let start = doc.tokens[t].span.start as usize;
        start > 0 && doc.text[..start].ends_with(char::is_whitespace)
    };
    // "-diplomats" kept whole, or a dash token of its own before the name.
    let dashed = (doc.word(first).starts_with('-') && spaced_before(first))
        || (first > 0
            && doc.tokens[first - 1].sentence as usize == sentence
            && is_dash(doc.word(first - 1))
            && spaced_before(first - 1));
    // A headline's length: in a long sentence, a dash before its last words is an apposition
    // ("would love to portray on the big screen - Ian Paisley").
    let short = doc.sentences[sentence].tokens().len() <= CREDIT_SENTENCE;
    dashed
        && short
        && first > doc.sentences[sentence].tokens().start + 1
        && (last + 1..end).all(|t| doc.tokens[t].upos == petrel_core::Upos::Punct)
}

/// Resolves pending drafts in place (dropping those that cannot be resolved). `sentences`
/// holds each sentence's drafts in text order.
pub(crate) fn resolve(doc: &Doc, units: &Units, dict: &ActorDict, sentences: &mut [Vec<Draft>]) {
    let named: HashSet<String> = sentences
        .iter()
        .flatten()
        .filter(|d| d.pending == Pending::No && !d.contextual && !d.is_outlet())
        .filter_map(|d| state_of(&d.code).map(str::to_string))
        .collect();
    // "HOUSTON (Reuters) - …": a one-word city in capitals that opens a wire story is its
    // dateline, whatever else the story names.
    for s in sentences.iter_mut() {
        // "… -diplomats": a headline's credit names no actor of its event.
        s.retain(|d| {
            !(matches!(d.kind, ActorKind::Agent | ActorKind::Organisation)
                && credit_line(doc, units, d.u0, d.u1))
        });
        // "Magnus McEwen-King": a title joined by a hyphen to a name is part of the name.
        s.retain(|d| {
            !(d.kind == ActorKind::Agent
                && crate::private::hyphenated_surname(units, dict, d.u0, d.u1))
        });
        s.retain(|d| {
            !d.contextual
                || state_of(&d.code).is_some_and(|c| named.contains(c))
                || wire_dateline(doc, units, d.u0, d.u1)
        });
        // "Lord Harris", "Sir Digby Jones": a British peer's or knight's title before a bare
        // surname names someone other than a foreign leader who shares it.
        s.retain(|d| {
            !(d.contextual
                && d.u0 > 0
                && PEERAGE.contains(&units.norm(d.u0 - 1))
                && state_of(&d.code) != Some("GBR"))
        });
    }
    let described = described_states(units, sentences);
    let mut history = History::default();
    let mut sponsored: Vec<(usize, String)> = Vec::new();
    let mut surnames = Surnames::new(units, dict);
    let ranges = sentence_ranges(units);
    // Bare agents that found no state in their sentence or before it: a headline's "Court" or
    // "Police", or "the Cabinet Office said" atop an article, is of the country it names most.
    let mut stateless: Vec<(usize, usize, String)> = Vec::new();
    // Whether the sentence before opened with a name no dictionary knows ("AOL backed the
    // cuts."): "a spokesman said" right after it is that body's.
    let mut after_unknown_name = false;
    // Units of speakers no dictionary knows ("said Rifkin"), in text order.
    let mut speakers: Vec<usize> = Vec::new();
    for (s, drafts) in sentences.iter_mut().enumerate() {
        if let Some(r) = ranges.get(s) {
            surnames.find(r.clone(), drafts);
        }
        let covered = |u: usize| drafts.iter().any(|d| d.u0 <= u && u < d.u1);
        if let Some(r) = ranges.get(s) {
            speakers.extend(crate::unknown_speakers::find(
                doc,
                units,
                dict,
                r.clone(),
                covered,
            ));
        }
        let unknown_name = ranges.get(s).is_some_and(|r| {
            crate::private::opens_with_unknown_name(units, dict, r.clone(), covered)
        });
        let near_unknown_name = unknown_name || after_unknown_name;
        after_unknown_name = unknown_name;
        let private_spokesman =
            |d: &Draft| near_unknown_name && crate::private::bare_spokesman(units, d.u0, d.u1);
        let explicit: Vec<Draft> = drafts
            .iter()
            .filter(|d| d.pending == Pending::No)
            .cloned()
            .collect();
        let spans: Vec<(usize, usize)> = drafts.iter().map(|d| (d.u0, d.u1)).collect();
        let held = |u: usize| spans.iter().any(|&(a, b)| a <= u && u < b);
        let mut kept = Vec::with_capacity(drafts.len());
        for d in drafts.drain(..) {
            let named = d.pending == Pending::No && !d.contextual;
            let resolved = match d.pending.clone() {
                Pending::No => Some(d),
                // "Monsanto said it accepted responsibility": the body no dictionary knows
                // that opens the sentence is what "it" refers back to, not an earlier state.
                Pending::Pronoun(Pronoun::Thing) if unknown_name => None,
                Pending::Pronoun(p) => pronoun(doc, units, &history, &speakers, s, &d, p),
                Pending::Bare { .. } if private_spokesman(&d) => None,
                Pending::Bare { .. }
                    if d.class == RefClass::Person
                        && crate::private::officer_of_unknown_body(
                            units, dict, d.u0, d.u1, held,
                        ) =>
                {
                    None
                }
                Pending::Bare { definite } => {
                    let premier =
                        (d.u0..d.u1).any(|i| matches!(units.norm(i), "prime" | "premier"));
                    let ante = if definite {
                        definite_antecedent(&history, &d, premier)
                    } else {
                        None
                    };
                    let ante = ante.or_else(|| described_elsewhere(units, &described, &d));
                    let spokesman = crate::private::is_spokesman(units, d.u0, d.u1);
                    let mut r =
                        ante.unwrap_or_else(|| with_context(&history, &explicit, &d, spokesman));
                    // "Echoing Condoleezza Rice, the prime minister said": no prime minister
                    // is of a state that has none; the article's main state other than it.
                    if let Some(st) = state_of(&r.code).filter(|st| premier && no_premier(st)) {
                        let other = history
                            .dominant(Some(st), false)
                            .or_else(|| history.dominant(Some(st), true))
                            .filter(|o| !no_premier(o));
                        r.code = match other {
                            Some(o) => compose(o, false, &d.code),
                            None => compose("", true, &d.code),
                        };
                        r.kind = d.kind;
                        r.entry = d.entry.clone();
                    }
                    // A body's officer ("IGOEUR") is not stateless.
                    if state_of(&r.code).is_none() && !r.code.starts_with("IGO") {
                        stateless.push((s, kept.len(), d.code.clone()));
                    }
                    Some(r)
                }
                Pending::Sponsor { sponsor } => {
                    sponsored.push((s, sponsor));
                    kept.push(d);
                    continue;
                }
            };
            if let Some(r) = resolved.map(|r| shadow_office(units, r)) {
                // A dateline is no antecedent: "CAIRO, Dec 17 (AFP) -- … the government" of a
                // story on Sudan is not Egypt's.
                if !wire_dateline(doc, units, r.u0, r.u1) {
                    history.push(s, r.clone(), named);
                }
                kept.push(r);
            }
        }
        surnames.learn(&kept);
        *drafts = kept;
    }
    for drafts in sentences.iter_mut() {
        crate::private::business_pairs(units, drafts);
    }
    // A headline's agent takes the article's leading state; one in the text, only a state
    // the article names at least twice and more than any other.
    let (lead, clear) = (history.dominant(None, false), history.clearly_dominant());
    for (s, k, agent) in &stateless {
        if let Some(state) = if *s == 0 { lead } else { clear } {
            let bare = compose("", true, agent);
            let code = compose(state, false, agent);
            if let Some(d) = sentences.get_mut(*s).and_then(|ds| ds.get_mut(*k)) {
                d.code = code.clone();
            }
            // The pronouns that took it up ("she added") follow it.
            for ds in sentences.iter_mut().skip(*s + 1) {
                for d in ds.iter_mut() {
                    if d.kind == ActorKind::Coreference && d.code == bare {
                        d.code = code.clone();
                    }
                }
            }
        }
    }
    // A headline names by surname whom its article names in full only below it ("Howard
    // rejects BNP's claim" before "Tory leader Michael Howard …").
    if let (Some(r), Some(first)) = (ranges.first(), sentences.first_mut()) {
        surnames.find(r.clone(), first);
    }
    if let Some(state) = clear {
        for (r, drafts) in ranges.iter().zip(sentences.iter_mut()) {
            crate::unnamed::add_titled(units, dict, r.clone(), state, drafts);
            crate::outlets::add_outlets(units, r.clone(), state, drafts);
        }
    }
    if sponsored.is_empty() {
        return;
    }
    for (s, sponsor) in &sponsored {
        // The sponsored side is nearly always the state named nearby ("war broke out in eastern
        // Ukraine between government forces and Russian-backed separatists"): look in the
        // sentence, then the two before it, then the whole article.
        let near = |lo: usize| {
            dominant(
                history.sentences(lo, *s).iter().map(|(_, d)| d),
                Some(sponsor),
                true,
            )
        };
        let best = near(*s)
            .or_else(|| near(s.saturating_sub(2)))
            .or_else(|| history.dominant(Some(sponsor), false))
            .or_else(|| history.dominant(Some(sponsor), true))
            .map(str::to_string);
        for d in sentences[*s]
            .iter_mut()
            .filter(|d| matches!(&d.pending, Pending::Sponsor { sponsor: sp } if sp == sponsor))
        {
            d.code = match &best {
                Some(c) => compose(c, false, &d.code),
                None => compose("", true, &d.code),
            };
            d.pending = Pending::No;
        }
    }
}

/// The state mentioned most often among `drafts` (not counting coreference, nor places unless
/// `places`), other than `except`; ties go to the one mentioned first.
fn dominant<'a>(
    drafts: impl Iterator<Item = &'a Draft>,
    except: Option<&str>,
    places: bool,
) -> Option<&'a str> {
    let mut counts: HashMap<&str, (usize, usize)> = HashMap::new();
    for (n, d) in drafts.enumerate() {
        if d.kind == ActorKind::Coreference || (d.place && !places) || d.is_outlet() {
            continue;
        }
        if let Some(c) = state_of(&d.code).filter(|c| Some(*c) != except) {
            counts.entry(c).or_insert((0, n)).0 += 1;
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(_, (n, first))| (n, std::cmp::Reverse(first)))
        .map(|(c, _)| c)
}

fn pronoun(
    doc: &Doc,
    units: &Units,
    history: &History,
    speakers: &[usize],
    s: usize,
    d: &Draft,
    p: Pronoun,
) -> Option<Draft> {
    if p == Pronoun::Thing {
        let next = d.u1;
        if next < units.v.len()
            && units.v[next].sent == units.v[d.u0].sent
            && PLEONASTIC.contains(&units.norm(next))
            && !states_will(units, next + 1)
        {
            return None;
        }
        let tok = units.v[d.u0].tok as usize;
        if doc.layers.contains(Layers::PARSE) && doc.tokens[tok].deprel.as_str() == "expl" {
            return None;
        }
    }
    let window = match p {
        Pronoun::Person => 3,
        Pronoun::Plural => 2,
        Pronoun::Thing => 1,
    };
    let (_, a) = history
        .items()
        .iter()
        .rev()
        .take_while(|(hs, _)| s - hs <= window)
        // A dateline names where the story was filed, never what "it" is.
        .filter(|(_, h)| !wire_dateline(doc, units, h.u0, h.u1))
        .find(|(_, h)| match p {
            Pronoun::Person => h.class == RefClass::Person,
            Pronoun::Plural => h.class == RefClass::Plural || h.kind == ActorKind::Organisation,
            // "Israel has killed 83 Palestinians as it steps up raids": a plural name of a
            // people is no "it".
            Pronoun::Thing => h.class == RefClass::Thing && !people_plural(doc, units, h),
        })?;
    // "…," said Rifkin. "…," he said: a speaker no dictionary knows stands between. Inside a
    // quotation, "he" is someone the speaker talks about.
    if p == Pronoun::Person
        && speakers
            .get(speakers.partition_point(|&u| u < a.u1))
            .is_some_and(|&u| u < d.u0)
        && !crate::unknown_speakers::quoted(doc, units.v[d.u0].tok as usize)
    {
        return None;
    }
    Some(Draft {
        code: a.code.clone(),
        kind: ActorKind::Coreference,
        entry: a.entry.clone(),
        class: a.class,
        pending: Pending::No,
        ..d.clone()
    })
}

/// Whether a state's mention is the plural of its demonym ("Palestinians", "Ukrainians"): the
/// people, not the state: one word, a plural noun that begins like the entry's name and does
/// not end it ("United States" does).
fn people_plural(doc: &Doc, units: &Units, h: &Draft) -> bool {
    let last = units.norm(h.u0);
    let entry = h.entry.to_ascii_lowercase();
    h.kind == ActorKind::Country
        && h.u1 == h.u0 + 1
        && last.ends_with('s')
        && !entry.ends_with(last)
        // "Palestinians" of Palestinian, "Ukrainians" of Ukraine; not "Commons" of Westminster.
        && last.len() >= 4
        && entry.get(..4) == last.get(..4)
        && matches!(doc.xpos(units.v[h.u0].tok as usize), "NNS" | "NNPS")
}

/// An office of a government "shadow" names before it ("Shadow Home Secretary David Davis",
/// "the shadow constitutional affairs secretary") is the opposition's: `OPP` in place of `GOV`.
fn shadow_office(units: &Units, mut d: Draft) -> Draft {
    let is_office = matches!(d.kind, ActorKind::Agent | ActorKind::Person)
        && d.code.len() == 6
        && d.code.ends_with("GOV");
    // "shadow" opens the title, up to four capitalised or lower-case title words before it.
    let shadow = (d.u0.saturating_sub(4)..=d.u0)
        .rev()
        .take_while(|&i| units.v[i].sent == units.v[d.u0].sent)
        .any(|i| units.norm(i) == "shadow");
    if is_office && shadow {
        d.code.replace_range(3..6, "OPP");
    }
    d
}

/// For each agent noun of one person, the states that the article puts on it explicitly
/// ("the South African archbishop"), with repeats.
fn described_states(units: &Units, sentences: &[Vec<Draft>]) -> HashMap<String, Vec<String>> {
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    for d in sentences.iter().flatten() {
        let explicit = d.pending == Pending::No && !d.contextual && !d.place;
        if !explicit || d.class != RefClass::Person || d.kind != ActorKind::Agent {
            continue;
        }
        if let (true, Some(state)) = (d.entry.contains(" + "), state_of(&d.code)) {
            let noun = title_noun(units, d);
            out.entry(noun.to_string())
                .or_default()
                .push(state.to_string());
        }
    }
    out
}

/// The last word of an agent's title as written ("archbishop"), which tells titles of one
/// sector apart ("crown prince" and "minister" are both officials).
fn title_noun<'a>(units: &'a Units, d: &Draft) -> &'a str {
    units.norm(d.u1.saturating_sub(1).max(d.u0))
}

/// A title before a name no dictionary knows ("Archbishop Desmond Tutu") is one person, whose
/// state is the one the article gives that title explicitly ("the South African archbishop"),
/// when it gives one state only: where the sentence is set says nothing of it.
fn described_elsewhere(
    units: &Units,
    described: &HashMap<String, Vec<String>>,
    d: &Draft,
) -> Option<Draft> {
    let named = units.v.get(d.u1).is_some_and(|n| {
        n.sent == units.v[d.u0].sent && n.cap && !n.upper && n.upos == Some(Upos::Propn)
    });
    if d.class != RefClass::Person || !named {
        return None;
    }
    let states = described.get(title_noun(units, d))?;
    let first = states.first()?;
    if states.iter().any(|s| s != first) {
        return None;
    }
    Some(Draft {
        code: compose(first, false, &d.code),
        pending: Pending::No,
        ..d.clone()
    })
}

/// States whose government has had no prime minister or premier since 1992 (presidential
/// systems; Kenya, Peru and Afghanistan have had one since, so they are not listed).
const NO_PREMIER: &[&str] = &[
    "USA", "MEX", "BRA", "ARG", "COL", "CHL", "VEN", "ECU", "BOL", "PRY", "URY", "IDN", "PHL",
    "NGA", "ZAF", "CYP", "CHE", "IRN", "GHA", "LBR", "SLE", "ZMB", "MWI", "BWA", "GTM", "HND",
    "SLV", "NIC", "CRI", "PAN", "DOM",
];

/// Whether state `st` has no prime minister ([`NO_PREMIER`]).
fn no_premier(st: &str) -> bool {
    NO_PREMIER.contains(&st)
}

/// The earlier mention a definite description ("the minister") refers back to: the latest of
/// the same noun, else the latest of the same sector; for a `premier`, never one of a state
/// with no prime minister.
fn definite_antecedent(history: &History, d: &Draft, premier: bool) -> Option<Draft> {
    let sector = d.code.trim_matches('~').get(..3)?;
    let fits = |h: &Draft| {
        h.code.get(3..6) == Some(sector)
            && (d.class != RefClass::Person || h.class == RefClass::Person)
            && !(premier && state_of(&h.code).is_some_and(no_premier))
    };
    let a = history
        .latest_with_noun(&d.entry, fits)
        .or_else(|| history.latest_with_sector(sector, fits))?;
    Some(Draft {
        code: a.code.clone(),
        kind: ActorKind::Coreference,
        entry: a.entry.clone(),
        pending: Pending::No,
        ..d.clone()
    })
}

fn with_context(history: &History, explicit: &[Draft], d: &Draft, spokesman: bool) -> Draft {
    // "The European Commission is sticking with its plan on U.S. goods, a spokeswoman said":
    // a spokesman after the body that opens the sentence, a body of no state, speaks for it.
    if spokesman {
        let first = explicit.iter().filter(|m| !m.place).min_by_key(|m| m.u0);
        if let Some(body) = first.filter(|m| {
            m.u1 <= d.u0 && m.kind == ActorKind::Organisation && m.code.starts_with("IGO")
        }) {
            return Draft {
                code: body.code.clone(),
                pending: Pending::No,
                ..d.clone()
            };
        }
    }
    // "A US State Department spokesman says … talks with China's military chief": the body
    // named just before the title is the officer's, however often another state comes up.
    let before = explicit
        .iter()
        .filter(|m| m.u1 == d.u0 && !m.place)
        .find_map(|m| state_of(&m.code));
    // "Insurgents exploded car bombs at the US-Iraqi headquarters in Baghdad", "gunmen in
    // Baghdad kidnapped two Italians": armed groups are of the land they fight in, not of the
    // states they fight or seize people of.
    let armed = d.code == "~REB";
    // "clashes between US forces and Shia militiamen across Iraq": the forces of a state other
    // than the land named as a place are those the group fights, not its own.
    let places: Vec<&str> = explicit
        .iter()
        .filter(|m| m.place)
        .filter_map(|m| state_of(&m.code))
        .collect();
    let foreign_force = |m: &Draft| {
        !m.place
            && matches!(m.code.get(3..), Some("MIL" | "COP"))
            && state_of(&m.code).is_some_and(|c| !places.is_empty() && !places.contains(&c))
    };
    let state = before
        .or_else(|| {
            armed
                .then(|| dominant(explicit.iter().filter(|m| !foreign_force(m)), None, true))
                .flatten()
        })
        .or_else(|| dominant(explicit.iter(), None, false))
        .or_else(|| dominant(explicit.iter(), None, true))
        .or_else(|| history.dominant(None, false));
    let code = match state {
        Some(c) => compose(c, false, &d.code),
        None => compose("", true, &d.code),
    };
    Draft {
        code,
        pending: Pending::No,
        ..d.clone()
    }
}
