//! Markets and growth told in the words of events: "an explosion of quangos" is no blast,
//! figures "helped by the rapid growth of flights" got no aid, and "Chinese demand" for steel
//! is no political demand.

use crate::tree::Tree;
use petrel_core::Upos;

/// What blows up in a real explosion: "the explosion of a car bomb", "of a gas main".
const BLASTS: &[&str] = &[
    "bomb",
    "device",
    "car",
    "mine",
    "shell",
    "grenade",
    "rocket",
    "missile",
    "vehicle",
    "truck",
    "lorry",
    "tanker",
    "pipeline",
    "plant",
    "gas",
    "main",
    "boiler",
    "ammunition",
    "munition",
    "depot",
    "warhead",
    "tank",
    "bus",
    "train",
    "plane",
    "aircraft",
    "ship",
    "reactor",
    "explosive",
    "charge",
    "ied",
];

/// Nouns of a change in amount: what a change "helps" is not aided by anyone.
const CHANGES: &[&str] = &[
    "growth", "rise", "increase", "fall", "decline", "boom", "surge", "drop", "recovery", "demand",
    "strength", "weakness", "slowdown", "upturn", "downturn",
];

/// Whether the noun "explosion" at `t` is a sudden growth: it is "of" something that does
/// not blow up ("an explosion of quangos", "of interest").
pub(crate) fn explosion_of_things(tree: &Tree, t: usize) -> bool {
    tree.parsed
        && tree.lemma(t) == "explosion"
        && tree.upos(t) == Upos::Noun
        && tree
            .deps(t, "nmod")
            .any(|n| tree.case_of(n) == Some("of") && !BLASTS.contains(&tree.lemma(n)))
}

/// Whether the aid at `t` is a change in amount helping a figure: its passive agent is a
/// noun of [`CHANGES`] ("figures were helped by the rapid growth of flights").
pub(crate) fn helped_by_change(tree: &Tree, t: usize) -> bool {
    tree.parsed
        && tree
            .deps(t, "obl:agent")
            .chain(tree.deps(t, "nsubj").filter(|_| tree.upos(t) == Upos::Verb))
            .any(|a| tree.upos(a) == Upos::Noun && CHANGES.contains(&tree.lemma(a)))
}

/// Words that make "demand" a market's: "consumer demand", "strong demand", "oil demand".
const MARKET_DEMAND: &[&str] = &[
    "consumer",
    "domestic",
    "global",
    "world",
    "strong",
    "weak",
    "robust",
    "insatiable",
    "slowing",
    "sluggish",
    "oil",
    "energy",
    "steel",
    "customer",
    "market",
    "export",
    "import",
    "housing",
    "fuel",
    "gas",
    "power",
    "electricity",
    "credit",
    "food",
    "seasonal",
    "underlying",
    "investor",
    "travel",
    "retail",
    "industrial",
    "aggregate",
    "buoyant",
];

/// Verbs and nouns that measure or serve a market's demand: "meet demand", "strength in
/// demand", "a view of Chinese demand".
const DEMAND_MEASURES: &[&str] = &[
    "meet", "satisfy", "fuel", "boost", "dampen", "curb", "outstrip", "exceed", "weaken",
    "strength", "growth", "rise", "fall", "slowdown", "weakness", "increase", "surge", "view",
    "level", "outlook", "supply",
];

/// Whether the noun "demand" at `t` is a market's, not an actor's demand: a word of
/// [`MARKET_DEMAND`] modifies it ("German domestic demand was sluggish"); or it is singular with
/// no article or owner, and a capitalised name in the singular inside a phrase ("Chinese
/// demand", not the headline "MPs demand answers") or a word of [`DEMAND_MEASURES`] above it
/// says so.
pub(crate) fn market_demand(tree: &Tree, t: usize) -> bool {
    if !tree.parsed || tree.lemma(t) != "demand" {
        return false;
    }
    let modifiers = || tree.deps(t, "amod").chain(tree.deps(t, "compound"));
    if modifiers().any(|m| MARKET_DEMAND.contains(&tree.lemma(m).to_ascii_lowercase().as_str())) {
        return true;
    }
    let bare = tree.doc.xpos(t) == "NN"
        && tree.deps(t, "det").next().is_none()
        && tree.deps(t, "nmod:poss").next().is_none();
    let named = || {
        tree.deps(t, "amod")
            .chain(tree.deps_exact(t, "compound"))
            .any(|m| {
                tree.doc.word(m).starts_with(|c: char| c.is_uppercase())
                    && !matches!(tree.doc.xpos(m), "NNS" | "NNPS")
                    && !tree.doc.word(m).ends_with('s')
                    && tree.head(t).is_some()
            })
    };
    bare && (named()
        || tree
            .head(t)
            .is_some_and(|h| DEMAND_MEASURES.contains(&tree.lemma(h))))
}
