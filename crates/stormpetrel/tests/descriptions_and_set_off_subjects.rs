//! Describing something as condemnable criticises it; acronym plurals ("MPs") are nouns that
//! can be addressed; a subject set off by a participle clause still acts; a headline's
//! reduced passive takes no doer from the clause around it; a day is no subject; a call for
//! something and what another should do are appeals, what they must do a demand; a participle
//! of blame or judgement that describes a noun is background; a select committee is the
//! legislature; a space probe is no inquiry; a call someone faces is no telephone call; more
//! verbs of saying criticise with a condemning word; an "according to" source is no target; a
//! capital after "the capital," is a place; critics of a war are not of its theatre; admitting
//! a worry is a pessimistic comment (#16).

mod common;

#[test]
fn describing_something_as_condemnable_criticises_it() {
    let r = common::dyads(
        "The Kenyan opposition leader described the new tax as unfair.",
        Some("2005-03-01"),
    );
    assert!(common::has(&r, "111", Some("KENOPP"), None), "{r:?}");
    // A neutral or approving description stays a statement.
    let r = common::dyads(
        "The Kenyan opposition leader described the talks as useful.",
        Some("2005-03-01"),
    );
    assert!(r.iter().all(|d| d.0 != "111"), "{r:?}");
}

#[test]
fn members_of_parliament_told_something_are_its_addressees() {
    let r = common::dyads(
        "The Tanzanian finance minister told MPs the budget was balanced.",
        Some("2005-03-01"),
    );
    assert!(
        common::has(&r, "010", Some("TZAGOV"), Some("TZALEG")),
        "{r:?}"
    );
}

#[test]
fn a_subject_set_off_by_a_participle_clause_acts() {
    let r = common::dyads(
        "Kenyan President Mwai Kibaki, trying to mend relations with Uganda, pledged Sunday to reopen the border.",
        Some("2005-03-01"),
    );
    assert!(common::has(&r, "030", Some("KENGOV"), None), "{r:?}");
    // So does it in what it pledges.
    assert!(r.iter().all(|d| d.1.as_deref() != Some("UGA")), "{r:?}");
}

#[test]
fn a_headline_passive_takes_no_doer_from_the_clause_around_it() {
    let r = common::dyads(
        "Nairobi cancels Museveni visit after dozens killed in Kampala market blast.",
        Some("2005-03-01"),
    );
    let killing: Vec<_> = r.iter().filter(|d| d.0.starts_with("18")).collect();
    assert!(!killing.is_empty(), "{r:?}");
    assert!(killing.iter().all(|d| d.1.is_none()), "{r:?}");
}

#[test]
fn a_day_is_no_subject() {
    let r = common::dyads(
        "The Kenyan leader, Mwai Kibaki, yesterday said the vote was a turning point.",
        Some("2005-03-01"),
    );
    assert!(common::has(&r, "010", Some("KENGOV"), None), "{r:?}");
}

#[test]
fn a_call_for_something_appeals_for_it() {
    let r = common::dyads(
        "The Kenyan opposition called for a review of the election results.",
        Some("2005-03-01"),
    );
    assert!(common::has(&r, "020", Some("KENOPP"), None), "{r:?}");
}

#[test]
fn what_another_should_do_is_an_appeal_and_what_they_must_do_a_demand() {
    let r = common::dyads(
        "The Kenyan minister said Uganda should back the plan.",
        Some("2005-03-01"),
    );
    assert!(common::has(&r, "022", Some("KENGOV"), Some("UGA")), "{r:?}");
    let r = common::dyads(
        "The Kenyan minister said Uganda must back the plan.",
        Some("2005-03-01"),
    );
    assert!(common::has(&r, "102", Some("KENGOV"), Some("UGA")), "{r:?}");
}

#[test]
fn a_participle_of_blame_describing_a_noun_is_background() {
    let r = common::dyads(
        "Kenyan police arrested a commander accused by colleagues of looting a Ugandan border town.",
        Some("2005-03-01"),
    );
    assert!(
        common::has(&r, "173", Some("KENCOP"), Some("KENMIL")),
        "{r:?}"
    );
    assert!(r.iter().all(|d| !d.0.starts_with("112")), "{r:?}");
    // A headline's participle still accuses.
    let r = common::dyads("Kenyan minister accused of fraud.", Some("2005-03-01"));
    assert!(r.iter().any(|d| d.0.starts_with("112")), "{r:?}");
}

#[test]
fn a_select_committee_is_the_legislature() {
    let r = common::dyads(
        "The Kenyan finance minister told the Budget Select Committee that revenue had risen.",
        Some("2005-03-01"),
    );
    assert!(
        common::has(&r, "010", Some("KENGOV"), Some("KENLEG")),
        "{r:?}"
    );
}

#[test]
fn a_space_probe_is_no_inquiry() {
    let r = common::dyads(
        "A report into the loss of the Kenyan Mars probe blames the government's failure to commit funds early.",
        Some("2005-03-01"),
    );
    // The blame in the same sentence is still coded.
    assert!(r.iter().any(|d| d.0.starts_with("112")), "{r:?}");
    assert!(r.iter().all(|d| !d.0.starts_with("09")), "{r:?}");
}

#[test]
fn a_participle_of_judgement_after_a_comma_describes_a_noun() {
    let r = common::dyads(
        "Kenyan police arrested the leader of the group, considered a terrorist organisation by Uganda.",
        Some("2005-03-01"),
    );
    assert!(r.iter().any(|d| d.0 == "173"), "{r:?}");
    assert!(r.iter().all(|d| d.0 != "014"), "{r:?}");
    // Considering an option is still an event.
    let r = common::dyads(
        "Kenya is considering sanctions against Uganda.",
        Some("2005-03-01"),
    );
    assert!(common::has(&r, "014", Some("KEN"), Some("UGA")), "{r:?}");
}

#[test]
fn a_call_someone_faces_is_no_telephone_call() {
    let r = common::dyads(
        "The Kenyan attorney general faced a call by a former minister to publish the advice.",
        Some("2005-03-01"),
    );
    assert!(r.iter().all(|d| d.0 != "041"), "{r:?}");
}

#[test]
fn stressing_that_something_is_unfair_criticises_it() {
    let r = common::dyads(
        "The Kenyan opposition leader stressed that the new tax was unfair.",
        Some("2005-03-01"),
    );
    assert!(common::has(&r, "111", Some("KENOPP"), None), "{r:?}");
}

#[test]
fn who_a_statement_is_according_to_is_not_its_target() {
    let r = common::dyads(
        "A Kenyan Foreign Office spokesman said Nairobi does not favour an arms race in the region, according to the official Kenya News Agency.",
        Some("2005-03-01"),
    );
    assert!(
        r.iter()
            .any(|d| d.0 == "010" && d.1.as_deref() == Some("KENGOV")),
        "{r:?}"
    );
    assert!(r.iter().all(|d| d.2.as_deref() != Some("KENMED")), "{r:?}");
}

#[test]
fn a_capital_named_after_the_word_capital_is_where_a_blast_went_off() {
    let r = common::dyads(
        "A blast rocks a branch of Barclays in the Kenyan capital, Nairobi, killing a security guard, reports say.",
        Some("2005-03-01"),
    );
    assert!(r.iter().any(|d| d.0.starts_with("18")), "{r:?}");
    assert!(r.iter().all(|d| d.1.is_none()), "{r:?}");
}

#[test]
fn critics_of_a_war_are_not_of_its_theatre() {
    let r = common::dyads(
        "Critics of the Iraq war have slammed the Kenyan prime minister.",
        Some("2005-03-01"),
    );
    assert!(
        r.iter()
            .any(|d| d.0.starts_with("11") && d.2.as_deref() == Some("KENGOV")),
        "{r:?}"
    );
    assert!(r.iter().all(|d| d.1.as_deref() != Some("IRQ")), "{r:?}");
}

#[test]
fn admitting_a_worry_is_a_pessimistic_comment() {
    let r = common::dyads(
        "Kenya admitted that it was worried about the stalled talks.",
        Some("2005-03-01"),
    );
    assert!(common::has(&r, "012", Some("KEN"), None), "{r:?}");
}
