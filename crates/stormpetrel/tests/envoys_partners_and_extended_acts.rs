//! A state's envoy to a world body is the state's; the other party of a "between" phrase the
//! parser split off is still a target; a light verb that extends an act makes its subject the
//! doer; a participle conjoined to a headline's modifier is undergone; the town an attack noun
//! is "of" was hit; a clause after a comma or the doer of an attack something suffered in is no
//! target; a state's adjective on an attack names its doer; pressing someone to act is an
//! appeal (#16).

mod common;

fn coded(text: &str) -> Vec<common::Dyad> {
    common::dyads(text, Some("2023-03-01"))
}

#[test]
fn a_states_envoy_to_a_world_body_is_the_state() {
    let r = coded("China's UN envoy criticised Japan.");
    assert!(common::has(&r, "111", Some("CHNGOV"), Some("JPN")), "{r:?}");
    let m = common::mentions("The French UN envoy spoke.", Some("2023-03-01"));
    assert!(m.iter().any(|(_, c)| c == "FRAGOV"), "{m:?}");
    // So is a named one; a wire dateline before the body names no state of the envoy's.
    let m = common::mentions("US UN Ambassador John Bolton spoke.", Some("2005-03-01"));
    assert!(
        m.iter()
            .any(|(t, c)| t == "US UN Ambassador John Bolton" && c.starts_with("USA")),
        "{m:?}"
    );
    let m = common::mentions("LONDON UN envoy said no.", Some("2023-03-01"));
    assert!(m.iter().any(|(_, c)| c == "IGOUNO"), "{m:?}");
    // The body's own envoy stays the body's.
    let m = common::mentions("The UN's envoy to Syria arrived.", Some("2023-03-01"));
    assert!(m.iter().any(|(_, c)| c == "IGOUNO"), "{m:?}");
}

#[test]
fn the_other_party_of_a_split_between_phrase_is_a_target() {
    let r = coded("The pact between Ethiopia and Hamas needed months of talks.");
    assert!(
        common::has(&r, "057", Some("ETH"), Some("PSEREBHMS")),
        "{r:?}"
    );
    let r = coded("The truce between Turkey and the PKK took weeks of talks.");
    assert!(
        common::has(&r, "0871", Some("TUR"), Some("TURREBPKK")),
        "{r:?}"
    );
}

#[test]
fn who_extends_a_detention_detains() {
    let r = coded("Egypt extends detention of Kenyan activist.");
    assert!(common::has(&r, "173", Some("EGY"), Some("KENOPP")), "{r:?}");
    let r = coded("Russia prolongs detention of US reporter.");
    assert!(common::has(&r, "173", Some("RUS"), Some("USAMED")), "{r:?}");
}

#[test]
fn a_participle_conjoined_to_a_headline_modifier_is_undergone() {
    let r = coded("Kenyan minister sacked, arrested over graft.");
    assert!(common::has(&r, "173", None, Some("KENGOV")), "{r:?}");
    // A conjoined verb with its own object still acts.
    let r = coded("Rebels regrouped, attacked the base.");
    assert!(
        r.iter()
            .any(|d| d.0 == "190" && d.1.as_deref() == Some("REB")),
        "{r:?}"
    );
}

#[test]
fn the_town_an_attack_is_of_was_hit() {
    let r = coded("Russian shelling of Kharkiv killed three.");
    assert!(common::has(&r, "190", Some("RUS"), Some("UKR")), "{r:?}");
    let r = coded("Russia's shelling of Kharkiv continued.");
    assert!(common::has(&r, "194", Some("RUS"), Some("UKR")), "{r:?}");
    // A town's officer is no town hit.
    let r = coded("The mayor of Kharkiv praised three volunteers.");
    assert!(r.iter().all(|d| d.2.as_deref() != Some("UKR")), "{r:?}");
}

#[test]
fn a_clause_after_a_comma_holds_no_target() {
    let r = coded("As Russia shells Kharkiv, the UN calls for calm.");
    assert!(common::has(&r, "194", Some("RUS"), Some("UKR")), "{r:?}");
}

#[test]
fn who_did_an_attack_something_suffered_in_is_no_target() {
    let r = coded("Kenyan farmer visits his farm destroyed in Somali raid.");
    assert!(r.iter().all(|d| d.2.as_deref() != Some("SOM")), "{r:?}");
    // A state's adjective on the attack names its doer, however the tagger reads it.
    let r = coded("Syrian refugees return to homes damaged in Turkish shelling.");
    assert!(common::has(&r, "194", Some("TUR"), None), "{r:?}");
}

#[test]
fn pressing_someone_to_act_is_an_appeal() {
    let r = coded("Kenya pressed Uganda to sign the deal.");
    assert!(common::has(&r, "020", Some("KEN"), Some("UGA")), "{r:?}");
    let doc = common::run("Kenya pressed Uganda to sign the deal.", Some("2023-03-01"));
    assert!(
        doc.events
            .iter()
            .all(|e| e.code != "057" || !e.modality.is_factual()),
        "{:?}",
        doc.events
    );
    // Being hard pressed to do something, or pushing to do it, asks no one.
    let r = coded("Kenya will be hard pressed to keep its reserves.");
    assert!(r.iter().all(|d| !d.0.starts_with("02")), "{r:?}");
}

#[test]
fn a_hyphenated_pair_before_an_event_noun_names_both_sides() {
    let r = coded("The India-Pakistan talks resumed on Monday.");
    assert!(common::has(&r, "040", Some("IND"), Some("PAK")), "{r:?}");
    let r = coded("Norway welcomes the Ethiopia-Eritrea truce.");
    assert!(common::has(&r, "0871", Some("ETH"), Some("ERI")), "{r:?}");
}
