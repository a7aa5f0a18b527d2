//! Reported speech through the whole pipeline: quotes that span sentences are attributed to
//! the speaker named at their close, and "X said Y must …" is X's demand on Y.

mod common;

use stormpetrel::Event;

fn code(text: &str) -> Vec<Event> {
    common::run(text, Some("2023-05-02")).events
}

#[test]
fn a_quote_over_two_sentences_is_attributed_to_its_speaker() {
    let ev = code(
        "“We attacked rebel positions near the border. The operation will go on,” the Nigerian army said on Tuesday.",
    );
    let attack = ev
        .iter()
        .find(|e| e.code.starts_with("19"))
        .unwrap_or_else(|| panic!("no attack in {ev:#?}"));
    let who = attack
        .modality
        .reported
        .as_ref()
        .and_then(|a| a.speaker.as_deref());
    assert!(who.is_some_and(|c| c.starts_with("NGA")), "{attack:#?}");
    assert_eq!(
        attack.source.as_ref().map(|s| &s.code[..3]),
        Some("NGA"),
        "first person takes the speaker: {attack:#?}"
    );
}

#[test]
fn must_under_a_verb_of_saying_is_a_demand_by_the_speaker() {
    let ev = code("The French foreign minister said on Monday that Iran must release the detained journalists.");
    let demand = ev
        .iter()
        .find(|e| e.code.starts_with("10"))
        .unwrap_or_else(|| panic!("no demand in {ev:#?}"));
    assert_eq!(
        demand.source.as_ref().map(|s| &s.code[..3]),
        Some("FRA"),
        "{demand:#?}"
    );
    assert_eq!(
        demand.target.as_ref().map(|s| &s.code[..3]),
        Some("IRN"),
        "{demand:#?}"
    );
}
