//! Where fire comes from and which operation an act was part of: "rockets fired from Gaza" are
//! fired by Gaza, an act of force "during a raid" names who carried out the raid, and the town a
//! raid is "on" is its target (#16).

mod common;

use common::Dyad;

fn coded(text: &str) -> Vec<Dyad> {
    common::dyads(text, Some("2023-05-01"))
}

#[test]
fn fire_from_a_place_is_fired_by_it() {
    let r = coded("Israel says 20 rockets were fired from southern Lebanon at the town of Metula.");
    let fire: Vec<&Dyad> = r.iter().filter(|d| d.0.starts_with("19")).collect();
    assert!(!fire.is_empty(), "{r:?}");
    assert!(fire.iter().all(|d| d.1.as_deref() == Some("LBN")), "{r:?}");
    assert!(fire.iter().all(|d| d.2.as_deref() != Some("LBN")), "{r:?}");
    // A town taken from someone is taken from its holder.
    let r = coded("Syrian troops recaptured the town of Saraqib from Turkish-backed rebels.");
    assert!(
        r.iter()
            .any(|d| d.0.starts_with("192") && d.2.as_deref() == Some("SYRREB")),
        "{r:?}"
    );
}

#[test]
fn an_act_during_a_raid_names_who_raided() {
    let r = coded(
        "A boy was shot by the Israeli army during a raid on Tubas in the occupied West Bank.",
    );
    let raid: Vec<&Dyad> = r.iter().filter(|d| d.0.starts_with("19")).collect();
    assert!(!raid.is_empty(), "{r:?}");
    assert!(
        raid.iter().all(|d| d.1.as_deref() == Some("ISRMIL")),
        "{r:?}"
    );
    // Who only speaks during a raid carried out none.
    let r = coded("Turkish officials said during an attack on Afrin that talks would go on.");
    assert!(
        r.iter()
            .all(|d| !(d.0.starts_with("19") && d.1.as_deref() == Some("TURGOV"))),
        "{r:?}"
    );
}

#[test]
fn the_town_a_raid_is_on_is_its_target() {
    let r = coded("Medics fled the hospital during an Israeli raid on Tulkarm.");
    assert!(
        r.iter().any(|d| d.0.starts_with("19")
            && d.1.as_deref() == Some("ISR")
            && d.2.as_deref() == Some("PSE")),
        "{r:?}"
    );
}
