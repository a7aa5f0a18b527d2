//! Markets that move, things released that are no people, acts someone was kept from, headline
//! verbs after "after", and passive agents the parser hung on a phrase (#16).

mod common;

use common::{dyad, Dyad};

fn coded(text: &str) -> Vec<Dyad> {
    common::dyads(text, Some("2005-03-01"))
}

#[test]
fn a_market_that_moves_is_no_actor() {
    let r = coded("Bolivian bank shares rallied against the Chilean peso on Monday.");
    assert!(r.iter().all(|d| !d.0.starts_with("14")), "{r:?}");
    let r = coded("The Chilean peso shot up against the dollar after Bolivia cut rates.");
    assert!(r.iter().all(|d| !d.0.starts_with("19")), "{r:?}");
    // A person named Price still speaks.
    let r = coded("Bolivian opposition spokesman Adam Price said he opposed the Chilean plan.");
    assert!(r.iter().any(|d| d.0.starts_with("01")), "{r:?}");
}

#[test]
fn released_names_handsets_and_steam_free_no_one() {
    for text in [
        "The Bolivian ministry released the names of the Chilean soldiers.",
        "A Chilean company will release a new handset in Bolivia next year.",
    ] {
        let r = coded(text);
        assert!(r.iter().all(|d| d.0 != "0841"), "{text}: {r:?}");
    }
    let r = coded("Bolivia released 20 Chilean prisoners on Friday.");
    assert!(r.contains(&dyad("0841", "BOL", "CHL")), "{r:?}");
}

#[test]
fn what_someone_was_kept_from_doing_did_not_happen() {
    let doc = common::run(
        "Chile prevented Bolivian doctors from helping the wounded.",
        Some("2005-03-01"),
    );
    assert!(
        doc.events
            .iter()
            .all(|e| !e.code.starts_with("07") || e.modality.negated),
        "{:?}",
        doc.events.iter().map(|e| &e.code).collect::<Vec<_>>()
    );
}

#[test]
fn a_headline_verb_after_after_is_a_verb() {
    let r = coded("Dozens killed after Chile bombs three Bolivian villages.");
    assert!(
        r.iter()
            .any(|d| d.0.starts_with("19") && d.1.as_deref() == Some("CHL")),
        "{r:?}"
    );
}

#[test]
fn a_passive_agent_on_a_phrase_acts() {
    let r = coded("He was released on bail by Bolivian police.");
    assert!(
        r.iter()
            .any(|d| d.0 == "0841" && d.1.as_deref() == Some("BOLCOP")),
        "{r:?}"
    );
}

#[test]
fn a_headline_victim_before_a_bare_participle_is_the_target() {
    let r = coded("Bolivian teen shot and killed by Chilean soldiers in La Paz.");
    assert!(r.contains(&dyad("190", "CHLMIL", "BOL")), "{r:?}");
}

#[test]
fn who_reports_a_killing_neither_kills_nor_dies() {
    let r = coded(
        "According to UNICEF, an average of 40 Bolivian children killed or injured every week in \
         the border war.",
    );
    assert!(
        r.iter()
            .all(|d| d.1.as_deref().is_none_or(|s| !s.starts_with("IGO"))
                && d.2.as_deref().is_none_or(|s| !s.starts_with("IGO"))),
        "{r:?}"
    );
}

#[test]
fn a_body_misparsed_as_a_second_subject_speaks() {
    let r = coded("UN special rapporteur says Chilean strikes on Bolivia are illegal.");
    assert!(
        r.iter()
            .any(|d| d.0.starts_with("11") && d.1.as_deref() == Some("IGOUNO")),
        "{r:?}"
    );
}

#[test]
fn judges_lawyers_and_pupils_are_no_armies_or_diplomats() {
    for text in [
        "Judges in the corruption trial of the Bolivian president withdrew yesterday to decide \
         their verdict.",
        "The Bolivian leader's two lawyers have asked to be withdrawn from his case.",
        "Four Bolivian schoolgirls were expelled for wearing head scarves.",
        "At least five miners were killed in a blast in a coal mine in Bolivia.",
        "AP - A coal mine explosion in northern Bolivia killed 33 people, Bolivian officials said.",
    ] {
        let r = coded(text);
        assert!(
            r.iter()
                .all(|d| !d.0.starts_with("087") && d.0 != "166" && d.0 != "183"),
            "{text}: {r:?}"
        );
    }
    let r = coded("Bolivia withdrew its troops from the border.");
    assert!(r.iter().any(|d| d.0 == "0874"), "{r:?}");
    let r = coded("Chile expelled two Bolivian diplomats.");
    assert!(r.contains(&dyad("166", "CHL", "BOLGOV")), "{r:?}");
}

#[test]
fn names_thrones_refugees_and_court_rooms_are_no_events() {
    for (text, code) in [
        ("Bolivia calls Bush a political idiot.", "041"),
        ("Norodom Sihamoni acceded to the Cambodian throne.", "083"),
        (
            "Poorer countries which receive Bolivian refugees need help.",
            "043",
        ),
        (
            "The Bolivian government won the court room battle against Chile.",
            "190",
        ),
    ] {
        let r = coded(text);
        assert!(r.iter().all(|d| d.0 != code), "{text}: {r:?}");
    }
    let r = coded("Bolivia acceded to Chilean demands.");
    assert!(r.iter().any(|d| d.0 == "083"), "{r:?}");
}

#[test]
fn a_country_s_economy_and_targets_are_no_actors_or_meetings() {
    let r = coded(
        "On Monday, the Bolivian banks association said the Bolivian economy would struggle to \
         meet its growth target.",
    );
    assert!(r.iter().all(|d| d.0 != "040"), "{r:?}");
    let r = coded(
        "The British pound added 0.5% against the dollar, while Bolivian share prices rallied.",
    );
    assert!(r.is_empty(), "{r:?}");
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
fn what_is_likely_or_pressed_for_has_not_happened() {
    for text in [
        "Most Bolivian inmates held by Chile are likely to be freed next month.",
        "Bolivia is under pressure to work with the Chilean opposition.",
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
