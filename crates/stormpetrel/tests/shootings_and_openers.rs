//! Irregular past tenses the tagger reads as nouns ("the army shot two farmers"), headlines'
//! "shot dead" passives, and clauses after an opening adverb and comma (#16).

mod common;

use common::Dyad;

fn coded(text: &str) -> Vec<Dyad> {
    common::dyads(text, Some("2005-03-01"))
}

#[test]
fn an_irregular_past_read_as_a_noun_is_the_verb() {
    let r = coded("The Chilean army shot two Bolivian farmers near the border.");
    assert!(
        r.iter().any(|d| d.0.starts_with("19")
            && d.1.as_deref() == Some("CHLMIL")
            && d.2.as_deref().is_some_and(|t| t.starts_with("BOL"))),
        "{r:?}"
    );
    let r = coded("Rebels shot three Chilean soldiers near the border.");
    assert!(
        r.iter()
            .any(|d| d.0.starts_with("19") && d.2.as_deref() == Some("CHLMIL")),
        "{r:?}"
    );
}

#[test]
fn shot_dead_in_a_headline_is_a_passive() {
    let r = coded("Two Bolivian farmers shot dead by Chilean soldiers.");
    assert!(
        r.iter().any(|d| d.0.starts_with("19")
            && d.1.as_deref() == Some("CHLMIL")
            && d.2.as_deref().is_some_and(|t| t.starts_with("BOL"))),
        "{r:?}"
    );
    let r = coded("Bolivian farmer shot dead near the border.");
    assert!(
        r.iter().any(|d| d.0.starts_with("19")
            && d.1.is_none()
            && d.2.as_deref().is_some_and(|t| t.starts_with("BOL"))),
        "{r:?}"
    );
}

#[test]
fn an_opening_adverb_leaves_the_clause_its_verb() {
    let r = coded(
        "Meanwhile, the Chilean foreign ministry warned on Thursday that Bolivia's claims were too large.",
    );
    assert!(r.iter().any(|d| d.1.as_deref() == Some("CHLGOV")), "{r:?}");
}
