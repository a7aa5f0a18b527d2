//! After the parse: an agent with no state of its own takes the state its sentence names
//! (see `coref.rs`), but not a state named only in what its clause is about. "Leaders meet
//! over Turkish EU bid" and "Ministers met to discuss the Iranian nuclear programme" say
//! nothing of whose leaders or ministers they are; the agent keeps its bare sector.

use petrel_core::{ActorKind, ActorMention, Doc, Layers};

/// Prepositions of a phrase that names what is spoken or met about, after a word of
/// [`TALKING`].
const TOPIC_CASES: &[&str] = &["over", "on", "about", "regarding", "concerning"];

/// Verbs whose object is what is talked about.
const DISCUSSING: &[&str] = &["discuss", "debate", "consider", "review", "address"];

/// Verbs and nouns of meeting and talking, whose "over"/"on"/"about" phrase is their topic
/// ("meet over", "talks on", "a statement about"), unlike "attacks on" or "call on".
const TALKING: &[&str] = &[
    "meet",
    "meeting",
    "talk",
    "negotiate",
    "negotiation",
    "summit",
    "conference",
    "consult",
    "consultation",
    "confer",
    "debate",
    "statement",
    "speak",
    "comment",
];

/// How far up the parse a token may be from the subject's verb.
const MAX_DEPTH: usize = 8;

/// Whether mention `m` is an agent whose state came from its context ("ministers", entry
/// `official`), not from its own words ("Turkish ministers", entry `Turkish + official`).
fn context_state(m: &ActorMention) -> bool {
    m.kind == ActorKind::Agent && !m.entry.contains(" + ") && m.country.is_some()
}

/// The preposition of token `a`, if any.
fn case_of(doc: &Doc, a: usize) -> Option<&str> {
    doc.children(a)
        .find(|&c| doc.tokens[c].deprel.as_str() == "case")
        .map(|c| doc.lemma(c))
}

/// Whether token `h` lies inside a phrase that names what the clause of `verb` is about: an
/// "over"/"on"/"about" phrase of a word of talking, or the object of "discuss" and the like,
/// on the way up to `verb`
/// through no reported or relative clause.
fn in_topic(doc: &Doc, verb: usize, h: usize) -> bool {
    let mut a = h;
    let mut topic = false;
    for _ in 0..MAX_DEPTH {
        let Some(up) = doc.tokens[a].head() else {
            return false;
        };
        let rel = doc.tokens[a].deprel.base();
        // What someone is reported to say, or a clause of its own, is out of reach.
        if matches!(rel, "ccomp" | "parataxis" | "acl") {
            return false;
        }
        topic |= (matches!(rel, "obl" | "nmod")
            && TALKING.contains(&doc.lemma(up))
            && case_of(doc, a).is_some_and(|c| TOPIC_CASES.contains(&c)))
            || (rel == "obj" && DISCUSSING.contains(&doc.lemma(up)));
        if up == verb {
            return topic;
        }
        a = up;
    }
    false
}

/// Strips the state from each context agent that is the subject of a clause whose sentence
/// names that state only inside what the clause is about.
pub(crate) fn drop_topic_states(doc: &Doc, mentions: &mut [ActorMention]) {
    if !doc.layers.contains(Layers::PARSE) {
        return;
    }
    for i in 0..mentions.len() {
        let m = &mentions[i];
        let h = m.head as usize;
        if !context_state(m) || doc.tokens[h].deprel.base() != "nsubj" {
            continue;
        }
        let Some(verb) = doc.tokens[h].head() else {
            continue;
        };
        // The sentence's other mentions of that state, found by binary search (mentions are
        // in text order): all of them inside the topic, and at least one.
        let sent = doc.sentences[doc.tokens[h].sentence as usize].tokens();
        let lo = mentions.partition_point(|o| (o.tok_start as usize) < sent.start);
        let hi = mentions.partition_point(|o| (o.tok_start as usize) < sent.end);
        let mut any = false;
        let all_in_topic = mentions[lo..hi]
            .iter()
            .filter(|o| {
                o.country == m.country && !context_state(o) && o.kind != ActorKind::Coreference
            })
            .all(|o| {
                any = true;
                in_topic(doc, verb, o.head as usize)
            });
        if !any || !all_in_topic {
            continue;
        }
        let m = &mut mentions[i];
        if let Some(sector) = m.sector.clone() {
            m.country = None;
            m.code = sector;
        }
    }
}
