//! Lemmatisation driven by the tags: irregular-form tables first, then suffix rules.
//! Lemmas follow UD English EWT: lower-cased except for proper nouns and `I`.

mod irregular;
mod rules;

use petrel_core::{Doc, Layers, Result, Span, Stage, Upos};
use std::borrow::Cow;
use std::collections::HashMap;

/// Whether `w` (lower case) is the simple past of an irregular verb that differs from its base
/// form ("shot", "overran", "fought"; not "cut" or "hit"). Forms that are also the base of a
/// verb ("lay", "found", "wound") do not count.
pub(crate) fn is_irregular_past(w: &str) -> bool {
    static PAST: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    PAST.get_or_init(|| {
        let bases: std::collections::HashSet<&str> =
            irregular::VERBS.iter().map(|&(base, _, _)| base).collect();
        irregular::VERBS
            .iter()
            .flat_map(|&(_, p, _)| p.split('|'))
            .filter(|f| {
                !bases.contains(f)
                    && !matches!(
                        *f,
                        "found" | "wound" | "ground" | "bound" | "saw" | "fell" | "rose"
                    )
            })
            .collect()
    })
    .contains(w)
}

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
            degrees: irregular::DEGREES
                .iter()
                .map(|&(f, c, l)| ((f, c), l))
                .collect(),
            closed: irregular::CLOSED
                .iter()
                .map(|&(f, x, l)| ((f, x), l))
                .collect(),
            ed: irregular::ED_EXCEPTIONS.iter().copied().collect(),
            ing: irregular::ING_EXCEPTIONS.iter().copied().collect(),
        }
    }

    /// The lemma of `word` tagged `upos`/`xpos`.
    pub fn lemma(&self, word: &str, upos: Upos, xpos: &str) -> String {
        let mut lower = String::new();
        self.lemma_with(word, upos, xpos, &mut lower).into_owned()
    }

    /// The lemma, using `lower` as scratch space; borrowed (no allocation) unless a suffix rule applies.
    pub fn lemma_with<'a>(
        &'a self,
        word: &'a str,
        upos: Upos,
        xpos: &str,
        lower: &'a mut String,
    ) -> Cow<'a, str> {
        lower.clear();
        lower.extend(word.chars().flat_map(char::to_lowercase));
        let l: &'a str = lower.as_str();
        if let Some(x) = self.closed.get(&(l, xpos)) {
            return Cow::Borrowed(x);
        }
        let table =
            |t: &'a HashMap<&'static str, &'static str>| t.get(l).map(|s| Cow::Borrowed(*s));
        match xpos {
            "NNP" => Cow::Borrowed(word),
            "NNPS" => table(&self.plurals).unwrap_or_else(|| Cow::Owned(rules::singular(word))),
            "NNS" => table(&self.plurals).unwrap_or_else(|| Cow::Owned(rules::singular(l))),
            "VBD" | "VBN" => table(&self.past)
                .or_else(|| table(&self.ed))
                .unwrap_or_else(|| Cow::Owned(rules::past(l))),
            "VBG" => table(&self.ing).unwrap_or_else(|| Cow::Owned(rules::gerund(l))),
            "VBZ" => table(&self.present).unwrap_or_else(|| Cow::Owned(rules::third_person(l))),
            // A past form tagged as present ("retook", "froze") is still a past form, unless it
            // is also a base form ("found", "lay", "saw").
            "VB" | "VBP" => table(&self.present)
                .or_else(|| table(&self.past).filter(|_| !AMBIGUOUS_PAST.contains(&l)))
                .unwrap_or(Cow::Borrowed(l)),
            "JJR" | "JJS" => self
                .degrees
                .get(&(l, 'J'))
                .map(|s| Cow::Borrowed(*s))
                .unwrap_or_else(|| Cow::Owned(rules::positive(l))),
            "RBR" | "RBS" => self
                .degrees
                .get(&(l, 'R'))
                .map(|s| Cow::Borrowed(*s))
                .unwrap_or_else(|| Cow::Owned(rules::positive(l))),
            _ if upos == Upos::Propn => Cow::Borrowed(word),
            _ if l == "i" && upos == Upos::Pron => Cow::Borrowed("I"),
            _ => Cow::Borrowed(l),
        }
    }
}

/// Looks like an adjective of nationality ("Russian", "Chinese", "British", "Israeli").
/// Irregular past forms that are also base forms of other verbs.
const AMBIGUOUS_PAST: [&str; 10] = [
    "found", "lay", "saw", "wound", "ground", "fell", "bore", "bound", "rent", "smelt",
];

fn is_nationality(w: &str) -> bool {
    let l = w.to_ascii_lowercase();
    !matches!(
        l.as_str(),
        "human" | "urban" | "mini" | "multi" | "semi" | "anti"
    ) && (l.ends_with("an")
        || l.ends_with("ese")
        || l.ends_with("ish")
        || (l.ends_with('i') && l.len() > 4))
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
        let mut lower = String::new();
        for i in 0..doc.tokens.len() {
            let t = doc.tokens[i];
            let w = t.span.slice(&doc.text);
            let xpos = doc.xpos_names.get(t.xpos as usize).copied().unwrap_or("_");
            let initial = doc
                .sentences
                .get(t.sentence as usize)
                .is_some_and(|s| s.tok_start as usize == i);
            // EWT keeps the case of capitalised adjectives such as "Russian" inside a sentence.
            let titlecase = w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().skip(1).any(char::is_lowercase);
            let l = if t.upos == Upos::Adj
                && titlecase
                && xpos == "JJ"
                && (!initial || is_nationality(w))
            {
                Cow::Borrowed(w)
            } else {
                self.lemma_with(w, t.upos, xpos, &mut lower)
            };
            let start = doc.lemma_buf.len();
            doc.lemma_buf.push_str(&l);
            doc.tokens[i].lemma = Span::new(start, doc.lemma_buf.len());
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
            ("attacked", Upos::Verb, "VBD", "attack"),
            ("massing", Upos::Verb, "VBG", "mass"),
            ("met", Upos::Verb, "VBD", "meet"),
            ("sought", Upos::Verb, "VBD", "seek"),
            ("troops", Upos::Noun, "NNS", "troop"),
            ("forces", Upos::Noun, "NNS", "force"),
            ("was", Upos::Aux, "VBD", "be"),
            ("'s", Upos::Aux, "VBZ", "be"),
            ("n't", Upos::Part, "RB", "not"),
            ("Moscow", Upos::Propn, "NNP", "Moscow"),
            ("The", Upos::Det, "DT", "the"),
            ("children", Upos::Noun, "NNS", "child"),
            ("better", Upos::Adj, "JJR", "good"),
            ("them", Upos::Pron, "PRP", "they"),
            ("ca", Upos::Aux, "MD", "can"),
            ("found", Upos::Verb, "VBD", "find"),
            ("found", Upos::Verb, "VB", "found"),
            ("left", Upos::Verb, "VBN", "leave"),
            ("has", Upos::Aux, "VBZ", "have"),
            ("I", Upos::Pron, "PRP", "I"),
            ("focused", Upos::Verb, "VBN", "focus"),
            ("retook", Upos::Verb, "VBP", "retake"),
            ("froze", Upos::Verb, "VB", "freeze"),
            ("lay", Upos::Verb, "VBP", "lay"),
            ("massacred", Upos::Verb, "VBD", "massacre"),
            ("centred", Upos::Verb, "VBN", "centre"),
            ("quizzed", Upos::Verb, "VBD", "quiz"),
            ("ordered", Upos::Verb, "VBD", "order"),
        ] {
            assert_eq!(l.lemma(w, u, x), want, "{w}/{x}");
        }
    }
}
