//! Two states that share one head noun ("Kenyan and Ugandan officials", "Ethiopian and Kenyan
//! troops") are two agents of that noun, each a party to the event (#16).

mod common;

#[test]
fn two_state_words_before_one_noun_are_two_agents() {
    let r = common::dyads(
        "Kenyan and Ugandan officials met in Arusha.",
        Some("2004-08-01"),
    );
    assert!(
        common::has(&r, "040", Some("KENGOV"), Some("UGAGOV")),
        "{r:?}"
    );
    assert!(
        common::has(&r, "040", Some("UGAGOV"), Some("KENGOV")),
        "{r:?}"
    );
    let r = common::dyads(
        "Ethiopian and Kenyan troops attacked rebels near the border.",
        Some("2004-08-01"),
    );
    assert!(
        r.iter()
            .any(|d| d.0 == "190" && d.1.as_deref() == Some("ETHMIL")),
        "{r:?}"
    );
    assert!(
        r.iter()
            .any(|d| d.0 == "190" && d.1.as_deref() == Some("KENMIL")),
        "{r:?}"
    );
}

#[test]
fn a_states_name_joined_to_another_states_agents_stays_the_state() {
    let r = common::dyads(
        "Kenya and Somali militants exchanged fire near the border.",
        Some("2004-08-01"),
    );
    assert!(r.iter().any(|d| d.1.as_deref() == Some("SOMREB")), "{r:?}");
    assert!(
        r.iter()
            .all(|d| d.1.as_deref() != Some("KENREB") && d.2.as_deref() != Some("KENREB")),
        "{r:?}"
    );
}
