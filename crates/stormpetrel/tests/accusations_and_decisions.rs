//! Statements that someone broke a rule or misled accuse them (112), what a named other should do
//! is an appeal to them (020), who authorises or orders an act carries it out, and "Air" before
//! a country names an airline (#16).

mod common;

use common::Dyad;

fn coded(text: &str) -> Vec<Dyad> {
    common::dyads(text, Some("2005-03-01"))
}

#[test]
fn saying_someone_broke_a_rule_accuses_them() {
    let r = coded("Syria said the Turkish army had violated the border agreement.");
    assert!(
        r.iter().any(|d| d.0 == "112"
            && d.1.as_deref() == Some("SYR")
            && d.2.as_deref() == Some("TURMIL")),
        "{r:?}"
    );
    // The accused may be of the speaker's own state, but is never the speaker.
    let r = coded(
        "Britain's opposition leader said the government had misled parliament over the war.",
    );
    assert!(
        r.iter()
            .any(|d| d.0 == "112" && d.2.as_deref() == Some("GBRGOV")),
        "{r:?}"
    );
    // A rule kept is no accusation.
    let r = coded("Syria said the Turkish army had not violated the border agreement.");
    assert!(r.iter().all(|d| d.0 != "112"), "{r:?}");
}

#[test]
fn who_authorises_sanctions_imposes_them() {
    let r = coded("The World Trade Organization authorised sanctions on Canada.");
    assert!(
        r.iter().any(|d| d.0.starts_with("16")
            && d.1.as_deref() == Some("IGOWTO")
            && d.2.as_deref() == Some("CAN")),
        "{r:?}"
    );
}

#[test]
fn air_before_a_country_is_an_airline() {
    let r = coded("Air Chile said it had sealed a deal with Brazil's Embraer for 20 aircraft.");
    assert!(r.iter().all(|d| d.1.as_deref() != Some("CHL")), "{r:?}");
    // So does "Air" after one.
    let r = coded("Chile Air plans a 7 billion dollar Boeing order.");
    assert!(r.iter().all(|d| d.1.as_deref() != Some("CHL")), "{r:?}");
}

#[test]
fn what_a_named_other_should_do_is_an_appeal_to_them() {
    let r =
        coded("The Chilean foreign minister said Peru should withdraw its complaint to the court.");
    assert!(
        r.iter().any(|d| d.0 == "020"
            && d.1.as_deref() == Some("CHLGOV")
            && d.2.as_deref() == Some("PER")),
        "{r:?}"
    );
    // What a thing "should" do is a forecast, and what voters say is no political act.
    for text in [
        "Chile's finance minister said the reforms should cut unemployment next year.",
        "Most voters said Chile should stay in the trade bloc.",
    ] {
        let r = coded(text);
        assert!(r.iter().all(|d| d.0 != "020"), "{text}: {r:?}");
    }
}

#[test]
fn whom_the_parser_makes_subject_of_the_of_clause_is_accused() {
    // The parser reads "Israel" as the subject of "provoking", not the object of "accused".
    assert_eq!(
        common::dyads(
            "Hezbollah’s leader Nasrallah also accused Israel of ‘provoking the Lebanese army \
             including Hezbollah’.",
            Some("2024-01-15"),
        ),
        [common::dyad("112", "LBNREBHZB", "ISR")]
    );
}
