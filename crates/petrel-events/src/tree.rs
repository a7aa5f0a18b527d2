//! Read-only helpers over one parsed sentence: dependents by relation, prepositions, lemmas.

use petrel_core::{Doc, Upos};
use std::borrow::Cow;
use std::ops::Range;

/// A sentence of a parsed document, with lower-cased lemmas cached for matching.
pub struct Tree<'a> {
    /// The document.
    pub doc: &'a Doc,
    /// Token range of the sentence (document-level indices).
    pub range: Range<usize>,
    /// True when heads and relations are available.
    pub parsed: bool,
    lemmas: Vec<Cow<'a, str>>,
    /// Relation labels, with the repairs of [`repaired_rel`].
    rels: Vec<&'static str>,
}

/// Verbs whose "to" infinitive says what their subject agrees, decides or tries to do: an open
/// complement, though a parser may read it as a clause of purpose ("agreed on Saturday to
/// provide aid").
const CONTROL_VERBS: &[&str] = &[
    "agree",
    "decide",
    "promise",
    "pledge",
    "vow",
    "offer",
    "refuse",
    "fail",
    "try",
    "seek",
    "attempt",
    "intend",
    "plan",
    "threaten",
    "vote",
    "resolve",
    "undertake",
    "choose",
    "opt",
    "consent",
    "volunteer",
    "decline",
];

/// Verbs of urging whose object is to do what their "to" infinitive says.
const OBJECT_CONTROL_VERBS: &[&str] = &[
    "challenge",
    "urge",
    "ask",
    "invite",
    "encourage",
    "press",
    "order",
    "dare",
    "persuade",
    "instruct",
    "implore",
    "exhort",
];

/// The relation of token `j` (document index) in a sentence over `range`, whose lower-cased
/// lemmas `lemma` gives: a "to" infinitive with no subject of its own that a parser hung on a verb of
/// agreeing or deciding, or on a verb of urging after its object, as an adverbial clause is
/// that verb's open complement.
fn repaired_rel<'a>(
    doc: &Doc,
    range: &Range<usize>,
    lemma: impl Fn(usize) -> &'a str,
    j: usize,
) -> &'static str {
    let rel = doc.tokens[j].deprel.as_str();
    if rel != "advcl" {
        return rel;
    }
    let Some(h) = doc.tokens[j].head().filter(|h| range.contains(h)) else {
        return rel;
    };
    let dep =
        |k: usize, r: &str| doc.tokens[k].head == j as u32 && doc.tokens[k].deprel.as_str() == r;
    let to = range
        .clone()
        .any(|k| dep(k, "mark") && doc.word(k).eq_ignore_ascii_case("to"));
    let own_subject = range
        .clone()
        .any(|k| dep(k, "nsubj") || dep(k, "nsubj:pass"));
    let has_complement = range
        .clone()
        .any(|k| doc.tokens[k].head == h as u32 && doc.tokens[k].deprel.as_str() == "xcomp");
    // "challenged the president to deny the reports": with an object before it, the
    // infinitive of a verb of urging says what the object is to do.
    let object_control = OBJECT_CONTROL_VERBS.contains(&lemma(h))
        && range.clone().any(|k| {
            k < j && doc.tokens[k].head == h as u32 && doc.tokens[k].deprel.as_str() == "obj"
        });
    if to
        && !own_subject
        && !has_complement
        && doc.tokens[h].upos == Upos::Verb
        && (CONTROL_VERBS.contains(&lemma(h)) || object_control)
    {
        "xcomp"
    } else {
        rel
    }
}

impl<'a> Tree<'a> {
    /// A view of sentence `s` of `doc`; `parsed` says whether the document was parsed (a
    /// sentence the parse gate skipped is read as unparsed either way).
    pub fn new(doc: &'a Doc, s: usize, parsed: bool) -> Tree<'a> {
        let range = doc.sentences[s].tokens();
        let lemmas: Vec<Cow<'a, str>> = range
            .clone()
            .map(|i| {
                let l = doc.lemma(i);
                if l.bytes().any(|b| b.is_ascii_uppercase()) || !l.is_ascii() {
                    Cow::Owned(l.to_lowercase())
                } else {
                    Cow::Borrowed(l)
                }
            })
            .collect();
        let rels = range
            .clone()
            .map(|j| repaired_rel(doc, &range, |h| &lemmas[h - range.start], j))
            .collect();
        Tree {
            doc,
            parsed: parsed && !doc.sentences[s].unparsed,
            range,
            lemmas,
            rels,
        }
    }
    /// The lower-cased lemma of token `i`.
    pub fn lemma(&self, i: usize) -> &str {
        &self.lemmas[i - self.range.start]
    }
    /// The lower-cased surface form of token `i` compared to `w`.
    pub fn word_is(&self, i: usize, w: &str) -> bool {
        self.doc.word(i).eq_ignore_ascii_case(w)
    }
    /// The relation label of token `i`.
    pub fn rel(&self, i: usize) -> &'static str {
        self.rels
            .get(i.wrapping_sub(self.range.start))
            .copied()
            .unwrap_or_else(|| self.doc.tokens[i].deprel.as_str())
    }
    /// The head of `i` inside the sentence, if any.
    pub fn head(&self, i: usize) -> Option<usize> {
        self.doc.tokens[i].head().filter(|h| self.range.contains(h))
    }
    /// The UPOS of token `i`.
    pub fn upos(&self, i: usize) -> Upos {
        self.doc.tokens[i].upos
    }
    /// Dependents of `i` whose relation is `rel` or one of its subtypes.
    pub fn deps<'b>(&'b self, i: usize, rel: &'b str) -> impl Iterator<Item = usize> + 'b {
        self.range.clone().filter(move |&j| {
            self.doc.tokens[j].head == i as u32 && {
                let r = self.rel(j);
                r == rel || (r.starts_with(rel) && r.as_bytes().get(rel.len()) == Some(&b':'))
            }
        })
    }
    /// Dependents of `i` with exactly the relation `rel`.
    pub fn deps_exact<'b>(&'b self, i: usize, rel: &'b str) -> impl Iterator<Item = usize> + 'b {
        self.range
            .clone()
            .filter(move |&j| self.doc.tokens[j].head == i as u32 && self.rel(j) == rel)
    }
    /// The preposition (`case` dependent) of a nominal, lower-cased, if any.
    pub fn case_of(&self, i: usize) -> Option<&str> {
        let mut cases = self.deps(i, "case").filter(|&c| self.lemma(c) != "'s");
        let first = cases.next()?;
        // Multi-word prepositions ("in front of", "because of") end with their last word.
        Some(
            cases
                .last()
                .map(|c| self.lemma(c))
                .unwrap_or_else(|| self.lemma(first)),
        )
    }
    /// True when `i` has a dependent of relation `rel` whose lemma is in `set`.
    pub fn has_dep_lemma(&self, i: usize, rel: &str, set: &[&str]) -> bool {
        self.deps(i, rel).any(|j| set.contains(&self.lemma(j)))
    }
    /// Heads from `i` up to the root (not including `i`).
    pub fn ancestors(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let mut cur = i;
        let mut steps = 0;
        std::iter::from_fn(move || {
            steps += 1;
            if steps > self.range.len() {
                return None;
            }
            cur = self.head(cur)?;
            Some(cur)
        })
    }
    /// Whether `i` comes right after a comma or a closing quotation mark, where a verb of saying
    /// may precede its subject ("…, says the UN").
    pub fn after_comma_or_quote(&self, i: usize) -> bool {
        i > self.range.start
            && matches!(
                self.doc.word(i - 1),
                "," | "\u{2019}" | "\u{201d}" | "'" | "\""
            )
    }
    /// Conjuncts of `i` (its `conj` dependents, recursively), not including `i`.
    pub fn conjuncts(&self, i: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut stack = vec![i];
        while let Some(x) = stack.pop() {
            for c in self.deps(x, "conj") {
                if !out.contains(&c) && out.len() < 16 {
                    out.push(c);
                    stack.push(c);
                }
            }
        }
        out.sort_unstable();
        out
    }
}
