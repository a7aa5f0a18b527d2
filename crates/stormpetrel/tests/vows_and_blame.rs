//! A vow, pledge or promise to jail, expel or attack others is a threat (13x), not an intent to
//! cooperate; blame laid on a thing is a pessimistic comment (012), not an accusation; an event
//! noun that an infinitive would bring about ("to arrange a meeting") has not happened (#16).

mod common;

fn coded(text: &str) -> Vec<common::Dyad> {
    common::dyads(text, Some("2005-03-01"))
}

#[test]
fn a_vow_of_force_or_repression_is_a_threat() {
    let r = coded("The Kenyan government vowed to jail the ringleaders of the riots.");
    assert!(r.iter().any(|d| d.0 == "137"), "{r:?}");
    let r = coded("Uganda pledged to hunt down the rebels who attacked the camp.");
    assert!(common::has(&r, "138", Some("UGA"), Some("UGAREB")), "{r:?}");
    // A pledge to act on a practice stays an intent.
    let r = coded("The Kenyan government pledged to crack down on corruption.");
    assert!(r.iter().all(|d| !d.0.starts_with("13")), "{r:?}");
}

#[test]
fn blame_laid_on_a_thing_accuses_no_one() {
    let r =
        coded("The Kenyan minister blamed the strength of the shilling for the fall in exports.");
    assert!(r.iter().any(|d| d.0 == "012"), "{r:?}");
    assert!(r.iter().all(|d| d.0 != "112"), "{r:?}");
    let r = coded("The Kenyan minister blamed Uganda for the fall in exports.");
    assert!(common::has(&r, "112", Some("KENGOV"), Some("UGA")), "{r:?}");
}

#[test]
fn an_event_an_infinitive_would_bring_about_has_not_happened() {
    assert!(!common::asserts(
        "Kenyan officials are trying to arrange a meeting with Ugandan President Yoweri Museveni.",
        "04"
    ));
    // What the infinitive needs to exist already stays asserted.
    assert!(common::asserts(
        "Somali civilians fled to escape Kenyan air attacks.",
        "19"
    ));
}
