//! A headline that lists two subjects with a comma ("Kenya, Uganda sign …") gives each of them
//! the event, though the tagger reads its verb as a noun; parties that agree with no one else
//! named agree with each other (#16).

mod common;

#[test]
fn a_verb_after_two_names_listed_with_a_comma_is_theirs() {
    let r = common::dyads("Kenya, Uganda sign border deal.", Some("2005-03-01"));
    assert!(common::has(&r, "057", Some("KEN"), Some("UGA")), "{r:?}");
    assert!(common::has(&r, "057", Some("UGA"), Some("KEN")), "{r:?}");
    let r = common::dyads(
        "Ghana, Togo exchange fire along disputed border.",
        Some("2005-03-01"),
    );
    assert!(
        r.iter()
            .any(|d| d.0.starts_with("19") && d.1.as_deref() == Some("GHA")),
        "{r:?}"
    );
    // A name that a comma sets before a sentence with a finite verb stays as parsed.
    let r = common::dyads(
        "In Nairobi, Kenyan police arrested two men.",
        Some("2005-03-01"),
    );
    assert!(r.iter().any(|d| d.1.as_deref() == Some("KENCOP")), "{r:?}");
}

#[test]
fn parties_that_agree_with_no_one_else_agree_with_each_other() {
    let r = common::dyads(
        "Ethiopia and Eritrea agreed to reopen the border crossing.",
        Some("2005-03-01"),
    );
    assert!(common::has(&r, "030", Some("ETH"), Some("ERI")), "{r:?}");
    assert!(common::has(&r, "030", Some("ERI"), Some("ETH")), "{r:?}");
    let r = common::dyads("Chile, Peru agree to cut tariffs.", Some("2005-03-01"));
    assert!(
        r.iter()
            .any(|d| d.1.as_deref() == Some("CHL") && d.2.as_deref() == Some("PER")),
        "{r:?}"
    );
}
