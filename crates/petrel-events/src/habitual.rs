//! Habits of talk and cooperation are not events: "the prime minister has regular meetings with
//! both of them", "the two leaders meet routinely", "MPs often say", "we have always
//! considered". What an actor does as a rule is background; the coder marks it hypothetical
//! (for roots 01–13 only: force done routinely is force reported), so the default output leaves
//! it out.

use crate::tree::Tree;
use petrel_core::Upos;

/// Modifiers that make an act a habit rather than an occasion.
const HABITUAL: &[&str] = &[
    "regular",
    "regularly",
    "frequent",
    "frequently",
    "routine",
    "routinely",
    "periodic",
    "periodically",
    "occasional",
    "occasionally",
    "often",
    "usually",
    "normally",
    "typically",
    "customarily",
    "habitually",
    "always",
];

/// True when trigger `t`, or the object a light verb takes as the act ("holds regular talks"),
/// is modified as a habit; "the regular meeting on Monday" is one occasion.
pub fn habitual(tree: &Tree, t: usize) -> bool {
    let occasion = |n: usize| tree.has_dep_lemma(n, "det", &["the", "this", "that"]);
    let of_adjective = |m: usize| {
        tree.doc
            .tokens
            .get(m + 1)
            .is_some_and(|w| w.upos == Upos::Adj)
    };
    // In "normally loyal MPs warn" the habit is the loyalty's.
    let habit = |n: usize| {
        !occasion(n)
            && (tree.has_dep_lemma(n, "amod", HABITUAL)
                || tree
                    .deps(n, "advmod")
                    .any(|m| HABITUAL.contains(&tree.lemma(m)) && !of_adjective(m)))
    };
    // "the chancellor, who has long rejected the label": a position held for long is no
    // occasion.
    let held_long = tree
        .deps(t, "advmod")
        .any(|m| m < t && tree.lemma(m) == "long")
        && tree
            .deps(t, "aux")
            .any(|a| tree.lemma(a) == "have" && a < t);
    tree.parsed
        && (habit(t)
            || held_long
            || tree.deps(t, "obj").any(habit)
            || tree
                .head(t)
                .is_some_and(|h| tree.rel(t) == "obj" && habit(h)))
}
