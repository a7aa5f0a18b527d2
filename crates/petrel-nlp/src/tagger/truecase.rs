//! Title-case headlines ("Sharon Rejects Army Bid to Wind Down Gaza Offensive"): a tagger
//! trained on running text reads nearly every capitalised word there as a proper noun, so the
//! headline has no verb. When a title-case sentence's tags have no finite verb, it is tagged
//! again from a copy in lower case, and those tags are kept if they find a verb. In a sentence
//! with commas or semicolons, which may be a list of names and places ("Amin Mohamed Durrani,
//! 19, Toronto"), the verb must be a word whose form or stem the tagger knows ("rejects",
//! "kidnapped"): "Mohamed" read as a past tense has none. The words keep their spelling in the
//! document.

use super::model::TaggerModel;
use super::tagset::{xpos_index, TagClass};
use petrel_core::Upos;

/// Writes into `out` the words the tagger should see for `words`, a title-case sentence: each
/// capitalised word after the first in lower case, unless it is in capitals throughout
/// ("US"), has a capital inside ("McCain"), or the tagger knows it, so written, as a name.
pub fn lower_title_words(model: &TaggerModel, words: &[&str], out: &mut Vec<String>) {
    out.clear();
    for (k, w) in words.iter().enumerate() {
        let mut chars = w.chars();
        let lower = k > 0
            && chars.next().is_some_and(char::is_uppercase)
            && chars.all(|c| !c.is_uppercase())
            && model.known_class(w).is_none_or(|c| c.upos != Upos::Propn);
        out.push(if lower {
            w.to_lowercase()
        } else {
            w.to_string()
        });
    }
}

/// After tagging the lowered copy: a word that was lowered, is unknown to the tagger in lower
/// case and was read as a singular common noun ("gaza", "karzai") is a proper noun after all.
pub fn restore_names(
    model: &TaggerModel,
    words: &[&str],
    lowered: &[String],
    tags: &mut [TagClass],
) {
    let (nn, nnp) = (xpos_index("NN"), xpos_index("NNP"));
    for ((w, l), t) in words.iter().zip(lowered).zip(tags.iter_mut()) {
        if w != l && t.xpos == nn && model.known_class(l).is_none() {
            *t = TagClass {
                upos: Upos::Propn,
                xpos: nnp,
            };
        }
    }
}

/// Whether any of the classes `out` satisfies `pred`.
pub fn has_class(model: &TaggerModel, out: &[u8], pred: impl Fn(&TagClass) -> bool) -> bool {
    out.iter()
        .any(|&c| model.classes.get(c as usize).is_some_and(&pred))
}

/// Whether a class is a finite verb or a modal.
pub fn is_finite(c: &TagClass) -> bool {
    ["VBD", "VBZ", "VBP", "MD"]
        .iter()
        .any(|x| c.xpos == xpos_index(x))
}

/// Whether the classes `out` of the lower-case copy `lowered` of `words` have a verb that may be
/// trusted (see the module's note).
pub fn finds_verb(model: &TaggerModel, words: &[&str], lowered: &[String], out: &[u8]) -> bool {
    if words.iter().any(|w| matches!(*w, "," | ";")) {
        finds_known_verb(model, lowered, out)
    } else {
        has_class(model, out, |c| c.upos == Upos::Verb)
    }
}

/// Whether the classes `out` of the lower-case words `lowered` have a verb whose word, or whose
/// stem without an inflection ("rejects", "urges", "kidnapped", "killing"), the tagger knows.
fn finds_known_verb(model: &TaggerModel, lowered: &[String], out: &[u8]) -> bool {
    let known = |w: &str| !w.is_empty() && model.known_class(w).is_some();
    lowered.iter().zip(out).any(|(w, &c)| {
        model
            .classes
            .get(c as usize)
            .is_some_and(|c| c.upos == Upos::Verb)
            && {
                let w = w.as_str();
                let stems = ["s", "es", "d", "ed", "ing"]
                    .iter()
                    .filter_map(|suffix| w.strip_suffix(suffix));
                known(w)
                    || stems.clone().any(known)
                    || stems.clone().any(|s| known(&format!("{s}e")))
                    || stems.filter(|s| s.len() > 2).any(|s| {
                        let b = s.as_bytes();
                        b[b.len() - 1] == b[b.len() - 2] && known(&s[..s.len() - 1])
                    })
            }
    })
}
