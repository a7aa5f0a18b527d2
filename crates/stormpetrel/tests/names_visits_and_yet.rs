//! A state's name before a capitalised building's noun is part of the name; a base-form verb
//! with a determiner or compound in a nominal slot is a noun ("a Middle East visit"); what an
//! actor "has yet to" do, however parsed, has not happened; an owned "-ing" form is a noun (#16).

mod common;

fn coded(text: &str) -> Vec<common::Dyad> {
    common::dyads(text, Some("2023-03-01"))
}

#[test]
fn a_state_that_names_a_building_is_no_actor() {
    let r = coded("Russian jets bombed the Turkish Hospital in Aleppo.");
    assert!(common::has(&r, "195", Some("RUS"), Some("SYR")), "{r:?}");
    let m = common::mentions(
        "The director of the Kuwaiti Hospital in Rafah says supplies are running out.",
        Some("2023-03-01"),
    );
    assert!(!m.iter().any(|(_, c)| c.starts_with("KWT")), "{m:?}");
    // A lower-case building is the state's own.
    let r = coded("Turkish jets bombed a Syrian hospital.");
    assert!(common::has(&r, "195", Some("TUR"), Some("SYR")), "{r:?}");
}

#[test]
fn a_trip_named_after_a_region_goes_there() {
    let r = coded("The Japanese foreign minister begins a Middle East visit.");
    assert!(common::has(&r, "042", Some("JPNGOV"), Some("MEA")), "{r:?}");
}

#[test]
fn what_an_actor_has_yet_to_do_is_not_asserted() {
    assert!(!common::asserts(
        "Iran has yet to offer proof that Iraq uses the bases.",
        "03"
    ));
}

#[test]
fn an_owned_ing_form_is_a_noun_whose_owner_undergoes_it() {
    // The tagger reads "killing" as a verb and the parser makes it a clause on "photographer".
    let r =
        coded("Reporters Without Borders will refer photographer Ali Hassan's killing to the ICC.");
    assert!(!r.iter().any(|d| d.2.as_deref() == Some("IGOJUD")), "{r:?}");
    assert!(
        !r.iter()
            .any(|d| d.1.as_deref().is_some_and(|s| s.ends_with("MED"))),
        "{r:?}"
    );
}
