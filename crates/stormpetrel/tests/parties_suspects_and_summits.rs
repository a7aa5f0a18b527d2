//! A party name many countries share is the party of the state named just before it; suspects
//! are criminals, but "suspect" before a noun names no one; "G-7" is the G7; deals are clinched
//! and sealed; a statement about whom someone is glad to see is aimed at them (#16).

mod common;

#[test]
fn a_shared_party_name_after_a_state_is_that_states_party() {
    let r = common::dyads(
        "Norway's Labour Party has clinched a deal with the Centre Party.",
        Some("2005-01-01"),
    );
    assert!(r.iter().any(|d| d.1.as_deref() == Some("NORPTY")), "{r:?}");
    assert!(r.iter().all(|d| d.1.as_deref() != Some("GBRPTY")), "{r:?}");
}

#[test]
fn a_deal_clinched_or_sealed_is_signed() {
    let r = common::dyads("Kenya has sealed a deal with Uganda.", Some("2005-01-01"));
    assert!(common::has(&r, "057", Some("KEN"), Some("UGA")), "{r:?}");
}

#[test]
fn suspects_are_criminals_and_a_suspect_site_is_no_one() {
    let r = common::dyads(
        "Kenyan police arrested three suspects in Mombasa.",
        Some("2005-01-01"),
    );
    assert!(
        common::has(&r, "173", Some("KENCOP"), Some("KENCRM")),
        "{r:?}"
    );
    let doc = common::run(
        "Kenya Denies Nuclear Work At Suspect Site Mombasa.",
        Some("2005-01-01"),
    );
    assert!(
        doc.mentions.iter().all(|m| !m.code.ends_with("CRM")),
        "{:?}",
        doc.mentions
    );
    assert!(
        doc.mentions.iter().any(|m| m.code == "KEN"),
        "{:?}",
        doc.mentions
    );
}

#[test]
fn a_hyphenated_group_of_states_is_known() {
    let r = common::dyads("The G-7 summit opened in Nairobi.", Some("2005-01-01"));
    assert!(r.iter().any(|d| d.1.as_deref() == Some("IGOWLD")), "{r:?}");
}

#[test]
fn whom_a_speaker_is_glad_to_see_go_is_the_statements_target() {
    let r = common::dyads(
        "Kenyan President Mwai Kibaki says he is glad to see the back of Ugandan President Yoweri Museveni.",
        Some("2005-01-01"),
    );
    assert!(
        common::has(&r, "010", Some("KENGOV"), Some("UGAGOV")),
        "{r:?}"
    );
}

#[test]
fn a_dinner_party_is_no_political_party() {
    let m = common::mentions(
        "The mayor will throw a dinner party for the donors.",
        Some("2005-03-01"),
    );
    assert!(!m.iter().any(|(_, c)| c.ends_with("PTY")), "{m:?}");
    let m = common::mentions("The ruling party met on Monday.", Some("2005-03-01"));
    assert!(m.iter().any(|(_, c)| c.ends_with("PTY")), "{m:?}");
}
