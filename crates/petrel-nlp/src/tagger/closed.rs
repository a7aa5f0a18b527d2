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

/// "Israeli forces shot dead a Palestinian man", "Palestinian man shot dead in Nablus": "shot"
/// before "dead" is a past tense with an object after "dead", else a participle, whatever the
/// tagger read.
pub fn shot_dead_is_a_verb(words: &[&str], tags: &mut [TagClass]) {
    for i in 0..words.len().saturating_sub(1) {
        if !(words[i].eq_ignore_ascii_case("shot") && words[i + 1].eq_ignore_ascii_case("dead"))
            || tags[i].upos == Upos::Verb
        {
            continue;
        }
        let object = tags.get(i + 2).is_some_and(|t| {
            matches!(
                t.upos,
                Upos::Det | Upos::Num | Upos::Pron | Upos::Propn | Upos::Adj | Upos::Noun
            )
        });
        tags[i] = TagClass {
            upos: Upos::Verb,
            xpos: xpos_index(if object { "VBD" } else { "VBN" }),
        };
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

    #[test]
    fn shot_before_dead_is_a_verb() {
        let words = ["forces", "shot", "dead", "a", "man", "shot", "dead", "in"];
        let mut tags = vec![TagClass::new("NOUN", "NN"); words.len()];
        tags[3] = TagClass::new("DET", "DT");
        tags[7] = TagClass::new("ADP", "IN");
        shot_dead_is_a_verb(&words, &mut tags);
        let names: Vec<&str> = tags.iter().map(|t| t.xpos_name()).collect();
        assert_eq!(names, ["NN", "VBD", "NN", "DT", "NN", "VBN", "NN", "IN"]);
    }
}
