//! Who did what someone is judged for: "rewarded Libya for giving up its weapons" and "praised
//! Syria for withdrawing its troops" are Libya's and Syria's acts, not the judge's.

use crate::tree::Tree;
use petrel_core::Upos;

/// Verbs that judge someone "for" or "of" what they did: praise, blame, reward, punishment.
const JUDGING: &[&str] = &[
    "reward",
    "praise",
    "thank",
    "commend",
    "congratulate",
    "applaud",
    "credit",
    "hail",
    "honour",
    "honor",
    "punish",
    "blame",
    "criticise",
    "criticize",
    "condemn",
    "fault",
    "rebuke",
    "censure",
    "accuse",
    "suspect",
    "fine",
    "penalise",
    "penalize",
    "sanction",
    "sentence",
    "convict",
    "arrest",
    "jail",
    "prosecute",
    "charge",
    "forgive",
    "pardon",
    "excuse",
];

/// The doer of gerund `v` when it says what the object of a verb of judging is judged for
/// ("reward it for giving up weapons": "it"; "accused Iran of enriching uranium": Iran;
/// "charged 12 with rioting": the 12). The object is a name, a pronoun or a number of people,
/// not a sum ("fined $5m for dumping").
pub(crate) fn judged_doer(tree: &Tree, v: usize) -> Option<usize> {
    if tree.doc.xpos(v) != "VBG" || !matches!(tree.rel(v), "advcl" | "acl" | "obl") {
        return None;
    }
    let h = tree.head(v)?;
    // "charged 12 with rioting": what one is charged "with" is one's own act too.
    let marked = tree.deps(v, "mark").chain(tree.deps(v, "case")).any(|m| {
        matches!(tree.lemma(m), "for" | "of")
            || (tree.lemma(m) == "with" && tree.lemma(h) == "charge")
    });
    if !(marked && JUDGING.contains(&tree.lemma(h))) {
        return None;
    }
    // A number of people charged is who is charged ("charged 12 with rioting"); a sum fined is
    // not ("fined $5m for dumping").
    let counted = |o: usize| {
        tree.upos(o) == Upos::Num && !matches!(tree.lemma(h), "fine" | "penalise" | "penalize")
    };
    tree.deps_exact(h, "obj")
        .find(|&o| o < v && (matches!(tree.upos(o), Upos::Pron | Upos::Propn) || counted(o)))
}
