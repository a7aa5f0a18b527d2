//! A war or an attack that kills is done by whoever waged or launched it, not by the place it
//! was waged on (#16).

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
