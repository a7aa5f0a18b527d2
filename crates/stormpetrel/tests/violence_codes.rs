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
