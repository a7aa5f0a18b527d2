//! Dictionary look-up over units: longest match first, then the misspelling fallback, plus
//! the pronouns that coreference will resolve.

use crate::dict::{ActorDict, CAP, CAP_AFTER_THE, CONTEXT, UPPER};
use crate::entry::EntryKind;
use crate::units::Units;
use petrel_core::Upos;

/// A pronoun's class: which antecedents it may take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pronoun {
    /// he, him, she.
    Person,
    /// they, them.
    Plural,
    /// it.
    Thing,
}

/// Something found in a sentence: a dictionary match or a pronoun.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Item {
    /// Units `u0..u1` match entry `entry` (with the alias's flags); `fuzzy` for the fallback.
    Match {
        u0: usize,
        u1: usize,
        entry: u32,
        flags: u8,
        fuzzy: bool,
    },
    /// Unit `u` is a pronoun.
    Pronoun { u: usize, class: Pronoun },
}

/// Words before "giant" that make it a person, not a firm ("a literary giant").
const PERSON_GIANTS: &[&str] = &[
    "literary",
    "political",
    "intellectual",
    "musical",
    "cultural",
    "spiritual",
    "moral",
    "sporting",
    "cricketing",
    "footballing",
    "comic",
    "artistic",
    "academic",
    "scientific",
    "journalistic",
    "religious",
    "gentle",
];

/// Agents of armed groups that the tagger may read as adjectives.
const ARMED_PEOPLE: &[&str] = &[
    "rebel",
    "insurgent",
    "militant",
    "guerrilla",
    "guerilla",
    "separatist",
    "jihadist",
    "terrorist",
];

/// Places of an armed group that its adjective names the owner of ("militant hideouts").
const HIDEOUTS: &[&str] = &[
    "hideout",
    "hideouts",
    "hide-out",
    "hide-outs",
    "camp",
    "camps",
    "base",
    "bases",
    "stronghold",
    "strongholds",
    "position",
    "positions",
    "safehouse",
    "safehouses",
    "den",
    "dens",
];

/// Nouns of attack that an armed group's adjective names the doer of ("insurgent attacks").
const ATTACK_NOUNS: &[&str] = &[
    "attack",
    "attacks",
    "ambush",
    "ambushes",
    "raid",
    "raids",
    "bombing",
    "bombings",
    "assault",
    "assaults",
    "offensive",
    "shelling",
];

/// Whether the one-word agent at units `i..j` (of a sentence over `s0..s1`) that the tagger
/// read as an adjective is still one: a word for armed people that a determiner or number
/// opens and no noun follows ("sentenced a militant to death"), or that goes before a noun of
/// attack ("insurgent attacks") or of the group's places ("militant hideouts").
fn armed_people_adjective(units: &Units, i: usize, j: usize, s0: usize, s1: usize) -> bool {
    if j != i + 1 || !ARMED_PEOPLE.contains(&units.norm(i)) {
        return false;
    }
    let next = (j < s1).then(|| (units.norm(j), units.v[j].upos));
    // "terrorist attacks" is a kind of attack more often than a group's deed.
    if units.norm(i) != "terrorist" && next.is_some_and(|(n, _)| ATTACK_NOUNS.contains(&n)) {
        return true;
    }
    // "raided two terrorist hideouts", "militant camps": the group's own places.
    if next.is_some_and(|(n, _)| HIDEOUTS.contains(&n)) {
        return true;
    }
    let det = |k: usize| {
        matches!(
            units.norm(k),
            "a" | "an" | "the" | "one" | "another" | "each" | "every" | "suspected" | "alleged"
        )
    };
    // "a Muslim militant", "Indonesian militant sentenced": a capitalised adjective of a people
    // or a faith between the determiner (or the headline's start) and the word.
    let qualified = i > s0
        && units.v[i - 1].cap
        && matches!(units.v[i - 1].upos, Some(Upos::Adj | Upos::Propn))
        && (i - 1 == s0 || det(i - 2));
    let opened = (i > s0 && det(i - 1)) || qualified;
    let noun_next = next
        .is_some_and(|(_, p)| matches!(p, Some(Upos::Noun | Upos::Propn | Upos::Adj | Upos::Num)));
    opened && !noun_next
}

/// Nouns of an act after which "his" or "her" names who acts: "during his meeting with
/// Allawi", "his claims were denied". Not "his arrest" or "her release", whose owner undergoes
/// the act that the possessor of a noun event would be taken to do.
const OWN_ACTS: &[&str] = &[
    "meeting",
    "meetings",
    "talks",
    "visit",
    "trip",
    "tour",
    "call",
    "decision",
    "refusal",
    "resignation",
    "arrival",
    "claim",
    "claims",
    "remarks",
    "comments",
    "warning",
    "speech",
    "criticism",
    "apology",
    "request",
    "demand",
    "appeal",
    "proposal",
    "offer",
];

/// Nouns the parser may take for compounds that say what kind an act is ("official visit").
const ACT_KINDS: &[&str] = &[
    "official", "state", "working", "surprise", "farewell", "goodwill",
];

/// The pronoun unit `i` is: "his" and "her" only before a noun of an act, "her" also with no
/// noun after it ("told her").
fn pronoun(units: &Units, i: usize, s1: usize) -> Option<Pronoun> {
    let object = || {
        (i + 1 >= s1)
            || !units.v[i + 1]
                .upos
                .is_some_and(|p| matches!(p, Upos::Noun | Upos::Propn | Upos::Adj | Upos::Num))
    };
    // "his visit", also over up to two adjectives ("his congratulatory call") or nouns of an
    // act's kind ("his first official visit", "her state visit").
    let owns_act = || {
        (i + 1..s1.min(i + 4))
            .find(|&j| units.v[j].upos != Some(Upos::Adj) && !ACT_KINDS.contains(&units.norm(j)))
            .is_some_and(|j| OWN_ACTS.contains(&units.norm(j)))
    };
    Some(match units.norm(i) {
        "he" | "him" | "she" => Pronoun::Person,
        "his" if owns_act() => Pronoun::Person,
        "her" if owns_act() || object() => Pronoun::Person,
        "they" | "them" => Pronoun::Plural,
        "it" => Pronoun::Thing,
        _ => return None,
    })
}

/// Finds items in units `s0..s1` (one sentence), appending to `out`.
pub(crate) fn scan(
    dict: &ActorDict,
    text: &str,
    units: &Units,
    s0: usize,
    s1: usize,
    out: &mut Vec<Item>,
) {
    let v = &units.v;
    let mut i = s0;
    while i < s1 {
        let mut node = 0u32;
        let mut best = None;
        let mut j = i;
        while j < s1 {
            let Some(n) = v[j].word.and_then(|w| dict.step(node, w)) else {
                // A middle initial inside a name the dictionary writes without it: "Colin L.
                // Powell" is Colin Powell.
                if j > i && is_initial(text, units, j) && j + 1 < s1 {
                    j += 1;
                    continue;
                }
                break;
            };
            node = n;
            j += 1;
            if let Some(t) = dict.target(node) {
                let upper_ok = t.flags & UPPER == 0 || v[i..j].iter().all(|u| u.upper);
                let cap_ok = (t.flags & CAP == 0 || v[i].cap)
                    && (t.flags & CAP_AFTER_THE == 0 || v.get(i + 1).is_some_and(|u| u.cap));
                // "the US agrochemical giant Monsanto": the tagger reads a "giant" before a
                // name as an adjective.
                // A "literary giant" or a "political giant" is a person, no firm.
                let giant_before_name = units.norm(j - 1) == "giant"
                    && v.get(j)
                        .is_some_and(|u| u.cap && u.upos == Some(Upos::Propn))
                    && !(j >= 2 && PERSON_GIANTS.contains(&units.norm(j - 2)));
                let tag_ok = !matches!(dict.entry(t.entry).kind, EntryKind::Agent(_))
                    || v[j - 1]
                        .upos
                        .map_or(true, |p| matches!(p, Upos::Noun | Upos::Propn | Upos::X))
                    || armed_people_adjective(units, i, j, s0, s1)
                    || giant_before_name;
                if upper_ok && cap_ok && tag_ok {
                    best = Some((j, t));
                }
            }
        }
        if let Some((j, t)) =
            best.filter(|&(j, t)| !unknown_full_name(dict, units, i, j, t.entry, s1))
        {
            out.push(Item::Match {
                u0: i,
                u1: j,
                entry: t.entry,
                flags: t.flags,
                fuzzy: false,
            });
            i = j;
            continue;
        }
        if let Some(class) = pronoun(units, i, s1) {
            out.push(Item::Pronoun { u: i, class });
        } else if let Some(e) = fuzzy(dict, text, units, i) {
            out.push(Item::Match {
                u0: i,
                u1: i + 1,
                entry: e,
                flags: CONTEXT,
                fuzzy: true,
            });
        }
        i += 1;
    }
}

/// Whether unit `j` is a capital letter with a full stop, as a middle initial is written ("L.").
fn is_initial(text: &str, units: &Units, j: usize) -> bool {
    let u = units.v[j];
    let surface = text.get(u.start as usize..u.end as usize).unwrap_or("");
    let after = text.get(u.end as usize..).unwrap_or("");
    let mut chars = surface.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none() && after.starts_with('.')
}

/// A one-word person match followed by a capitalised word that the dictionary does not know
/// and the tagger did not read as anything but a name is someone else's full name
/// (`Mahendra Chaudhry`, `Omar El Bashir`): no match. ("Sharon Rejects" in a title-case
/// headline is not.)
fn unknown_full_name(
    dict: &ActorDict,
    units: &Units,
    i: usize,
    j: usize,
    entry: u32,
    s1: usize,
) -> bool {
    j == i + 1 && j < s1 && dict.entry(entry).kind == EntryKind::Person && {
        let n = units.v[j];
        n.cap
            && n.word.is_none()
            && !dict.is_common_word(units.norm(j))
            && !n.hyphen
            && n.upos.is_none_or(|p| matches!(p, Upos::Propn | Upos::X))
    }
}

/// A capitalised, unknown, uncommon word of five letters or more that is one edit away from
/// exactly one person's surname.
fn fuzzy(dict: &ActorDict, text: &str, units: &Units, i: usize) -> Option<u32> {
    let u = units.v[i];
    let norm = units.norm(i);
    let surface = text.get(u.start as usize..u.end as usize)?;
    let rest_lower = surface.chars().skip(1).all(|c| !c.is_uppercase());
    if u.word.is_some()
        || !u.cap
        || !rest_lower
        || norm.chars().count() < 5
        || dict.is_common_word(norm)
    {
        return None;
    }
    if u.upos.is_some_and(|p| p != Upos::Propn && p != Upos::X)
        || !norm.chars().all(|c| c.is_alphabetic())
    {
        return None;
    }
    dict.fuzzy_person(norm)
}
