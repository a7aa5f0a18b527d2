//! The weapon named around a violent event makes its code specific: an air, missile or drone
//! strike is aerial (CAMEO 195), and a suicide attack is a suicide bombing (1831), whatever the
//! verb ("Israeli air strikes killed five", "Russia launched missile strikes on Odesa"); a
//! state that bombs does so from the air (195), not as a non-military bombing (183); a bomb
//! that kills or attacks is a bombing (183: "a car bomb killed 12 people").

use crate::tree::Tree;
use petrel_core::ActorRef;

/// Words that make a strike aerial when they modify the trigger, its subject or its object.
const AERIAL: &[&str] = &[
    "air",
    "airstrike",
    "air-strike",
    "aerial",
    "missile",
    "drone",
    "warplane",
    "aircraft",
    "jet",
    "helicopter",
    "gunship",
];

/// Words for a bomb that a state can own ("Israeli bombs"); a blast or an explosion named
/// after a place ("the Baghdad blast") is nobody's.
const OWNED_BOMBS: &[&str] = &["bomb", "bomber", "bombing", "explosive", "ied", "car-bomb"];

/// Whether a word makes a use of force a bombing when it modifies or is the trigger, its
/// subject or its object: a bomb, or a blast or an explosion.
fn is_bomb(lemma: &str) -> bool {
    OWNED_BOMBS.contains(&lemma) || matches!(lemma, "blast" | "explosion")
}

/// What a death or injury can happen in that names its weapon ("killed in a bombing").
const BLASTS: &[&str] = &[
    "bombing",
    "blast",
    "explosion",
    "attack",
    "strike",
    "airstrike",
];

/// The words that name the weapon: the trigger, its subject and object, what it happened in
/// ("killed in a suicide car bombing"), the clause a participle hangs on ("car bombs shook
/// the capital, killing 10"), and their compound or adjective modifiers.
fn weapon_words(tree: &Tree, t: usize) -> Vec<usize> {
    let mut heads = vec![t];
    heads.extend(tree.deps_exact(t, "nsubj"));
    heads.extend(tree.deps_exact(t, "obj"));
    heads.extend(
        tree.deps(t, "obl")
            .filter(|&o| tree.case_of(o) == Some("in") && BLASTS.contains(&tree.lemma(o))),
    );
    // "Insurgents detonated a roadside bomb, killing two", "a bomber rammed a car packed
    // with explosives into a convoy, killing four": the clause a participle hangs on (and the
    // one above an open complement) names the weapon in its verb, subject, object or means.
    if tree.rel(t) == "advcl" && tree.upos(t) == petrel_core::Upos::Verb {
        let mut h = tree.head(t);
        for _ in 0..2 {
            let Some(x) = h else { break };
            heads.push(x);
            heads.extend(tree.deps_exact(x, "nsubj"));
            heads.extend(tree.deps_exact(x, "obj"));
            heads.extend(
                tree.deps(x, "obl")
                    .filter(|&o| tree.case_of(o) == Some("with")),
            );
            h = tree.head(x).filter(|_| tree.rel(x) == "xcomp");
        }
    }
    let mut out = heads.clone();
    for h in heads {
        for m in tree.deps(h, "compound").chain(tree.deps(h, "amod")) {
            out.push(m);
            // "a suicide car bombing": a modifier of a modifier.
            out.extend(tree.deps(m, "compound"));
        }
    }
    out
}

/// The more specific code for a violent event coded `code` at trigger `t`, if the weapon
/// words call for one: 1831 for a suicide attack (roots 18–19), 195 for a generic use of force
/// (190) by air, missile or drone, 183 for one (190, 180) by a bomb.
pub fn weapon_code(tree: &Tree, t: usize, code: &str) -> Option<&'static str> {
    if !tree.parsed || !matches!(code.get(..2), Some("18" | "19")) {
        return None;
    }
    let words = weapon_words(tree, t);
    if words.iter().any(|&w| tree.lemma(w) == "suicide") && code != "1831" {
        return Some("1831");
    }
    if code == "190" && words.iter().any(|&w| AERIAL.contains(&tree.lemma(w))) {
        return Some("195");
    }
    (matches!(code, "190" | "180") && words.iter().any(|&w| is_bomb(tree.lemma(w))))
        .then_some("183")
}

/// 195 for a bombing (183, "bomb", "bombing") whose source is a state, its government or its
/// armed forces: "Israel bombs a school" is an air strike; a bombing by rebels, insurgents or
/// unknown attackers stays 183.
pub fn state_bombing(
    tree: &Tree,
    t: usize,
    code: &str,
    source: Option<&ActorRef>,
) -> Option<&'static str> {
    let state = source.is_some_and(|s| {
        s.country.as_deref().is_some_and(petrel_ontology::is_state)
            && s.sector
                .as_deref()
                .is_none_or(|x| matches!(x, "GOV" | "MIL"))
    });
    if code != "183" || !state {
        return None;
    }
    if matches!(tree.lemma(t), "bomb" | "bombing") {
        return Some("195");
    }
    // "Israeli bombs killed …": the state owns the bomb; "car bombs in Baghdad killed …" are
    // no state's, whatever place the parse made their source.
    let words = if tree.parsed {
        weapon_words(tree, t)
    } else {
        Vec::new()
    };
    let owned = source.is_some_and(|s| {
        words.iter().any(|&w| {
            OWNED_BOMBS.contains(&tree.lemma(w))
                && tree
                    .deps(w, "amod")
                    .chain(tree.deps(w, "compound"))
                    .chain(tree.deps_exact(w, "nmod:poss"))
                    .any(|m| {
                        let sp = tree.doc.tokens[m].span;
                        s.span.start <= sp.start && sp.end <= s.span.end
                    })
        })
    });
    // "US jets bombed Falluja, killing ten": a state that bombs, kills from the air.
    let bombed = words
        .iter()
        .any(|&w| tree.lemma(w) == "bomb" && tree.upos(w) == petrel_core::Upos::Verb);
    let non_state = words.iter().any(|&w| NON_STATE.contains(&tree.lemma(w)));
    ((owned || bombed) && !non_state).then_some("195")
}

/// Modifiers of a bomb that make it a non-military bombing, whoever is named near it.
const NON_STATE: &[&str] = &[
    "car", "roadside", "suicide", "pipe", "nail", "letter", "parcel", "truck",
];
