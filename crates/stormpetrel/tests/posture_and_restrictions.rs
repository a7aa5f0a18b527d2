//! Codes of force posture, restrictions and rejections that hang on an object (#16).

mod common;

use common::{dyad as one, Dyad};

fn coded(text: &str) -> Vec<Dyad> {
    common::dyads(text, Some("2005-03-01"))
}

#[test]
fn strengthening_forces_is_mobilising() {
    let r = coded("Chile has strengthened its forces near the Bolivian border.");
    assert_eq!(r.first().map(|d| d.0.as_str()), Some("154"), "{r:?}");
    assert_eq!(r.first().and_then(|d| d.1.as_deref()), Some("CHL"), "{r:?}");
}

#[test]
fn closing_a_newspaper_or_stopping_a_protest_restricts_freedoms() {
    assert_eq!(
        coded("The Bolivian government ordered the newspaper to suspend publication."),
        [one("1721", "BOLGOV", "BOLMED")]
    );
    let r = coded("Bolivian police prevented the demonstration in La Paz.");
    assert_eq!(r.first().map(|d| d.0.as_str()), Some("1721"), "{r:?}");
}

#[test]
fn denying_a_permit_is_a_rejection() {
    let r = coded("Bolivia denied a permit for the march.");
    assert_eq!(r.first().map(|d| d.0.as_str()), Some("120"), "{r:?}");
}

#[test]
fn a_gas_explosion_is_an_accident_not_a_bombing() {
    let r = coded("A gas explosion in a Bolivian coal mine killed 56 people, the government said.");
    assert!(r.iter().all(|d| !d.0.starts_with("18")), "{r:?}");
    // A bomb blast still is one.
    let r = coded("A bomb blast in a Bolivian market killed five people.");
    assert!(r.iter().any(|d| d.0 == "183"), "{r:?}");
}

#[test]
fn being_denied_a_status_is_a_rejection() {
    let r = coded("He has been denied refugee status by Bolivia.");
    assert_eq!(r.first().map(|d| d.0.as_str()), Some("120"), "{r:?}");
}
