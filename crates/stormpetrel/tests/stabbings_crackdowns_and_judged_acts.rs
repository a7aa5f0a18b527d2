//! A stabbing is an assault (182) unless it killed (1823); money withdrawn is no retreat; a
//! crackdown on a thing that names no one is policing; a particle read as an adverb still makes
//! a phrasal verb; whom an act of violence was aimed at is no target of a judgement of it (#16).

mod common;

fn coded(text: &str) -> Vec<common::Dyad> {
    common::dyads(text, Some("2023-03-01"))
}

#[test]
fn a_stabbing_kills_only_when_the_text_says_so() {
    let r = coded("A settler stabbed a Palestinian farmer.");
    assert!(
        common::has(&r, "182", Some("ISRCVL"), Some("PSECVL")),
        "{r:?}"
    );
    let r = coded("A settler stabbed a Palestinian farmer to death.");
    assert!(
        common::has(&r, "1823", Some("ISRCVL"), Some("PSECVL")),
        "{r:?}"
    );
    // Also when the parser hangs "to death" on the object.
    let r = coded("Kenyan settler stabs Somali man to death.");
    assert!(r.iter().any(|d| d.0 == "1823"), "{r:?}");
}

#[test]
fn money_withdrawn_is_no_retreat() {
    let r = coded("Kenya has withdrawn $2bn in reserves from Uganda.");
    assert!(r.iter().all(|d| !d.0.starts_with("087")), "{r:?}");
    let r = coded("Kenya withdrew its troops from Somalia.");
    assert!(common::has(&r, "0874", Some("KEN"), Some("SOM")), "{r:?}");
}

#[test]
fn a_crackdown_on_a_thing_is_policing() {
    let r = coded("Egypt launched a crackdown on tax evasion.");
    assert!(r.iter().all(|d| d.0 != "175"), "{r:?}");
    let r = coded("Belarus launched a crackdown on the opposition.");
    assert!(r.iter().any(|d| d.0 == "175"), "{r:?}");
    // A particle the parser reads as an adverb still makes "crack down".
    let r = coded("China cracked down on dissent.");
    assert!(common::has(&r, "175", Some("CHN"), None), "{r:?}");
}

#[test]
fn the_victim_of_a_condemned_attack_is_no_target() {
    let r = coded("Egypt condemned the attack on Israel.");
    assert!(common::has(&r, "111", Some("EGY"), None), "{r:?}");
    let r = coded("Egypt condemned the attack on the Israeli embassy.");
    assert!(common::has(&r, "111", Some("EGY"), None), "{r:?}");
    // Its named doer is.
    let r = coded("Egypt condemned the Israeli attack on Gaza.");
    assert!(common::has(&r, "111", Some("EGY"), Some("ISR")), "{r:?}");
}

#[test]
fn who_is_gunned_down_in_a_headline_is_the_target() {
    let r = coded("Kenyan militant gunned down.");
    assert!(common::has(&r, "193", None, Some("KENREB")), "{r:?}");
    let r = coded("Police gunned down two robbers.");
    assert!(
        r.iter()
            .any(|d| d.0 == "193" && d.1.as_deref() == Some("COP")),
        "{r:?}"
    );
}
