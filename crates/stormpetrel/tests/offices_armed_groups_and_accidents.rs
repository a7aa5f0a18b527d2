//! Two offices of one government are two people; armed groups are of the land they fight in; a
//! building's collapse kills without an actor; police called to a scene, a press release and a
//! city's stock exchange are no events or no government (#16).

mod common;

use common::Dyad;

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
    assert!(
        r.iter().any(|d| d.0 == "040"
            && d.1.as_deref() == Some("DEUGOV")
            && d.2.as_deref() == Some("DEUGOV")),
        "{r:?}"
    );
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
