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
    // A country's crude oil trades; the country does not.
    let r = coded("Chilean crude was trading at 50 dollars a barrel in Asian trade on Monday.");
    assert!(r.iter().all(|d| d.1.as_deref() != Some("CHL")), "{r:?}");
    // A person named Price still speaks (here to reject a plan, which is his statement).
    let r = coded("Bolivian opposition spokesman Adam Price said he opposed the Chilean plan.");
    assert!(r.iter().any(|d| d.1.as_deref() == Some("BOLOPP")), "{r:?}");
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
fn a_warning_that_only_predicts_is_no_threat() {
    let code = |t: &str| -> Vec<String> {
        common::dyads(t, Some("2005-01-01"))
            .into_iter()
            .map(|d| d.0)
            .collect()
    };
    // What something else would do, or what a thing would be: a pessimistic comment.
    assert_eq!(
        code("The Chilean government warned the floods would ruin the harvest."),
        ["012"]
    );
    assert_eq!(
        code("The Chilean foreign minister warned Peru that such a move would be a grave mistake."),
        ["012"]
    );
    // What the warner would do, or terms set with "unless": a threat.
    assert_eq!(
        code("The Chilean foreign minister warned Peru that Chile would retaliate against any incursion."),
        ["130"]
    );
    assert_eq!(
        code(
            "The Chilean foreign minister warned Peru that talks would end unless the troops left."
        ),
        ["130"]
    );
    // What would follow is a reprisal: a threat, whoever the clause's subject.
    assert_eq!(
        code("The Chilean foreign minister warned Peru that any incursion would draw a strong response."),
        ["130"]
    );
}

#[test]
fn an_infinitive_read_as_a_purpose_is_what_was_agreed() {
    // "agreed on Saturday to provide aid": the parser may hang the infinitive on the verb as a
    // clause of purpose; it is what the ministers agreed to do, and names the target.
    let r = common::dyads(
        "Sweden's foreign minister agreed on Saturday to provide 50 million dollars of aid for Bolivia.",
        Some("2005-01-01"),
    );
    assert!(
        r.iter()
            .any(|d| d.0.starts_with("03") && d.2.as_deref() == Some("BOL")),
        "{r:?}"
    );
    // What was agreed has not yet happened.
    let ev = common::run(
        "Sweden's foreign minister agreed on Saturday to provide 50 million dollars of aid for Bolivia.",
        Some("2005-01-01"),
    )
    .events;
    assert!(
        ev.iter()
            .filter(|e| e.code.starts_with("07"))
            .all(|e| !e.modality.is_factual()),
        "{ev:?}"
    );
}

#[test]
fn protesters_demonstrate_where_they_are_and_at_their_government() {
    // "demonstrated", read by the tagger as a participle on "miners", is what they did; the
    // city where they marched is no target, so the protest is aimed at their government.
    for t in [
        "Thousands of Bolivian miners demonstrated in the city of Oruro on Sunday calling for higher wages, witnesses said.",
        "Thousands of Bolivian miners demonstrated in Oruro on Sunday.",
    ] {
        let r = common::dyads(t, Some("2005-01-01"));
        assert!(
            r.iter().any(|d| d.0.starts_with("14")
                && d.1.as_deref() == Some("BOLLAB")
                && d.2.as_deref() == Some("BOLGOV")),
            "{t}: {r:?}"
        );
    }
}

#[test]
fn hailing_from_a_place_is_no_praise() {
    let r = common::dyads(
        "A Bolivian student hailing from Oruro was found dead in Peru, his family said on Tuesday.",
        Some("2005-01-01"),
    );
    assert!(r.iter().all(|d| d.0 != "051"), "{r:?}");
    let r = common::dyads(
        "The Bolivian president hailed the agreement with Peru.",
        Some("2005-01-01"),
    );
    assert!(r.iter().any(|d| d.0 == "051"), "{r:?}");
}

#[test]
fn kinds_approvals_and_abstract_safeguards_are_no_events() {
    let codes = |t: &str| -> Vec<String> {
        common::dyads(t, Some("2005-01-01"))
            .into_iter()
            .map(|d| d.0)
            .collect()
    };
    // A gerund before its noun names a kind: no rally, no fighting.
    assert!(
        codes("The Chilean president issued a rallying cry to his supporters.")
            .iter()
            .all(|c| c != "140"),
        "{:?}",
        codes("The Chilean president issued a rallying cry to his supporters.")
    );
    // To sanction an action is to approve it, not to impose sanctions.
    let t = "The war could be illegal without a second UN resolution sanctioning military action, the Chilean minister said.";
    assert!(codes(t).iter().all(|c| c != "163"), "{:?}", codes(t));
    // A state protesting to another complains officially.
    let r = common::dyads(
        "Chile protested to Peru after a Peruvian warship entered its waters.",
        Some("2005-01-01"),
    );
    assert!(
        r.iter().any(|d| d.0 == "114"
            && d.1.as_deref() == Some("CHL")
            && d.2.as_deref() == Some("PER")),
        "{r:?}"
    );
    // Safeguarding standards is no protection of an actor.
    let t = "The Chilean minister said Chile should safeguard its high standards of public health.";
    assert!(
        codes(t)
            .iter()
            .all(|c| !c.starts_with("07") && !c.starts_with("103")),
        "{:?}",
        codes(t)
    );
}

#[test]
fn agreeing_about_a_view_is_accord_not_an_intent() {
    let r = coded("The Greek and Turkish prime ministers agreed about the need for reform.");
    assert!(r.iter().any(|(c, _, _)| c == "019"), "{r:?}");
    assert!(!r.iter().any(|(c, _, _)| c == "030"), "{r:?}");
}

#[test]
fn pests_and_participles_that_describe_do_not_act() {
    // Locusts that threaten farms make no threat.
    let r = coded("Swarms of locusts threatening farms in Niger have alarmed the government.");
    assert!(r.iter().all(|d| !d.0.starts_with("13")), "{r:?}");
    // "his two murdered colleagues" describes them: no fresh killing.
    let r = coded(
        "The families of his two murdered Italian colleagues criticised the Iraqi government.",
    );
    assert!(
        r.iter()
            .all(|d| !d.0.starts_with("18") && !d.0.starts_with("19")),
        "{r:?}"
    );
}

#[test]
fn what_a_response_answers_and_a_state_while_held_are_background() {
    let r = coded("Britain passed new laws in response to the bombing of the London underground.");
    assert!(r.iter().all(|d| !d.0.starts_with("18")), "{r:?}");
    let r = coded(
        "Ivory Coast's president appealed for calm after France destroyed the air force in \
         retaliation for the killing of nine French peacekeepers.",
    );
    assert!(r.iter().all(|d| !d.0.starts_with("19")), "{r:?}");
    assert!(r.iter().any(|d| d.0 == "020"), "{r:?}");
    let r = coded(
        "Lawyers raised concerns about the treatment the Kenyan prisoners received while \
         detained by British police.",
    );
    assert!(r.iter().all(|d| !d.0.starts_with("17")), "{r:?}");
}

#[test]
fn captives_held_somewhere_are_no_fresh_kidnapping() {
    let r = coded("The Israeli army said it had mistakenly shot two captives held in Gaza.");
    assert!(r.iter().all(|d| !d.0.starts_with("181")), "{r:?}");
    assert!(r.iter().any(|d| d.0 == "190"), "{r:?}");
}

#[test]
fn striking_out_a_claim_and_jailed_aides_are_no_violence_or_arrest() {
    let r = coded(
        "The High Court in Nairobi struck out the bulk of the government's claim against the \
         newspaper.",
    );
    assert!(r.iter().all(|d| !d.0.starts_with("19")), "{r:?}");
    let r = coded("Mugabe's jailed former aides held a hunger strike.");
    assert!(r.iter().all(|d| !d.0.starts_with("17")), "{r:?}");
}

#[test]
fn an_intent_that_describes_a_noun_is_background() {
    let r = coded(
        "The economic reform plans agreed in Brussels in 2000 have largely failed, the Kenyan \
         minister said.",
    );
    assert!(r.iter().all(|d| !d.0.starts_with("03")), "{r:?}");
    // An actor the parser left without its verb still agrees.
    let r = coded("The Kenyan parliament agreed to extend the ban.");
    assert!(r.iter().any(|d| d.0 == "030"), "{r:?}");
    let r = coded(
        "Kenya's foreign minister met Uganda's foreign minister, and both sides agreed to \
         strengthen border patrols.",
    );
    assert!(r.iter().any(|d| d.0 == "030"), "{r:?}");
}

#[test]
fn a_suspect_described_as_accused_is_no_accusation() {
    let r = coded("A judge in Nairobi freed four Somali men accused of piracy.");
    assert!(r.iter().all(|d| !d.0.starts_with("112")), "{r:?}");
    assert!(r.iter().any(|d| d.0 == "0841"), "{r:?}");
    // A headline that reports the accusation keeps it.
    let r = coded("Kenyan ministers accused of corruption");
    assert!(r.iter().any(|d| d.0 == "112"), "{r:?}");
}

#[test]
fn a_warning_that_holds_out_nothing_is_a_pessimistic_comment() {
    for text in [
        "Sri Lanka's banks face hard times after the floods, officials have warned.",
        "Deaths in custody have reached shocking levels, a committee of MPs has warned.",
    ] {
        let r = coded(text);
        assert!(r.iter().all(|(c, _, _)| c == "012"), "{text}: {r:?}");
        assert!(!r.is_empty(), "{text}");
    }
    // Reprisal or terms keep a warning a threat.
    assert!(
        coded("Iran warned that any attack would be met with a crushing response.")
            .iter()
            .any(|(c, _, _)| c == "130")
    );
}

#[test]
fn fighting_a_ruling_is_no_force() {
    for text in [
        "Spanish bank Santander said it would fight a British regulator's ruling.",
        "The Greek government said it would fight the Turkish decision.",
    ] {
        let r = coded(text);
        assert!(
            !r.iter()
                .any(|(c, _, _)| c.starts_with("13") || c.starts_with("19")),
            "{text}: {r:?}"
        );
    }
}

#[test]
fn arriving_at_a_view_is_no_visit() {
    assert_eq!(
        coded("The Swiss committee arrived at a compromise on the tax."),
        []
    );
    assert_eq!(
        coded("The Swiss foreign minister arrived in Kenya on Monday."),
        [dyad("042", "CHEGOV", "KEN")]
    );
}

#[test]
fn one_speaker_talking_about_something_makes_a_statement() {
    assert_eq!(
        coded("The Dutch minister kept on talking about the past."),
        [(String::from("010"), Some(String::from("NLDGOV")), None)]
    );
    // With someone to talk with, it is a consultation.
    assert_eq!(
        coded("The Dutch minister talked about Belgium with the Belgian king."),
        [dyad("040", "NLDGOV", "BELGOV")]
    );
}

#[test]
fn a_blast_with_no_critic_is_no_criticism() {
    assert_eq!(coded("Blast near convoy of Iraqi police chief."), []);
    assert_eq!(
        coded("The Danish minister blasted Sweden over the fishing ban."),
        [dyad("110", "DNKGOV", "SWE")]
    );
}

#[test]
fn a_scathing_attack_is_one_of_words() {
    assert_eq!(
        coded("The Danish minister has launched a scathing attack on the Swedish king."),
        [dyad("111", "DNKGOV", "SWEGOV")]
    );
    // Troops launch attacks with arms.
    assert!(coded("Rebels launched an attack on the Iraqi army base.")
        .iter()
        .any(|(c, _, _)| c.starts_with("19")));
}

#[test]
fn only_fighting_breaks_out_as_force() {
    assert_eq!(
        coded("Five prisoners managed to break out from a Peruvian jail through a tunnel."),
        []
    );
    assert!(
        coded("Fighting broke out between Armenian and Azerbaijani troops.")
            .iter()
            .any(|(c, _, _)| c == "190")
    );
}

#[test]
fn figures_released_dates_that_clash_and_economic_demand_are_no_events() {
    for text in [
        // "released" hung on the figures it released.
        "On Monday the central bank released inflation figures showing Chile's economy grew 3% \
         last year.",
        // Dates clash in a calendar.
        "The president responds by scheduling his weekly press conference to clash with a major \
         speech by the finance minister of Peru.",
        // Demand in the economic sense.
        "A Spanish economist said weak Spanish domestic demand was holding back growth.",
        "Strong Indian demand props up gold.",
    ] {
        assert_eq!(common::dyads(text, Some("2005-01-01")), [], "{text}");
    }
    // Protesters who clash with police still fight.
    let ev = common::dyads(
        "Protesters clashed with police after the meeting in Tirana.",
        Some("2005-01-01"),
    );
    assert!(ev.iter().any(|d| d.0 == "190"), "{ev:?}");
}

#[test]
fn a_portfolio_before_an_office_is_no_act() {
    // "Planning" names the ministry; the minister offers.
    assert_eq!(
        coded("Planning Minister Julio Ramos has offered State help to the Argentine firm."),
        [dyad("033", "ARGGOV", "ARGBUS")]
    );
}

#[test]
fn idioms_of_ending_and_overstating_are_no_appeal_or_talks() {
    assert_eq!(
        coded("Scottish Power yesterday called time on its acquisition spree."),
        []
    );
    let r = coded("The British government is encouraging panic and talking up the threat.");
    assert!(r.iter().all(|(c, _, _)| !c.starts_with("04")), "{r:?}");
}

#[test]
fn a_storm_in_another_sentence_leaves_violence_alone() {
    assert_eq!(
        coded("Israel bombed Gaza on Monday. Separately, Hurricane Ivan hit Cuba on Tuesday."),
        [dyad("195", "ISR", "PSE")]
    );
}

#[test]
fn a_storm_named_below_its_headline_is_the_killer() {
    assert_eq!(
        coded(
            "Ivan Heads for Cuba After Killing 12. HAVANA - Hurricane Ivan headed for Cuba after \
             killing 12 people in Jamaica."
        ),
        []
    );
}

#[test]
fn a_look_back_or_an_earlier_reason_is_background() {
    let r = coded(
        "The Chinese premier said it had been his privilege to have worked with the Japanese \
         government.",
    );
    assert!(r.iter().all(|(c, _, _)| !c.starts_with("06")), "{r:?}");
    let r = coded(
        "The French minister pledged to help, as he had been asked to do by the German \
         chancellor.",
    );
    assert!(r.iter().all(|(c, _, _)| !c.starts_with("02")), "{r:?}");
}

#[test]
fn investing_with_no_partner_is_no_economic_cooperation() {
    assert_eq!(
        coded("The British government invested heavily in public services last year."),
        []
    );
    let r =
        coded("The British government will invest in public services, the prime minister said.");
    assert!(r.iter().all(|(c, _, _)| c != "0311"), "{r:?}");
}

#[test]
fn a_rocket_to_a_space_station_is_no_weapon() {
    assert_eq!(
        coded(
            "A Russian rocket carrying a new crew to the international space station lifted off \
             from the Baikonur cosmodrome on Thursday."
        ),
        []
    );
    // A rocket fired at a town still is.
    let r = coded("Russian forces fired a rocket at the Ukrainian town of Izium.");
    assert!(r.iter().any(|(c, _, _)| c.starts_with("19")), "{r:?}");
}

#[test]
fn troops_that_arrive_make_no_visit() {
    let r = coded("British troops arrived in Basra on Monday.");
    assert!(r.iter().all(|d| !d.0.starts_with("04")), "{r:?}");
    // A minister who arrives does.
    let r = coded("The Turkish foreign minister arrived in Baghdad on Monday.");
    assert!(r.iter().any(|d| d.0 == "042"), "{r:?}");
}

#[test]
fn to_protect_a_thing_is_no_military_protection() {
    let r = coded(
        "The Chinese government is reforming the banks to protect the health of the economy.",
    );
    assert!(r.iter().all(|d| d.0 != "074"), "{r:?}");
    // People, and what troops guard, are protected.
    let r = coded("Nigerian troops protected civilians in Darfur on Monday.");
    assert!(r.iter().any(|d| d.0 == "074"), "{r:?}");
    let r = coded("Greek warships protected shipping in the Red Sea on Monday.");
    assert!(r.iter().any(|d| d.0 == "074"), "{r:?}");
}

#[test]
fn mass_member_states_and_waiting_are_no_events() {
    // To say Mass is a service; a statement about mass evictions is a statement.
    let r = coded("The Pope said Mass for the victims of the school siege in Russia on Sunday.");
    assert!(r.iter().all(|d| d.0 != "010"), "{r:?}");
    let r = coded("UN experts say mass evictions of Palestinians are a possible war crime.");
    assert!(r.iter().any(|d| d.0 == "010"), "{r:?}");
    // "Member states" are countries.
    let r = coded("Aviation fuel is untaxed in EU member states.");
    assert!(r.iter().all(|d| d.0 != "010"), "{r:?}");
    // What someone waits to do has not happened.
    let r = common::run(
        "In Baghdad the Iraqi insurgent waits to fight another day.",
        Some("2005-03-01"),
    );
    assert!(
        r.events.iter().all(|e| !e.modality.is_factual()),
        "{:?}",
        r.events
    );
}

#[test]
fn asking_questions_is_no_appeal() {
    let r = coded("Reporters from Kenya asked questions at the news conference in Nairobi.");
    assert!(!r.iter().any(|d| d.0.starts_with("02")), "{r:?}");
    // Asking someone for something still is, also where the parser reads whom as the
    // indirect object.
    assert_eq!(
        coded("Kenya asked Britain for more aid."),
        [common::dyad("020", "KEN", "GBR")]
    );
    // Whom the verb addresses comes before an actor inside what is asked for.
    assert_eq!(
        coded("Peru asked Spain for more student visas for its citizens."),
        [common::dyad("020", "PER", "ESP")]
    );
}
