//! A clause-level check after tagging: a full sentence needs a finite verb. When a sentence
//! ending in `.` or `!` has none, a past participle right after its subject ("Troops massed
//! near the border.") is a past tense verb, not a reduced relative clause. So is one right
//! after an opening noun phrase when every finite verb after it stands in a subordinate clause
//! ("The prime minister denied all that, insisting that it was untrue.").

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
    let vbn = xpos_index("VBN");
    let subject = [
        xpos_index("NN"),
        xpos_index("NNS"),
        xpos_index("NNP"),
        xpos_index("NNPS"),
        xpos_index("PRP"),
    ];
    let found = if tags.iter().any(|t| finite.contains(&t.xpos)) {
        main_participle(words, tags, &finite, &subject)
    } else {
        (1..tags.len()).find(|&j| tags[j].xpos == vbn && subject.contains(&tags[j - 1].xpos))
    };
    if let Some(j) = found {
        tags[j] = TagClass {
            upos: Upos::Verb,
            xpos: xpos_index("VBD"),
        };
    }
}

/// The participle right after the sentence's opening noun phrase, when each finite verb comes
/// after a word that opens a subordinate clause between the two ("that", "which", "because").
fn main_participle(
    words: &[&str],
    tags: &[TagClass],
    finite: &[u8; 4],
    subject: &[u8; 5],
) -> Option<usize> {
    let phrase = [
        xpos_index("DT"),
        xpos_index("PRP$"),
        xpos_index("JJ"),
        xpos_index("CD"),
        xpos_index("POS"),
    ];
    let vbn = xpos_index("VBN");
    let (jj, object) = (
        xpos_index("JJ"),
        [xpos_index("DT"), xpos_index("CD"), xpos_index("PRP$")],
    );
    // "Guerrillas wounded two soldiers": a participle read as an adjective, before an object.
    let verb_like = |j: usize| {
        tags[j].xpos == vbn
            || (tags[j].xpos == jj
                && words[j].ends_with("ed")
                && tags.get(j + 1).is_some_and(|n| object.contains(&n.xpos)))
    };
    let j = (1..tags.len()).find(|&j| {
        (subject.contains(&tags[j - 1].xpos) && verb_like(j))
            || (!subject.contains(&tags[j].xpos) && !phrase.contains(&tags[j].xpos))
    })?;
    // "Three suspected Muslim militants": a participle before an adjective, or after a number,
    // modifies the noun that follows.
    if !verb_like(j)
        || !subject.contains(&tags[j - 1].xpos)
        || tags.get(j + 1).is_some_and(|n| n.xpos == jj)
        || NUMBER_WORDS
            .iter()
            .any(|n| words[j - 1].eq_ignore_ascii_case(n))
    {
        return None;
    }
    let complementizers = [
        xpos_index("IN"),
        xpos_index("WDT"),
        xpos_index("WP"),
        xpos_index("WP$"),
    ];
    let mut subordinate = false;
    for k in j + 1..tags.len() {
        if complementizers.contains(&tags[k].xpos)
            && SUBORDINATORS
                .iter()
                .any(|s| words[k].eq_ignore_ascii_case(s))
        {
            subordinate = true;
        }
        if finite.contains(&tags[k].xpos) && !subordinate && !reporting_clause(words, j, k) {
            return None;
        }
    }
    Some(j)
}

/// Whether finite verb `k` is a verb of saying in a reporting clause set off by a comma after
/// the clause it reports ("Guerrillas wounded two soldiers, police said.").
fn reporting_clause(words: &[&str], j: usize, k: usize) -> bool {
    REPORTING.contains(&words[k]) && (k.saturating_sub(5).max(j)..k).any(|i| words[i] == ",")
}

/// Verbs of saying in the past or present tense, as reporting clauses use them.
const REPORTING: &[&str] = &[
    "said",
    "says",
    "told",
    "reported",
    "added",
    "claimed",
    "stated",
    "announced",
];

/// Numbers in words that the tagger may read as names at the start of a sentence.
const NUMBER_WORDS: &[&str] = &[
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "dozens",
    "hundreds",
    "thousands",
];

/// Words that open a subordinate clause and never a phrase ("after the raid" can be either).
const SUBORDINATORS: &[&str] = &[
    "that", "which", "who", "whom", "whose", "because", "if", "whether", "although", "though",
];

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

    fn tagged(pairs: &[(&str, &str)]) -> Vec<TagClass> {
        pairs.iter().map(|(u, x)| TagClass::new(u, x)).collect()
    }

    #[test]
    fn participle_before_a_subordinate_clause_becomes_past_tense() {
        let words = [
            "The", "minister", "denied", "it", ",", "saying", "that", "it", "was", "false", ".",
        ];
        let mut tags = tagged(&[
            ("DET", "DT"),
            ("NOUN", "NN"),
            ("VERB", "VBN"),
            ("PRON", "PRP"),
            ("PUNCT", ","),
            ("VERB", "VBG"),
            ("SCONJ", "IN"),
            ("PRON", "PRP"),
            ("AUX", "VBD"),
            ("ADJ", "JJ"),
            ("PUNCT", "."),
        ]);
        ensure_finite_verb(&words, &mut tags);
        assert_eq!(tags[2].xpos_name(), "VBD");
        let words = [
            "Rebels", "wounded", "two", "soldiers", ",", "police", "said", ".",
        ];
        let mut tags = tagged(&[
            ("NOUN", "NNS"),
            ("VERB", "VBN"),
            ("NUM", "CD"),
            ("NOUN", "NNS"),
            ("PUNCT", ","),
            ("NOUN", "NNS"),
            ("VERB", "VBD"),
            ("PUNCT", "."),
        ]);
        ensure_finite_verb(&words, &mut tags);
        assert_eq!(tags[1].xpos_name(), "VBD");
        // A reduced relative before the main verb stays a participle.
        let words = ["The", "man", "arrested", "there", "was", "freed", "."];
        let mut tags = tagged(&[
            ("DET", "DT"),
            ("NOUN", "NN"),
            ("VERB", "VBN"),
            ("ADV", "RB"),
            ("AUX", "VBD"),
            ("VERB", "VBN"),
            ("PUNCT", "."),
        ]);
        ensure_finite_verb(&words, &mut tags);
        assert_eq!(tags[2].xpos_name(), "VBN");
    }
}
