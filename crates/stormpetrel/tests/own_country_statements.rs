//! A statement about nobody but the speaker's own country is aimed at that country; one that
//! names another actor stays aimed at that actor; an infinitive with a subject of its own names
//! whom a statement is about; whom a speaker tells of a hope is its target (#16).

mod common;

#[test]
fn a_statement_about_the_speakers_own_people_is_aimed_at_its_country() {
    let r = common::dyads(
        "The Kenyan finance minister said the number of Kenyans out of work had fallen sharply.",
        Some("2005-03-01"),
    );
    assert!(common::has(&r, "010", Some("KENGOV"), Some("KEN")), "{r:?}");
    let r = common::dyads(
        "Zambia's central bank governor said Zambia had to cut its spending.",
        Some("2005-03-01"),
    );
    assert!(
        r.iter()
            .any(|d| d.0 == "010" && d.2.as_deref() == Some("ZMB")),
        "{r:?}"
    );
}

#[test]
fn another_actor_named_in_the_statement_comes_before_the_speakers_country() {
    let r = common::dyads(
        "The Kenyan finance minister said Kenya would send food to Uganda.",
        Some("2005-03-01"),
    );
    assert!(r.iter().any(|d| d.2.as_deref() == Some("UGA")), "{r:?}");
    assert!(r.iter().all(|d| d.2.as_deref() != Some("KEN")), "{r:?}");
}

#[test]
fn an_infinitive_with_its_own_subject_names_whom_a_statement_is_about() {
    let r = common::dyads(
        "The Kenyan speaker said she believed it was wrong for the army chief to sit in parliament.",
        Some("2005-03-01"),
    );
    assert!(
        r.iter()
            .any(|d| d.0 == "010" && d.2.as_deref() == Some("KENMIL")),
        "{r:?}"
    );
}

#[test]
fn whom_a_speaker_tells_of_a_hope_is_its_target() {
    let r = common::dyads(
        "The Kenyan finance minister told MPs he hoped the budget would pass.",
        Some("2005-03-01"),
    );
    assert!(
        common::has(&r, "013", Some("KENGOV"), Some("KENLEG")),
        "{r:?}"
    );
}
