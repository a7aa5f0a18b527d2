//! A strike of workers or of fasting is a protest (143, 142), not an attack (190), and who
//! begins a hunger strike is on it (#16).

mod common;

use common::{dyad as one, has};

#[test]
fn launching_a_general_strike_is_a_protest() {
    let r = common::dyads(
        "Dockers in Chile launched a general strike.",
        Some("2024-01-15"),
    );
    assert!(has(&r, "143", Some("CHL"), Some("CHLGOV")), "{r:?}");
    assert!(!r.iter().any(|d| d.0.starts_with("19")), "{r:?}");
    // An attack is still one.
    assert_eq!(
        common::dyads("Israel launched a strike on Gaza.", Some("2024-01-15")),
        [one("190", "ISR", "PSE")]
    );
}

#[test]
fn who_begins_a_hunger_strike_is_on_it() {
    let r = common::dyads(
        "Jailed Kurdish activists in Turkey began a hunger strike.",
        Some("2024-01-15"),
    );
    assert!(has(&r, "142", Some("TUROPP"), Some("TURGOV")), "{r:?}");
    let launched = common::dyads(
        "Prisoners launched a hunger strike against Israel.",
        Some("2024-01-15"),
    );
    assert!(
        !launched.iter().any(|d| d.0.starts_with("19")),
        "{launched:?}"
    );
}
