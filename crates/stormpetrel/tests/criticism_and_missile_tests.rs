//! Saying that another actor's plans are uncosted, naive or inadequate criticises that actor
//! (111), also when the quotation comes first; a missile "test fired" is a show of force (150),
//! not artillery fire; praise, blame or a demand of what another did is aimed at the doer (#16).

mod common;

use common::Dyad;

fn coded(text: &str) -> Vec<Dyad> {
    common::dyads(text, Some("2005-03-01"))
}

#[test]
fn calling_anothers_plans_uncosted_criticises_them() {
    for text in [
        "Bolivia's foreign minister said the Chilean proposals were completely uncosted.",
        "\"As usual, the Chilean proposals are completely uncosted,\" the Bolivian foreign minister said.",
    ] {
        let r = coded(text);
        assert!(
            r.iter().any(|d| d.0 == "111"
                && d.1.as_deref() == Some("BOLGOV")
                && d.2.as_deref() == Some("CHL")),
            "{text}: {r:?}"
        );
    }
}

#[test]
fn a_missile_test_fired_is_a_show_of_force() {
    let r = coded("Bolivia test fired a new missile on Sunday.");
    assert!(
        r.iter()
            .any(|d| d.0 == "150" && d.1.as_deref() == Some("BOL")),
        "{r:?}"
    );
    assert!(r.iter().all(|d| !d.0.starts_with("19")), "{r:?}");
}

#[test]
fn criticism_of_an_act_is_aimed_at_its_doer() {
    let r = coded("Egypt condemns Russia's attack on Ukraine.");
    assert!(common::has(&r, "111", Some("EGY"), Some("RUS")), "{r:?}");
    let r = coded("Egypt blamed the Russian attack on Ukraine.");
    assert!(common::has(&r, "112", Some("EGY"), Some("RUS")), "{r:?}");
}

#[test]
fn attacking_the_way_something_was_done_is_criticism() {
    // The parser reads "the way" as a bare oblique.
    let r = common::dyads(
        "Clare Short attacked the way the Kosovo war was sold to voters.",
        Some("2005-03-01"),
    );
    assert!(r.iter().any(|d| d.0 == "111"), "{r:?}");
    assert!(!r.iter().any(|d| d.0.starts_with("19")), "{r:?}");
}

#[test]
fn calling_anothers_act_excessive_or_regrettable_criticises_it() {
    assert_eq!(
        coded("Germany said Russia's response was excessive and provocative."),
        [common::dyad("111", "DEU", "RUS")]
    );
    assert_eq!(
        coded("The Polish minister said the Belarusian decision was regrettable."),
        [common::dyad("111", "POLGOV", "BLR")]
    );
    // Of one's own words it is an admission, not criticism.
    let own = coded("The French president said his remarks were inappropriate.");
    assert!(!own.iter().any(|d| d.0 == "111"), "{own:?}");
}
