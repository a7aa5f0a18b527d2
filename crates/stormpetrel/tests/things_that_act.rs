//! Things that do what only actors do (a comment that raises concern, a constitution that
//! protects), things released or withdrawn that are no people or forces, and rugby reports
//! (#16). Commissioners are officials; "as planned", a news conference hosted and a victory
//! "guaranteed" are no events.

mod common;

use common::Dyad;

fn coded(text: &str) -> Vec<Dyad> {
    common::dyads(text, Some("2005-03-01"))
}

fn codes(text: &str) -> Vec<String> {
    coded(text).into_iter().map(|d| d.0).collect()
}

#[test]
fn a_thing_that_raises_concern_expresses_none() {
    let r = codes("The senator's remarks raised concerns among Kenyan farmers.");
    assert!(!r.contains(&"111".to_string()), "{r:?}");
    let r = codes("The Ugandan minister's decision raises alarm among traders in Kampala.");
    assert!(!r.contains(&"111".to_string()), "{r:?}");
    let r = codes("Kenya raised concerns about Uganda's border controls.");
    assert!(r.contains(&"111".to_string()), "{r:?}");
    // Those who act for an owner are the owner's.
    let r = coded("The Kenyan president's office added that Mr Odinga had agreed to attend.");
    assert!(r.iter().any(|d| d.0 == "010"), "{r:?}");
}

#[test]
fn a_law_that_protects_gives_no_aid() {
    let r = codes("Kenyan farmers argue that they are protected by the American constitution.");
    assert!(!r.contains(&"074".to_string()), "{r:?}");
    let r = codes("Kenyan troops protected the convoy on its way to Somalia.");
    assert!(r.contains(&"074".to_string()), "{r:?}");
}

#[test]
fn a_tape_released_or_a_bid_withdrawn_is_no_release_or_retreat() {
    let r = codes("Kenyan police release video footage of the hotel fire.");
    assert!(!r.contains(&"0841".to_string()), "{r:?}");
    let r = codes(
        "Kenyan farmers may be losing half their crops, a study released on Thursday suggests.",
    );
    assert!(!r.contains(&"0841".to_string()), "{r:?}");
    let r = codes("Kenyan police release two Somali fishermen.");
    assert!(r.contains(&"0841".to_string()), "{r:?}");
    let r = codes("Uganda withdrew its draft resolution on the Nile at the summit.");
    assert!(!r.contains(&"0874".to_string()), "{r:?}");
    let r = codes("Uganda and Kenya have withdrawn their bids to host the games.");
    assert!(!r.contains(&"0874".to_string()), "{r:?}");
    let r = codes("Ugandan troops withdrew from the Kenyan border town.");
    assert!(r.contains(&"0874".to_string()), "{r:?}");
}

#[test]
fn a_rugby_clash_is_no_battle() {
    let text = "Kenya captain Sam Otieno has been ruled out of Saturday's Safari Sevens clash against Uganda.\n\n\
                Otieno has failed to recover from a hamstring injury. His replacement will be named after training. \
                The flanker will miss the match.";
    let r = codes(text);
    assert!(r.iter().all(|c| !c.starts_with("19")), "{r:?}");
}

#[test]
fn commissioners_are_officials_and_a_european_commissioner_is_the_eu() {
    let r = coded("The Kenyan information commissioner said the new rules were unclear.");
    assert!(
        r.iter()
            .any(|d| d.0 == "010" && d.1.as_deref() == Some("KENGOV")),
        "{r:?}"
    );
    let r = coded("A European Commissioner warned Kenya against cutting tariffs.");
    assert!(
        r.iter()
            .any(|d| d.1.as_deref() == Some("IGOEUR") && d.2.as_deref() == Some("KEN")),
        "{r:?}"
    );
}

#[test]
fn as_planned_a_news_conference_and_a_certain_victory_are_no_events() {
    assert!(!common::asserts(
        "Kenyan ministers did not adopt the budget on Monday as planned.",
        "03"
    ));
    assert!(common::asserts(
        "Kenyan ministers planned to adopt the budget on Monday.",
        "03"
    ));
    let r = codes("The Kenyan president hosted a news conference at State House on Monday.");
    assert!(!r.contains(&"043".to_string()), "{r:?}");
    let r = codes("The Kenyan president hosted his Ugandan counterpart at State House on Monday.");
    assert!(r.contains(&"043".to_string()), "{r:?}");
    let r = codes(
        "Kenyan opposition leader Raila Odinga is virtually guaranteed victory in the election.",
    );
    assert!(!r.contains(&"030".to_string()), "{r:?}");
    let r = codes("The Kenyan government guaranteed the safety of Ugandan traders.");
    assert!(r.contains(&"030".to_string()), "{r:?}");
}
