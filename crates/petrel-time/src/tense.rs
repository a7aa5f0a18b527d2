//! How an event with no date in the text stands to the publication date, from tense and aspect.

use petrel_core::{DateRelation, Doc, Upos};

/// The relation of the event triggered at token `t` to the publication date. `future` is the
/// coder's own judgement (a future or planned event, or an intent).
///
/// - future or intent: `after`;
/// - a past-tense verb or auxiliary ("attacked", "was attacked", "did not"), a perfect
///   ("has signed", "had met"), a bare participle as in a headline ("Village shelled"), or a
///   present-tense verb in the document's title ("Israeli forces kill four"): `before`;
/// - otherwise, present tense or progressive ("are massing", "says"): `overlaps`.
///
/// An event noun takes the tense of the verb that governs it ("the talks were held"); one with
/// no verb above it within three steps, as in a headline, overlaps.
pub fn relation(doc: &Doc, t: usize, future: bool) -> DateRelation {
    if future {
        return DateRelation::After;
    }
    let Some(v) = clause_verb(doc, t) else {
        return DateRelation::Overlaps;
    };
    let sentence = doc.sentences[doc.tokens[v].sentence as usize].tokens();
    let mut has_aux = false;
    for a in sentence {
        if doc.tokens[a].head() != Some(v) || doc.tokens[a].deprel.base() != "aux" {
            continue;
        }
        has_aux = true;
        let (xpos, lemma) = (doc.xpos(a), doc.lemma(a).to_ascii_lowercase());
        if matches!(lemma.as_str(), "will" | "shall" | "'ll") {
            return DateRelation::After;
        }
        if xpos == "VBD" || (lemma == "have" && matches!(xpos, "VBZ" | "VBP")) {
            return DateRelation::Before;
        }
    }
    match doc.xpos(v) {
        "VBD" => DateRelation::Before,
        "VBN" if !has_aux => DateRelation::Before,
        // Headlines tell past events in the present: "Israeli forces kill four Palestinians".
        "VBZ" | "VBP" | "VB" if !has_aux && in_headline(doc, v) => DateRelation::Before,
        _ => DateRelation::Overlaps,
    }
}

/// Whether token `t` is in the document's title, when the text opens with it.
pub(crate) fn in_headline(doc: &Doc, t: usize) -> bool {
    let lead = doc.text.len() - doc.text.trim_start().len();
    doc.meta
        .title
        .as_deref()
        .map(str::trim)
        .is_some_and(|title| {
            !title.is_empty()
                && doc.text[lead..].starts_with(title)
                && (doc.tokens[t].span.end as usize) <= lead + title.len()
        })
}

/// The verb whose tense dates token `t`: `t` itself when it is a verb, else the nearest verb
/// above it within three steps of the parse.
fn clause_verb(doc: &Doc, t: usize) -> Option<usize> {
    let mut cur = t;
    for _ in 0..4 {
        if matches!(doc.tokens[cur].upos, Upos::Verb) {
            return Some(cur);
        }
        cur = doc.tokens[cur].head()?;
    }
    None
}
