//! What an actor has "always" done is a habit, not an event; what something "threatens to"
//! wreck is a risk; a derailment kills without an actor; an attack named as a passive's agent
//! was not made by the place it struck; "the prime minister" is never of a state that has none
//! (#16).

mod common;

use common::asserts;

fn coded(text: &str) -> Vec<common::Dyad> {
    common::dyads(text, Some("2005-03-01"))
}

#[test]
fn what_an_actor_has_always_done_is_a_habit() {
    assert!(!asserts(
        "The party has always called for a referendum on the treaty.",
        "02"
    ));
    // One occasion is still an event.
    assert!(asserts(
        "The party called for a referendum on the treaty on Monday.",
        "02"
    ));
}

#[test]
fn an_attack_as_agent_is_not_made_by_the_place_it_struck() {
    let r = coded("Dozens of civilians were killed by the shelling of Donetsk.");
    assert!(r.iter().all(|d| d.1.as_deref() != Some("UKR")), "{r:?}");
    assert!(r.iter().any(|d| d.2.as_deref() == Some("UKRCVL")), "{r:?}");
}

#[test]
fn the_prime_minister_is_of_a_state_that_has_one() {
    let r = coded(
        "Tony Blair met George Bush in Washington on Monday. The prime minister said the talks \
         had gone well.",
    );
    assert!(
        r.iter()
            .any(|d| d.0 == "010" && d.1.as_deref() == Some("GBRGOV")),
        "{r:?}"
    );
    assert!(
        r.iter()
            .all(|d| !(d.0 == "010" && d.1.as_deref() == Some("USAGOV"))),
        "{r:?}"
    );
}

#[test]
fn what_fighting_threatens_to_wreck_is_a_risk() {
    let r = coded("Rebels shelled the city on Monday, threatening to wreck the truce.");
    assert!(r.iter().all(|d| !d.0.starts_with("13")), "{r:?}");
    assert!(r.iter().any(|d| d.0 == "194"), "{r:?}");
    // A threat to kill is still a threat.
    let r = coded("Rebels threatened to kill the hostages.");
    assert!(r.iter().any(|d| d.0 == "138"), "{r:?}");
}

#[test]
fn a_derailment_kills_without_an_actor() {
    let r =
        coded("In Pakistan, a train carrying soldiers derailed and hit a wall, killing 20 people.");
    assert!(r.iter().all(|d| !d.0.starts_with("19")), "{r:?}");
}
