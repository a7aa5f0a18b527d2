//! Figures that are released free no one; a site bombarded with data is no air strike; a
//! company's chief marketing officer is no soldier; what a thing allows is no concession,
//! while an agentless "were allowed to" still is; protesters who shut down a bridge block it;
//! a capital that names where something happens is a place, not its government; "arms" before
//! another noun arms no one; an industry's "giant" before a name is a firm; Muslim or Christian
//! leaders are religious leaders (#16).

mod common;

#[test]
fn released_figures_free_no_one_when_a_day_is_misread_as_their_subject() {
    let r = common::dyads(
        "Also on Friday, Kenya's industrial output for March was released, showing 0.7% growth.",
        Some("2005-03-01"),
    );
    assert!(r.iter().all(|d| d.0 != "0841"), "{r:?}");
}

#[test]
fn a_flood_of_data_is_no_bombardment() {
    let r = common::dyads(
        "Hackers bombarded the Kenyan ministry's website with data from thousands of computers.",
        Some("2005-03-01"),
    );
    assert!(r.iter().all(|d| !d.0.starts_with("19")), "{r:?}");
    let r = common::dyads(
        "Kenyan MPs bombarded the Ugandan minister with a barrage of requests for him to read the letter.",
        Some("2005-03-01"),
    );
    assert!(r.iter().all(|d| !d.0.starts_with("19")), "{r:?}");
    let r = common::dyads(
        "Ugandan troops bombarded the Kenyan border town with shells.",
        Some("2005-03-01"),
    );
    assert!(common::has(&r, "195", Some("UGAMIL"), Some("KEN")), "{r:?}");
}

#[test]
fn what_a_thing_allows_is_no_concession() {
    let r = common::dyads(
        "The new rule allows Kenya to borrow only for investment.",
        Some("2005-03-01"),
    );
    assert!(r.iter().all(|d| d.0 != "080"), "{r:?}");
    let r = common::dyads(
        "Hundreds of Kenyans were allowed to leave the Ugandan camp.",
        Some("2005-03-01"),
    );
    assert!(r.iter().any(|d| d.0 == "080"), "{r:?}");
}

#[test]
fn a_companys_chief_officer_is_no_soldier() {
    let r = common::dyads(
        "Kenya Airways' chief marketing officer Alan Mwangi said the report was false.",
        Some("2005-03-01"),
    );
    assert!(
        r.iter()
            .all(|d| !d.1.as_deref().unwrap_or("").ends_with("MIL")),
        "{r:?}"
    );
}

#[test]
fn protesters_who_shut_down_a_bridge_block_it() {
    let r = common::dyads(
        "Protesters shut down Nairobi’s Moi Bridge during rush hour as they called for a ceasefire in Sudan.",
        Some("2005-03-01"),
    );
    assert!(
        r.iter()
            .any(|d| d.0 == "144" && d.1.as_deref() == Some("KENOPP")),
        "{r:?}"
    );
    assert!(r.iter().all(|d| d.0 != "172"), "{r:?}");
}

#[test]
fn a_capital_that_locates_a_building_or_follows_a_place_word_is_a_place() {
    let r = common::dyads(
        "Rockets slammed into a Nairobi hotel used by foreign journalists.",
        Some("2005-03-01"),
    );
    assert!(r.iter().any(|d| d.2.as_deref() == Some("KEN")), "{r:?}");
    let r = common::dyads(
        "Gunmen attacked a checkpoint in central Nairobi on Monday.",
        Some("2005-03-01"),
    );
    assert!(r.iter().any(|d| d.2.as_deref() == Some("KEN")), "{r:?}");
    // The capital that acts is still its government.
    let r = common::dyads("Nairobi rejected the Ugandan demand.", Some("2005-03-01"));
    assert!(r.iter().any(|d| d.1.as_deref() == Some("KENGOV")), "{r:?}");
}

#[test]
fn arms_before_another_noun_arm_no_one() {
    let r = common::dyads("Kenya arms embargo backed.", Some("2005-03-01"));
    assert!(r.iter().all(|d| d.0 != "072"), "{r:?}");
    let r = common::dyads("Uganda arms Kenyan rebels.", Some("2005-03-01"));
    assert!(common::has(&r, "072", Some("UGA"), Some("KENREB")), "{r:?}");
}

#[test]
fn a_giant_before_a_name_is_a_firm_and_a_literary_giant_a_person() {
    let r = common::dyads(
        "The Kenyan chemical giant Mea has agreed to pay a fine for bribing a Ugandan official.",
        Some("2005-03-01"),
    );
    assert!(r.iter().all(|d| d.1.as_deref() != Some("KEN")), "{r:?}");
    let r = common::dyads(
        "Kenya's literary giant Ngugi has been arrested by Ugandan police.",
        Some("2005-03-01"),
    );
    assert!(common::has(&r, "173", Some("UGACOP"), Some("KEN")), "{r:?}");
}

#[test]
fn muslim_or_christian_leaders_are_religious_leaders() {
    let r = common::dyads(
        "Muslim leaders in Kenya said the law was unfair.",
        Some("2005-03-01"),
    );
    assert!(r.iter().any(|d| d.1.as_deref() == Some("KENREL")), "{r:?}");
    assert!(r.iter().all(|d| d.1.as_deref() != Some("KENGOV")), "{r:?}");
}

#[test]
fn people_who_shelter_somewhere_give_no_shelter() {
    let r = common::dyads(
        "Thousands of Sudanese are sheltering in UN schools.",
        Some("2005-03-01"),
    );
    assert!(!r.iter().any(|d| d.0 == "075"), "{r:?}");
    let r = common::dyads(
        "Chad shelters 200,000 Sudanese refugees.",
        Some("2005-03-01"),
    );
    assert!(common::has(&r, "075", Some("TCD"), Some("SDNREF")), "{r:?}");
}
