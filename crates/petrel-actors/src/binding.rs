//! After the parse: "he" or "she" as the subject of what a named person says is that person,
//! and "his" or "her" in a phrase of a clause is its subject's. "Putin said during his meeting
//! with Allawi that he backed the vote" is Putin's meeting and Putin's backing, not Allawi's,
//! though Allawi is the latest person before both pronouns. Coreference ran before the parse and
//! took the latest person; only the parse tells whose clause a pronoun stands in.

use petrel_core::{ActorKind, ActorMention, Doc, Layers, Upos};

/// Lemmas of verbs whose subject speaks or thinks the clause they take.
const SAYING: &[&str] = &[
    "say",
    "tell",
    "add",
    "insist",
    "claim",
    "argue",
    "deny",
    "admit",
    "announce",
    "state",
    "stress",
    "explain",
    "warn",
    "note",
    "believe",
    "think",
    "vow",
    "pledge",
    "promise",
    "confirm",
    "declare",
    "indicate",
    "suggest",
    "acknowledge",
    "reply",
    "assert",
    "maintain",
];

/// Whether mention `m` is a single personal pronoun of one person.
fn personal_pronoun(doc: &Doc, m: &ActorMention) -> bool {
    let w = doc.word(m.tok_start as usize);
    m.kind == ActorKind::Coreference
        && m.tok_end == m.tok_start + 1
        && ["he", "she", "his", "her"]
            .iter()
            .any(|p| w.eq_ignore_ascii_case(p))
}

/// Whether mention `m` is one person: a named person, or a personal pronoun resolved to one.
/// With `titles`, also an agent in the singular ("the US president").
fn one_person(doc: &Doc, m: &ActorMention, titles: bool) -> bool {
    match m.kind {
        ActorKind::Person => true,
        ActorKind::Coreference => personal_pronoun(doc, m),
        ActorKind::Agent => {
            titles
                && matches!(m.sector.as_deref(), Some("GOV" | "LEG" | "JUD" | "MIL"))
                && doc.xpos(m.head as usize) == "NN"
        }
        _ => false,
    }
}

/// The mention of one person that is the subject of `verb`, before token `t`.
fn subject_before(
    doc: &Doc,
    mentions: &[ActorMention],
    verb: usize,
    t: usize,
    titles: bool,
) -> Option<usize> {
    let subject = doc
        .children(verb)
        .find(|&c| doc.tokens[c].deprel.as_str() == "nsubj")?;
    if subject >= t {
        return None;
    }
    mentions
        .iter()
        .position(|m| m.tokens().contains(&subject) && one_person(doc, m, titles))
}

/// The owner of "his" or "her" at token `t`: the subject of the clause whose object or
/// oblique phrase holds the owned noun ("Bush, during his visit", "repeated his call").
fn owner(doc: &Doc, mentions: &[ActorMention], t: usize) -> Option<usize> {
    if doc.tokens[t].deprel.as_str() != "nmod:poss" {
        return None;
    }
    let mut n = doc.tokens[t].head()?;
    for _ in 0..3 {
        let up = doc.tokens[n].head()?;
        if !matches!(doc.tokens[n].deprel.base(), "obj" | "obl" | "nmod") {
            return None;
        }
        if doc.tokens[up].upos == Upos::Verb {
            return subject_before(doc, mentions, up, t, true);
        }
        n = up;
    }
    None
}

/// The speaker of the clause whose subject is token `t`: the mention of one person that is the
/// subject of the verb of saying the clause complements, before `t`. A verb with an object or
/// indirect object ("told Sharon that he") leaves the pronoun as it is.
fn speaker(doc: &Doc, mentions: &[ActorMention], t: usize) -> Option<usize> {
    let tok = &doc.tokens[t];
    if tok.deprel.base() != "nsubj" {
        return None;
    }
    let clause = tok.head()?;
    if doc.tokens[clause].deprel.as_str() != "ccomp" {
        return None;
    }
    let verb = doc.tokens[clause].head()?;
    if !SAYING.contains(&doc.lemma(verb)) {
        return None;
    }
    if doc
        .children(verb)
        .any(|c| matches!(doc.tokens[c].deprel.as_str(), "obj" | "iobj"))
    {
        return None;
    }
    subject_before(doc, mentions, verb, t, false)
}

/// Rebinds each "he"/"she" that opens a clause of saying to the person who says it, and each
/// "his"/"her" in a phrase of a clause to the clause's subject.
pub(crate) fn bind_speakers(doc: &Doc, mentions: &mut [ActorMention]) {
    if !doc.layers.contains(Layers::PARSE) {
        return;
    }
    for i in 0..mentions.len() {
        let m = &mentions[i];
        if !personal_pronoun(doc, m) {
            continue;
        }
        let t = m.tok_start as usize;
        let Some(s) = speaker(doc, mentions, t).or_else(|| owner(doc, mentions, t)) else {
            continue;
        };
        if s == i || mentions[s].code == mentions[i].code {
            continue;
        }
        let (code, country, sector, entry) = {
            let s = &mentions[s];
            (
                s.code.clone(),
                s.country.clone(),
                s.sector.clone(),
                s.entry.clone(),
            )
        };
        let m = &mut mentions[i];
        m.code = code;
        m.country = country;
        m.sector = sector;
        m.entry = entry;
    }
}
