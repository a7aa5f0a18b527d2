//! A war or an attack that kills is done by whoever waged or launched it, not by the place it
//! was waged on; bare victims take the state the article has just named; settlers named on an
//! attack made it; clashes hung on their day keep their two sides; an armed group that fights
//! a foreign force is of the land it fights in (#16).

mod common;

#[test]
fn who_waged_a_war_kills_in_its_course() {
    let r = common::dyads(
        "Kenyan troops launched an offensive in southern Somalia killing 40 Somali militants.",
        Some("2005-03-01"),
    );
    assert!(
        common::has(&r, "190", Some("KENMIL"), Some("SOMREB")),
        "{r:?}"
    );
    assert!(r.iter().all(|d| d.1.as_deref() != Some("SOM")), "{r:?}");
    let r = common::dyads(
        "Since 2008, Kenya has waged two wars on Somali territory killing hundreds of Somali fighters.",
        Some("2005-03-01"),
    );
    assert!(common::has(&r, "190", Some("KEN"), Some("SOMREB")), "{r:?}");
}

#[test]
fn victims_take_the_state_the_article_just_named() {
    let r = common::dyads(
        "Fighting flared in southern Somalia on Monday. Kenyan soldiers killed dozens of people \
         near the border.",
        Some("2005-03-01"),
    );
    assert!(
        common::has(&r, "190", Some("KENMIL"), Some("SOMCVL")),
        "{r:?}"
    );
    // Protesters may be fired on by their own state's troops.
    let r = common::dyads(
        "Kenya condemned Uganda on Monday. Kenyan troops later opened fire on protesters in \
         Nairobi.",
        Some("2005-03-01"),
    );
    assert!(
        common::has(&r, "190", Some("KENMIL"), Some("KENOPP")),
        "{r:?}"
    );
}

#[test]
fn settlers_before_an_attack_did_it() {
    let r = common::dyads(
        "Three Palestinians wounded in settler attack near Nablus.",
        Some("2023-03-01"),
    );
    assert!(common::has(&r, "190", Some("ISRCVL"), Some("PSE")), "{r:?}");
}

#[test]
fn clashes_between_two_sides_hung_on_their_day_are_coded() {
    let r = common::dyads(
        "Fierce clashes on Monday between Russian troops and Chechen rebels left 12 dead, \
         officials said.",
        Some("2005-03-01"),
    );
    assert!(
        common::has(&r, "190", Some("RUSMIL"), Some("RUSREB")),
        "{r:?}"
    );
}

#[test]
fn an_armed_group_fighting_a_foreign_force_is_of_the_land() {
    let r = common::dyads(
        "Clashes between British troops and gunmen left three dead across Afghanistan.",
        Some("2005-03-01"),
    );
    assert!(r.iter().any(|d| d.1.as_deref() == Some("AFGREB")), "{r:?}");
    assert!(!r.iter().any(|d| d.1.as_deref() == Some("GBRREB")), "{r:?}");
}
