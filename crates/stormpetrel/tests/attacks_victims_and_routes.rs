//! A passive killing with no named victims is aimed at whom the attack was on; one with no doer
//! takes the doer of the attack going on "as" the victims fell; an attack in whose course named
//! victims fell was on them, not on its place; a route is no actor; the state someone is
//! expelled from expels them; where a wave or series of attacks struck is no actor of it; who
//! reports an attack after a comma is no victim of it, nor are the victims of one act the
//! doers of the next; aid named for a territory goes there,
//! and who ramps up aid or attacks gives or makes them; "shot dead" is a shooting; a name before
//! a passive of harm with no agent is not its doer (#16).

mod common;

#[test]
fn victims_left_unnamed_are_whom_the_attack_was_on() {
    let r = common::dyads(
        "Eleven killed in Russian air strike on Syrian town.",
        Some("2004-08-01"),
    );
    assert!(common::has(&r, "195", Some("RUS"), Some("SYR")), "{r:?}");
}

#[test]
fn the_attack_going_on_as_victims_fell_names_their_killer() {
    let r = common::dyads(
        "Three Somali journalists were killed as Ethiopia attacked the city.",
        Some("2004-08-01"),
    );
    assert!(common::has(&r, "190", Some("ETH"), Some("SOMMED")), "{r:?}");
    // A clause of time that is no attack names no killer.
    let r = common::dyads(
        "Three Somali journalists were killed as Ethiopia announced new talks.",
        Some("2004-08-01"),
    );
    assert!(
        r.iter()
            .all(|d| !(d.0.starts_with("19") && d.1.as_deref() == Some("ETH"))),
        "{r:?}"
    );
}

#[test]
fn an_attack_that_killed_named_victims_was_on_them_not_on_its_place() {
    let r = common::dyads(
        "Five Malian soldiers killed in attack in central Mali.",
        Some("2004-08-01"),
    );
    assert!(common::has(&r, "190", None, Some("MLIMIL")), "{r:?}");
    assert!(r.iter().all(|d| d.2.as_deref() != Some("MLI")), "{r:?}");
}

#[test]
fn a_route_is_no_actor_of_what_passes_along_it() {
    let r = common::dyads(
        "A deal was reached to let food into the besieged city through Turkey.",
        Some("2004-08-01"),
    );
    assert!(r.iter().all(|d| d.2.as_deref() != Some("TUR")), "{r:?}");
    let r = common::dyads("The army sent aid via Uganda.", Some("2004-08-01"));
    assert!(r.iter().all(|d| d.2.as_deref() != Some("UGA")), "{r:?}");
    // People who march through a city are there.
    let r = common::dyads("Protesters marched through Nairobi.", Some("2004-08-01"));
    assert!(r.iter().any(|d| d.2.as_deref() == Some("KEN")), "{r:?}");
}

#[test]
fn the_state_someone_is_expelled_from_expels_them() {
    let r = common::dyads(
        "Two Kenyans were expelled from Uganda on Monday.",
        Some("2004-08-01"),
    );
    assert!(common::has(&r, "166", Some("UGA"), Some("KEN")), "{r:?}");
}

#[test]
fn where_a_series_of_attacks_struck_is_no_killer() {
    let r = common::dyads(
        "A wave of attacks in Kabul killed two Afghan policemen.",
        Some("2004-08-01"),
    );
    assert!(common::has(&r, "190", None, Some("AFGCOP")), "{r:?}");
}

#[test]
fn a_with_phrase_of_force_on_an_object_is_no_target() {
    let r = common::dyads(
        "The Taliban executed two men for collaboration with Pakistan.",
        Some("2005-03-01"),
    );
    assert!(!r.iter().any(|d| d.2.as_deref() == Some("PAK")), "{r:?}");
    // Nor is an actor in the reason a "for" phrase gives for it.
    let r = common::dyads(
        "Two men were executed for 'collaboration with Pakistan' in Kandahar.",
        Some("2005-03-01"),
    );
    assert!(!r.iter().any(|d| d.2.as_deref() == Some("PAK")), "{r:?}");
    // With no object, the "with" phrase is the other side.
    let r = common::dyads("Rebels fought with Ugandan troops.", Some("2005-03-01"));
    assert!(r.iter().any(|d| d.2.as_deref() == Some("UGAMIL")), "{r:?}");
}

#[test]
fn a_states_adjective_tagged_as_a_name_on_an_attack_is_its_doer() {
    let r = common::dyads(
        "Three Kenyans wounded in Somali attack.",
        Some("2005-03-01"),
    );
    assert!(r.iter().any(|d| d.1.as_deref() == Some("SOM")), "{r:?}");
    assert!(!r.iter().any(|d| d.2.as_deref() == Some("SOM")), "{r:?}");
    // A territory there is the place hit.
    let r = common::dyads("Five killed in Gaza attack.", Some("2005-03-01"));
    assert!(r.iter().any(|d| d.2.as_deref() == Some("PSE")), "{r:?}");
}

#[test]
fn a_place_before_a_weekday_heads_its_phrase() {
    // The parser makes the state a compound of the weekday.
    let r = common::dyads(
        "The Chechen militant was deported from Georgia late Tuesday.",
        Some("2005-03-01"),
    );
    assert!(common::has(&r, "174", Some("GEO"), Some("RUSREB")), "{r:?}");
    let r = common::dyads(
        "Two Britons were expelled from Zimbabwe Monday.",
        Some("2005-03-01"),
    );
    assert!(r.iter().any(|d| d.1.as_deref() == Some("ZWE")), "{r:?}");
}

#[test]
fn who_fought_the_victims_in_a_clash_wounded_them() {
    let r = common::dyads(
        "Two Jordanian policemen were wounded in clashes with militants.",
        Some("2005-03-01"),
    );
    assert!(
        common::has(&r, "180", Some("JORREB"), Some("JORCOP")),
        "{r:?}"
    );
}

#[test]
fn the_reporter_after_a_comma_is_no_victim() {
    let r = common::dyads(
        "A bomb exploded in a market in Kabul, killing four people and wounding about 20, the \
         Interior Ministry said.",
        Some("2005-03-01"),
    );
    assert!(r.iter().all(|d| d.2.as_deref() != Some("AFGGOV")), "{r:?}");
    assert!(common::has(&r, "010", Some("AFGGOV"), None), "{r:?}");
    // The parser reads "officials" as what was wounded; the tag that closes the sentence still
    // names its speaker.
    let r = common::dyads(
        "Two bombs exploded near a British patrol in Basra on Monday, killing nine people and \
         wounding more than 20, officials said.",
        Some("2005-03-01"),
    );
    assert!(r.iter().all(|d| d.2.as_deref() != Some("GBRGOV")), "{r:?}");
}

#[test]
fn the_victims_of_one_act_do_not_commit_the_next() {
    // "wounding" has no subject; the people killed before it did not wound anyone.
    let r = common::dyads(
        "At least three bombs exploded near a US convoy in western Mosul on Friday, killing 17 \
         people and wounding more than 40, police said.",
        Some("2005-03-01"),
    );
    assert!(
        r.iter()
            .all(|d| !(d.0 == "180" && d.1.as_deref() == Some("USACVL"))),
        "{r:?}"
    );
}

#[test]
fn aid_named_for_a_territory_goes_there() {
    let r = common::dyads("Japan has ramped up Gaza aid.", Some("2023-11-01"));
    assert!(common::has(&r, "070", Some("JPN"), Some("PSE")), "{r:?}");
    let r = common::dyads("Russia ramps up attacks in Donetsk.", Some("2023-11-01"));
    assert!(
        r.iter()
            .any(|d| d.0 == "190" && d.1.as_deref() == Some("RUS")),
        "{r:?}"
    );
    // A state named on aid gives it.
    let r = common::dyads("US aid reaches Sudan.", Some("2023-11-01"));
    assert!(
        r.iter()
            .any(|d| d.0 == "070" && d.1.as_deref() == Some("USA")),
        "{r:?}"
    );
}

#[test]
fn shot_dead_is_a_shooting() {
    // The tagger read "shot" before "dead" as a noun.
    let r = common::dyads(
        "Turkish police shot dead a Kurdish man in Diyarbakir and shut down the offices of three \
         newspapers.",
        Some("2023-11-01"),
    );
    assert!(
        r.iter()
            .any(|d| d.0 == "190" && d.1.as_deref() == Some("TURCOP")),
        "{r:?}"
    );
    assert!(
        r.iter()
            .any(|d| d.0 == "1721" && d.1.as_deref() == Some("TURCOP")),
        "{r:?}"
    );
    // A name the participle complements is who was shot.
    let r = common::dyads(
        "Chadian shot dead in Darfur after attack on Sudanese police.",
        Some("2023-11-01"),
    );
    assert!(common::has(&r, "190", None, Some("TCD")), "{r:?}");
}

#[test]
fn a_name_before_a_passive_of_harm_is_no_doer() {
    let r = common::dyads(
        "Sudan-Chad border updates: Dozens killed in Darfur camp, Sudanese official says.",
        Some("2023-11-01"),
    );
    assert!(
        r.iter()
            .all(|d| !(d.0 == "190" && d.1.as_deref() == Some("TCD"))),
        "{r:?}"
    );
}
