//! Two offices of one government are two people; armed groups are of the land they fight in; a
//! building's collapse kills without an actor; police called to a scene, a press release and a
//! city's stock exchange are no events or no government; saying another failed criticises; a
//! statement about what happened in a country is about that country; officials of a name no
//! dictionary knows are no government's; a curly quotation closes before what follows; a
//! headline's "slammed for" censures its subject (#16).

mod common;

use common::{has, Dyad};

fn coded(text: &str) -> Vec<Dyad> {
    common::dyads(text, Some("2005-03-01"))
}

#[test]
fn insurgents_are_of_the_land_they_fight_in() {
    let r = coded(
        "Insurgents exploded two car bombs at the gates of the main US-Iraqi headquarters in \
         Baghdad, killing 21 people.",
    );
    assert!(r.iter().any(|d| d.1.as_deref() == Some("IRQREB")), "{r:?}");
    assert!(r.iter().all(|d| d.1.as_deref() != Some("USAREB")), "{r:?}");
}

#[test]
fn a_collapse_kills_without_an_actor() {
    let r = coded("Indonesia mosque collapse kills 10.");
    assert!(r.iter().all(|d| !d.0.starts_with("19")), "{r:?}");
}

#[test]
fn police_called_and_press_releases_are_no_events() {
    let r = coded("The minister was arrested after police were called to the Jakarta hotel.");
    assert!(r.iter().all(|d| d.0 != "041"), "{r:?}");
    assert!(r.iter().any(|d| d.0 == "173"), "{r:?}");
    let r = coded("The Indonesian foreign ministry announced the talks via press release.");
    assert!(r.iter().all(|d| d.0 != "0841"), "{r:?}");
}

#[test]
fn two_offices_of_one_government_are_two_people() {
    let r = coded(
        "Germany is divided over the plan. The German foreign minister said he had discussed \
         the plan with the chancellor.",
    );
    assert!(has(&r, "040", Some("DEUGOV"), Some("DEUGOV")), "{r:?}");
    let r = coded("Joschka Fischer said he had held frank discussions with fellow ministers.");
    assert!(
        r.iter()
            .any(|d| d.0 == "040" && d.2.as_deref() == Some("DEUGOV")),
        "{r:?}"
    );
    // The office named before "he" is whom "he" means.
    let r = coded("The German interior minister has admitted he was wrong to cut the budget.");
    assert!(r.iter().all(|d| d.2.is_none()), "{r:?}");
}

#[test]
fn a_citys_stock_exchange_is_a_market_not_its_government() {
    let r = coded(
        "The London Stock Exchange offers ambitious Kenyan companies access to the world's \
         biggest equity market.",
    );
    assert!(r.iter().all(|d| d.1.as_deref() != Some("GBRGOV")), "{r:?}");
}

#[test]
fn saying_another_failed_criticises_them() {
    let r = coded("The Bolivian foreign minister said Chile had failed to meet its obligations.");
    assert!(has(&r, "111", Some("BOLGOV"), Some("CHL")), "{r:?}");
    let r = coded("The Bolivian foreign minister said the talks had failed.");
    assert!(r.iter().all(|d| d.0 != "111"), "{r:?}");
}

#[test]
fn a_statement_about_what_happened_in_a_country_is_about_it() {
    let r = coded("Floods killed at least 90 people in northern Bolivia, the United Nations said.");
    assert!(has(&r, "010", Some("IGOUNO"), Some("BOL")), "{r:?}");
    // The speaker's own country named only as the place where something happens is no topic.
    let r = coded("The Bolivian president said unemployment in Bolivia had fallen.");
    assert!(r.iter().all(|d| d.2.is_none()), "{r:?}");
}

#[test]
fn officials_of_an_unknown_name_are_no_governments() {
    let r = coded("Germany is worried. Schalke officials met with the banks on Friday.");
    assert!(r.iter().all(|d| d.1.as_deref() != Some("DEUGOV")), "{r:?}");
    let r = coded("Britain is worried. Treasury officials have said there will be no giveaway.");
    assert!(
        r.iter()
            .any(|d| d.0 == "010" && d.1.as_deref() == Some("GBRGOV")),
        "{r:?}"
    );
}

#[test]
fn a_curly_quotation_closes_before_what_follows() {
    let r = coded("UN Security Council voices \u{2018}dismay\u{2019} over Russian strikes.");
    assert!(has(&r, "111", Some("IGOUNOSCR"), Some("RUS")), "{r:?}");
}

#[test]
fn slammed_for_in_a_headline_censures_its_subject() {
    let r = coded("Russian court slammed for jailing journalist.");
    assert!(
        r.iter()
            .any(|d| d.0.starts_with("11") && d.1.is_none() && d.2.as_deref() == Some("RUSJUD")),
        "{r:?}"
    );
    // Rockets that slam into a hotel are fired, not censured.
    let r = coded("Rockets slammed into a Baghdad hotel used by foreign journalists.");
    assert!(r.iter().any(|d| d.0 == "194"), "{r:?}");
}
