//! Two event nouns joined by "and" share their owner and their "of" phrase ("Serbia's siege and
//! shelling of Bosnia"); a base-form verb the parser read as a bare infinitive after an object
//! ("weighs Egypt trip") is a noun, and weighing a trip considers it (#16).

mod common;

fn coded(text: &str) -> Vec<common::Dyad> {
    common::dyads(text, Some("2023-03-01"))
}

#[test]
fn conjoined_event_nouns_share_owner_and_target() {
    let r = coded("Serbia's siege and shelling of Bosnia continued.");
    assert!(common::has(&r, "191", Some("SRB"), Some("BIH")), "{r:?}");
    assert!(common::has(&r, "194", Some("SRB"), Some("BIH")), "{r:?}");
}

#[test]
fn a_weighed_trip_is_considered_not_made() {
    let r = coded("Erdogan weighs Egypt trip amid Gaza war.");
    assert!(common::has(&r, "014", Some("TURGOV"), Some("EGY")), "{r:?}");
    assert!(!r.iter().any(|d| d.0 == "042"), "{r:?}");
}
