//! A call for something names whom it concerns; a state "ready to" act is the speaker; a
//! chamber's committee is that chamber; resigning in protest protests; a place named on a trip
//! is where it goes; the September 11 attacks are of 2001; officials who meet over a state are
//! not that state's; who announces or unveils a plan to act is who would act (#16).

mod common;

use common::has;

fn coded(text: &str) -> Vec<common::Dyad> {
    common::dyads(text, Some("2005-03-01"))
}

#[test]
fn a_call_for_names_its_target() {
    let r = coded("Norway calls for UN reform.");
    assert!(has(&r, "020", Some("NOR"), Some("IGOUNO")), "{r:?}");
    // A call that no one is named as making asks no one.
    let r = coded("The chain faces calls for a ban on Iranian imports.");
    assert!(r.iter().all(|d| d.2.is_none()), "{r:?}");
}

#[test]
fn a_state_ready_to_act_is_the_speaker() {
    let r = coded("Syria said it was ready to withdraw its troops.");
    assert!(has(&r, "0356", Some("SYR"), None), "{r:?}");
    // "It is likely to" stays pleonastic.
    let r = coded("Syria said it was likely to rain.");
    assert!(r.iter().all(|d| d.0 == "010"), "{r:?}");
}

#[test]
fn a_chambers_committee_is_the_chamber() {
    let r = coded("The Senate Banking Committee criticised Iran.");
    assert!(has(&r, "111", Some("USALEG"), Some("IRN")), "{r:?}");
}

#[test]
fn resigning_in_protest_protests() {
    let r = coded("The Serbian prime minister resigned in protest against US sanctions.");
    assert!(has(&r, "140", Some("SRBGOV"), Some("USA")), "{r:?}");
}

#[test]
fn a_place_on_a_trip_is_where_it_goes() {
    let r = coded("Bush ended his Moscow visit on Monday.");
    assert!(has(&r, "042", Some("USAGOV"), Some("RUSGOV")), "{r:?}");
}

#[test]
fn the_september_eleventh_attacks_are_of_2001() {
    let doc = common::run(
        "Security was raised after al-Qaeda's 11 September attacks on the US.",
        Some("2004-12-01"),
    );
    let e = doc.events.iter().find(|e| e.code.starts_with("19"));
    let date = e.and_then(|e| e.date.as_ref()).map(|d| d.value.to_string());
    assert_eq!(date.as_deref(), Some("2001-09-11"), "{:?}", doc.events);
    // Any other 11 September is of the publication year.
    let doc = common::run("Iran attacked Iraq on 11 September.", Some("2004-12-01"));
    let date = doc.events.first().and_then(|e| e.date.as_ref());
    assert_eq!(
        date.map(|d| d.value.to_string()).as_deref(),
        Some("2004-09-11")
    );
}

#[test]
fn officials_who_meet_over_a_state_are_not_its() {
    let r = coded("Ministers met on Monday to discuss the Iranian nuclear programme.");
    assert!(has(&r, "040", Some("GOV"), Some("IRN")), "{r:?}");
    // A state named as the one met is still theirs to meet.
    let r = coded("Ministers met Iranian officials on Monday.");
    assert!(r.iter().all(|d| d.1.as_deref() != Some("GOV")), "{r:?}");
}

#[test]
fn a_call_on_someone_named_with_a_title_is_an_appeal() {
    // The parser hangs "on" or "for" on the title inside the object.
    let r = common::dyads(
        "Delegates at Lebanon's assembly called on radical Shiite cleric Hassan Nasrallah to \
         disarm his fighters.",
        Some("2005-03-01"),
    );
    assert!(r.iter().any(|d| d.0 == "020"), "{r:?}");
    assert!(!r.iter().any(|d| d.0 == "041"), "{r:?}");
    let r = common::dyads(
        "The Liberal Democrats called for Tory leader Michael Howard to apologise.",
        Some("2005-03-01"),
    );
    assert!(r.iter().any(|d| d.0 == "020"), "{r:?}");
    // A phone call to a named person stays one.
    let r = common::dyads("Blair called Chirac on Monday.", Some("2005-03-01"));
    assert!(r.iter().any(|d| d.0 == "041"), "{r:?}");
}

#[test]
fn forces_that_arrive_pay_no_visit() {
    let r = coded("Chechen fighters arrived in Grozny on Monday.");
    assert!(!r.iter().any(|d| d.0 == "042"), "{r:?}");
    let r = coded("The Chinese premier arrived in Paris.");
    assert!(has(&r, "042", Some("CHNGOV"), Some("FRA")), "{r:?}");
}

#[test]
fn who_speaks_in_talks_or_on_a_call_holds_them() {
    let r = common::dyads(
        "In a call with the Turkish president, the German chancellor urged restraint.",
        Some("2024-01-15"),
    );
    assert!(
        common::has(&r, "041", Some("DEUGOV"), Some("TURGOV")),
        "{r:?}"
    );
    let talks = common::dyads(
        "In talks with the Chinese foreign minister, the French president said Beijing \
         should do more.",
        Some("2024-01-15"),
    );
    assert!(
        common::has(&talks, "040", Some("FRAGOV"), Some("CHNGOV")),
        "{talks:?}"
    );
}

#[test]
fn a_call_for_or_to_act_is_no_telephone_call() {
    // The parser hangs "for an end" on "nurses"; the pause makes the attack negated.
    let r = common::dyads(
        "Nurses in Kenya call for an end to attacks on clinics by Somali militants.",
        Some("2023-11-01"),
    );
    assert!(r.iter().all(|d| d.0 != "041"), "{r:?}");
    // Nor is a call with its "to" infinitive hung elsewhere.
    let r = common::dyads(
        "Kenya's election board will study a call by opposition leaders to postpone the vote \
         because of violence.",
        Some("2023-11-01"),
    );
    assert!(r.iter().all(|d| d.0 != "041"), "{r:?}");
}

#[test]
fn who_announces_a_plan_would_carry_it_out() {
    let r = common::dyads(
        "Egypt announces plans to send aid to Sudanese refugees.",
        Some("2023-11-01"),
    );
    assert!(
        r.iter()
            .any(|d| d.0 == "033" && d.1.as_deref() == Some("EGY")),
        "{r:?}"
    );
    // The tagger reads "unveiled" as an adjective in a sentence with no other verb.
    let r = common::dyads(
        "Turkey unveiled plans to send troops to Libya.",
        Some("2023-11-01"),
    );
    assert!(
        r.iter()
            .any(|d| d.0 == "154" && d.1.as_deref() == Some("TUR")),
        "{r:?}"
    );
}
