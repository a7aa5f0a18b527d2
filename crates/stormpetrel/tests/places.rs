//! Event places through the whole pipeline: a locative phrase of the trigger or of its object,
//! a part-of phrase ("the outskirts of X"), a place-name object, a country, and no place; towns
//! that name an agent, and towns of one name told apart by the countries an article names.

mod common;

use stormpetrel::{Event, Location};

fn first_event(text: &str) -> Event {
    common::run(text, None)
        .events
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("no event in {text:?}"))
}

fn place(text: &str) -> Option<Location> {
    first_event(text).location
}

#[test]
fn cities_from_locative_phrases() {
    let tunis =
        place("Security forces clashed with protesters in the outskirts of Tunis on Friday.")
            .expect("a place");
    assert_eq!(
        (tunis.name.as_str(), tunis.country.as_deref()),
        ("Tunis", Some("TUN"))
    );
    assert!(
        tunis.lat.is_some_and(|lat| (36.0..37.5).contains(&lat)),
        "{tunis:?}"
    );

    let gaza = place("Israeli troops raided homes in Gaza City.").expect("a place");
    assert_eq!(gaza.country.as_deref(), Some("PSE"), "{gaza:?}");
}

#[test]
fn a_city_object_and_a_spelling_variant() {
    let kharkiv = place("Russian forces shelled Kharkov overnight.").expect("a place");
    assert_eq!(kharkiv.country.as_deref(), Some("UKR"), "{kharkiv:?}");
}

#[test]
fn an_arab_town_without_its_article() {
    let hilla = place("Gunmen attacked a police station in Hilla.").expect("a place");
    assert_eq!(hilla.country.as_deref(), Some("IRQ"), "{hilla:?}");
    // In an article that names Iraq, the town is Iraq too.
    let r = common::dyads(
        "US jets bombed Falluja on Monday. The Iraqi city has been under siege for weeks.",
        Some("2004-11-08"),
    );
    assert!(
        r.iter()
            .any(|d| d.0 == "195" && d.2.as_deref() == Some("IRQ")),
        "{r:?}"
    );
}

#[test]
fn who_dies_in_an_attack_on_a_town_is_its_victim() {
    let r = common::dyads(
        "Two Kenyan soldiers die in Mogadishu car bombing. They were in Somalia.",
        Some("2012-03-01"),
    );
    assert!(common::has(&r, "183", None, Some("KENMIL")), "{r:?}");
}

#[test]
fn the_larger_city_wins_over_a_namesake_in_an_actors_country() {
    let geneva = place("President Biden met President Putin in Geneva.").expect("a place");
    assert_eq!(geneva.country.as_deref(), Some("CHE"), "{geneva:?}");
}

#[test]
fn a_country_has_no_coordinates_and_no_phrase_gives_no_place() {
    let taiwan = place("China held military drills near Taiwan.").expect("a place");
    assert_eq!(
        (taiwan.country.as_deref(), taiwan.lat),
        (Some("TWN"), None),
        "{taiwan:?}"
    );
    assert_eq!(place("Iran criticised the United States."), None);
}

#[test]
fn a_month_is_not_a_town() {
    assert_eq!(place("Coalition forces invaded Iraq in March."), None);
}

#[test]
fn an_attacked_town_is_the_target_as_its_country_unless_the_attacker_is_its_own() {
    let e = first_event("Syrian troops shelled Reyhanli on Monday.");
    let t = e.target.expect("the town as target");
    assert_eq!((t.code.as_str(), t.text.as_str()), ("TUR", "Reyhanli"));
    assert!(
        e.evidence.rule.ends_with("+town-target"),
        "{}",
        e.evidence.rule
    );
    assert_eq!(
        t.chars.start as usize,
        "Syrian troops shelled ".chars().count()
    );
    let own = first_event("Turkish troops shelled Reyhanli on Monday.");
    assert!(own.target.is_none(), "{:?}", own.target);
}

#[test]
fn violence_in_a_town_abroad_is_aimed_at_its_country() {
    let e = first_event("Israeli jets bombed houses in Rafah on Monday.");
    let t = e.target.expect("the town's country as target");
    assert_eq!((t.code.as_str(), t.text.as_str()), ("PSE", "Rafah"));
    assert!(
        e.evidence.rule.ends_with("+place-target"),
        "{}",
        e.evidence.rule
    );
    // Not in the attacker's own country.
    let own = first_event("Israeli jets bombed houses in Haifa on Monday.");
    assert!(own.target.is_none(), "{:?}", own.target);
}

#[test]
fn a_country_s_name_is_the_country_not_a_town_abroad() {
    // There are towns called Lebanon in the United States.
    let l =
        place("Israeli jets bombed a launch site in south Lebanon on Monday.").expect("a place");
    assert_eq!(
        (l.name.as_str(), l.country.as_deref()),
        ("Lebanon", Some("LBN"))
    );
    assert!(l.lat.is_none(), "{l:?}");
}

#[test]
fn a_visited_town_gives_the_host() {
    let e = first_event("The Turkish foreign minister visited Basra on Monday.");
    assert_eq!(e.code, "042");
    let t = e.target.expect("the host as target");
    assert_eq!((t.code.as_str(), t.text.as_str()), ("IRQ", "Basra"));
    let own = first_event("The Iraqi foreign minister visited Basra on Monday.");
    assert!(own.target.is_none(), "{:?}", own.target);
}

#[test]
fn bare_victims_of_violence_in_a_foreign_town_are_that_country_s() {
    let e = first_event("Russian soldiers killed 12 civilians in Bucha.");
    let target = e.target.expect("a target");
    assert_eq!(target.country.as_deref(), Some("UKR"), "{target:?}");
    assert!(
        e.evidence.rule.ends_with("+victims-of-place"),
        "{}",
        e.evidence.rule
    );
    // Victims whose own words name their country keep it.
    let e = first_event("Russian soldiers killed 12 Russian civilians in Bucha.");
    assert_eq!(e.target.and_then(|t| t.country).as_deref(), Some("RUS"));
}

#[test]
fn a_captured_town_is_occupied_territory_of_its_country() {
    let e = first_event("Russian forces captured Kherson.");
    assert_eq!(e.code, "192", "{}", e.evidence.rule);
    assert_eq!(e.target.and_then(|t| t.country).as_deref(), Some("UKR"));
    let e = first_event("Russian troops shelled the city of Kharkiv.");
    assert_eq!(e.target.and_then(|t| t.country).as_deref(), Some("UKR"));
}

#[test]
fn an_agent_named_by_a_town_is_of_the_towns_country() {
    let r = common::dyads("Ugandan troops raided Kakuma refugee camp.", None);
    assert!(
        common::has(&r, "190", Some("UGAMIL"), Some("KENREF")),
        "{r:?}"
    );
}

#[test]
fn a_town_in_a_country_the_article_names_beats_a_larger_one_elsewhere() {
    let doc = common::run(
        "Trinidad police said gunmen attacked a police station in San Fernando on Monday.",
        None,
    );
    let attack = doc
        .events
        .iter()
        .find(|e| e.code == "190")
        .expect("an attack");
    let place = attack.location.as_ref().expect("a place");
    assert_eq!(place.country.as_deref(), Some("TTO"), "{place:?}");
}
