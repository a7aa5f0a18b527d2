//! A clause-level check after tagging: a full sentence needs a finite verb. When a sentence
//! ending in `.` or `!` has none, a past participle right after its subject ("Troops massed
//! near the border.") is a past tense verb, not a reduced relative clause.

use super::tagset::{xpos_index, TagClass};
use petrel_core::Upos;

/// Re-tags the first VBN that follows a noun or pronoun as VBD when `tags` has no finite verb
/// and `words` ends with a full stop or exclamation mark.
pub fn ensure_finite_verb(words: &[&str], tags: &mut [TagClass]) {
    let last = words
        .iter()
        .rev()
        .find(|w| !matches!(**w, "\"" | "”" | "’" | "'" | ")"));
    if !matches!(last, Some(&"." | &"!")) {
        return;
    }
    let finite = [
        xpos_index("VBD"),
        xpos_index("VBZ"),
        xpos_index("VBP"),
        xpos_index("MD"),
    ];
    if tags.iter().any(|t| finite.contains(&t.xpos)) {
        return;
    }
    let vbn = xpos_index("VBN");
    let subject = [
        xpos_index("NN"),
        xpos_index("NNS"),
        xpos_index("NNP"),
        xpos_index("NNPS"),
        xpos_index("PRP"),
    ];
    if let Some(j) =
        (1..tags.len()).find(|&j| tags[j].xpos == vbn && subject.contains(&tags[j - 1].xpos))
    {
        tags[j] = TagClass {
            upos: Upos::Verb,
            xpos: xpos_index("VBD"),
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn past_participle_after_subject_becomes_past_tense() {
        let words = ["Troops", "massed", "near", "the", "border", "."];
        let mut tags: Vec<TagClass> = [
            ("NOUN", "NNS"),
            ("VERB", "VBN"),
            ("ADP", "IN"),
            ("DET", "DT"),
            ("NOUN", "NN"),
            ("PUNCT", "."),
        ]
        .iter()
        .map(|(u, x)| TagClass::new(u, x))
        .collect();
        ensure_finite_verb(&words, &mut tags);
        assert_eq!(tags[1].xpos_name(), "VBD");
        let mut headline = tags.clone();
        headline[1] = TagClass::new("VERB", "VBN");
        ensure_finite_verb(&words[..5], &mut headline[..5]);
        assert_eq!(headline[1].xpos_name(), "VBN");
    }
}
