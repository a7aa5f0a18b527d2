//! Figures that "add up to" a sum are no statement; to compromise something is to harm it; a
//! participle of what would happen is conditional too; the purpose of what is not done has not
//! happened; a bank named with a party's initials is a bank (#16).

mod common;

use common::asserts;

#[test]
fn figures_that_add_up_say_nothing() {
    assert!(!asserts(
        "Japan's exports to China added up to 20bn yen last year.",
        "01"
    ));
}

#[test]
fn to_compromise_something_is_to_harm_it() {
    assert!(!asserts(
        "Indian union leaders said the deal was compromising India's independence.",
        "08"
    ));
}

#[test]
fn a_participle_of_what_would_happen_is_conditional() {
    assert!(!asserts(
        "Selling the gold would boost the IMF's reserves, giving it more money.",
        "07"
    ));
    // What someone said while declining stays said.
    assert!(asserts(
        "The minister refused to comment, saying Iran had to decide.",
        "01"
    ));
}

#[test]
fn the_purpose_of_what_is_not_done_has_not_happened() {
    assert!(!asserts(
        "The Bush administration's unwillingness to intervene to support the dollar worried \
         traders.",
        "05"
    ));
}

#[test]
fn a_bank_named_with_a_partys_initials_is_a_bank() {
    let r = common::dyads(
        "A spokesman for BNP Paribas said the bank had criticised the French government.",
        Some("2005-03-01"),
    );
    assert!(r.iter().all(|d| d.1.as_deref() != Some("GBRPTY")), "{r:?}");
    assert!(r.iter().any(|d| d.1.as_deref() == Some("FRABUS")), "{r:?}");
}
