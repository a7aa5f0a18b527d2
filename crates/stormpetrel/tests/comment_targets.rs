//! A comment on a clause (a warning, a hope, an admission) is aimed at the clause's subject
//! before anything the clause names later, unless the speaker addresses someone; what a meeting
//! is about is no party to it (#16).

mod common;

fn coded(text: &str) -> Vec<common::Dyad> {
    common::dyads(text, Some("2023-03-01"))
}

#[test]
fn a_warning_is_aimed_at_the_subject_of_what_it_warns_of() {
    let r = coded("Norway warns Sweden risks losing support over Danish fishing.");
    assert!(common::has(&r, "012", Some("NOR"), Some("SWE")), "{r:?}");
}

#[test]
fn a_warned_addressee_stays_the_target() {
    let r = coded(
        "The Chilean president warned the Peruvian government on Monday that the Bolivian war \
         could be illegal.",
    );
    assert!(
        common::has(&r, "012", Some("CHLGOV"), Some("PERGOV")),
        "{r:?}"
    );
}

#[test]
fn what_a_meeting_is_about_is_no_party_to_it() {
    let r = coded("The Chilean and Peruvian presidents talked about Bolivia.");
    assert!(
        common::has(&r, "040", Some("CHLGOV"), Some("PERGOV")),
        "{r:?}"
    );
    assert!(!r.iter().any(|d| d.2.as_deref() == Some("BOL")), "{r:?}");
    // One speaker's talk about something is a statement aimed at it.
    let r = coded("The Chilean president talked about the Peruvian election.");
    assert!(common::has(&r, "010", Some("CHLGOV"), Some("PER")), "{r:?}");
}
