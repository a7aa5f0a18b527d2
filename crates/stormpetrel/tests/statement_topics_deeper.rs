//! Whom a statement is about when the verb of saying sits in a relative clause ("a militant
//! whom the army said was behind the attack") or the topic sits in a report inside a report
//! ("said he believed it was wrong that Ugandan officials had closed the border"); pupils are
//! in education (#16).

mod common;

fn coded(text: &str) -> Vec<common::Dyad> {
    common::dyads(text, Some("2005-03-01"))
}

#[test]
fn a_statement_in_a_relative_clause_is_about_the_noun_it_describes() {
    let r =
        coded("Kenyan troops killed a Somali militant whom the army said was behind the attack.");
    assert!(
        common::has(&r, "010", Some("KENMIL"), Some("SOMREB")),
        "{r:?}"
    );
    // The relative pronoun that is the speaker speaks about no one else.
    let r = coded("Kenyan officials met Ugandan officials, who said the talks had gone well.");
    assert!(
        r.iter().all(|d| !(d.0 == "010"
            && d.1.as_deref() == Some("UGAGOV")
            && d.2.as_deref() == Some("UGAGOV"))),
        "{r:?}"
    );
}

#[test]
fn a_report_inside_a_report_names_whom_a_statement_is_about() {
    let r = coded(
        "The Kenyan minister said he believed it was wrong that Ugandan officials had closed the border.",
    );
    assert!(
        common::has(&r, "010", Some("KENGOV"), Some("UGAGOV")),
        "{r:?}"
    );
}

#[test]
fn pupils_are_in_education() {
    let r = coded("The Kenyan president was speaking to 200 pupils in Nairobi about drugs.");
    assert!(
        common::has(&r, "010", Some("KENGOV"), Some("KENEDU")),
        "{r:?}"
    );
}

#[test]
fn an_infinitive_with_no_subject_of_its_own_is_inside_the_report() {
    let r = common::dyads(
        "The Kenyan president said he looks forward to continuing his close ties with Uganda.",
        Some("2005-03-01"),
    );
    assert!(common::has(&r, "010", Some("KENGOV"), Some("UGA")), "{r:?}");
}
