//! Appeals in court: "appealed against the verdict", "an appeal to the High Court". They ask a
//! court to review its ruling, which CAMEO does not code as an appeal (02) to another actor.

use crate::tree::Tree;

/// What a court or an authority decides or does, and what one appeals against.
const RULINGS: &[&str] = &[
    "ruling",
    "verdict",
    "conviction",
    "sentence",
    "judgment",
    "judgement",
    "finding",
    "decision",
    "acquittal",
    "extradition",
    "deportation",
    "order",
    "fine",
    "ban",
    "action",
    "penalty",
    "suspension",
    "refusal",
    "eviction",
    "demolition",
    "closure",
    "dismissal",
    "expulsion",
];

/// Courts and the bodies that hear appeals.
const COURTS: &[&str] = &["court", "tribunal", "judge", "lords", "commission", "panel"];

/// Whether the appeal at `t` (the verb or the noun) is one to a court: against a ruling, to a
/// court, or a "court appeal" lodged, heard, won or lost.
pub fn legal_appeal(tree: &Tree, t: usize) -> bool {
    if !tree.parsed || tree.lemma(t) != "appeal" {
        return false;
    }
    let against_ruling = tree.deps(t, "obl").chain(tree.deps(t, "nmod")).any(|o| {
        // "appealed against the court ruling", with "ruling" misread as a participle.
        (tree.case_of(o) == Some("against")
            && (RULINGS.contains(&tree.lemma(o)) || COURTS.contains(&tree.lemma(o))))
            || (tree.case_of(o) == Some("to") && COURTS.contains(&tree.lemma(o)))
    });
    let court_noun = tree.upos(t) == petrel_core::Upos::Noun
        && (tree
            .deps(t, "compound")
            .chain(tree.deps(t, "amod"))
            .any(|d| matches!(tree.lemma(d), "court" | "legal" | "high" | "supreme"))
            || tree.head(t).is_some_and(|h| {
                matches!(tree.rel(t), "obj" | "nsubj:pass")
                    && matches!(
                        tree.lemma(h),
                        "lodge" | "file" | "hear" | "win" | "lose" | "dismiss" | "uphold"
                    )
            }));
    against_ruling || court_noun
}

/// Crimes one is charged with in court ("charged with murder"), not faults one is accused of
/// in words ("charged the minister with hypocrisy").
const CRIMES: &[&str] = &[
    "murder",
    "manslaughter",
    "killing",
    "homicide",
    "assault",
    "rape",
    "robbery",
    "theft",
    "fraud",
    "bribery",
    "corruption",
    "embezzlement",
    "terrorism",
    "treason",
    "sedition",
    "espionage",
    "spying",
    "kidnapping",
    "smuggling",
    "trafficking",
    "possession",
    "conspiracy",
    "offence",
    "offense",
    "crime",
    "count",
    "attempt",
    "involvement",
    "abuse",
    "torture",
    "mistreatment",
    "desertion",
    "genocide",
    "laundering",
];

/// Whether "charge" at `t` is a charge in law: with a crime ("was charged with murder",
/// "charged three men with murder"), the act of police or a prosecutor.
pub fn legal_charge(tree: &Tree, t: usize) -> bool {
    if !tree.parsed || tree.lemma(t) != "charge" {
        return false;
    }
    let crime = |n: usize| {
        matches!(tree.case_of(n), Some("with" | "over"))
            && (CRIMES.contains(&tree.lemma(n))
                || tree
                    .deps(n, "compound")
                    .chain(tree.deps(n, "amod"))
                    .any(|d| CRIMES.contains(&tree.lemma(d))))
    };
    tree.deps(t, "obl").any(crime)
        || tree
            .deps(t, "obj")
            .chain(tree.deps(t, "nsubj:pass"))
            .any(|o| tree.deps(o, "nmod").any(crime))
}
