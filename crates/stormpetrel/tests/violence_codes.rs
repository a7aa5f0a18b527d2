//! The weapon named around a violent event makes its CAMEO code specific (#16): strikes by
//! air, missile or drone are 195, a suicide attack 1831, whatever the verb.

mod common;

fn codes(text: &str) -> Vec<String> {
    common::dyads(text, Some("2024-01-15"))
        .into_iter()
        .map(|d| d.0)
        .collect()
}

#[test]
fn air_missile_and_drone_strikes_are_aerial() {
    assert_eq!(codes("Russia launched missile strikes on Odesa."), ["195"]);
    assert_eq!(
        codes("Israeli air strikes killed five Palestinians."),
        ["195"]
    );
    assert_eq!(
        codes("A drone attack killed two Ukrainian soldiers."),
        ["195"]
    );
    // Without such a word the use of force stays general.
    assert_eq!(
        codes("Russian troops attacked Ukrainian positions."),
        ["190"]
    );
}

#[test]
fn a_suicide_attack_is_a_suicide_bombing() {
    assert_eq!(
        codes("A suicide bomber attacked an Iraqi police station."),
        ["1831"]
    );
}

#[test]
fn a_state_that_bombs_strikes_from_the_air() {
    assert_eq!(codes("Israel bombed a school in Gaza."), ["195"]);
    // Bombings by insurgents stay non-military.
    assert_eq!(
        codes("Insurgents bombed a police station in Baghdad."),
        ["183"]
    );
}

#[test]
fn a_bomb_that_kills_is_a_bombing() {
    assert_eq!(codes("A car bomb killed 12 people in Kabul."), ["183"]);
    assert_eq!(
        codes("Roadside bombs killed three Iraqi soldiers."),
        ["183"]
    );
    // A state's bombs fall from the air; a place beside the bombs is not their owner.
    assert_eq!(
        codes("Russian bombs killed ten civilians in Idlib."),
        ["195"]
    );
    assert!(!codes("Car bombs in Kabul killed 11 people.").contains(&"195".to_string()));
}

#[test]
fn a_fight_against_a_thing_or_in_court_is_no_fighting() {
    for text in [
        "The Kenyan government vowed to fight poverty in Nairobi.",
        "Nigerian officials battled to save the budget deal.",
        "Russia lost a court battle with Ukraine in The Hague.",
    ] {
        let c = codes(text);
        assert!(
            c.iter()
                .all(|c| !c.starts_with("19") && !c.starts_with("13")),
            "{text}: {c:?}"
        );
    }
    // Fighting people, or fighting battles, is fighting.
    assert_eq!(codes("Chadian troops fought rebels near Abeche."), ["190"]);
    assert_eq!(
        codes("Chadian troops fought pitched battles near Abeche."),
        ["190"]
    );
}

#[test]
fn an_attack_on_a_policy_is_criticism() {
    assert_eq!(
        codes("The senator attacked the president's budget."),
        ["111"]
    );
    assert_eq!(
        codes("The Tory leader attacked Labour's six new pledges as vacuous."),
        ["111"]
    );
    let c = codes("The Greek president attacked the Turkish government for failing to act.");
    assert!(c.len() == 1 && c[0].starts_with("11"), "{c:?}");
    // Force against places and people stays force.
    assert_eq!(codes("Rebels attacked an army convoy near Kabul."), ["190"]);
    assert_eq!(
        codes("Gunmen attacked the Iraqi police station for two hours."),
        ["190"]
    );
}

#[test]
fn a_beheading_is_killing_by_physical_assault() {
    assert_eq!(
        codes("Militants beheaded a Turkish truck driver in Iraq."),
        ["1823"]
    );
}

#[test]
fn a_missile_test_is_a_show_of_force() {
    // The tokeniser splits "test-fired" into "test", "-", "fired"; the rules know "test-fire".
    assert_eq!(
        codes("Pakistan test-fired a nuclear-capable cruise missile on Tuesday."),
        ["150"]
    );
    assert_eq!(
        codes("Pakistani troops fired rockets at the militants."),
        ["194"]
    );
}

#[test]
fn a_country_that_names_a_border_is_no_target() {
    let r = common::dyads(
        "Nigerien troops raided two militant camps near the Malian border on Sunday.",
        Some("2024-01-15"),
    );
    assert!(r.iter().all(|d| d.2.as_deref() != Some("MLI")), "{r:?}");
}

#[test]
fn easing_a_curfew_is_specific() {
    assert_eq!(
        codes("The Thai government eased the curfew in Bangkok."),
        ["0813"]
    );
    assert_eq!(
        codes("The Thai government lifted the curfew in Bangkok."),
        ["0813"]
    );
}

#[test]
fn trading_fire_is_fighting_between_the_two() {
    let r = common::dyads(
        "Hezbollah and Israeli forces traded fire across the frontier on Sunday.",
        Some("2024-01-15"),
    );
    assert_eq!(
        r,
        [
            common::dyad("193", "LBNREBHZB", "ISRMIL"),
            common::dyad("193", "ISRMIL", "LBNREBHZB")
        ]
    );
}

#[test]
fn an_attack_on_opposition_fighters_is_force() {
    assert_eq!(
        codes("Syrian troops attacked opposition fighters near Homs."),
        ["190"]
    );
    assert_eq!(
        codes("The Tories attacked the government over tax."),
        ["111"]
    );
}

#[test]
fn a_killing_hung_on_a_bombing_is_that_bombing() {
    // The participle's clause names the weapon in its object, or its subject a clause up.
    assert_eq!(
        codes("Insurgents detonated a roadside bomb near an Iraqi police patrol, killing two officers."),
        ["183", "183"]
    );
    assert!(codes(
        "A suicide bomber rammed a car packed with explosives into an Indian army convoy, killing four soldiers."
    )
    .contains(&"1831".to_string()));
    // A state's aircraft that bomb kill from the air.
    assert_eq!(
        codes("US fighter jets bombed the Iraqi city of Falluja, killing ten people."),
        ["195", "195"]
    );
}

#[test]
fn firing_at_or_on_someone_is_force_against_them() {
    let r = common::dyads(
        "Syrian troops fired on protesters in Homs.",
        Some("2012-03-01"),
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(
        (r[0].0.as_str(), r[0].1.as_deref(), r[0].2.as_deref()),
        ("190", Some("SYRMIL"), Some("SYROPP"))
    );
    let patrol = common::dyads(
        "Gunmen fired at a police patrol in Basra.",
        Some("2005-03-01"),
    );
    assert!(
        patrol
            .iter()
            .any(|d| d.0 == "190" && d.2.as_deref().is_some_and(|t| t.ends_with("COP"))),
        "{patrol:?}"
    );
    // A weapon named keeps its own code; figures of speech are no fire.
    assert_eq!(
        codes("Israeli troops fired rubber bullets at protesters."),
        ["193"]
    );
    assert!(codes("Reporters fired questions at the minister.").is_empty());
}

#[test]
fn only_a_ceasefire_violation_violates_a_ceasefire() {
    let rights = common::dyads(
        "Amnesty said the violations of workers' rights in Qatar continued.",
        Some("2024-01-15"),
    );
    assert!(!rights.iter().any(|d| d.0 == "196"), "{rights:?}");
    let truce = common::dyads(
        "Israeli violations of the ceasefire continued in Gaza.",
        Some("2024-01-15"),
    );
    assert!(truce.iter().any(|d| d.0 == "196"), "{truce:?}");
}
