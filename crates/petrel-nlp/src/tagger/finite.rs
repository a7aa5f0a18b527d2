//! A clause-level check after tagging: a full sentence needs a finite verb. When a sentence
//! ending in `.` or `!` has none, a past participle right after its subject ("Troops massed
//! near the border.") is a past tense verb, not a reduced relative clause. So is one right
//! after an opening noun phrase when every finite verb after it stands in a subordinate clause
//! ("The prime minister denied all that, insisting that it was untrue."), also after an
//! opening adverb and comma ("Meanwhile, the IMF warned that …"). With no finite verb, a
//! regular past read as an adjective between the subject and its object is one too ("Turkey
//! unveiled plans").

use super::tagset::{xpos_index, TagClass};
use petrel_core::Upos;

/// Re-tags as a verb what a sentence ending with a full stop or exclamation mark lacks (see the
/// module doc and `irregular_past`); an opening adverb and comma are left out.
pub fn ensure_finite_verb(words: &[&str], tags: &mut [TagClass]) {
    if words.len() > 3 && words[1] == "," && tags[0].xpos == xpos_index("RB") {
        return ensure_finite_verb(&words[2..], &mut tags[2..]);
    }
    // "AFP - US authorities arrested …", "BAGHDAD (Reuters) - …": a credit line before a dash
    // is no part of the clause.
    if let Some(d) = credit_dash(words) {
        return ensure_finite_verb(&words[d + 1..], &mut tags[d + 1..]);
    }
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
    // "Rebels shot three soldiers": a capitalised plural that opens the sentence, read as a
    // verb, before an irregular past tense read as anything else, is the subject.
    if tags.len() > 2
        && tags[0].xpos == xpos_index("VBZ")
        && words[0].starts_with(char::is_uppercase)
        && words[0].ends_with('s')
        && irregular(words[1])
    {
        tags[0] = TagClass {
            upos: Upos::Noun,
            xpos: xpos_index("NNS"),
        };
    }
    // "Two farmers shot dead by soldiers": an irregular past read as a present tense ("shot"
    // is no present) is the participle of a passive, or else a past tense.
    let present = [xpos_index("VBP"), xpos_index("VB")];
    for j in 1..tags.len() {
        if present.contains(&tags[j].xpos)
            && subject.contains(&tags[j - 1].xpos)
            && irregular(words[j])
        {
            let xpos = if passive_after(words, tags, j) {
                vbn
            } else {
                xpos_index("VBD")
            };
            tags[j] = TagClass {
                upos: Upos::Verb,
                xpos,
            };
        }
    }
    let found = if tags.iter().any(|t| finite.contains(&t.xpos)) {
        main_participle(words, tags, &finite, &subject)
    } else {
        // "Palestinian man shot dead in West Bank": with no verb at all, an irregular past
        // after the subject of a headline's passive is its participle. The first participle
        // after a subject then becomes the main verb, which the event coder reads as a reduced
        // passive; a later one ("soldier killed in attack; gunman shot dead") stays one.
        if let Some(j) = (1..tags.len()).find(|&j| {
            subject.contains(&tags[j - 1].xpos)
                && tags[j].upos != Upos::Verb
                && irregular(words[j])
                && passive_after(words, tags, j)
        }) {
            tags[j] = TagClass {
                upos: Upos::Verb,
                xpos: vbn,
            };
        }
        // "Turkey unveiled plans to send troops": a regular past read as an adjective right
        // after the subject and before its object.
        let (jj, object) = (
            xpos_index("JJ"),
            [
                xpos_index("DT"),
                xpos_index("CD"),
                xpos_index("PRP$"),
                xpos_index("NNS"),
            ],
        );
        let past_read_as_adjective = |j: usize| {
            tags[j].xpos == jj
                && words[j].ends_with("ed")
                && words[j].starts_with(|c: char| c.is_ascii_lowercase())
                && tags.get(j + 1).is_some_and(|n| object.contains(&n.xpos))
        };
        (1..tags.len())
            .find(|&j| {
                (tags[j].xpos == vbn || past_read_as_adjective(j))
                    && subject.contains(&tags[j - 1].xpos)
            })
            .or_else(|| irregular_past(words, tags, &subject))
    };
    if let Some(j) = found {
        tags[j] = TagClass {
            upos: Upos::Verb,
            xpos: xpos_index("VBD"),
        };
    }
}

/// In a sentence with no verb, an irregular past tense read as a noun or a preposition right
/// after a noun or pronoun and before what may open its object ("the army shot two
/// Palestinians", "forces overran the base", "soldiers shot dead a protester").
fn irregular_past(words: &[&str], tags: &[TagClass], subject: &[u8; 5]) -> Option<usize> {
    let object = object_tags();
    (1..tags.len().saturating_sub(1)).find(|&j| {
        subject.contains(&tags[j - 1].xpos)
            && object.contains(&tags[j + 1].xpos)
            && irregular(words[j])
            && !passive_after(words, tags, j)
    })
}

/// Whether `w`, in any case, is an irregular past tense; lower-cases only a capitalised word.
fn irregular(w: &str) -> bool {
    if w.bytes().any(|b| b.is_ascii_uppercase()) {
        crate::lemma::is_irregular_past(&w.to_ascii_lowercase())
    } else {
        crate::lemma::is_irregular_past(w)
    }
}

/// Tags that may open a verb's object.
fn object_tags() -> [u8; 8] {
    [
        xpos_index("DT"),
        xpos_index("CD"),
        xpos_index("PRP$"),
        xpos_index("NNP"),
        xpos_index("NNPS"),
        xpos_index("NNS"),
        xpos_index("JJ"),
        xpos_index("PRP"),
    ]
}

/// Whether the participle at `j` reads as a headline's passive: "Two Palestinians shot dead by
/// Israeli forces" (an agent after "by"), "man shot dead in Gaza" (no object after "dead").
fn passive_after(words: &[&str], tags: &[TagClass], j: usize) -> bool {
    let object = object_tags();
    // "by" within the next few words, before any punctuation ("killed as settlers backed by
    // the army burn houses" is no passive of "killed").
    words[j + 1..]
        .iter()
        .take(4)
        .take_while(|w| w.chars().any(char::is_alphanumeric))
        .any(|w| w.eq_ignore_ascii_case("by"))
        || (words
            .get(j + 1)
            .is_some_and(|w| w.eq_ignore_ascii_case("dead"))
            && !tags.get(j + 2).is_some_and(|t| object.contains(&t.xpos)))
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
        // "arrested 40 protesters and charged 12": a verb right after "and" shares the
        // participle's subject, so it is no clause of its own.
        let shares_subject = matches!(words[k - 1], "and" | "or" | "but");
        if finite.contains(&tags[k].xpos)
            && !subordinate
            && !shares_subject
            && !reporting_clause(words, j, k)
        {
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

/// The dash that closes a credit line opening the sentence ("AFP -", "BAGHDAD (Reuters) -"):
/// capitalised words, perhaps one in brackets, then a dash, with more than three words after.
fn credit_dash(words: &[&str]) -> Option<usize> {
    let d = words
        .iter()
        .take(6)
        .position(|w| matches!(*w, "-" | "--" | "\u{2013}" | "\u{2014}"))?;
    let credit = d > 0
        && words[..d]
            .iter()
            .all(|w| matches!(*w, "(" | ")" | ",") || w.starts_with(char::is_uppercase));
    (credit && words.len() > d + 4).then_some(d)
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

    #[test]
    fn an_irregular_past_after_a_subject_is_a_verb_unless_a_passive_follows() {
        let words = ["The", "army", "shot", "two", "men", "."];
        let mut tags = tagged(&[
            ("DET", "DT"),
            ("NOUN", "NN"),
            ("NOUN", "NN"),
            ("NUM", "CD"),
            ("NOUN", "NNS"),
            ("PUNCT", "."),
        ]);
        ensure_finite_verb(&words, &mut tags);
        assert_eq!(tags[2].xpos_name(), "VBD");
        let words = [
            "Two", "men", "shot", "dead", "by", "troops", "were", "buried", ".",
        ];
        let mut tags = tagged(&[
            ("NUM", "CD"),
            ("NOUN", "NNS"),
            ("VERB", "VBP"),
            ("ADJ", "JJ"),
            ("ADP", "IN"),
            ("NOUN", "NNS"),
            ("AUX", "VBD"),
            ("VERB", "VBN"),
            ("PUNCT", "."),
        ]);
        ensure_finite_verb(&words, &mut tags);
        assert_eq!(tags[2].xpos_name(), "VBN");
    }

    #[test]
    fn an_opening_adverb_is_left_out() {
        let words = [
            "Meanwhile",
            ",",
            "the",
            "bank",
            "warned",
            "that",
            "it",
            "was",
            "late",
            ".",
        ];
        let mut tags = tagged(&[
            ("ADV", "RB"),
            ("PUNCT", ","),
            ("DET", "DT"),
            ("NOUN", "NN"),
            ("VERB", "VBN"),
            ("SCONJ", "IN"),
            ("PRON", "PRP"),
            ("AUX", "VBD"),
            ("ADJ", "JJ"),
            ("PUNCT", "."),
        ]);
        ensure_finite_verb(&words, &mut tags);
        assert_eq!(tags[4].xpos_name(), "VBD");
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
