//! Events a sentence mentions without asserting them (#16): the act someone is accused, charged
//! or punished for, and what an appeal or offer asks for, are hypothetical; what a pledge or a
//! vow promises is an intent or a threat; attacks that "will take place" are a prediction; what
//! someone "must" do with no demand code for it is not done.

mod common;

/// (code, asserted) for each event of `text`.
fn events(text: &str) -> Vec<(String, bool)> {
    common::run(text, Some("2024-03-04"))
        .events
        .iter()
        .map(|e| (e.code.clone(), e.modality.is_factual()))
        .collect()
}

fn asserted(text: &str) -> Vec<String> {
    events(text)
        .into_iter()
        .filter(|e| e.1)
        .map(|e| e.0)
        .collect()
}

#[test]
fn an_alleged_act_is_not_asserted() {
    // The arrest is asserted; the bombing is only what the men are suspected of.
    let ev =
        events("Police in Lyon arrested two Algerians suspected of bombing a French consulate.");
    assert!(ev.iter().any(|e| e.0 == "173" && e.1), "{ev:?}");
    assert!(
        ev.iter()
            .any(|e| e.0.starts_with("18") || e.0.starts_with("19")),
        "{ev:?}"
    );
    assert!(
        ev.iter()
            .all(|e| !(e.0.starts_with("18") || e.0.starts_with("19")) || !e.1),
        "{ev:?}"
    );
    // A conviction for killing reports the court's act, not a fresh killing.
    let ev = asserted("A Serbian court convicted three Bosnian soldiers of killing civilians.");
    assert!(
        ev.iter()
            .all(|c| !c.starts_with("19") && !c.starts_with("18")),
        "{ev:?}"
    );
    // The same act, told as a fact, stays asserted.
    let ev = asserted("Bosnian soldiers killed civilians in Serbia.");
    assert!(
        ev.iter()
            .any(|c| c.starts_with("19") || c.starts_with("18")),
        "{ev:?}"
    );
}

#[test]
fn what_an_appeal_asks_for_is_not_asserted() {
    let ev = events(
        "Colombian rebels rejected an appeal from the government to lay down their weapons.",
    );
    assert!(ev.iter().any(|e| e.0 == "120" && e.1), "{ev:?}");
    assert!(ev.iter().all(|e| e.0 == "120" || !e.1), "{ev:?}");
}

#[test]
fn a_pledge_to_act_is_an_intent_and_a_vow_to_fight_a_threat() {
    let ev = asserted("Rebels in Mali renewed their vow to attack French troops.");
    assert!(ev.iter().any(|c| c.starts_with("13")), "{ev:?}");
    assert!(ev.iter().all(|c| !c.starts_with("19")), "{ev:?}");
}

#[test]
fn what_someone_is_called_on_to_do_is_not_asserted() {
    let ev = events("A Chadian minister called on the army to attack the rebels in Tibesti.");
    assert!(ev.iter().any(|e| e.0.starts_with("02") && e.1), "{ev:?}");
    assert!(ev.iter().all(|e| !e.0.starts_with("19") || !e.1), "{ev:?}");
}

#[test]
fn what_someone_failed_or_refused_to_do_did_not_happen() {
    assert_eq!(
        asserted("India and Pakistan failed to agree on a new border crossing."),
        Vec::<String>::new()
    );
    // The refusal itself is an event; what was refused is not.
    assert_eq!(
        asserted("Iran refused to allow UN inspectors into its military sites."),
        ["120"]
    );
}

#[test]
fn a_statement_or_appeal_not_yet_made_is_not_asserted() {
    assert_eq!(
        asserted("The Kenyan president will call on donors to fund the relief effort."),
        Vec::<String>::new()
    );
    assert_eq!(
        asserted("The French foreign minister is due to announce the plan on Monday."),
        Vec::<String>::new()
    );
    // A future meeting is still an intent to meet.
    assert_eq!(
        asserted("The French foreign minister will meet the Kenyan president on Monday."),
        ["036"]
    );
}

#[test]
fn what_comes_before_or_until_is_not_asserted() {
    // The disarming is a condition of the demand, not a fact.
    let ev =
        events("The rebels said the Chilean government must agree to reforms before they disarm.");
    assert!(ev.iter().any(|e| e.0 == "100" && e.1), "{ev:?}");
    assert!(ev.iter().any(|e| e.0.starts_with("087")), "{ev:?}");
    assert!(ev.iter().all(|e| !e.0.starts_with("087") || !e.1), "{ev:?}");
}

#[test]
fn the_setting_named_with_amid_or_since_is_no_fresh_event() {
    for text in [
        "Chilean families shelter in UN schools amid Peruvian attacks.",
        "Families in Arica have no safe space amid Peru's assault on the city.",
    ] {
        let ev = events(text);
        assert!(
            ev.iter()
                .all(|e| !(e.0.starts_with("19") || e.0.starts_with("18"))),
            "{text}: {ev:?}"
        );
    }
}

#[test]
fn an_event_that_dates_the_report_is_no_fresh_event() {
    // "Before" or "until" a named event: it dates the report, it is not reported.
    for text in [
        "The Chilean minister spoke to reporters before the Peruvian president's resignation.",
        "Chile will not release the prisoners until the Peruvian assault on Arica stops.",
    ] {
        let ev = asserted(text);
        assert!(
            ev.iter()
                .all(|c| !(c.starts_with("08") || c.starts_with("18") || c.starts_with("19"))),
            "{text}: {ev:?}"
        );
    }
}

#[test]
fn what_nobody_did_or_was_done_without_did_not_happen() {
    for text in [
        "Nobody from the Chilean government has contacted the Peruvian embassy.",
        "No Peruvian minister has accused Chile of spying.",
        "The Chilean Congress adjourned without agreeing on sanctions against Peru.",
    ] {
        let ev = events(text);
        assert!(!ev.is_empty() && ev.iter().all(|e| !e.1), "{text}: {ev:?}");
    }
    // A headline that opens with what is said still reports a statement.
    assert_eq!(
        asserted("No truce with Chile, says Peru's president."),
        ["010"]
    );
}

#[test]
fn what_someone_is_expected_to_do_is_a_prediction() {
    for text in [
        "The Chilean president is expected to sign several cooperation agreements with Peru.",
        "The bill is expected to be opposed by the Peruvian government.",
    ] {
        let ev = events(text);
        assert!(!ev.is_empty() && ev.iter().all(|e| !e.1), "{text}: {ev:?}");
    }
    // What someone plans is still an intent.
    assert_eq!(
        asserted("Chile plans to sign an agreement with Peru."),
        ["030"]
    );
}

#[test]
fn a_plot_and_the_purpose_of_an_unreal_act_are_not_asserted() {
    // What militants plot has not happened.
    let t = "Algerian militants were plotting to bomb a Christmas market in Lyon.";
    assert!(
        events(t).iter().all(|e| !e.0.starts_with("18") || !e.1),
        "{:?}",
        events(t)
    );
    // The purpose of what would be done has not happened either.
    let t = "Labour strategists say the minister would be sent to Paris to criticise Chirac.";
    assert!(
        events(t).iter().all(|e| e.0 != "111" || !e.1),
        "{:?}",
        events(t)
    );
    // The purpose of a done act is coded as before.
    let t = "French police raided a flat in Lyon to arrest two Algerian militants.";
    assert!(asserted(t).iter().any(|c| c == "173"), "{:?}", events(t));
}

#[test]
fn no_evidence_a_challenge_and_a_rumour_assert_nothing() {
    // What there is no evidence of did not happen.
    let t = "The Pentagon said there was no evidence that any Chilean detainee was tortured.";
    assert!(
        events(t).iter().all(|e| !e.0.starts_with("18") || !e.1),
        "{:?}",
        events(t)
    );
    // What someone is challenged to do has not been done.
    let t = "The Chilean opposition leader challenged the president to deny the reports.";
    assert!(
        events(t).iter().all(|e| e.0 != "016" || !e.1),
        "{:?}",
        events(t)
    );
    // "Is said to be" reports a rumour: nobody made a statement.
    let t = "The Chilean president is said to be frustrated that his reforms are being thwarted by Congress.";
    assert!(
        events(t).iter().all(|e| !e.0.starts_with("01")),
        "{:?}",
        events(t)
    );
}

#[test]
fn a_verb_joined_to_an_unreal_one_is_unreal_too() {
    // Convicted of making and planting bombs: the planting is alleged, as the making is.
    let t = "Eleven Chileans were wrongly convicted of making and planting bombs in Lima.";
    assert!(
        events(t).iter().all(|e| !e.0.starts_with("18") || !e.1),
        "{:?}",
        events(t)
    );
}

#[test]
fn what_happens_whenever_something_else_does_is_a_habit_not_an_event() {
    let got = asserted("Whenever Greek ministers visit Turkey, protesters gather outside.");
    assert!(!got.iter().any(|c| c.starts_with("04")), "{got:?}");
    let got = asserted("Greek ministers visited Turkey on Monday.");
    assert!(got.iter().any(|c| c.starts_with("04")), "{got:?}");
}

#[test]
fn sanctions_a_state_faces_are_still_to_come() {
    assert_eq!(
        events("Zimbabwe facing EU sanctions."),
        [("163".to_string(), false)]
    );
    // Violence faced is going on, and sanctions faced in the past were imposed.
    assert!(events("Iran faced UN sanctions in 2006.")
        .iter()
        .any(|(c, asserted)| c == "163" && *asserted));
}

#[test]
fn a_participle_after_no_noun_did_not_happen() {
    let r = common::run(
        "US says no framework agreed yet for an Israel-Saudi deal.",
        Some("2024-03-04"),
    );
    let agreed: Vec<_> = r
        .events
        .iter()
        .filter(|e| e.code.starts_with("03"))
        .collect();
    assert!(agreed.iter().all(|e| e.modality.negated), "{:?}", r.events);
}

#[test]
fn what_it_is_time_to_do_has_not_happened() {
    let r = events("It is time to negotiate with Iran.");
    assert!(r.iter().all(|(_, asserted)| !asserted), "{r:?}");
}

#[test]
fn a_question_asserts_nothing() {
    let ev = events("Will Turkey attack the Kurds in Syria?");
    assert!(!ev.is_empty() && ev.iter().all(|e| !e.1), "{ev:?}");
    let ev = events("Voters will be asked: \"Should Scotland leave the United Kingdom?\"");
    assert!(ev.iter().all(|e| !e.1), "{ev:?}");
    // The statement before a question clause, and an act after a quoted question, are asserted.
    assert!(
        asserted("Turkey shelled Kurdish villages in Syria, but will the strikes continue?")
            .contains(&"194".to_string())
    );
    assert!(
        asserted("\"Why should we leave?\" Palestinian villagers protested against Israel.")
            .contains(&"140".to_string())
    );
}

#[test]
fn a_power_or_a_duty_to_act_is_not_the_act() {
    // What a body may or must do has not happened, wherever the parser hangs the infinitive.
    assert_eq!(
        asserted("The ethics board has the power to bar the mayor of Leeds from office."),
        Vec::<String>::new()
    );
    let duty = asserted("The Kenyan government had a duty to protect refugees, the envoy said.");
    assert!(!duty.iter().any(|c| c.starts_with("07")), "{duty:?}");
    // A chance taken is what was done, and its taker did it.
    let doc = common::run(
        "The Swedish foreign minister took the opportunity to criticise Belarus.",
        Some("2024-03-04"),
    );
    let e = doc
        .events
        .iter()
        .find(|e| e.code == "111")
        .expect("criticism");
    assert!(e.modality.is_factual());
    assert_eq!(e.source.as_ref().map(|a| a.code.as_str()), Some("SWEGOV"));
}

#[test]
fn being_unable_to_comment_is_no_statement() {
    assert_eq!(
        asserted("The Dutch ministry has so far been unable to comment on the verdict."),
        Vec::<String>::new()
    );
}

#[test]
fn what_a_demand_or_a_recommendation_asks_for_has_not_happened() {
    // The veto happened; the pullout is only what the vetoed resolution demanded.
    assert_eq!(
        asserted(
            "The United States on Tuesday vetoed a resolution demanding an immediate end to \
             military operations in Gaza and a pullout of Israeli forces."
        ),
        ["129"]
    );
    assert_eq!(
        asserted(
            "The Commission's report will recommend that the European Union open accession \
             negotiations with Belgrade, a German daily said on Sunday."
        ),
        Vec::<String>::new()
    );
}

#[test]
fn a_group_described_by_its_struggle_is_not_fighting_in_the_sentence() {
    let ev = asserted(
        "A militia fighting Ethiopian rule in Tigray rejected on Tuesday the aid package offered \
         by the Ethiopian government.",
    );
    assert!(ev.iter().any(|c| c.starts_with("12")), "{ev:?}");
    assert!(!ev.iter().any(|c| c.starts_with("19")), "{ev:?}");
    // Days of fighting are the fighting itself.
    let ev = asserted(
        "Russian warplanes bombed targets in the city on Thursday, the second day of fighting in \
         the rebel stronghold.",
    );
    assert!(ev.iter().any(|c| c.starts_with("19")), "{ev:?}");
}

#[test]
fn what_is_yet_to_happen_or_happens_without_it_did_not_happen() {
    assert_eq!(
        asserted("The Liberal Democrats have yet to say where the cuts will fall."),
        Vec::<String>::new()
    );
    // "did not mean that …": what a denied sign signals is not said to have happened.
    assert_eq!(
        asserted("The sale did not mean that Egypt had cut its ties with Israel."),
        Vec::<String>::new()
    );
}

#[test]
fn forecasts_capabilities_and_undecided_acts_are_not_asserted() {
    // What a government expects of others is a forecast.
    assert_eq!(
        asserted("The Japanese government expects parliament to ratify the treaty next month."),
        Vec::<String>::new()
    );
    // A missile capable of hitting cities has hit none; the test is real.
    assert_eq!(
        asserted("India tested a missile capable of hitting cities deep inside China."),
        ["150"]
    );
    // What is still to be decided on has not been done.
    assert_eq!(
        asserted("Portugal to decide on Iraq withdrawal soon."),
        Vec::<String>::new()
    );
    // The infinitive of renewed threats, hung on the verb, is what is threatened.
    let ev = asserted("Hamas renewed its threats to continue rocket attacks against Israel.");
    assert!(ev.iter().all(|c| !c.starts_with("19")), "{ev:?}");
}

#[test]
fn attacks_that_will_take_place_are_a_prediction() {
    let e = events("Rebel attacks will take place in Kenya, the minister said.");
    assert!(
        e.iter()
            .all(|(c, asserted)| !c.starts_with("13") && (!c.starts_with("19") || !asserted)),
        "{e:?}"
    );
    // A meeting that will take place is scheduled, not predicted.
    let doc = common::run(
        "The video call between the Kenyan and Ugandan presidents will take place on Tuesday.",
        Some("2024-03-04"),
    );
    assert!(
        doc.events
            .iter()
            .any(|e| e.code.starts_with("04") && !e.modality.hypothetical),
        "{:?}",
        doc.events
    );
    // An actor's own future attack is still a threat.
    let e = events("The Kenyan rebels will attack the town.");
    assert!(e.iter().any(|(c, _)| c == "138"), "{e:?}");
}

#[test]
fn what_someone_must_do_with_no_demand_code_is_not_done() {
    assert!(!common::asserts(
        "The Hague court must investigate the Serbian massacre.",
        "09"
    ));
}
