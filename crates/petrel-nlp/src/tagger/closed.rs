//! Prepositions that are never anything else: a headline without a verb can lead the tagger to
//! read one as a past tense or a noun ("Gaza's Christians fear 'threat of extinction' amid
//! Israel war", "Mali's army kills ten rebels amid renewed fighting").

use super::tagset::{xpos_index, TagClass};
use petrel_core::Upos;

/// Prepositions with no verb of the same spelling.
const ONLY_PREPOSITIONS: &[&str] = &[
    "amid",
    "amidst",
    "despite",
    "during",
    "toward",
    "towards",
    "via",
    "upon",
    "among",
    "amongst",
    "throughout",
    "unlike",
    "onto",
];

/// Whether `w` is one of the [`ONLY_PREPOSITIONS`], in any case. The first letter is checked
/// before the whole word, so most words cost one comparison.
fn only_preposition(w: &str) -> bool {
    let first = w.as_bytes()[0].to_ascii_lowercase();
    ONLY_PREPOSITIONS
        .iter()
        .any(|p| p.as_bytes()[0] == first && p.eq_ignore_ascii_case(w))
}

/// Retags as prepositions the [`ONLY_PREPOSITIONS`] that the tagger read as anything else.
pub fn prepositions_are_prepositions(words: &[&str], tags: &mut [TagClass]) {
    for (w, t) in words.iter().zip(tags.iter_mut()) {
        if t.upos != Upos::Adp && (3..=10).contains(&w.len()) && only_preposition(w) {
            *t = TagClass {
                upos: Upos::Adp,
                xpos: xpos_index("IN"),
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_preposition_read_as_a_verb_or_noun_is_a_preposition() {
        let words = ["fear", "threat", "amid", "war", "Amid"];
        let mut tags = vec![TagClass::new("VERB", "VBD"); words.len()];
        tags[4] = TagClass::new("NOUN", "NN");
        prepositions_are_prepositions(&words, &mut tags);
        let names: Vec<&str> = tags.iter().map(|t| t.xpos_name()).collect();
        assert_eq!(names, ["VBD", "VBD", "IN", "VBD", "IN"]);
    }
}
