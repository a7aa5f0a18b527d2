//! Mood (shared auxiliaries, threats, likelihood, commands), accidents, courts, parties,
//! participles that name states, outlets, prisons, places that name attacks and settlements
//! sought or blocked, and acts a pause stops (#16).

mod common;

use common::{dyad, Dyad};

fn coded(text: &str) -> Vec<Dyad> {
    common::dyads(text, Some("2005-03-01"))
}

#[test]
fn a_coordinated_infinitive_shares_its_partners_auxiliary() {
    let doc = common::run(
        "The Bolivian president said he would meet Chilean envoys and sign the border accord.",
        Some("2005-03-01"),
    );
    // The future signing is coded as an intent (030), not as a signing.
    assert!(
        doc.events
            .iter()
            .any(|e| e.code == "030" && e.modality.future)
            && doc.events.iter().all(|e| e.code != "057"),
        "{:?}",
        doc.events
    );
    // A conjunct with its own subject keeps its own mood.
    let doc = common::run(
        "Bolivia would not comment and Chile signed the border accord.",
        Some("2005-03-01"),
    );
    assert!(
        doc.events
            .iter()
            .any(|e| e.code == "057" && !e.modality.future && !e.modality.hypothetical),
        "{:?}",
        doc.events
    );
}

#[test]
fn deaths_after_a_collision_are_an_accident_however_parsed() {
    for text in [
        "AP - A bus, a truck and a jeep collided in a remote region of southern Bolivia Sunday, killing 14 people, the state news agency reported.",
        "A house collapses onto a school in southern Bolivia, killing 10 people and injuring five others.",
    ] {
        let r = coded(text);
        assert!(
            r.iter().all(|d| !d.0.starts_with("18") && !d.0.starts_with("19")),
            "{text}: {r:?}"
        );
    }
    // Killing after a verb of attack is still violence.
    let r = coded("Chilean troops stormed a Bolivian village on Sunday, killing 14 people.");
    assert!(
        r.iter()
            .any(|d| d.0.starts_with("19") || d.0.starts_with("18")),
        "{r:?}"
    );
}

#[test]
fn what_is_threatened_or_looked_forward_to_has_not_happened() {
    let doc = common::run(
        "It has also threatened to sue the Bolivian government for $28bn.",
        Some("2005-03-01"),
    );
    assert!(
        doc.events
            .iter()
            .filter(|e| e.code == "115")
            .all(|e| e.modality.hypothetical || e.modality.future),
        "{:?}",
        doc.events
    );
    let doc = common::run(
        "The Bolivian president looks forward to working with Chilean ministers.",
        Some("2005-03-01"),
    );
    assert!(
        doc.events.iter().all(|e| e.code != "060"),
        "{:?}",
        doc.events
    );
}

#[test]
fn an_appeal_to_a_court_is_no_appeal_to_an_actor() {
    for text in [
        "The Bolivian protesters appealed against a High Court decision on Monday.",
        "Bolivia lodged a court appeal against the Chilean ruling.",
        "The Bolivian opposition appealed against the court ruling.",
        "More than 80 Bolivian miners appealed against the police actions.",
    ] {
        let r = coded(text);
        assert!(r.iter().all(|d| !d.0.starts_with("02")), "{text}: {r:?}");
    }
    let r = coded("Bolivia appealed to Chile for calm on Monday.");
    assert!(r.iter().any(|d| d.0.starts_with("02")), "{r:?}");
}

#[test]
fn fighting_against_a_vice_is_no_fighting() {
    let r = coded("The Bolivian president stressed fighting against graft and poverty.");
    assert!(r.iter().all(|d| !d.0.starts_with("19")), "{r:?}");
    let r = coded("Bolivian rebels are fighting against the Chilean army.");
    assert!(r.iter().any(|d| d.0.starts_with("19")), "{r:?}");
}

#[test]
fn what_is_likely_pressed_for_allowed_or_required_has_not_happened() {
    for text in [
        "Most Bolivian inmates held by Chile are likely to be freed next month.",
        "Bolivia is under pressure to work with the Chilean opposition.",
        "The Kenyan court was entitled to declare the opposition party illegal.",
        "Ugandan refugees are eligible to receive Kenyan aid.",
        "The rule requires Iran to condemn violence.",
        "The law obliges Kenyan ministers to declare their gifts.",
    ] {
        let doc = common::run(text, Some("2005-03-01"));
        assert!(
            doc.events.iter().all(|e| !e.modality.is_factual()),
            "{text}: {:?}",
            doc.events
        );
    }
    // A relative clause below the infinitive is asserted on its own.
    let doc = common::run(
        "Bolivia faces pressure to abandon the peg, which Chile has blamed for the crisis.",
        Some("2005-03-01"),
    );
    assert!(
        doc.events
            .iter()
            .any(|e| e.code.starts_with("112") && e.modality.is_factual()),
        "{:?}",
        doc.events
    );
}

#[test]
fn welcoming_a_thing_endorses_it_and_welcoming_a_visitor_hosts_him() {
    let r = coded("The Bolivian government welcomed the Chilean speech on Monday.");
    assert!(
        r.iter().any(|d| d.0 == "051") && r.iter().all(|d| d.0 != "043"),
        "{r:?}"
    );
    let r = coded("The Bolivian government welcomed the Chilean president in La Paz.");
    assert!(r.iter().any(|d| d.0 == "043"), "{r:?}");
}

#[test]
fn a_charge_of_a_crime_is_legal_action() {
    let r = coded("A Bolivian soldier has been charged with the murder of a Chilean civilian.");
    assert!(r.iter().any(|d| d.0 == "173"), "{r:?}");
    assert!(r.iter().all(|d| d.0 != "112"), "{r:?}");
    let r = coded("The Bolivian minister charged Chile with hypocrisy.");
    assert!(r.iter().any(|d| d.0 == "112"), "{r:?}");
}

#[test]
fn parties_clash_in_words() {
    let r =
        coded("The Bolivian Labour party and the Chilean Socialist Party clashed over tax plans.");
    assert!(r.iter().all(|d| !d.0.starts_with("19")), "{r:?}");
    let r = coded("Bolivian troops clashed with Chilean rebels near the border.");
    assert!(r.iter().any(|d| d.0.starts_with("19")), "{r:?}");
}

#[test]
fn an_occupied_region_is_a_name_not_an_act() {
    let r = coded("Five Bolivians were arrested in the Chilean-occupied border zone.");
    assert!(r.iter().all(|d| d.0 != "192"), "{r:?}");
    let r = coded("Chilean troops occupied the Bolivian border town on Monday.");
    assert!(r.iter().any(|d| d.0 == "192"), "{r:?}");
    // A past participle between a preposition and a noun describes it, however parsed.
    let r = coded(
        "Israelis rallied against the removal of settlers from occupied land Palestinians \
         want as part of a state.",
    );
    assert!(r.iter().all(|d| d.0 != "192"), "{r:?}");
}

#[test]
fn whoever_held_a_prisoner_frees_him() {
    let r = coded("Bolivian journalist freed from Chilean prison.");
    assert!(r.contains(&dyad("0841", "CHL", "BOLMED")), "{r:?}");
    // A relative clause with its own subject keeps it as the one who frees.
    let r = coded("He was among the Bolivian prisoners Chile released.");
    assert!(
        r.iter()
            .all(|d| d.0 != "0841" || d.1.as_deref() == Some("CHL")),
        "{r:?}"
    );
}

#[test]
fn a_command_urges_an_act_and_reports_none() {
    let doc = common::run(
        "Break the silence and speak up for the Bolivian miners.",
        Some("2005-03-01"),
    );
    assert!(
        doc.events.iter().all(|e| !e.modality.is_factual()),
        "{:?}",
        doc.events
    );
    // A headline's noun read as a verb still has its event.
    let r = coded("Bomb Explosion in Bolivian Capital Wounds 38.");
    assert!(r.iter().any(|d| d.0.starts_with("18")), "{r:?}");
}

#[test]
fn a_participle_before_its_noun_names_a_state() {
    for text in [
        "Protesters marched against the Bolivian government's planned welfare cuts.",
        "Chile accused Bolivia of using a banned weapon.",
        "The Chilean plan has met strong opposition in Bolivia.",
    ] {
        let r = coded(text);
        assert!(
            r.iter()
                .all(|d| !matches!(d.0.as_str(), "030" | "172" | "040")),
            "{text}: {r:?}"
        );
    }
    let r = coded("The Bolivian army killed 24 Chilean rebels near the border.");
    assert!(r.iter().any(|d| d.0.starts_with("19")), "{r:?}");
}

#[test]
fn a_named_storm_and_a_bombed_capital_do_not_attack() {
    let r = coded(
        "SUCRE, Bolivia - Tropical Storm Jeanne brought raging floodwaters to Bolivia, killing at least 90 people, officials said.",
    );
    assert!(
        r.iter()
            .all(|d| !d.0.starts_with("18") && !d.0.starts_with("19")),
        "{r:?}"
    );
    let r = coded("Victims of the La Paz train bombings rebuked Bolivian politicians.");
    assert!(
        r.iter()
            .all(|d| !(d.0.starts_with("18") || d.0.starts_with("19")) || d.1.is_none()),
        "{r:?}"
    );
}

#[test]
fn a_companys_vice_president_of_a_department_is_no_statesman() {
    let r = coded(
        "\"Bolivian buyers love the device,\" said Ross Blanchard, vice president of business development for Gracenote.",
    );
    assert!(
        r.iter()
            .all(|d| !d.1.as_deref().is_some_and(|s| s.contains("GOV"))),
        "{r:?}"
    );
}

#[test]
fn the_place_that_names_a_war_does_not_wage_it() {
    let r = coded("Young Bolivians began a boycott of Chilean brands as the Gaza war went on.");
    assert!(
        r.iter()
            .all(|d| !d.0.starts_with("19") || d.1.as_deref() != Some("PSE")),
        "{r:?}"
    );
}

#[test]
fn fighting_for_survival_and_trading_files_are_no_events() {
    for text in [
        "The Bolivian government is fighting for its survival in parliament.",
        "Bolivian officials trade secret files with Chilean officials.",
        "Chile said the Bolivian government had surrendered its veto.",
    ] {
        let r = coded(text);
        assert!(
            r.iter()
                .all(|d| !matches!(&d.0[..2], "19" | "06") && d.0 != "0873"),
            "{text}: {r:?}"
        );
    }
}

#[test]
fn the_subject_of_a_hedge_or_a_forecast_acts_in_its_infinitive() {
    let r = coded("Bolivian troops are said to have killed three Chilean farmers.");
    assert!(
        r.iter()
            .any(|d| d.0.starts_with("19") && d.1.as_deref() == Some("BOLMIL")),
        "{r:?}"
    );
    assert!(r.iter().all(|d| !d.0.starts_with("01")), "{r:?}");
    // What he is expected to do is a forecast: coded with him as source, but not asserted.
    let doc = common::run(
        "The Bolivian president is expected to meet Chilean envoys on Monday.",
        Some("2005-03-01"),
    );
    assert!(
        doc.events.iter().any(|e| e.code.starts_with("04")
            && e.modality.hypothetical
            && e.source.as_ref().map(|a| a.code.as_str()) == Some("BOLGOV")),
        "{:?}",
        doc.events
    );
    // A speaker who says what not to do still speaks.
    let r = coded("The Bolivian minister said not to publish the report would anger Chile.");
    assert!(r.iter().any(|d| d.0.starts_with("01")), "{r:?}");
}

#[test]
fn what_a_call_asks_for_has_not_happened() {
    let doc = common::run(
        "EU calls for release of Bolivian hunger striker held by Chile.",
        Some("2005-03-01"),
    );
    assert!(
        doc.events
            .iter()
            .all(|e| !e.code.starts_with("084") || !e.modality.is_factual()),
        "{:?}",
        doc.events
    );
}

#[test]
fn a_settlement_sought_voted_for_or_blocked_is_not_reached() {
    for text in [
        "The General Assembly voted in favour of a truce in Sudan.",
        "Russia blocked a Syria ceasefire at the Security Council.",
        "Japan stepped up efforts for the release of its hostages in Iraq.",
        "Aid groups make joint plea for Sudan-Chad ceasefire.",
    ] {
        let doc = common::run(text, Some("2005-03-01"));
        assert!(
            doc.events
                .iter()
                .filter(|e| matches!(e.code.as_str(), "0871" | "0841"))
                .all(|e| e.modality.hypothetical),
            "{text}: {:?}",
            doc.events
        );
    }
    // A "for" phrase of thanks gives a reason; a settlement agreed is reached.
    let r = coded("Sudan thanked Egypt for the truce.");
    assert!(common::has(&r, "051", Some("SDN"), Some("EGY")), "{r:?}");
    let r = coded("The army and the rebels agreed a ceasefire in Darfur.");
    assert!(r.iter().any(|d| d.0 == "0871"), "{r:?}");
}

#[test]
fn what_a_pause_stops_is_not_going_on() {
    let doc = common::run(
        "The pause in fighting in Darfur will last two more days.",
        Some("2005-03-01"),
    );
    assert!(
        doc.events
            .iter()
            .filter(|e| e.code == "190")
            .all(|e| e.modality.negated),
        "{:?}",
        doc.events
    );
    // The end "of" a trip says it took place.
    let r = coded("At the end of his Asian trip, the Chinese premier praised Japan.");
    assert!(r.iter().any(|d| d.0 == "042"), "{r:?}");
}
