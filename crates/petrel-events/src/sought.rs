//! Acts that are sought, voted for, blocked or paused, and so not going on: "a hunger strike
//! for a ceasefire", "vetoed a Gaza ceasefire", "the pause in fighting" (see `modality.rs`).

use crate::tree::Tree;

/// Nouns of a stop, whose "in", "to" or "of" phrase names what is not going on ("a pause in
/// fighting", "an end to the attacks").
const PAUSES: &[&str] = &[
    "pause",
    "lull",
    "halt",
    "cessation",
    "suspension",
    "end",
    "stop",
    "respite",
    "break",
    "letup",
    "let-up",
    "freeze",
];

/// Whether `t` is what a noun of a stop says is not going on ("extend the pause in fighting").
pub(crate) fn paused(tree: &Tree, t: usize) -> bool {
    let pause =
        |h: usize| tree.upos(h) == petrel_core::Upos::Noun && PAUSES.contains(&tree.lemma(h));
    // "extend the pause in fighting", with "fighting" parsed as a clause of the verb.
    let mut k = t;
    if k > tree.range.start && tree.upos(k - 1) == petrel_core::Upos::Det {
        k -= 1;
    }
    if k >= tree.range.start + 2 && matches!(tree.doc.word(k - 1), "in" | "to") && pause(k - 2) {
        return true;
    }
    tree.rel(t) == "nmod"
        && tree.head(t).is_some_and(|h| {
            pause(h)
                // "at the end of his trip": the trip took place.
                && match tree.case_of(t) {
                    Some("in" | "to") => true,
                    Some("of") => tree.lemma(h) != "end",
                    _ => false,
                }
        })
}

/// Settlements and acts that are sought, voted for or blocked before they happen.
const SETTLEMENTS: &[&str] = &[
    "ceasefire",
    "cease-fire",
    "truce",
    "armistice",
    "peace",
    "talks",
    "negotiation",
    "dialogue",
    "deal",
    "agreement",
    "accord",
    "settlement",
    "pact",
    "treaty",
    "release",
    "withdrawal",
    "pullout",
    "aid",
    "sanctions",
    "investigation",
    "probe",
    "inquiry",
];

/// Heads whose "for" phrase gives a reason, not a goal ("thanked Egypt for the truce").
const REASON_HEADS: &[&str] = &[
    "thank",
    "praise",
    "credit",
    "blame",
    "responsible",
    "responsibility",
    "criticise",
    "criticize",
    "condemn",
    "jail",
    "sentence",
    "punish",
    "apologise",
    "apologize",
    "reward",
    "award",
    "prize",
    "honour",
    "honor",
    "arrest",
    "charge",
    "convict",
    "pay",
    "compensation",
    "revenge",
    "retaliation",
    "gratitude",
    "appreciation",
];

/// Verbs whose object was proposed, not reached ("the US vetoed a Gaza ceasefire").
const BLOCKING: &[&str] = &[
    "block", "veto", "reject", "oppose", "obstruct", "resist", "scuttle", "derail", "torpedo",
    "thwart", "sabotage",
];

/// Whether noun `t` names a settlement or act that is sought ("hunger strike for Israel-Hamas
/// ceasefire"), voted in favour of, or blocked, which has not happened.
pub(crate) fn sought_settlement(tree: &Tree, t: usize) -> bool {
    if tree.upos(t) != petrel_core::Upos::Noun || !SETTLEMENTS.contains(&tree.lemma(t)) {
        return false;
    }
    // "strike for Israel-Hamas ceasefire", parsed with the first name heading the phrase and
    // the settlement in apposition to the head: the phrase's preposition is the settlement's.
    let node = tree
        .head(t)
        .filter(|_| tree.rel(t) == "appos")
        .and_then(|p| {
            tree.deps(p, "nmod").find(|&d| {
                d < t
                    && t - d <= 3
                    && (d + 1..t).all(|k| {
                        tree.doc.word(k) == "-" || tree.upos(k) == petrel_core::Upos::Propn
                    })
            })
        })
        .unwrap_or(t);
    let Some(h) = tree.head(node) else {
        return false;
    };
    let rel = tree.rel(node);
    let head = tree.lemma(h);
    // "take the credit for the aid": the head's object may give the reason.
    let reason = REASON_HEADS.contains(&head)
        || tree
            .deps(h, "obj")
            .any(|o| REASON_HEADS.contains(&tree.lemma(o)));
    (matches!(rel, "nmod" | "obl") && tree.case_of(node) == Some("for") && !reason)
        || (rel == "nmod" && matches!(head, "favour" | "favor"))
        || (rel == "obj" && BLOCKING.contains(&head))
}
