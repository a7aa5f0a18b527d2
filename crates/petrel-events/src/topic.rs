//! When a matched trigger is not an event of its own: the topic of another event ("condemned
//! the attack", "protested against the killing", "talks on the withdrawal"), or an event noun
//! that nothing in the sentence asserts ("amid the war").

use crate::arguments::{actor_of, MentionIndex};
use crate::tree::Tree;
use petrel_core::Upos;

/// Relations through which a trigger can be the topic of the event above it.
const TOPIC_RELS: &[&str] = &[
    "obj",
    "nmod",
    "obl",
    "ccomp",
    "xcomp",
    "advcl",
    "acl",
    "nsubj:pass",
];

/// Prepositions that make a phrase the topic of an event rather than its time or setting.
const TOPIC_CASES: &[&str] = &[
    "of", "for", "over", "about", "against", "on", "into", "in", "to", "with",
];

/// Verbs that assert that an event noun happened: "war broke out", "held talks", "staged a protest".
const OCCURRENCE_VERBS: &[&str] = &[
    "take",
    "break",
    "erupt",
    "continue",
    "begin",
    "start",
    "launch",
    "hold",
    "stage",
    "carry",
    "conduct",
    "resume",
    "escalate",
    "intensify",
    "occur",
    "happen",
    "mount",
    "sign",
    "reach",
    "announce",
    "order",
    "approve",
    "authorize",
    "authorise",
    "impose",
    "declare",
    "end",
    "kill",
    "wound",
    "injure",
    "leave",
    "destroy",
    "hit",
    "target",
    "rock",
    "claim",
    "follow",
    "go",
    "call",
    "organize",
    "organise",
    "join",
    "lead",
    "spark",
    "trigger",
    "provoke",
    "cause",
    "see",
    "witness",
    "face",
    "plan",
    "threaten",
    "offer",
    "give",
    "issue",
    "send",
    "make",
    "host",
    "attend",
    "open",
    "agree",
    "remain",
    "stay",
    "put",
    "place",
    "raise",
];

/// The governing trigger that `t` is the topic of, if any (within four steps up the tree).
pub fn governing_event(tree: &Tree, t: usize, is_strong: &dyn Fn(usize) -> bool) -> Option<usize> {
    if !tree.parsed {
        return None;
    }
    // "In a call with Erdogan, the chancellor urged restraint": talks that open the sentence
    // are where its subject spoke, not what was said.
    if crate::arguments::in_talks_with(tree, t) && tree.head(t).is_some_and(|h| t < h) {
        return None;
    }
    let mut cur = t;
    for _ in 0..4 {
        let rel = tree.rel(cur);
        let h = tree.head(cur)?;
        let base = rel.split(':').next().unwrap_or(rel);
        if !TOPIC_RELS.contains(&rel) && !TOPIC_RELS.contains(&base) {
            return None;
        }
        if matches!(base, "nmod" | "obl")
            && !tree.case_of(cur).is_some_and(|c| TOPIC_CASES.contains(&c))
        {
            return None;
        }
        // "accused X of shelling" is a topic; "a day after X warned" is only a time.
        if base == "advcl"
            && tree.deps(cur, "mark").any(|m| {
                !matches!(
                    tree.lemma(m),
                    "of" | "for" | "by" | "about" | "over" | "that"
                )
            })
        {
            return None;
        }
        if is_strong(h) {
            return Some(h);
        }
        cur = h;
    }
    None
}

/// Nouns whose "of" phrase names a past event they look back on.
const RETROSPECTIVE: &[&str] = &[
    "anniversary",
    "commemoration",
    "memorial",
    "memory",
    "legacy",
    "survivor",
    "veteran",
    "history",
    "remembrance",
];

/// Nouns of an answer to an earlier act ("retaliation for the killing").
const RESPONSES: &[&str] = &["retaliation", "revenge", "reprisal", "response"];

/// Event nouns that name a state of conflict that lasts ("war", "occupation"), which news
/// mentions in passing far more often than it reports them.
const DURATIVE: &[&str] = &[
    "war",
    "occupation",
    "conflict",
    "siege",
    "blockade",
    "aggression",
    "offensive",
    "campaign",
    "invasion",
    "annexation",
    "fighting",
    "hostility",
    "bombardment",
    "crackdown",
];

/// Whether the noun `n` carries a date of its own: a year before it ("the 2014 invasion") or a
/// date phrase under it ("the war of 1967", "the invasion in February 2022").
pub(crate) fn has_own_date(tree: &Tree, n: usize) -> bool {
    let is_date = |j: usize| {
        let w = tree.doc.word(j);
        (w.len() == 4
            && w.bytes().all(|b| b.is_ascii_digit())
            && matches!(&w[..2], "18" | "19" | "20"))
            || petrel_core::Date::month_from_name(tree.lemma(j)).is_some()
    };
    tree.range.clone().any(|j| {
        j != n
            && is_date(j)
            && (tree.head(j) == Some(n)
                || tree
                    .head(j)
                    .is_some_and(|h| tree.head(h) == Some(n) && h != n))
    })
}

/// True when the event noun `n` has an actor of its own, heads the sentence, or is the subject
/// or object of a verb that asserts it.
pub fn nominal_is_asserted(tree: &Tree, idx: &MentionIndex, n: usize) -> bool {
    if !tree.parsed {
        return true;
    }
    // "war games", "war crimes": the noun names something else.
    if crate::matching::names_other_thing(tree, n) {
        return false;
    }
    // "a hunger strike": judge the phrase by its head noun.
    let n = if tree.rel(n) == "compound" {
        tree.head(n).unwrap_or(n)
    } else {
        n
    };
    // "survivors of the Rwandan genocide", "the anniversary of the invasion": a look back at an
    // event, not a report of one.
    if tree.rel(n) == "nmod"
        && tree.case_of(n) == Some("of")
        && tree
            .head(n)
            .is_some_and(|h| RETROSPECTIVE.contains(&tree.lemma(h)))
    {
        return false;
    }
    // "the Israeli occupation", "since the start of the offensive", "the Israel-Hamas war
    // updates": a state of conflict named in passing is background, not a fresh event, unless a
    // verb asserts it ("war broke out") or it carries its own date ("the 2014 invasion").
    if DURATIVE.contains(&tree.lemma(n)) && !has_own_date(tree, n) {
        let rel = tree.rel(n);
        let head = tree.head(n).unwrap_or(n);
        return tree.head(n).is_none()
            || (matches!(rel, "nsubj" | "nsubj:pass" | "obj")
                && OCCURRENCE_VERBS.contains(&tree.lemma(head)));
    }
    // "killed amid Israel's assault on Gaza", "despite the blockade": the setting of the
    // report, named in passing, even with its actor; so is what the report is dated by
    // ("spoke before Blunkett's resignation", "until the invasion").
    if matches!(tree.rel(n).split(':').next(), Some("obl" | "nmod"))
        && tree.case_of(n).is_some_and(|c| {
            matches!(
                c,
                "amid" | "amidst" | "despite" | "since" | "before" | "until" | "till"
            )
        })
    {
        return false;
    }
    // "the 41st anniversary of Kennedy's assassination": what is remembered is long past.
    // Read on the surface too, for the parser often hangs "of" on the owner's name.
    let remembered = |h: usize| matches!(tree.lemma(h), "anniversary" | "commemoration");
    let surface = (n.saturating_sub(8).max(tree.range.start)..n).any(|j| {
        remembered(j)
            && tree.word_is(j + 1, "of")
            && (j + 2..n).all(|k| !matches!(tree.upos(k), Upos::Verb | Upos::Aux | Upos::Punct))
    });
    if surface
        || (tree.rel(n) == "nmod"
            && tree.case_of(n) == Some("of")
            && tree.head(n).is_some_and(remembered))
    {
        return false;
    }
    // "in retaliation for the killing of nine peacekeepers", "in response to the attack": the
    // act answered is the cause of what is reported, told in passing ("reaction to the
    // attack" in a headline is news of the attack).
    if matches!(tree.rel(n).split(':').next(), Some("obl" | "nmod"))
        && matches!(tree.case_of(n), Some("for" | "to"))
        && tree
            .head(n)
            .is_some_and(|h| RESPONSES.contains(&tree.lemma(h)) && tree.case_of(h) == Some("in"))
    {
        return false;
    }
    let own_actor = tree
        .range
        .clone()
        .filter(|&j| {
            tree.head(j) == Some(n)
                && matches!(
                    tree.rel(j).split(':').next(),
                    Some("nmod" | "amod" | "compound")
                )
        })
        .any(|j| actor_of(tree, idx, j).is_some());
    if own_actor || tree.head(n).is_none() {
        return true;
    }
    let rel = tree.rel(n);
    let head = tree.head(n).unwrap_or(n);
    let asserting_rel = matches!(rel, "nsubj" | "nsubj:pass" | "obj" | "root")
        || (rel == "obl" && tree.case_of(n).is_some_and(|c| matches!(c, "on" | "in")));
    if matches!(rel.split(':').next(), Some("obl" | "nmod"))
        && tree
            .case_of(n)
            .is_some_and(|c| matches!(c, "during" | "after" | "following"))
    {
        return true;
    }
    // "attracted criticism", "faced attacks": what someone undergoes has happened to them.
    let undergone = rel == "obj" && crate::arguments::SUFFER_VERBS.contains(&tree.lemma(head));
    asserting_rel && (OCCURRENCE_VERBS.contains(&tree.lemma(head)) || undergone)
}
