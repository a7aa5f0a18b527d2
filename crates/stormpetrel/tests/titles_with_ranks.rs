//! A rank or courtesy title between an office and a name belongs to the person's title:
//! "President General Pervez Musharraf" is one mention of the president; a dateline in mixed
//! case with its day ("Nairobi, Nov 9 :") names no actor (#16).

mod common;

#[test]
fn a_rank_between_office_and_name_is_part_of_the_title() {
    let texts = common::mentions(
        "Prime Minister Dr Manmohan Singh met President Gen. Pervez Musharraf in New York.",
        Some("2004-09-28"),
    );
    let has = |t: &str, c: &str| texts.contains(&(t.to_string(), c.to_string()));
    assert!(
        has("Prime Minister Dr Manmohan Singh", "INDGOV"),
        "{texts:?}"
    );
    assert!(
        has("President Gen. Pervez Musharraf", "PAKGOV"),
        "{texts:?}"
    );
    assert!(!texts.iter().any(|t| t.0 == "Prime Minister"), "{texts:?}");
}

#[test]
fn a_dateline_in_mixed_case_with_its_day_is_no_actor() {
    let texts = common::mentions(
        "World News: Nairobi, Nov 9 : Ugandan Foreign Minister Sam Kutesa on Tuesday met top Kenyan leaders.",
        Some("2004-11-10"),
    );
    assert!(texts.iter().all(|t| t.0 != "Nairobi"), "{texts:?}");
    assert!(texts.iter().any(|t| t.1 == "UGAGOV"), "{texts:?}");
}
