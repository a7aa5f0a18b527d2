//! Fights that are no fighting: "fight poverty", "fought to retain their rights", "a court
//! battle", "a bankruptcy battle". Violence is coded only when it is aimed at someone.

use crate::arguments::{actor_of, MentionIndex};
use crate::tree::Tree;
use petrel_core::Upos;

/// Verbs and nouns of fighting that are often figurative.
const FIGHT_WORDS: &[&str] = &["fight", "battle", "combat", "tackle", "struggle"];

/// Objects of a fight that are people even when no actor is named ("fought the rebels",
/// "battled enemy soldiers").
const COMBATANTS: &[&str] = &[
    "troops",
    "troop",
    "force",
    "soldier",
    "army",
    "militant",
    "rebel",
    "insurgent",
    "fighter",
    "enemy",
    "police",
    "militia",
    "guerrilla",
    "gunman",
    "terrorist",
    "jihadist",
    "separatist",
    "invader",
    "occupier",
    "attacker",
    "protester",
    "demonstrator",
    "mob",
    "crowd",
    "regime",
    "government",
    "group",
    "unit",
    "battalion",
    "brigade",
    "division",
];

/// Objects that name the fighting itself ("fought pitched battles", "fighting the war").
const COMBAT: &[&str] = &[
    "battle",
    "war",
    "fight",
    "gunbattle",
    "skirmish",
    "clash",
    "duel",
    "firefight",
];

/// Verbs that a tagger reads as a plural noun object after "fighting" ("as fighting rages",
/// "battles rage across Mosul"): the fighting is their subject.
const MISREAD_PREDICATES: &[&str] = &[
    "rage",
    "rages",
    "continue",
    "escalate",
    "intensify",
    "erupt",
    "ratchet",
    "ratchets",
    "spread",
    "resume",
    "flare",
    "grind",
    "persist",
];

/// Modifiers that make a battle a contest in court, business, politics or sport.
const CONTESTS: &[&str] = &[
    "court",
    "courtroom",
    "legal",
    "bankruptcy",
    "banking",
    "takeover",
    "boardroom",
    "custody",
    "ratings",
    "election",
    "electoral",
    "political",
    "bidding",
    "bid",
    "price",
    "trade",
    "copyright",
    "patent",
    "budget",
    "leadership",
    "tax",
    "libel",
    "title",
    "relegation",
    "chart",
    "marketing",
    "ownership",
    "merger",
    "contract",
    "pay",
    "extradition",
    "appeal",
    "uphill",
    "public",
    "media",
    "advertising",
    "cup",
    "league",
    "championship",
];

/// True when the fight at `t` is figurative: a verb whose object is a common noun for a thing,
/// not a person, a force or the fighting itself ("fight poverty"), or an infinitive of striving ("fought to keep"); a noun of a contest
/// ("a court battle").
pub fn contest(tree: &Tree, idx: &MentionIndex, t: usize) -> bool {
    if !tree.parsed || !FIGHT_WORDS.contains(&tree.lemma(t)) {
        return false;
    }
    match tree.upos(t) {
        Upos::Verb => {
            let thing = tree.deps_exact(t, "obj").next().is_some_and(|o| {
                tree.upos(o) == Upos::Noun
                    && actor_of(tree, idx, o).is_none()
                    && !COMBATANTS.contains(&tree.lemma(o))
                    && !COMBAT.contains(&tree.lemma(o))
                    && !MISREAD_PREDICATES.contains(&tree.lemma(o))
            });
            let striving = tree.deps(t, "xcomp").any(|x| {
                tree.upos(x) == Upos::Verb && tree.deps(x, "mark").any(|m| tree.word_is(m, "to"))
            });
            thing || striving
        }
        Upos::Noun => tree
            .deps(t, "compound")
            .chain(tree.deps(t, "amod"))
            .any(|d| CONTESTS.contains(&tree.lemma(d))),
        _ => false,
    }
}
