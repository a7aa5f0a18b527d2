//! Two kinds of event that a sentence mentions without asserting it: what someone is accused,
//! suspected, charged or punished for ("arrested for throwing stones", "suspected of bombing a
//! synagogue"), and what an appeal, offer or order asks for ("rejected an appeal to lay down
//! their arms"). Both are marked hypothetical, so the default output leaves them out. A
//! pledge, vow or threat to act makes the act future, which the coder recodes as an intent or a
//! threat.

use crate::tree::Tree;
use petrel_core::Upos;

/// Words of alleging, charging and punishing whose "of" or "for" phrase names the alleged act.
const ALLEGING: &[&str] = &[
    "accuse",
    "accused",
    "accusation",
    "allege",
    "allegation",
    "suspect",
    "suspected",
    "suspicion",
    "charge",
    "charged",
    "indict",
    "indictment",
    "convict",
    "convicted",
    "conviction",
    "guilty",
    "acquit",
    "arrest",
    "detain",
    "jail",
    "imprison",
    "sentence",
    "prosecute",
    "blame",
];

/// Nouns whose infinitive names what they ask for, offer or decide, not what happened.
const PROPOSING_NOUNS: &[&str] = &[
    "appeal",
    "call",
    "demand",
    "request",
    "plea",
    "proposal",
    "offer",
    "order",
    "ultimatum",
    "invitation",
    "bid",
    "effort",
    "push",
    "drive",
    "campaign",
    "pressure",
    "motion",
    "bill",
    "deadline",
    "warning",
];

/// Nouns whose infinitive is what their owner says it will do: an intent or a threat, as the
/// verbs are ("a pledge to protect the poor", "the rebels' vow to fight").
const PLEDGING_NOUNS: &[&str] = &["pledge", "promise", "vow", "threat"];

/// How many words before the preposition a word of alleging may stand ("was arrested on
/// Monday for …").
const WINDOW: usize = 6;

/// True when the trigger at `t` is what someone is accused, suspected, charged or punished
/// for: an "of" or "for" phrase (a gerund or an event noun) after a word of alleging, read from
/// the words themselves, since parsers often hang such phrases on the wrong head.
pub fn alleged(tree: &Tree, t: usize) -> bool {
    let start = tree.range.start;
    // The preposition: right before the trigger, or before its article ("of the bombing").
    let mut p = t;
    for _ in 0..2 {
        if p == start {
            return false;
        }
        p -= 1;
        if tree.word_is(p, "of") || tree.word_is(p, "for") {
            break;
        }
        if !matches!(tree.upos(p), Upos::Det) {
            return false;
        }
    }
    if !(tree.word_is(p, "of") || tree.word_is(p, "for")) {
        return false;
    }
    let from = p.saturating_sub(WINDOW).max(start);
    (from..p)
        .rev()
        .take_while(|&j| !matches!(tree.doc.word(j), ";" | ":"))
        .any(|j| ALLEGING.contains(&tree.lemma(j)))
}

/// True when the trigger at `t` is the infinitive of an appeal, offer, order or decision: "an
/// appeal to lay down their arms", also when the parser hung the infinitive on the verb whose
/// object the noun is ("rejected an appeal … to lay down").
pub fn proposed(tree: &Tree, t: usize) -> bool {
    infinitive_of(tree, t, PROPOSING_NOUNS)
}

/// True when the trigger at `t` is the infinitive of a pledge, promise, vow or threat: a future
/// act, which the coder recodes as an intent or a threat.
pub fn pledged(tree: &Tree, t: usize) -> bool {
    infinitive_of(tree, t, PLEDGING_NOUNS)
}

/// True when `t` is a "to" infinitive that belongs to a noun of `nouns`.
fn infinitive_of(tree: &Tree, t: usize, nouns: &[&str]) -> bool {
    if !tree.parsed || !tree.deps(t, "mark").any(|d| tree.word_is(d, "to")) {
        return false;
    }
    let Some(h) = tree.head(t) else { return false };
    let noun = |n: usize| tree.upos(n) == Upos::Noun && nouns.contains(&tree.lemma(n));
    match tree.rel(t) {
        "acl" => noun(h),
        "advcl" => tree.deps_exact(h, "obj").any(|o| o < t && noun(o)),
        _ => false,
    }
}

/// Verbs of asking whose "to" clause is what they ask for.
const ASKING_VERBS: &[&str] = &[
    "call",
    "urge",
    "ask",
    "appeal",
    "press",
    "encourage",
    "invite",
    "order",
    "tell",
    "demand",
    "beg",
    "implore",
    "exhort",
];

/// True when the trigger at `t` is the "to" clause of a verb of asking that the parser hung as
/// an adverbial clause ("calling on the troops to kill …", "urged them, in a speech, to
/// strike"): what is asked for, not what happened.
pub fn asked_for(tree: &Tree, t: usize) -> bool {
    tree.parsed
        && tree.rel(t) == "advcl"
        && tree.deps(t, "mark").any(|d| tree.word_is(d, "to"))
        && tree
            .head(t)
            .is_some_and(|h| tree.upos(h) == Upos::Verb && ASKING_VERBS.contains(&tree.lemma(h)))
}

/// Relations through which an act belongs to the clause or phrase above it: its object, a
/// phrase of it, its purpose or its complement.
const INSIDE: &[&str] = &["obj", "nmod", "obl", "advcl", "acl", "xcomp", "conj"];

/// Verbs whose object exists before they act on it.
const ENDING_VERBS: &[&str] = &[
    "stop", "end", "halt", "cease", "lift", "ease", "remove", "suspend", "abandon", "finish",
];

/// True when the trigger at `t` lies inside what is asked for or proposed, a few steps down:
/// "invited China to send envoys to discuss flights" (the discussion), "a greater effort to
/// set up meetings" (the meetings). The asked-for clause itself is found by the checks above
/// or as its verb's complement.
pub fn inside_asked_for(tree: &Tree, t: usize) -> bool {
    if !tree.parsed {
        return false;
    }
    let to = |a: usize| tree.deps(a, "mark").any(|d| tree.word_is(d, "to"));
    let mut cur = t;
    for _ in 0..4 {
        // A finite verb joined to an infinitive is a clause of its own ("the proposals to
        // merge the regiments sparked an outcry", misparsed with "sparked" under "merge").
        // A clause or modifier is inside only as an infinitive of purpose: "as Israel pounds
        // Gaza", "…, warning that …" and "employees kidnapped by militants" are asserted.
        let finite = matches!(tree.doc.xpos(cur), "VBD" | "VBZ" | "VBP" | "MD");
        if !INSIDE.contains(&tree.rel(cur))
            || (tree.rel(cur) == "conj" && finite)
            || (matches!(tree.rel(cur), "advcl" | "acl") && !to(cur))
        {
            return false;
        }
        let Some(h) = tree.head(cur) else {
            return false;
        };
        // "calling on the US to lift its embargo", "urged Israel to stop the attacks", "to put
        // an end to the attacks": what is to be ended is there already.
        if (matches!(tree.rel(cur), "obj" | "obl" | "xcomp")
            && ENDING_VERBS.contains(&tree.lemma(h)))
            || (tree.case_of(cur) == Some("to")
                && (tree.lemma(h) == "end"
                    || tree.deps_exact(h, "obj").any(|o| tree.lemma(o) == "end")))
        {
            return false;
        }
        if proposed(tree, h)
            || asked_for(tree, h)
            || (tree.rel(h) == "xcomp"
                && to(h)
                && tree.head(h).is_some_and(|v| {
                    tree.upos(v) == Upos::Verb && ASKING_VERBS.contains(&tree.lemma(v))
                }))
        {
            return true;
        }
        cur = h;
    }
    false
}

/// True when the trigger at `t` is what a noun of asking asks for: "calls for the release of
/// a hunger striker", "a demand for the withdrawal of troops", "pressure for a ceasefire".
pub fn noun_asked_for(tree: &Tree, t: usize) -> bool {
    tree.parsed
        && matches!(tree.rel(t), "nmod" | "obl")
        && tree.case_of(t) == Some("for")
        && tree.head(t).is_some_and(|h| {
            tree.upos(h) == Upos::Noun
                && matches!(
                    tree.lemma(h),
                    "call"
                        | "demand"
                        | "appeal"
                        | "plea"
                        | "request"
                        | "push"
                        | "campaign"
                        | "pressure"
                        | "bid"
                )
        })
}

/// Whether the event noun at `t` is the object of a bare infinitive that would bring it about
/// ("his plan to expedite a pullout from Gaza", "trying to arrange a meeting"): what is to be
/// done has not been. An infinitive that needs its object to exist already ("fleeing to escape
/// Israel's air attacks", "to end the bombardment") leaves it asserted.
pub(crate) fn object_of_infinitive(tree: &Tree, t: usize) -> bool {
    tree.rel(t) == "obj"
        && tree.head(t).is_some_and(|v| {
            BRINGING_ABOUT.contains(&tree.lemma(v))
                && tree.doc.xpos(v) == "VB"
                && tree.deps(v, "mark").any(|m| tree.word_is(m, "to"))
                && tree.deps(v, "aux").next().is_none()
        })
}

/// Verbs that bring about the event their object names. Light verbs ("make", "hold", "carry")
/// and "attend" are left out: a purpose told in a narrative mostly came about ("moved to the
/// front of the stage to make an appeal").
const BRINGING_ABOUT: &[&str] = &[
    "start",
    "begin",
    "launch",
    "arrange",
    "secure",
    "join",
    "seek",
    "reach",
    "sign",
    "conclude",
    "negotiate",
    "broker",
    "organise",
    "organize",
    "schedule",
    "host",
    "expedite",
    "complete",
    "stage",
    "mount",
    "conduct",
    "clinch",
    "seal",
    "finalise",
    "finalize",
    "obtain",
    "win",
    "resume",
    "convene",
];
