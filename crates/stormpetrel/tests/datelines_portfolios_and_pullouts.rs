//! A capital in mixed case before a dash that opens the story is a dateline, no actor; a word
//! of a minister's portfolio is no actor; a territory named on a pullout is the place left
//! (#16).

mod common;

#[test]
fn a_mixed_case_dateline_before_a_dash_is_no_actor() {
    let r = common::dyads(
        "Washington - A man convicted of sending spam was sentenced to nine years in prison.",
        Some("2005-03-01"),
    );
    assert!(r.iter().all(|d| d.1.as_deref() != Some("USAGOV")), "{r:?}");
}

#[test]
fn a_territory_named_on_a_pullout_is_the_place_left() {
    let r = common::dyads(
        "The army prepared for the Gaza pullout.",
        Some("2005-03-01"),
    );
    assert!(
        r.iter()
            .any(|d| d.0 == "0874" && d.2.as_deref() == Some("PSE")),
        "{r:?}"
    );
    assert!(r.iter().all(|d| d.1.as_deref() != Some("PSE")), "{r:?}");
}

#[test]
fn a_word_of_a_portfolio_is_no_actor() {
    let doc = common::run(
        "The British plan was backed by Culture, Media and Sport Secretary Tessa Jowell on Monday.",
        Some("2005-03-01"),
    );
    let codes: Vec<&str> = doc.mentions.iter().map(|m| m.code.as_str()).collect();
    assert!(codes.iter().all(|c| !c.ends_with("MED")), "{codes:?}");
    assert!(codes.contains(&"GBRGOV"), "{codes:?}");
}
