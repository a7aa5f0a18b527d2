//! A capitalised acronym with a plural `s` ("MPs", "MEPs", "NGOs", "IEDs") is a plural noun.
//! The treebank has few of them, and the tagger can take one for a verb ("told MPs the plan
//! was justified").

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
}
