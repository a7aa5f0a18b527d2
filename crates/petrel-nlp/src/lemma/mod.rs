//! Lemmatisation driven by the tags: irregular-form tables first, then suffix rules.
//! Lemmas follow UD English EWT: lower-cased except for proper nouns and `I`.

mod irregular;
mod rules;

use petrel_core::{Doc, Layers, Result, Stage, Upos};
use std::collections::HashMap;

/// The lemmatisation stage: requires TAGS, provides LEMMAS. Holds its lookup tables.
pub struct Lemmatizer {
    past: HashMap<&'static str, &'static str>,
    present: HashMap<&'static str, &'static str>,
    plurals: HashMap<&'static str, &'static str>,
    degrees: HashMap<(&'static str, char), &'static str>,
    closed: HashMap<(&'static str, &'static str), &'static str>,
    ed: HashMap<&'static str, &'static str>,
    ing: HashMap<&'static str, &'static str>,
}

impl Default for Lemmatizer {
    fn default() -> Self {
        Lemmatizer::new()
    }
}

impl Lemmatizer {
    /// Builds the lookup tables.
    pub fn new() -> Lemmatizer {
        let mut past = HashMap::new();
        for &(base, p, pp) in irregular::VERBS {
            for f in p.split('|').chain(pp.split('|')) {
                past.entry(f).or_insert(base);
            }
        }
        Lemmatizer {
            past,
            present: irregular::PRESENT.iter().copied().collect(),
            plurals: irregular::PLURALS.iter().copied().collect(),
            degrees: irregular::DEGREES.iter().map(|&(f, c, l)| ((f, c), l)).collect(),
            closed: irregular::CLOSED.iter().map(|&(f, x, l)| ((f, x), l)).collect(),
            ed: irregular::ED_EXCEPTIONS.iter().copied().collect(),
            ing: irregular::ING_EXCEPTIONS.iter().copied().collect(),
        }
    }

    /// The lemma of `word` tagged `upos`/`xpos`.
    pub fn lemma(&self, word: &str, upos: Upos, xpos: &str) -> String {
        let lower = word.to_lowercase();
        let l = lower.as_str();
        if let Some(x) = self.closed.get(&(l, xpos)) {
            return x.to_string();
        }
        match xpos {
            "NNP" => word.to_string(),
            "NNPS" => self.plurals.get(l).map(|s| s.to_string()).unwrap_or_else(|| rules::singular(word)),
            "NNS" => self.plurals.get(l).map(|s| s.to_string()).unwrap_or_else(|| rules::singular(l)),
            "VBD" | "VBN" => self.past.get(l).or_else(|| self.ed.get(l)).map(|s| s.to_string()).unwrap_or_else(|| rules::past(l)),
            "VBG" => self.ing.get(l).map(|s| s.to_string()).unwrap_or_else(|| rules::gerund(l)),
            "VBZ" => self.present.get(l).map(|s| s.to_string()).unwrap_or_else(|| rules::third_person(l)),
            "VB" | "VBP" => self.present.get(l).map(|s| s.to_string()).unwrap_or(lower),
            "JJR" | "JJS" => self.degrees.get(&(l, 'J')).map(|s| s.to_string()).unwrap_or_else(|| rules::positive(l)),
            "RBR" | "RBS" => self.degrees.get(&(l, 'R')).map(|s| s.to_string()).unwrap_or_else(|| rules::positive(l)),
            _ if upos == Upos::Propn => word.to_string(),
            _ if l == "i" && upos == Upos::Pron => "I".to_string(),
            _ => lower,
        }
    }
}

impl Stage for Lemmatizer {
    fn name(&self) -> &'static str {
        "lemma"
    }
    fn requires(&self) -> Layers {
        Layers::TAGS
    }
    fn provides(&self) -> Layers {
        Layers::LEMMAS
    }
    fn process(&self, doc: &mut Doc) -> Result<()> {
        doc.lemma_buf.clear();
        for i in 0..doc.tokens.len() {
            let t = doc.tokens[i];
            let w = doc.word(i);
            let initial = doc.sentences.get(t.sentence as usize).is_some_and(|s| s.tok_start as usize == i);
            // EWT keeps the case of capitalised adjectives such as "Russian" inside a sentence.
            let titlecase = w.chars().next().is_some_and(char::is_uppercase) && w.chars().skip(1).any(char::is_lowercase);
            let l = if t.upos == Upos::Adj && titlecase && !initial && t.xpos != 0 && doc.xpos(i) == "JJ" {
                w.to_string()
            } else {
                self.lemma(w, t.upos, doc.xpos(i))
            };
            doc.set_lemma(i, &l);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_verbs_and_nouns() {
        let l = Lemmatizer::new();
        for (w, u, x, want) in [
            ("attacked", Upos::Verb, "VBD", "attack"), ("massing", Upos::Verb, "VBG", "mass"), ("met", Upos::Verb, "VBD", "meet"),
            ("sought", Upos::Verb, "VBD", "seek"), ("troops", Upos::Noun, "NNS", "troop"), ("forces", Upos::Noun, "NNS", "force"),
            ("was", Upos::Aux, "VBD", "be"), ("'s", Upos::Aux, "VBZ", "be"), ("n't", Upos::Part, "RB", "not"),
            ("Moscow", Upos::Propn, "NNP", "Moscow"), ("The", Upos::Det, "DT", "the"), ("children", Upos::Noun, "NNS", "child"),
            ("better", Upos::Adj, "JJR", "good"), ("them", Upos::Pron, "PRP", "they"), ("ca", Upos::Aux, "MD", "can"),
            ("found", Upos::Verb, "VBD", "find"), ("found", Upos::Verb, "VB", "found"), ("left", Upos::Verb, "VBN", "leave"),
            ("has", Upos::Aux, "VBZ", "have"), ("I", Upos::Pron, "PRP", "I"), ("focused", Upos::Verb, "VBN", "focus"),
        ] {
            assert_eq!(l.lemma(w, u, x), want, "{w}/{x}");
        }
    }
}
