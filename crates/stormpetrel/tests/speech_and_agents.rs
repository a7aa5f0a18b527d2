//! Who speaks and what a statement does (#16): a detached "saying", a verdict in a statement,
//! what someone "must" do, officers of bodies and bare agents at the top of an article.

mod common;

use common::{dyad as one, Dyad};

fn coded(text: &str) -> Vec<Dyad> {
    common::dyads(text, Some("2005-03-01"))
}

#[test]
fn a_detached_saying_is_said_by_the_clause_subject() {
    // The parser hangs "saying" on the object's noun; the subject of the clause says it.
    let r = coded(
        "Chancellor Gerhard Schroeder mocked Dutch plans to cut farm subsidies in \"hard times\" \
         saying the Netherlands had misjudged the budget.",
    );
    assert!(
        r.iter()
            .any(|(c, s, _)| c == "010" && s.as_deref() == Some("DEUGOV")),
        "{r:?}"
    );
    assert!(r.iter().any(|(c, _, _)| c == "111"), "{r:?}");
}

#[test]
fn calling_an_act_illegal_is_criticism() {
    assert_eq!(
        coded("The Swedish foreign minister said the Turkish blockade was illegal."),
        [one("111", "SWEGOV", "TUR")]
    );
    // Not so when the verdict is denied.
    assert_eq!(
        coded("The Swedish foreign minister said the Turkish blockade was not illegal."),
        [one("010", "SWEGOV", "TUR")]
    );
}

#[test]
fn what_another_must_do_is_a_demand() {
    assert_eq!(
        coded("Norway said on Tuesday that Chile must return the fishing boats."),
        [one("100", "NOR", "CHL")]
    );
    // What the speaker must do is no demand of his.
    assert!(
        !coded("The Chilean minister said he must return to Santiago.")
            .iter()
            .any(|(c, _, _)| c == "100")
    );
}

#[test]
fn officers_of_a_body_are_that_body() {
    for (text, code) in [
        (
            "TUC general secretary Brendan Barber criticised Britain.",
            "GBRLAB",
        ),
        (
            "NATO Secretary General Jaap de Hoop Scheffer criticised Russia.",
            "IGONAT",
        ),
        ("An Amnesty spokesman criticised Russia.", "NGOHRIAMN"),
    ] {
        let r = coded(text);
        assert_eq!(
            r.first().and_then(|d| d.1.as_deref()),
            Some(code),
            "{text}: {r:?}"
        );
    }
}

#[test]
fn a_bare_agent_above_the_first_named_state_takes_the_leading_state() {
    let r = coded(
        "Unions are angry.\n\nThe Cabinet Office said it was reviewing the pension scheme. \
         Britain has six million public sector workers. Britain spends more than France.",
    );
    assert_eq!(
        r.first().and_then(|d| d.1.as_deref()),
        Some("GBRGOV"),
        "{r:?}"
    );
    // A state named once, against another named once, is no lead.
    let r = coded(
        "Unions are angry.\n\nThe Cabinet Office said it was reviewing the pension scheme. \
         Britain and France were mentioned.",
    );
    assert_eq!(r.first().and_then(|d| d.1.as_deref()), Some("GOV"), "{r:?}");
}

#[test]
fn a_bomb_that_explodes_is_a_bombing() {
    assert_eq!(
        coded("A car bomb exploded outside an Iraqi police station on Monday."),
        [("183".to_string(), None, Some("IRQCOP".to_string()))]
    );
}

/// The XPOS tag of the first token spelt `word` in `text`.
fn xpos_of(text: &str, word: &str) -> String {
    let doc = common::run(text, None);
    let i = (0..doc.tokens.len())
        .find(|&i| doc.word(i) == word)
        .expect("word in text");
    doc.xpos(i).to_string()
}

#[test]
fn a_past_tense_before_a_subordinate_or_reporting_clause_is_a_verb() {
    // The tagger reads "denied" and "wounded" as participles of a noun phrase; with the finite
    // verbs in a subordinate or reporting clause, they are the main verbs.
    assert_eq!(
        xpos_of(
            "The foreign minister denied all that, insisting that it was untrue.",
            "denied"
        ),
        "VBD"
    );
    let r = coded("Basque separatists wounded two Spanish policemen in Bilbao, officials said.");
    assert!(
        r.iter().any(|(c, s, t)| c.starts_with("18")
            && s.as_deref().is_some_and(|s| s.starts_with("ESP"))
            && t.as_deref() == Some("ESPCOP")),
        "{r:?}"
    );
    // A reduced relative clause before the main verb stays one.
    assert_eq!(
        xpos_of(
            "The man arrested in Bilbao was freed on Monday.",
            "arrested"
        ),
        "VBN"
    );
}

#[test]
fn a_curly_opening_quote_is_punctuation() {
    assert_eq!(
        xpos_of(
            "Chilean forces shot Juan Perez ‘without warning’, a UN inquiry says.",
            "‘"
        ),
        "''"
    );
}

#[test]
fn a_titled_person_no_dictionary_knows_is_of_the_leading_state() {
    let r = coded(
        "Britain plans new courts.\n\nBritain will spend more on judges. \
         Mr Quillby said the justice minister had misled parliament.",
    );
    // Saying someone misled parliament accuses them (112).
    assert!(
        r.iter()
            .any(|(c, s, t)| c == "112" && s.as_deref() == Some("GBR") && t.is_some()),
        "{r:?}"
    );
    // Alone, such a person is no agent of politics: a private remark is no event.
    let r = coded(
        "Britain plans new courts.\n\nBritain will spend more on judges. \
         Mr Quillby said he would stay at the record label.",
    );
    assert!(r.iter().all(|(c, _, _)| c != "010"), "{r:?}");
}

#[test]
fn the_speaker_who_closes_a_headline_is_its_source() {
    assert_eq!(
        coded("Water a ‘matter of life and death’ for Arica after Peruvian siege, says UN."),
        [("010".to_string(), Some("IGOUNO".to_string()), None)]
    );
    // Not a word that follows a named speaker's comma.
    let r = coded("The EU's top diplomat, Josep Borrell, says the situation in Arica is dire.");
    assert_eq!(
        r.first().and_then(|d| d.1.as_deref()),
        Some("IGOEUR"),
        "{r:?}"
    );
}

#[test]
fn the_speaker_after_a_quotation_beats_a_subject_misread_inside_it() {
    let r = coded(
        "\"I believe (the new powers) are a proper balance between liberty and the security of \
         this country that I will not put at risk,\" said Mr Blair.",
    );
    assert_eq!(
        r.first().map(|d| (d.1.as_deref(), d.2.as_deref())),
        Some((Some("GBRGOV"), None)),
        "{r:?}"
    );
}

#[test]
fn state_agencies_are_their_governments() {
    let r = coded("The SEC accused Titan of bribing officials in Benin.");
    assert_eq!(
        r.first().and_then(|d| d.1.as_deref()),
        Some("USAGOV"),
        "{r:?}"
    );
    let r = coded("Scotland Yard criticised the Home Office.");
    assert_eq!(
        r.first().and_then(|d| d.1.as_deref()),
        Some("GBRCOP"),
        "{r:?}"
    );
}

#[test]
fn a_statement_is_aimed_at_whom_it_is_about() {
    // The subject of the reported clause, after the verb or quoted before it.
    assert_eq!(
        coded("The US State Department said North Korea had broken its promises."),
        [one("010", "USAGOV", "PRK")]
    );
    assert_eq!(
        coded(
            "\"The Iranian government cannot be trusted with enrichment,\" Tony Blair said on Monday."
        ),
        [one("010", "GBRGOV", "IRNGOV")]
    );
    // Not the speaker again, nor a kind of private people.
    let r = coded("Tony Blair said he was confident of victory.");
    assert!(
        !r.is_empty() && r.iter().all(|(_, _, t)| t.is_none()),
        "{r:?}"
    );
    let r = coded("Tony Blair said investors should stay calm.");
    assert!(
        !r.is_empty() && r.iter().all(|(_, _, t)| t.is_none()),
        "{r:?}"
    );
}

#[test]
fn a_national_outlet_is_its_country_s_media() {
    let r = coded("Jack Straw told BBC Radio 4 that the talks would resume.");
    assert!(
        r.iter().any(|(c, s, t)| c == "010"
            && s.as_deref() == Some("GBRGOV")
            && t.as_deref() == Some("GBRMED")),
        "{r:?}"
    );
}

#[test]
fn the_maker_of_the_thing_acted_upon_is_the_target() {
    assert_eq!(
        coded("The White House rejected a request made by the Chilean government."),
        [one("120", "USAGOV", "CHLGOV")]
    );
    // A "by" agent of the trigger itself is its source, and one deeper in the object is not
    // the maker of the thing acted upon.
    let r = coded("The Chilean government was criticised by Peru.");
    assert!(
        !r.is_empty() && r.iter().all(|(_, s, _)| s.as_deref() == Some("PER")),
        "{r:?}"
    );
}

#[test]
fn a_statement_is_about_an_actor_deeper_in_what_it_reports() {
    // Not "on Monday" (a time is no target), but Bolivia, deep in the reported clause.
    let r = common::dyads(
        "The Chilean president said on Monday there were prospects for settling the border dispute with Bolivia through talks.",
        Some("2005-01-01"),
    );
    assert!(
        r.iter().any(|d| d.0 == "010"
            && d.1.as_deref() == Some("CHLGOV")
            && d.2.as_deref() == Some("BOL")),
        "{r:?}"
    );
    // A news outlet that tags the report is no topic.
    let r = common::dyads(
        "Chile said as many as 1,000 fishermen will be affected, Agence France Presse reported.",
        Some("2005-01-01"),
    );
    assert!(r.iter().all(|d| d.2.as_deref() != Some("MED")), "{r:?}");
}

#[test]
fn an_officer_speaks_for_the_body_named_just_before_the_title() {
    // Another state named twice later in the sentence does not take the spokesman.
    let r = coded(
        "A US State Department spokesman said the issue came up in talks with China's visiting \
         defence minister, General Cao Gangchuan.",
    );
    assert!(
        r.iter()
            .any(|(c, s, _)| c == "010" && s.as_deref() == Some("USAGOV")),
        "{r:?}"
    );
}

#[test]
fn a_predicate_noun_is_no_statement_target() {
    // "I was a soldier" says what the speaker was; it is aimed at no military.
    let r = coded("The Labour MP said: \"I was a soldier but I was never a hero.\"");
    assert!(r.iter().all(|(_, _, t)| t.is_none()), "{r:?}");
}

#[test]
fn where_a_meeting_is_held_is_not_whom_it_is_with() {
    let r = coded("EU ministers meeting in Luxembourg agreed new asylum rules.");
    assert!(
        r.iter()
            .all(|(c, _, t)| !c.starts_with("04") || t.is_none()),
        "{r:?}"
    );
    // The place of a visit is its host.
    let r = coded("The Greek prime minister arrived in Turkey on Monday.");
    assert!(
        r.iter()
            .any(|(c, _, t)| c == "042" && t.as_deref().is_some_and(|t| t.starts_with("TUR"))),
        "{r:?}"
    );
}

#[test]
fn a_warning_after_what_it_warns_of_is_a_statement() {
    // "X, the Commission has warned": the clause before the comma is what was said, so this is
    // a pessimistic comment, not a threat.
    let r = coded(
        "Thousands of jobs are at risk from the new tariffs, the European Commission has warned.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(
        (r[0].0.as_str(), r[0].1.as_deref()),
        ("012", Some("IGOEUR"))
    );
}

#[test]
fn a_scene_set_before_the_speaker_is_no_target() {
    let r = coded(
        "At the end of his Asia tour, the French president said he admired the Japanese premier.",
    );
    assert!(
        r.iter().all(|d| d.2.as_deref() != Some("ASA")),
        "the tour's region is not spoken to: {r:?}"
    );
}

#[test]
fn a_spokesperson_for_a_named_firm_is_no_state_officer() {
    let r =
        coded("A spokesperson for Delta Airlines told reporters that the flights were cancelled.");
    assert!(
        r.iter()
            .all(|d| !d.1.as_deref().is_some_and(|s| s.ends_with("GOV"))),
        "{r:?}"
    );
}

#[test]
fn agreeing_with_a_view_is_saying_so() {
    let r = coded("The Tory leader agreed with the comments of the prime minister.");
    assert!(r.iter().any(|d| d.0 == "010"), "{r:?}");
    assert!(r.iter().all(|d| !d.0.starts_with("03")), "{r:?}");
}

#[test]
fn what_a_denial_denies_names_no_target() {
    let r = coded("Mr Straw denied the arms decision would send the wrong signal to China.");
    assert!(r.iter().all(|d| d.2.as_deref() != Some("CHN")), "{r:?}");
}

#[test]
fn a_wire_dateline_gives_its_state_to_stateless_agents_only() {
    let r = coded("HOUSTON (Reuters) - The pipeline company will fund the pension plans, a government agency said on Monday.");
    assert!(r.iter().any(|d| d.1.as_deref() == Some("USAGOV")), "{r:?}");
    // "It" is the company, never the dateline's city.
    let r = coded("DENVER (AP) - The airline said on Tuesday that it had agreed to pay the fine.");
    assert!(r.iter().all(|d| d.1.as_deref() != Some("USA")), "{r:?}");
}

#[test]
fn calling_someone_something_is_no_phone_call() {
    let r = coded("Tory leader Michael Howard called Labour \"a machine for spin\" but said it did not deliver.");
    assert!(r.iter().all(|d| d.0 != "041"), "{r:?}");
    assert!(
        coded("The French president called the Israeli prime minister on Tuesday.")
            .iter()
            .any(|d| d.0 == "041")
    );
}

#[test]
fn a_warning_of_a_danger_is_a_pessimistic_comment() {
    let r = coded("The UN warned of a looming humanitarian catastrophe in Darfur.");
    assert!(r.iter().any(|d| d.0 == "012"), "{r:?}");
    let r = coded("Iran warned of serious consequences if Israel attacked.");
    assert!(r.iter().any(|d| d.0.starts_with("13")), "{r:?}");
}

#[test]
fn an_aside_before_the_verb_holds_no_speaker() {
    // However the parser reads the participle between commas, the minister before it praises.
    let r = coded(
        "Foreign Secretary Jack Straw, visiting West African states, welcomed the peace deal.",
    );
    assert!(
        r.iter()
            .any(|d| d.0 == "051" && d.1.as_deref() == Some("GBRGOV")),
        "{r:?}"
    );
    assert!(r.iter().all(|d| d.1.as_deref() != Some("WAF")), "{r:?}");
}

#[test]
fn a_capital_on_a_gathering_is_where_it_was_held() {
    let r = coded("He told a Paris news conference that France would cut taxes.");
    assert!(r.iter().all(|d| d.2.as_deref() != Some("FRAGOV")), "{r:?}");
}

#[test]
fn a_verdict_told_or_added_is_criticism_not_aimed_at_the_listener() {
    assert_eq!(
        coded("Kenya said the UN resolution was unfair."),
        [one("111", "KEN", "IGOUNO")]
    );
    let r = coded("The Kenyan minister told the BBC the ruling was a travesty.");
    assert_eq!(
        r,
        [("111".to_string(), Some("KENGOV".to_string()), None)],
        "{r:?}"
    );
}

#[test]
fn a_named_doer_no_dictionary_knows_leaves_no_blank_source() {
    // A statement needs its speaker: a witness whom no dictionary knows gives none.
    assert!(
        !coded("Jane Doyle told the court that the contract had never been signed.")
            .iter()
            .any(|(c, s, _)| c.starts_with("01") && s.is_none()),
    );
    // A firm no dictionary knows signs no deal with a blank source.
    assert!(coded("Acme Widgets has signed a supply deal with Qatar.").is_empty());
    // An agentless passive names no speaker, so its blank source is right.
    assert_eq!(
        coded("The government was told that holding the men without charge broke the law."),
        [(String::from("010"), None, Some(String::from("GOV")))]
    );
    // Violence keeps its victims whoever did it.
    assert!(coded("Bomb kills six in southern Thailand.")
        .iter()
        .any(|(c, _, t)| c.starts_with("18") && t.as_deref() == Some("THA")));
}

#[test]
fn a_pm_is_a_head_of_government() {
    assert_eq!(
        coded("The Canadian PM met the Israeli president on Monday."),
        [one("040", "CANGOV", "ISRGOV")]
    );
}

#[test]
fn people_with_no_number_are_anyone() {
    for text in [
        "Lots of people in Britain say the government has failed.",
        "There are people in Iraq who criticise the Kurdish parties.",
    ] {
        let doc = common::run(text, Some("2005-03-01"));
        assert!(!doc.events.is_empty(), "{text}");
        assert!(
            doc.events.iter().all(|e| e.modality.hypothetical),
            "{text}: {:?}",
            doc.events
        );
    }
    // A crowd with a number, and a nation, still act.
    assert_eq!(
        coded("More than 2,000 Kenyan people gathered to welcome President Bush."),
        [one("043", "KENCVL", "USAGOV")]
    );
    assert_eq!(
        coded("The Afghan people thanked the United Nations for its help."),
        [one("051", "AFGCVL", "IGOUNO")]
    );
}

#[test]
fn an_officer_with_two_titles_at_an_unknown_body_is_no_government() {
    assert!(!coded(
        "Anna Berg, president and chief executive at Zentrix Software, said the Swedish \
         government was wrong."
    )
    .iter()
    .any(|(_, s, _)| s.as_deref() == Some("SWEGOV")));
}

#[test]
fn he_does_not_reach_back_past_a_speaker_no_dictionary_knows() {
    // "He said" after "said Tom Lander" is Lander, a private person, not the prime minister.
    for middle in [
        "\"The plan is fine,\" said Tom Lander.",
        "Tom Lander says the plan is fine.",
        "Tom Lander, chief executive of a Leeds software firm, said the plan was fine.",
    ] {
        let text = format!(
            "Prime Minister Tony Blair said the plan would go ahead. {middle} \
             \"We are going to continue,\" he said."
        );
        let r = coded(&text);
        assert_eq!(r, [one_statement("GBRGOV")], "{text}");
    }
    // A name in apposition to a known speaker is that speaker.
    let r = coded(
        "Prime Minister Tony Blair said the plan would go ahead. His spokesman, Tom Lander, said \
         the plan was fine. \"We are going to continue,\" he said.",
    );
    assert_eq!(r, vec![one_statement("GBRGOV"); 3]);
}

/// A statement by `source` aimed at no one.
fn one_statement(source: &str) -> Dyad {
    ("010".to_string(), Some(source.to_string()), None)
}

#[test]
fn officers_of_firms_are_no_government() {
    // A vice president "of" a portfolio "at" a firm is the firm's.
    let r = coded(
        "Tom Hill, vice president of search properties at Quick Find in the US, said it did not \
         acquire Bloglines.",
    );
    assert!(
        r.iter().all(|(_, s, _)| s.as_deref() != Some("USAGOV")),
        "{r:?}"
    );
    // "President and chief executive officer" of a firm is one business title.
    let r = coded(
        "Maple Rail, the Canadian maker of trains, saw its shares fall after it announced that \
         John Doe was stepping down as president and chief executive officer.",
    );
    assert!(
        r.iter()
            .all(|(_, s, t)| s.as_deref() != Some("CANGOV") && t.as_deref() != Some("CANGOV")),
        "{r:?}"
    );
    // "Lopez-King" is a surname, not a monarch.
    let r = coded(
        "Britain's broadband market is growing. \"We are delighted to be offering free access to \
         users,\" commented Netwave chief executive Maria Lopez-King.",
    );
    assert!(
        r.iter().all(|(_, s, _)| s.as_deref() != Some("GBRGOV")),
        "{r:?}"
    );
}

#[test]
fn a_spokeswoman_after_a_union_body_speaks_for_it() {
    // Not for the state the sentence names most.
    let r = coded(
        "The European Commission is sticking with its plan to lift sanctions on U.S. goods \
         following Washington's repeal of export subsidies, a spokeswoman said.",
    );
    assert!(r.contains(&one_statement("IGOEUR")), "{r:?}");
    assert!(
        r.iter().all(|(_, s, _)| s.as_deref() != Some("USAGOV")),
        "{r:?}"
    );
}
