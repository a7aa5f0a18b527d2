//! Word senses that are no events, patients that are no agents, and sports and business news
//! without agents of politics (#16).

mod common;

use common::Dyad;

fn coded(text: &str) -> Vec<Dyad> {
    common::dyads(text, Some("2005-03-01"))
}

fn codes(text: &str) -> Vec<String> {
    coded(text).into_iter().map(|d| d.0).collect()
}

#[test]
fn deaths_in_a_crash_or_a_fire_are_no_killing() {
    let r =
        codes("Four Chilean officers were killed in a helicopter crash near the Bolivian border.");
    assert!(r.iter().all(|c| !c.starts_with("19")), "{r:?}");
    let r = codes("A bus carrying Peruvian pilgrims overturned in Bolivia, killing 20 people.");
    assert!(r.iter().all(|c| !c.starts_with("19")), "{r:?}");
    let r = codes("A plane carrying Chilean officials crashed in Bolivia, killing 12 people.");
    assert!(r.iter().all(|c| !c.starts_with("19")), "{r:?}");
    // Killed in an attack still is a killing.
    let r = codes("Bolivian soldiers killed four Peruvian smugglers in an ambush.");
    assert!(
        r.iter().any(|c| c.starts_with("19") || c.starts_with("18")),
        "{r:?}"
    );
}

#[test]
fn considered_as_regarded_is_no_policy_option() {
    let r = codes("The Bolivian president is considered vulnerable by many analysts.");
    assert!(!r.contains(&"014".to_string()), "{r:?}");
    let r = codes("Chile considers Bolivia a threat to its northern ports.");
    assert!(!r.contains(&"014".to_string()), "{r:?}");
    let r = codes("The Bolivian government is considering sanctions against Chile.");
    assert!(r.contains(&"014".to_string()), "{r:?}");
}

#[test]
fn welcoming_an_idea_is_no_visit_and_a_released_study_frees_no_one() {
    let r = codes("The Bolivian minister welcomed a debate on the new constitution.");
    assert!(!r.contains(&"043".to_string()), "{r:?}");
    let r =
        codes("Bolivian President Carlos Mesa welcomed the Chilean foreign minister to La Paz.");
    assert!(r.contains(&"043".to_string()), "{r:?}");
    let r = codes(
        "A study released by the Bolivian government on Monday found more children in school.",
    );
    assert!(r.iter().all(|c| !c.starts_with("084")), "{r:?}");
}

#[test]
fn a_threat_with_no_one_making_it_is_a_risk() {
    let r = codes("Rising debt is the biggest threat to the Bolivian economy.");
    assert!(r.iter().all(|c| !c.starts_with("13")), "{r:?}");
    let r = codes("Chile's threat of sanctions against Bolivia angered La Paz.");
    assert!(r.iter().any(|c| c.starts_with("13")), "{r:?}");
}

#[test]
fn a_sports_article_codes_only_agents_of_politics() {
    let article = "Vargas hopes for Lima race.\n\n\
        Bolivian champion Ana Vargas is hoping to race in Lima this summer.\n\n\
        \"It would be fantastic to have Ana in the relay team,\" said the Chilean captain.\n\n\
        Vargas, who set a season best in the 400m hurdles, has urged her Peruvian rival to race \
        in Lima.";
    let r = codes(article);
    assert!(
        !r.iter().any(|c| c == "010" || c == "020"),
        "an athlete's words and appeals are no events: {r:?}"
    );
    // An agent of politics in a sports article is still coded.
    let with_politics = format!(
        "{article}\n\nThe Bolivian government condemned Chile for banning Vargas from the race."
    );
    let r = coded(&with_politics);
    assert!(
        r.iter()
            .any(|d| d.1.as_deref() == Some("BOLGOV") && d.0.starts_with("11")),
        "{r:?}"
    );
}

#[test]
fn helping_an_activity_is_no_aid_but_helping_a_state_is() {
    let r = codes("Bolivian police said they would help fight crime.");
    assert!(
        r.iter().all(|c| !c.starts_with("07") && c != "033"),
        "{r:?}"
    );
    let r = codes("The Bolivian government helped Peru rebuild its schools.");
    assert!(r.iter().any(|c| c.starts_with("07")), "{r:?}");
}

#[test]
fn comments_decline_nothing() {
    let r = codes("The Bolivian minister's comments came after a question from Chilean diplomats.");
    assert!(!r.contains(&"011".to_string()), "{r:?}");
}

#[test]
fn a_business_brief_keeps_only_agents_of_politics_and_violence() {
    let r =
        codes("Chilean miners plan copper sales. Chile said copper sales and profits would rise.");
    assert!(r.is_empty(), "{r:?}");
    let r = codes("Could the war boost arms sales? Chile is dropping bombs on Bolivia.");
    assert!(r.iter().any(|c| c.starts_with("19")), "{r:?}");
}

#[test]
fn a_stateless_spokesman_in_business_news_is_no_agent_of_politics() {
    let article = "Zentrix profits rise.\n\n\
        Software maker Zentrix said its profits and sales rose by a third last year, helped by \
        strong demand for its products.\n\n\
        \"We expect the market to keep growing,\" a spokeswoman said.\n\n\
        Shares in the company rose 4% on the news.";
    let r = coded(article);
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn the_noun_before_a_participle_undergoes_it() {
    let r = coded(
        "Violence continued in Iraq on Monday, with six Iraqis killed in a suicide car bombing \
         in Mosul.",
    );
    let killing = r
        .iter()
        .find(|d| d.0.starts_with("18") || d.0.starts_with("19"));
    assert!(killing.is_some(), "{r:?}");
    assert_eq!(killing.and_then(|d| d.1.as_deref()), None, "{r:?}");
    assert_eq!(killing.and_then(|d| d.2.as_deref()), Some("IRQ"), "{r:?}");
}

#[test]
fn deaths_in_a_bombing_or_by_car_bombs_are_bombings() {
    let r = codes("Six Iraqis were killed in a suicide car bombing in Mosul.");
    assert_eq!(r, ["1831"], "{r:?}");
    let r = codes("Two car bombs shook the Iraqi capital on Monday, killing at least nine people.");
    assert!(r.iter().any(|c| c == "183"), "{r:?}");
    assert!(!r.iter().any(|c| c == "190"), "{r:?}");
    let r = codes("Four Palestinians were killed in an Israeli air strike on Rafah.");
    assert_eq!(r, ["195"], "{r:?}");
}

#[test]
fn a_by_agent_the_parser_hangs_on_a_particle_still_acts() {
    let r = coded(
        "The takeover bid was thrown out by Treasurer Peter Costello on national interest grounds.",
    );
    assert_eq!(
        r.first().and_then(|d| d.1.as_deref()),
        Some("AUSGOV"),
        "{r:?}"
    );
}

#[test]
fn what_someone_is_to_do_is_scheduled_not_done() {
    let r = codes("The Chilean foreign minister is to meet Bolivian leaders in La Paz on Sunday.");
    assert_eq!(r, ["036"], "{r:?}");
    // An aim that "is to" do something schedules nothing.
    let r = codes("The Bolivian army's task is to fight the rebels in the east.");
    assert!(!r.iter().any(|c| c.starts_with("13")), "{r:?}");
}

#[test]
fn congratulations_are_praise() {
    let r = coded(
        "The Chilean president sent Bolivian President Carlos Mesa his warmest congratulations.",
    );
    assert_eq!(r.first().map(|d| d.0.as_str()), Some("051"), "{r:?}");
}

#[test]
fn a_score_makes_a_sports_brief_and_a_range_does_not() {
    let r = codes(
        "Bolivian midfield player Juan Perez has apologised for his performance in the 3-0 \
         defeat in Chile last night.",
    );
    assert!(r.is_empty(), "{r:?}");
    let r = codes("Chilean rebels kidnapped 10-15 Bolivian villagers on Monday, officials say.");
    assert!(r.iter().any(|c| c == "181"), "{r:?}");
}

#[test]
fn capturing_a_title_or_attention_is_no_detention() {
    for text in [
        "Chilean tennis player Fernando Gonzalez captured his fourth title on Sunday.",
        "The Peruvian government's plan has captured international attention.",
    ] {
        let r = codes(text);
        assert!(r.iter().all(|c| c != "173"), "{text}: {r:?}");
    }
    // A person captured is one detained.
    assert!(codes("Peruvian troops captured two Chilean soldiers.")
        .iter()
        .any(|c| c == "173"));
}

#[test]
fn a_call_to_act_or_for_something_is_no_telephone_call() {
    for text in [
        "Residents say they are unable to leave following Peru's call to move south.",
        "Chile faces a growing call to deny entry to Peru's defence minister.",
    ] {
        let r = codes(text);
        assert!(r.iter().all(|c| c != "041"), "{text}: {r:?}");
    }
    assert!(
        codes("Chile's president had a phone call with Peru's president on Monday.")
            .iter()
            .any(|c| c == "041")
    );
}

#[test]
fn a_figurative_fight_is_no_threat_either() {
    for text in [
        "The Chilean supporters' group said it would fight any such move by the club's owners.",
        "Chilean police said they would help fight terror, crime and illegal immigration.",
    ] {
        let r = codes(text);
        assert!(r.iter().all(|c| !c.starts_with("13")), "{text}: {r:?}");
    }
}

#[test]
fn storming_to_gold_is_no_assault() {
    let r = codes("Britain's Chris Hoy stormed to gold in the keirin.");
    assert!(r.iter().all(|c| !c.starts_with("19")), "{r:?}");
    assert_eq!(
        codes("Russian troops stormed the school in Beslan."),
        ["190"]
    );
}

#[test]
fn a_brief_in_the_words_of_sport_codes_no_plans() {
    // Two words of sports news and none of politics make a brief sports news.
    let r =
        codes("The desperate Americans are planning wholesale lineup changes for the World Cup.");
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn an_event_noun_naming_a_kind_of_body_is_no_event() {
    assert!(codes("The appeals court in Paris upheld the ruling.").is_empty());
}

#[test]
fn a_storm_slamming_into_a_coast_is_no_criticism() {
    assert!(codes("Hurricane Ivan slammed into the US Gulf coast on Thursday.").is_empty());
    assert_eq!(
        codes("A mortar bomb slammed into a house in the Gaza Strip."),
        ["194"]
    );
}

#[test]
fn a_third_party_is_no_political_party() {
    let doc = common::run(
        "The British government will encourage third party suppliers to bid for the contracts.",
        Some("2005-03-01"),
    );
    let codes: Vec<&str> = doc.mentions.iter().map(|m| m.code.as_str()).collect();
    assert!(codes.iter().all(|c| !c.ends_with("PTY")), "{codes:?}");
    assert!(codes.contains(&"GBRGOV"), "{codes:?}");
}

#[test]
fn being_struck_by_a_feeling_is_no_force() {
    let r =
        codes("Labour MPs have been struck by the level of concern among voters about the war.");
    assert!(
        r.iter()
            .all(|c| !c.starts_with("19") && !c.starts_with("11")),
        "{r:?}"
    );
}

#[test]
fn fighting_pests_somewhere_is_no_force() {
    let r =
        codes("Aid agencies are flying more aircraft to combat swarms of locusts in west Africa.");
    assert!(r.iter().all(|c| !c.starts_with("19")), "{r:?}");
    assert_eq!(codes("Police fought protesters in Seoul."), ["190"]);
}
