//! A capitalised acronym with a plural `s` ("MPs", "MEPs", "NGOs", "IEDs") is a plural noun.
//! The treebank has few of them, and the tagger can take one for a verb ("told MPs the plan
//! was justified"). A wh-word in capitals amid lower-case words is an acronym ("WHO says").

use super::tagset::{xpos_index, TagClass};
use petrel_core::Upos;

/// True when `w` is two or more capital letters (or digits after the first) followed by `s`.
fn acronym_plural(w: &str) -> bool {
    let Some(stem) = w.strip_suffix('s') else {
        return false;
    };
    stem.len() >= 2
        && stem.starts_with(|c: char| c.is_ascii_uppercase())
        && stem
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

/// Retags as plural nouns the acronym plurals tagged as verbs.
pub fn acronym_plurals_are_nouns(words: &[&str], tags: &mut [TagClass]) {
    for (w, t) in words.iter().zip(tags.iter_mut()) {
        if matches!(t.upos, Upos::Verb | Upos::Aux) && acronym_plural(w) {
            *t = TagClass {
                upos: Upos::Noun,
                xpos: xpos_index("NNS"),
            };
        }
    }
}

/// True when `w` is two or more ASCII capitals and nothing else ("WHO", not "I" or "Who").
fn all_capitals(w: &str) -> bool {
    w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase())
}

/// Retags as proper nouns the words in capitals tagged as wh-pronouns or wh-determiners ("the
/// WHO said", "WHO says"), unless most of the sentence is in capitals too (a shouted headline).
/// Other pronouns in capitals are mostly emphasis ("THAT would be a tragedy").
pub fn capital_wh_words_are_names(words: &[&str], tags: &mut [TagClass]) {
    let candidate =
        |(w, t): (&&str, &TagClass)| matches!(t.xpos_name(), "WP" | "WDT") && all_capitals(w);
    if !words.iter().zip(tags.iter()).any(candidate) {
        return;
    }
    let lettered = words
        .iter()
        .filter(|w| w.bytes().any(|b| b.is_ascii_alphabetic()));
    let (shouted, all) = lettered.fold((0, 0), |(s, a), w| (s + all_capitals(w) as usize, a + 1));
    if 2 * shouted >= all {
        return;
    }
    for (w, t) in words.iter().zip(tags.iter_mut()) {
        if candidate((w, t)) {
            *t = TagClass {
                upos: Upos::Propn,
                xpos: xpos_index("NNP"),
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_capitalised_acronym_plurals_become_nouns() {
        let words = ["told", "MPs", "IS", "Bs", "runs", "F16s"];
        let verb = TagClass::new("VERB", "VBZ");
        let mut tags = vec![verb; words.len()];
        acronym_plurals_are_nouns(&words, &mut tags);
        let names: Vec<&str> = tags.iter().map(|t| t.xpos_name()).collect();
        assert_eq!(names, ["VBZ", "NNS", "VBZ", "VBZ", "VBZ", "NNS"]);
    }

    #[test]
    fn wh_words_in_capitals_are_names_unless_the_sentence_shouts() {
        let pron = TagClass::new("PRON", "WP");
        let words = ["WHO", "says", "who", "is", "ill"];
        let mut tags = vec![pron; words.len()];
        capital_wh_words_are_names(&words, &mut tags);
        let names: Vec<&str> = tags.iter().map(|t| t.xpos_name()).collect();
        assert_eq!(names, ["NNP", "WP", "WP", "WP", "WP"]);
        let mut emphatic = vec![TagClass::new("PRON", "DT"); 3];
        capital_wh_words_are_names(&["THAT", "is", "wrong"], &mut emphatic);
        assert_eq!(emphatic[0].xpos_name(), "DT");
        let shouted = ["WHO", "WILL", "PAY", "for", "IT"];
        let mut tags = vec![pron; shouted.len()];
        capital_wh_words_are_names(&shouted, &mut tags);
        assert!(tags.iter().all(|t| t.xpos_name() == "WP"));
    }
}
