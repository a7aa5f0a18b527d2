//! Headline verbs: news headlines drop articles and auxiliaries ("Israeli army kills two
//! Palestinians"), and a tagger trained on full sentences reads their `-s` verbs as plural
//! nouns. In a sentence with no finite verb, a plural noun between its subject and its object
//! whose lemma is a verb the rules know is re-tagged as a present-tense verb; so is one right
//! after a name that opens a clause of time or cause ("killed after Israel bombs camps"), and a
//! base form right after a plural subject ("Israeli jets strike Gaza").

use crate::RuleSet;
use petrel_core::{Doc, Layers, Result, Stage, Upos};
use std::sync::Arc;

/// Re-tags the `-s` verb of a headline that the tagger read as a noun; runs after the
/// lemmatiser and before the parse gate and the parser, in every pipeline that codes events.
#[derive(Clone)]
pub struct HeadlineVerbs {
    rules: Arc<RuleSet>,
}

impl HeadlineVerbs {
    /// A stage over the rules whose verbs it may restore.
    pub fn new(rules: Arc<RuleSet>) -> HeadlineVerbs {
        HeadlineVerbs { rules }
    }

    /// The token of sentence `s` to re-tag, if any.
    fn verb_read_as_noun(&self, doc: &Doc, s: usize) -> Option<usize> {
        let range = doc.sentences[s].tokens();
        // A past tense right after a preposition is an adjective the tagger misread ("amid
        // renewed fighting").
        let finite = |i: usize| {
            matches!(doc.xpos(i), "VBD" | "VBZ" | "VBP" | "MD")
                && !(i > range.start && doc.tokens[i - 1].upos == Upos::Adp)
        };
        let candidate = |i: usize| {
            let w = doc.word(i);
            doc.xpos(i) == "NNS"
                && w.ends_with('s')
                && w.starts_with(|c: char| c.is_ascii_lowercase())
                && (matches!(doc.tokens[i - 1].upos, Upos::Noun | Upos::Propn)
                    // "UN chief urges ceasefire": a word after a name that the tagger read as
                    // an adjective ends the subject.
                    || (doc.tokens[i - 1].upos == Upos::Adj
                        && i >= range.start + 2
                        && matches!(doc.tokens[i - 2].upos, Upos::Noun | Upos::Propn)))
                && (matches!(
                    doc.tokens[i + 1].upos,
                    Upos::Det | Upos::Num | Upos::Propn | Upos::Pron | Upos::Adj | Upos::Noun
                ) || self.infinitive_after(doc, i))
                && self
                    .rules
                    .verb_rules(&doc.lemma(i).to_lowercase())
                    .next()
                    .is_some()
        };
        let inner = range.start + 1..range.end.saturating_sub(1);
        if !range.clone().any(finite) {
            return inner.clone().find(|&i| candidate(i));
        }
        // "Dozens killed after Israel bombs three camps": a clause opened by a conjunction of
        // time or cause, with a name for its subject and no verb of its own.
        let name = |k: usize| {
            matches!(doc.tokens[k].upos, Upos::Propn | Upos::Noun)
                && doc.word(k).starts_with(|c: char| c.is_uppercase())
        };
        inner.clone().find(|&i| {
            name(i - 1)
                && candidate(i)
                && (range.start..i - 1)
                    .rev()
                    .take(3)
                    .take_while(|&j| {
                        !matches!(doc.tokens[j].upos, Upos::Verb | Upos::Aux | Upos::Punct)
                    })
                    .any(|j| {
                        CLAUSE_OPENERS
                            .iter()
                            .any(|o| doc.word(j).eq_ignore_ascii_case(o))
                            && (j + 1..i).all(name)
                    })
                && !(i + 1..range.end)
                    .take_while(|&k| doc.tokens[k].upos != Upos::Punct)
                    .any(finite)
        })
    }
}

impl HeadlineVerbs {
    /// The base-form verb after a headline's opening pair of names joined by a comma, which
    /// the tagger read as a noun ("Israel, Hezbollah exchange fire", "Jordan, Israel announce
    /// airdrop"): a word the rules know as a verb, right after the second name, in a sentence
    /// with no finite verb before it.
    fn verb_after_name_pair(&self, doc: &Doc, s: usize) -> Option<usize> {
        let range = doc.sentences[s].tokens();
        let name = |k: usize| {
            matches!(
                doc.tokens[k].upos,
                Upos::Propn | Upos::Noun | Upos::Intj | Upos::Adj
            ) && doc.word(k).starts_with(|c: char| c.is_uppercase())
                && !matches!(doc.xpos(k), "VBD" | "VBZ" | "VBP" | "MD")
        };
        let start = range.start;
        let comma = (start + 1..range.end.min(start + 4)).find(|&k| doc.word(k) == ",")?;
        if !(start..comma).all(name) {
            return None;
        }
        let i = (comma + 1..range.end.min(comma + 5)).find(|&k| !name(k))?;
        if i == comma + 1 || i + 1 >= range.end {
            return None;
        }
        let w = doc.word(i);
        let known = self.rules.verb_rules(&w.to_lowercase()).next().is_some();
        let finite_before = (start..i).any(|k| matches!(doc.xpos(k), "VBD" | "VBZ" | "VBP" | "MD"));
        (known
            && !finite_before
            && w.starts_with(|c: char| c.is_ascii_lowercase())
            && !w.ends_with('s')
            && matches!(doc.xpos(i), "NN" | "NNP" | "VB" | "JJ")
            && matches!(
                doc.tokens[i + 1].upos,
                Upos::Det
                    | Upos::Num
                    | Upos::Propn
                    | Upos::Pron
                    | Upos::Adj
                    | Upos::Noun
                    | Upos::Adp
                    | Upos::Part
            ))
        .then_some(i)
    }

    /// The base-form verb after a headline's plural subject, which the tagger read as a noun
    /// ("Israeli jets strike Gaza", "US drones strike targets in Yemen"): in a sentence with no
    /// finite verb, a singular noun the rules know as a verb, right after the first plural noun,
    /// with only modifiers before that noun and an object after it, or an adjective the rules
    /// know as a verb right before a noun.
    fn verb_after_plural_subject(&self, doc: &Doc, s: usize) -> Option<usize> {
        let range = doc.sentences[s].tokens();
        if range
            .clone()
            .any(|k| matches!(doc.xpos(k), "VBD" | "VBZ" | "VBP" | "MD"))
        {
            return None;
        }
        let modifier = |k: usize| {
            matches!(
                doc.tokens[k].upos,
                Upos::Adj | Upos::Propn | Upos::Det | Upos::Num
            ) || (doc.tokens[k].upos == Upos::Noun && doc.xpos(k) == "NN")
        };
        let subject = (range.start..range.end.min(range.start + 5))
            .find(|&k| matches!(doc.xpos(k), "NNS" | "NNPS"))?;
        if !(range.start..subject).all(modifier) {
            return None;
        }
        let i = subject + 1;
        if i + 1 >= range.end {
            return None;
        }
        let w = doc.word(i);
        let object = matches!(
            doc.tokens[i + 1].upos,
            Upos::Det | Upos::Num | Upos::Propn | Upos::Pron | Upos::Adj | Upos::Adv
        ) || doc.xpos(i + 1) == "NNS";
        // "Israeli forces open fire on …", "Militants free hostages": a verb read as an
        // adjective of the noun after it.
        let adjective = doc.xpos(i) == "JJ" && matches!(doc.xpos(i + 1), "NN" | "NNS");
        ((doc.xpos(i) == "NN" && object || adjective)
            && w.starts_with(|c: char| c.is_ascii_lowercase())
            && self.rules.verb_rules(&w.to_lowercase()).next().is_some())
        .then_some(i)
    }

    /// Whether the `-s` word at `i` of a verb that takes an infinitive is followed by one ("The
    /// Thai prime minister pledges to set up an inquiry", "Iran vows to resume enrichment").
    fn infinitive_after(&self, doc: &Doc, i: usize) -> bool {
        i + 2 < doc.tokens.len()
            && doc.tokens[i + 2].sentence == doc.tokens[i].sentence
            && doc.word(i + 1).eq_ignore_ascii_case("to")
            && doc.xpos(i + 2) == "VB"
            && INFINITIVE_VERBS.contains(&doc.lemma(i).to_lowercase().as_str())
    }
}

/// Verbs of will and promise whose `-s` form before "to" and an infinitive is a verb, not a
/// plural noun ("pledges to", "vows to", "threatens to").
const INFINITIVE_VERBS: &[&str] = &[
    "pledge", "vow", "promise", "threaten", "agree", "refuse", "vote", "offer", "decide", "seek",
    "move", "intend",
];

/// Conjunctions that open a clause of time or cause in a headline.
const CLAUSE_OPENERS: &[&str] = &["after", "as", "when", "while", "before", "since", "because"];

impl Stage for HeadlineVerbs {
    fn name(&self) -> &'static str {
        "headline"
    }
    fn requires(&self) -> Layers {
        Layers::TAGS | Layers::LEMMAS
    }
    fn provides(&self) -> Layers {
        Layers::NONE
    }
    fn process(&self, doc: &mut Doc) -> Result<()> {
        let Some(vbz) = doc.xpos_names.iter().position(|&x| x == "VBZ") else {
            return Ok(());
        };
        let vbp = doc.xpos_names.iter().position(|&x| x == "VBP");
        for s in 0..doc.sentences.len() {
            if let Some(i) = self.verb_read_as_noun(doc, s) {
                doc.tokens[i].upos = Upos::Verb;
                doc.tokens[i].xpos = vbz as u8;
            } else if let Some((i, vbp)) = self
                .verb_after_name_pair(doc, s)
                .or_else(|| self.verb_after_plural_subject(doc, s))
                .zip(vbp)
            {
                doc.tokens[i].upos = Upos::Verb;
                doc.tokens[i].xpos = vbp as u8;
            }
        }
        Ok(())
    }
}
