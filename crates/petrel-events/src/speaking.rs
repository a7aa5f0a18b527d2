//! One statement per act of speaking: "A senior official, speaking to the BBC, said that …"
//! and "Describing Arafat as a giant, Mbeki said …" are one statement each, not two.

use petrel_core::{Doc, Event};

/// Cases of a phrase that names whom a participle of speaking addresses ("speaking to the
/// BBC", "talking with reporters"); "speaking after the debate" or "from France" names none.
const ADDRESSEE_CASES: &[&str] = &["to", "with"];

/// Drops a statement made by a participle of speaking ("speaking", "describing") that opens or
/// interrupts the clause of another statement by the same speaker, before its verb and with no
/// conjunction of its own ("after announcing …" is an act of its own). The statement that stays takes the
/// participle's target when it has none and that target is whom the participle addresses or
/// describes (its object, or in a "to" or "with" phrase).
pub(crate) fn merge_speaking_participles(doc: &Doc, events: &mut Vec<Event>) {
    let statement = |e: &Event| e.code.starts_with("01");
    let mut drop = vec![false; events.len()];
    let mut gifts: Vec<(usize, usize)> = Vec::new();
    // Each event's trigger token, found once.
    let triggers: Vec<Option<usize>> = events.iter().map(|e| doc.trigger_token(e)).collect();
    for (k, e) in events.iter().enumerate() {
        if !statement(e) {
            continue;
        }
        let Some(t) = triggers[k] else {
            continue;
        };
        let tok = &doc.tokens[t];
        if doc.xpos(t) != "VBG" {
            continue;
        }
        let s = e.sentence;
        let range = doc.sentences[s].tokens();
        let up = |i: usize| doc.tokens[i].head().filter(|h| range.contains(h));
        // The verb the participle belongs to: its head, or for one set off after the subject
        // ("The chancellor, speaking at …, said") the subject's verb. Only a participle before
        // its verb: one after it ("…, adding: …") says more.
        let h = match tok.deprel.as_str() {
            "advcl" => up(t),
            "acl" => up(t)
                .filter(|&n| doc.tokens[n].deprel.as_str() == "nsubj")
                .and_then(up),
            _ => None,
        };
        let Some(h) = h.filter(|&h| t < h) else {
            continue;
        };
        if range.clone().any(|d| {
            doc.tokens[d].head() == Some(t)
                && matches!(doc.tokens[d].deprel.as_str(), "mark" | "nsubj")
        }) {
            continue;
        }
        let Some(main) = events.iter().zip(&triggers).position(|(m, &mt)| {
            m.sentence == s
                && statement(m)
                && mt == Some(h)
                && m.source.as_ref().map(|a| &a.code) == e.source.as_ref().map(|a| &a.code)
                && m.source.is_some()
        }) else {
            continue;
        };
        drop[k] = true;
        if events[main].target.is_none()
            && e.target.as_ref().is_some_and(|a| addressed(doc, t, a.span))
        {
            gifts.push((main, k));
        }
    }
    for (main, k) in gifts {
        events[main].target = events[k].target.clone();
    }
    crate::parents::remove(events, &drop);
}

/// Whether the mention at bytes `span` is the object of participle `t` or sits in a "to" or
/// "with" phrase below it.
fn addressed(doc: &Doc, t: usize, span: petrel_core::Span) -> bool {
    let s = doc.tokens[t].sentence as usize;
    let range = doc.sentences[s].tokens();
    let Some(mut n) = range
        .clone()
        .find(|&i| doc.tokens[i].span.start <= span.start && span.start < doc.tokens[i].span.end)
    else {
        return false;
    };
    let addressee_case = |n: usize| {
        range.clone().any(|d| {
            doc.tokens[d].head() == Some(n)
                && doc.tokens[d].deprel.as_str() == "case"
                && ADDRESSEE_CASES
                    .iter()
                    .any(|c| doc.word(d).eq_ignore_ascii_case(c))
        })
    };
    // Up from the mention's first word to the word that hangs on the participle, noting a
    // "to" or "with" on the way ("at a news conference with Li").
    let mut with = false;
    for _ in 0..range.len() {
        with |= addressee_case(n);
        match doc.tokens[n].head().filter(|h| range.contains(h)) {
            Some(h) if h == t => {
                return with || matches!(doc.tokens[n].deprel.as_str(), "obj" | "iobj");
            }
            Some(h) => n = h,
            None => return false,
        }
    }
    false
}
