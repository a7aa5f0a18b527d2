//! An infinitive whose subject "for" introduces has not happened, nor what a drive or a
//! campaign is "to" do (an attempt at violence is still coded); what a law "says" is no
//! statement; the place troops withdraw from is not their state; criticism of "his friendly
//! call" is aimed at him (#16).

mod common;

use common::{asserts, has};

#[test]
fn what_there_are_calls_for_someone_to_do_has_not_happened() {
    assert!(!asserts(
        "Pressure is growing for Syria to withdraw its troops from Lebanon.",
        "08"
    ));
    // What it took time to do was done.
    assert!(asserts(
        "It took two days for the Russian government to announce the cause of the crash.",
        "01"
    ));
}

#[test]
fn what_a_drive_is_to_do_has_not_happened() {
    assert!(!asserts(
        "The president rejected the minister's drive to shut down foreign relief groups in Kabul.",
        "17"
    ));
    // An attempt at violence is coded as the violence, as event data sets do.
    assert!(asserts(
        "Police foiled an attempt to assassinate the Pakistani president.",
        "18"
    ));
}

#[test]
fn what_a_law_says_is_no_statement() {
    let r = common::dyads(
        "Germany's Securities Act says that the regulator must act.",
        Some("2005-03-01"),
    );
    assert!(r.is_empty(), "{r:?}");
    // A person whose surname is a word for a law still speaks.
    let r = common::dyads(
        "For the Lib Dems, David Laws said the plan was flawed.",
        Some("2005-03-01"),
    );
    assert!(r.iter().any(|d| d.1.as_deref() == Some("GBR")), "{r:?}");
}

#[test]
fn troops_withdrawn_from_a_place_are_not_its() {
    let r = common::dyads(
        "Syria withdrew its troops from Lebanon.",
        Some("2005-03-01"),
    );
    assert!(has(&r, "0874", Some("SYR"), Some("LBN")), "{r:?}");
}

#[test]
fn criticism_of_his_call_is_aimed_at_him() {
    let r = common::dyads(
        "Indian Prime Minister Manmohan Singh responded to the opposition's criticism of his \
         friendly call to US President George W. Bush.",
        Some("2005-03-01"),
    );
    assert!(
        r.iter()
            .any(|d| d.0.starts_with("11") && d.2.as_deref() == Some("INDGOV")),
        "{r:?}"
    );
    assert!(
        r.iter()
            .all(|d| !(d.0.starts_with("11") && d.2.as_deref() == Some("USAGOV"))),
        "{r:?}"
    );
}
