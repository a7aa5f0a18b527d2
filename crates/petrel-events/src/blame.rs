//! Blame laid on a thing: "blamed fluctuating oil prices for the slowdown" and "Bush blames
//! poorly made shirt" accuse no one. CAMEO codes such a remark as a pessimistic comment (012),
//! not an accusation (112).

use crate::tree::Tree;
use petrel_core::Upos;

/// Whether "blame" at `t` lays the blame on a thing: the blamed phrase (what blame is laid
/// "on", else the object, else the subject of a passive) is a common noun, and nothing in it
/// names an actor, a name or an owner ("Boeing's senior management", "the agency's chiefs").
pub(crate) fn blames_thing(tree: &Tree, t: usize) -> bool {
    if !tree.parsed || tree.lemma(t) != "blame" {
        return false;
    }
    let on = tree.deps(t, "obl").find(|&o| tree.case_of(o) == Some("on"));
    let Some(blamed) = on
        .or_else(|| tree.deps_exact(t, "obj").next())
        .or_else(|| tree.deps_exact(t, "nsubj:pass").next())
    else {
        return false;
    };
    let names_actor = tree.range.clone().any(|j| {
        (j == blamed || tree.ancestors(j).any(|a| a == blamed))
            && (tree.doc.mentions_overlapping(j, j + 1).next().is_some()
                || tree.upos(j) == Upos::Propn
                || tree.rel(j) == "nmod:poss")
    });
    tree.upos(blamed) == Upos::Noun && !names_actor
}
