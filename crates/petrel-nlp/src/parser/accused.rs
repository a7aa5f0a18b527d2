//! "accused Israel of blackmailing the factions": a repair for the object of a verb that the
//! parser reads as the subject of the "of" or "for" clause after it.

use super::repair::reattach;
use petrel_core::{Doc, Upos};
use std::ops::Range;

/// Where a verb has no object and the subject of its `-ing` clause opened by "of" or "for"
/// comes between the verb and the clause's mark, that subject is the verb's object ("accused
/// Israel of blackmailing", "praised Egypt for brokering"), as the treebank reads such verbs.
pub(crate) fn object_before_of_clause(doc: &mut Doc, range: Range<usize>) {
    for c in range.clone() {
        if doc.tokens[c].deprel.as_str() != "advcl" || doc.xpos(c) != "VBG" {
            continue;
        }
        let Some(v) = doc.tokens[c]
            .head()
            .filter(|&v| v < c && doc.tokens[v].upos == Upos::Verb)
        else {
            continue;
        };
        let Some(mark) = doc.children(c).find(|&m| {
            doc.tokens[m].deprel.as_str() == "mark" && matches!(doc.lemma(m), "of" | "for")
        }) else {
            continue;
        };
        if doc
            .children(v)
            .any(|k| matches!(doc.tokens[k].deprel.as_str(), "obj" | "iobj"))
        {
            continue;
        }
        let subject = doc
            .children(c)
            .find(|&s| doc.tokens[s].deprel.as_str() == "nsubj" && v < s && s < mark);
        if let Some(s) = subject {
            reattach(doc, range.clone(), s, v, "obj");
        }
    }
}
