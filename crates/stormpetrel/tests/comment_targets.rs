//! A comment on a clause (a warning, a hope, an admission) is aimed at the clause's subject
//! before anything the clause names later, unless the speaker addresses someone (#16).

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
