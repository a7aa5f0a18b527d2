//! To dismiss a claim is to deny it, to dismiss something "as" worthless is to criticise it,
//! and a court that dismisses an appeal rejects it; concern aimed at no one is a pessimistic
//! comment; refusing to answer declines comment; a golfer's round is no shooting; what an
//! anniversary remembers is no fresh event (#16).

mod common;

#[test]
fn dismissing_a_claim_denies_it() {
    let r = common::dyads(
        "The Kenyan minister dismissed claims of a rift in the cabinet.",
        Some("2005-03-01"),
    );
    assert!(common::has(&r, "016", Some("KENGOV"), None), "{r:?}");
}

#[test]
fn dismissing_something_as_worthless_criticises_it() {
    let r = common::dyads(
        "The Kenyan opposition dismissed the budget as a sham.",
        Some("2005-03-01"),
    );
    assert!(r.iter().any(|d| d.0 == "111"), "{r:?}");
    // A court's dismissal stays a rejection.
    let r = common::dyads("The Kenyan court dismissed the appeal.", Some("2005-03-01"));
    assert!(r.iter().any(|d| d.0 == "120"), "{r:?}");
}

#[test]
fn a_round_shot_under_par_is_a_score() {
    let r = common::dyads(
        "The Kenyan golfer shot a 4-under 68 Thursday to lead the Nairobi Open.",
        Some("2005-03-01"),
    );
    assert!(r.iter().all(|d| !d.0.starts_with("19")), "{r:?}");
}

#[test]
fn concern_aimed_at_no_one_is_a_pessimistic_comment() {
    let r = common::dyads(
        "The Kenyan government voiced concern about the effect of the drought on prices.",
        Some("2005-03-01"),
    );
    assert!(common::has(&r, "012", Some("KENGOV"), None), "{r:?}");
    let r = common::dyads(
        "The Kenyan government voiced concern about Uganda.",
        Some("2005-03-01"),
    );
    assert!(common::has(&r, "111", Some("KENGOV"), Some("UGA")), "{r:?}");
}

#[test]
fn refusing_to_answer_declines_comment() {
    let r = common::dyads(
        "The Kenyan minister refused to answer questions about the contract.",
        Some("2005-03-01"),
    );
    assert!(common::has(&r, "011", Some("KENGOV"), None), "{r:?}");
}

#[test]
fn what_an_anniversary_remembers_is_no_fresh_event() {
    let r = common::dyads(
        "NAIROBI: The tenth anniversary of President John K Okello's assassination passed on \
         Monday - more quietly than earlier ones.",
        Some("2005-03-01"),
    );
    assert!(r.iter().all(|d| !d.0.starts_with("18")), "{r:?}");
}

#[test]
fn calling_a_plan_insensitive_criticises_it() {
    let r = common::dyads(
        "The Kenyan minister said the Ugandan plan was insensitive.",
        Some("2005-03-01"),
    );
    assert!(common::has(&r, "111", Some("KENGOV"), Some("UGA")), "{r:?}");
}
