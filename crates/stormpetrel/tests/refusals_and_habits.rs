//! A speaker's own act of speech is coded once, a cooperative act an actor says it will not do
//! is a rejection (12), habits of talk and positions held "long" are no events, "eager to" is
//! an intent, and being denied a pension is no denial (#16).

mod common;

use common::Dyad;

fn coded(text: &str) -> Vec<Dyad> {
    common::dyads(text, Some("2005-03-01"))
}

#[test]
fn a_speakers_own_promise_is_one_event() {
    let r = coded("Chile said it would resume talks with Bolivia.");
    assert_eq!(
        r,
        vec![("036".into(), Some("CHL".into()), Some("BOL".into()))],
        "{r:?}"
    );
    // Another actor's act keeps the statement that reports it.
    let r = coded("Chile said Bolivia had resumed talks with Peru.");
    assert!(r.iter().any(|d| d.0 == "010"), "{r:?}");
}

#[test]
fn what_an_actor_will_not_do_is_a_rejection() {
    let r = coded("Chile will not sign the border treaty with Bolivia.");
    assert!(
        r.iter().any(|d| d.0 == "127"
            && d.1.as_deref() == Some("CHL")
            && d.2.as_deref() == Some("BOL")),
        "{r:?}"
    );
    // What was not done is no event, and refusing to talk about something refuses no one.
    for text in [
        "Chile did not sign the border treaty with Bolivia.",
        "The Chilean minister said he would not talk about it.",
    ] {
        let r = coded(text);
        assert!(r.iter().all(|d| !d.0.starts_with("12")), "{text}: {r:?}");
    }
}

#[test]
fn habits_of_talk_are_no_events_but_routine_force_is() {
    let doc = common::run(
        "The Chilean president holds regular meetings with the Bolivian president.",
        Some("2005-03-01"),
    );
    assert!(
        doc.events
            .iter()
            .filter(|e| e.modality.is_factual())
            .all(|e| !e.code.starts_with("04")),
        "{:?}",
        doc.events
    );
    let r = coded("Chilean soldiers routinely beat Bolivian detainees.");
    assert!(r.iter().any(|d| d.0.starts_with("18")), "{r:?}");
}

#[test]
fn eager_to_meet_is_an_intent() {
    let r = coded("Bolivian officials are eager to meet the Chilean president.");
    assert!(r.iter().any(|d| d.0 == "036"), "{r:?}");
    assert!(r.iter().all(|d| d.0 != "040"), "{r:?}");
}

#[test]
fn denied_a_pension_is_no_denial() {
    let r = coded("Bolivian miners have been denied a pension by the Chilean government.");
    assert!(r.iter().all(|d| d.0 != "016"), "{r:?}");
    // Denied access is still refused.
    let r = coded("Chile has denied Bolivian observers access to the mine.");
    assert!(r.iter().any(|d| d.0 == "120"), "{r:?}");
}

/// Events of `text` asserted as fact.
fn asserted(text: &str) -> Vec<String> {
    common::run(text, Some("2005-03-01"))
        .events
        .iter()
        .filter(|e| e.modality.is_factual())
        .map(|e| e.code.clone())
        .collect()
}

#[test]
fn what_is_refused_or_asked_for_has_not_happened() {
    let r = asserted("Chile's reluctance to sign the treaty with Bolivia angered Lima.");
    assert!(r.iter().all(|c| c != "057"), "{r:?}");
    // The talks are the purpose of what is asked for.
    let r = asserted("Chile invited Bolivia to send envoys to the capital to discuss the border.");
    assert!(r.iter().all(|c| !c.starts_with("04")), "{r:?}");
    // What someone is urged to stop is there already.
    let r = asserted("The Chilean minister urged Bolivia to stop the attacks on Chilean towns.");
    assert!(r.iter().any(|c| c.starts_with("19")), "{r:?}");
}

#[test]
fn a_position_held_long_is_background() {
    assert!(!common::asserts(
        "Norway has long opposed the Swedish plan.",
        "12"
    ));
    let r = common::dyads("Norway opposed the Swedish plan.", Some("2023-03-01"));
    assert!(common::has(&r, "120", Some("NOR"), Some("SWE")), "{r:?}");
}

#[test]
fn being_denied_due_process_or_a_trial_is_no_denial() {
    assert!(!common::asserts(
        "Chilean detainees were denied due process.",
        "016"
    ));
    assert!(!common::asserts(
        "A Peruvian court denies new trial for convicted general.",
        "016"
    ));
}

#[test]
fn a_choice_a_party_offers_voters_is_no_offer_to_cooperate() {
    assert!(!common::asserts(
        "The Chilean Socialists offered a clear alternative.",
        "03"
    ));
}

#[test]
fn an_act_passed_over_did_not_happen() {
    assert!(!common::asserts(
        "Peru's leader flew home instead of meeting the Chilean president.",
        "04"
    ));
    assert!(!common::asserts(
        "Rather than pressuring Bolivia, the Chilean envoy praised its government.",
        "17"
    ));
}
