//! Headlines drop articles and auxiliaries, and their `-s` verbs look like plural nouns
//! ("Chadian army kills 12 rebels"), and base forms after a plural subject look like singular
//! ones ("Russian jets strike Aleppo"): the verb is restored when the sentence has no other.

mod common;

fn coded(text: &str) -> Vec<(String, String, Option<String>)> {
    common::run(text, Some("2024-01-15"))
        .events
        .iter()
        .map(|e| {
            (
                e.code.clone(),
                e.evidence.text.clone(),
                e.source.as_ref().map(|a| a.code.clone()),
            )
        })
        .collect()
}

#[test]
fn a_headline_verb_read_as_a_noun_is_a_verb() {
    let r = coded("Chadian army kills 12 rebels in Lake Chad region");
    assert_eq!(
        r,
        [(
            "190".to_string(),
            "kills".to_string(),
            Some("TCDMIL".to_string())
        )]
    );
    let doc = common::run("Chadian army kills 12 rebels in Lake Chad region", None);
    let kills = doc
        .tokens
        .iter()
        .position(|t| t.span.slice(&doc.text) == "kills")
        .unwrap();
    assert_eq!(doc.xpos(kills), "VBZ");
}

#[test]
fn a_plural_noun_stays_a_noun_where_the_sentence_has_a_verb() {
    // "strikes" is the subject here; "hit" is the verb.
    let doc = common::run("Israeli strikes hit the Gaza Strip overnight.", None);
    let strikes = doc
        .tokens
        .iter()
        .position(|t| t.span.slice(&doc.text) == "strikes")
        .unwrap();
    assert_eq!(doc.xpos(strikes), "NNS");
    // A noun whose lemma is no verb of the rules is left alone.
    let doc = common::run("Record Christmas toy sales this year in Britain", None);
    let sales = doc
        .tokens
        .iter()
        .position(|t| t.span.slice(&doc.text) == "sales")
        .unwrap();
    assert_eq!(doc.xpos(sales), "NNS");
}

#[test]
fn a_title_case_headline_is_read_as_a_sentence() {
    // Every word capitalised: without truecasing the tagger reads the verb as a name, and
    // "Rejects" as the second half of a person's full name "Netanyahu Rejects".
    let text = "Netanyahu Rejects Army Plan to Pull Troops Out of Gaza. Israeli Prime Minister \
                Benjamin Netanyahu spoke on Monday.";
    let r = coded(text);
    assert!(
        r.iter()
            .any(|(code, trigger, source)| code.starts_with("12")
                && trigger == "Rejects"
                && source.as_deref() == Some("ISRGOV")),
        "{r:?}"
    );
    let doc = common::run(text, Some("2024-01-15"));
    let tag = |w: &str| {
        let i = doc
            .tokens
            .iter()
            .position(|t| t.span.slice(&doc.text) == w)
            .unwrap();
        (doc.tokens[i].upos, doc.word(i).to_string())
    };
    assert_eq!(tag("Rejects").0, petrel_core::Upos::Verb);
    // The words keep their spelling, and names stay names.
    assert_eq!(tag("Rejects").1, "Rejects");
    assert_eq!(tag("Gaza").0, petrel_core::Upos::Propn);
}

#[test]
fn a_title_case_list_of_names_is_not_read_as_a_headline() {
    let doc = common::run(
        "Ahmed Hussein Mohamed, 31, Leeds; Karim Yusuf Ahmed, 28, Luton.",
        None,
    );
    let i = doc
        .tokens
        .iter()
        .position(|t| t.span.slice(&doc.text) == "Mohamed")
        .unwrap();
    assert_eq!(doc.tokens[i].upos, petrel_core::Upos::Propn);
}

#[test]
fn victims_killed_in_a_state_s_strikes_after_a_time_phrase_are_its_targets() {
    // The parser hangs "in Peruvian strikes" on the time phrase before it.
    let r = coded("Peru-Chile war updates: dozens killed in last 24 hours in Peruvian strikes.");
    assert!(
        r.iter()
            .any(|(c, w, s)| c.starts_with("19") && w == "killed" && s.as_deref() == Some("PER")),
        "{r:?}"
    );
}

#[test]
fn troops_said_killed_is_a_hedge_not_their_statement() {
    let r = coded("2 Chilean Troops Said Killed by Peru Land Mine");
    assert!(r.iter().all(|(c, _, _)| !c.starts_with("01")), "{r:?}");
}

#[test]
fn a_place_compounded_with_an_attack_is_where_it_happened() {
    // "in a Donetsk raid": the raid is the killers', done to the place; no raid by Ukraine.
    let doc = common::run(
        "Russian troops killed three civilians in a Donetsk raid.",
        Some("2024-01-15"),
    );
    let country = |e: &stormpetrel::Event| e.source.as_ref().and_then(|a| a.country.clone());
    assert!(
        doc.events
            .iter()
            .all(|e| country(e).as_deref() != Some("UKR"))
            && doc
                .events
                .iter()
                .any(|e| country(e).as_deref() == Some("RUS")),
        "{:?}",
        doc.events
    );
}

#[test]
fn a_headline_lists_its_subjects_with_a_comma() {
    // "India, Myanmar sign": the parser reads the first name as a vocative or an apposition.
    let sources = |text: &str| {
        let mut v: Vec<String> = coded(text).into_iter().filter_map(|(_, _, s)| s).collect();
        v.sort();
        v.dedup();
        v
    };
    assert_eq!(sources("Peru, Bolivia sign three accords."), ["BOL", "PER"]);
    assert_eq!(
        sources("Egypt, Jordan hold first high-level talks in 10 years."),
        ["EGY", "JOR"]
    );
}

#[test]
fn a_headline_pledge_before_an_infinitive_is_a_verb() {
    // The inquiry is pledged, not set up: an intent by the president.
    let doc = common::run(
        "The Kenyan president pledges to set up an independent inquiry into the killings.",
        Some("2024-01-15"),
    );
    let asserted: Vec<(&str, Option<&str>)> = doc
        .events
        .iter()
        .filter(|e| e.modality.is_factual())
        .map(|e| (e.code.as_str(), e.source.as_ref().map(|a| a.code.as_str())))
        .collect();
    assert_eq!(asserted, [("030", Some("KENGOV"))]);
}

#[test]
fn a_headline_infinitive_announces_what_is_to_come() {
    // "X to meet Y" is an intent to meet (036), not a meeting held.
    let r = common::dyads("Chirac to meet Putin in Moscow.", Some("2004-08-01"));
    assert_eq!(r, vec![common::dyad("036", "FRAGOV", "RUSGOV")]);
    // Also where the parser hangs the infinitive on its subject.
    let r = common::dyads(
        "France to Host Balkan Peace Conference.",
        Some("2004-08-01"),
    );
    assert!(r.iter().all(|d| d.0 != "043"), "{r:?}");
    // A past headline stays a meeting.
    let r = common::dyads("Chirac met Putin in Moscow.", Some("2004-08-01"));
    assert_eq!(r, vec![common::dyad("040", "FRAGOV", "RUSGOV")]);
}

#[test]
fn a_base_form_after_a_plural_subject_is_a_verb() {
    let dyads = |text: &str| common::dyads(text, Some("2024-01-15"));
    let r = dyads("Russian jets strike Aleppo.");
    assert!(common::has(&r, "195", Some("RUS"), Some("SYR")), "{r:?}");
    let r = dyads("Syrian rebels shell Aleppo.");
    assert!(common::has(&r, "194", Some("SYRREB"), Some("SYR")), "{r:?}");
    // The parser may then make the object a compound across the next phrase's preposition.
    let r = dyads("Russian jets strike Idlib after rocket fire.");
    assert!(common::has(&r, "195", Some("RUS"), Some("SYR")), "{r:?}");
}

#[test]
fn a_headline_killing_before_a_comma_is_undergone() {
    // The parser reads the next clause as the verb's object or complement.
    let r = common::dyads(
        "Three Kenyan policemen killed, minister pulls out of talks.",
        Some("2005-03-01"),
    );
    assert!(common::has(&r, "190", None, Some("KENCOP")), "{r:?}");
}

#[test]
fn a_chiefs_headline_verb_is_a_verb() {
    // The tagger reads "chief" as an adjective, and the verb after it as a plural noun.
    let slams = coded("NATO chief slams Russian strikes on Kharkiv");
    assert_eq!(
        slams,
        [(
            "110".to_string(),
            "slams".to_string(),
            Some("IGONAT".to_string())
        )]
    );
    let promises = coded("UN chief promises more aid to Sudan");
    assert_eq!(promises.len(), 1, "{promises:?}");
    assert_eq!(promises[0].1, "promises");
    assert_eq!(promises[0].2.as_deref(), Some("IGOUNO"));
}

#[test]
fn a_name_read_as_an_adjective_ends_the_headline_subject() {
    // The tagger reads "Lapid" as an adjective, and "visits" as a plural noun.
    let r = common::dyads(
        "Israeli foreign minister Lapid visits Bahrain to open embassy.",
        Some("2021-09-30"),
    );
    assert!(common::has(&r, "042", Some("ISRGOV"), Some("BHR")), "{r:?}");
}

#[test]
fn a_verb_read_as_an_adjective_after_a_plural_subject_is_a_verb() {
    // The tagger reads "open fire" as an adjective and its noun.
    let r = common::dyads(
        "Turkish troops open fire on Kurdish protesters.",
        Some("2023-11-01"),
    );
    assert!(
        r.iter()
            .any(|d| d.0 == "190" && d.1.as_deref() == Some("TURMIL")),
        "{r:?}"
    );
}

#[test]
fn a_preposition_is_no_verb_of_the_headline() {
    // The tagger reads "amid" as a noun and "renewed" as a past tense.
    let r = coded("Mali's army kills ten rebels amid renewed fighting.");
    assert!(
        r.iter()
            .any(|e| e.0 == "190" && e.1 == "kills" && e.2.as_deref() == Some("MLIMIL")),
        "{r:?}"
    );
}
