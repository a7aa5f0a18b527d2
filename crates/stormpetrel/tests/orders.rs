//! Orders ("told X to", "ordered X to") are demands, what they order has not happened, and a
//! wildcard complement is less specific than a named one (#16).

mod common;

use common::{dyad, Dyad};

fn coded(text: &str) -> Vec<Dyad> {
    common::dyads(text, Some("2005-03-01"))
}

#[test]
fn telling_or_ordering_a_state_to_act_is_a_demand() {
    let r = coded("Chile told Bolivia to withdraw its troops from the border.");
    assert!(r.contains(&dyad("106", "CHL", "BOL")), "{r:?}");
    let r = coded("Chile ordered Bolivia to pay compensation.");
    assert!(r.contains(&dyad("100", "CHL", "BOL")), "{r:?}");
    let r = coded("Chile told Bolivia to stop building the dam.");
    assert!(r.contains(&dyad("1056", "CHL", "BOL")), "{r:?}");
}

#[test]
fn what_is_ordered_has_not_happened() {
    let doc = common::run(
        "Chile told Bolivia to withdraw its troops from the border.",
        Some("2005-03-01"),
    );
    let asserted: Vec<&str> = doc
        .events
        .iter()
        .filter(|e| !e.modality.hypothetical && !e.modality.negated)
        .map(|e| e.code.as_str())
        .collect();
    assert!(
        asserted.iter().all(|c| !c.starts_with("08")),
        "{asserted:?}"
    );
}

#[test]
fn telling_someone_what_happened_is_a_statement() {
    for text in [
        "The Bolivian president told reporters she was worried.",
        "The Bolivian president told reporters that he would not resign.",
        "The Bolivian president told Radio Five Live that the talks would resume.",
    ] {
        let r = coded(text);
        assert!(r.iter().all(|d| !d.0.starts_with("10")), "{text}: {r:?}");
    }
}

#[test]
fn an_agent_hung_on_the_ordered_infinitive_gives_the_order() {
    let r = coded("A Bolivian student was ordered to pay damages by the Chilean Supreme Court.");
    assert!(
        r.iter()
            .any(|d| d.0 == "100" && d.1.as_deref() == Some("CHLJUD")),
        "{r:?}"
    );
}

#[test]
fn a_named_constraint_beats_a_wildcard() {
    // `call prep=for` (an appeal) is more specific than `call obj=@actor` (a telephone call).
    let r = coded("Bolivian protesters calling for a ceasefire marched on the Chilean embassy.");
    assert!(r.iter().any(|d| d.0.starts_with("02")), "{r:?}");
    assert!(r.iter().all(|d| d.0 != "041"), "{r:?}");
}
