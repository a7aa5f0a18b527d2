//! A clause after "after", "before", "until" or "as" that the parser took for a prepositional
//! phrase keeps its own subject, also in the passive; an undated clause opened by "since" or
//! "until" dates the report and is background; a fronted phrase with a preposition that the
//! parser made a second subject is no subject; such a clause hung on the object is the verb's,
//! and so is a verb conjoined to the object (#16).

mod common;

fn coded(text: &str) -> Vec<common::Dyad> {
    common::dyads(text, Some("2023-03-01"))
}

#[test]
fn a_clause_after_a_subordinator_has_its_own_doer() {
    let r = coded("Norway warns Sweden after Danish trawlers raid more harbours.");
    assert!(common::has(&r, "190", Some("DNK"), None), "{r:?}");
    assert!(!common::has(&r, "190", Some("NOR"), None), "{r:?}");
    let r = coded("Chile protested after the Bolivian army earlier threatened to seize the mine.");
    assert!(
        r.iter()
            .any(|d| d.0.starts_with("13") && d.1.as_deref() == Some("BOLMIL")),
        "{r:?}"
    );
}

#[test]
fn an_as_clause_has_its_own_doer_and_patient() {
    let r = coded("Markets fell as Chilean troops attacked Peruvian ports.");
    assert!(common::has(&r, "190", Some("CHLMIL"), Some("PER")), "{r:?}");
    let r = coded("Rockets were fired towards Haifa as Beirut is bombed.");
    assert!(
        r.iter()
            .any(|d| d.0.starts_with("18") || d.0.starts_with("19")),
        "{r:?}"
    );
    assert!(!r.iter().any(|d| d.0 == "194"), "{r:?}");
    assert!(r.iter().all(|d| d.1.as_deref() != Some("LBN")), "{r:?}");
}

#[test]
fn a_since_or_until_clause_is_background() {
    let r = coded("Exports to Peru have fallen since Chile imposed sanctions on Lima.");
    assert!(!r.iter().any(|d| d.0.starts_with("16")), "{r:?}");
    let r = coded("The farmers stayed in the camps until Serbian troops shelled the villages.");
    assert!(!r.iter().any(|d| d.0.starts_with("19")), "{r:?}");
    // A clause with its own date is dated, not background; "has since" is an adverb.
    let r = coded("Trade has grown since Chile imposed sanctions on Peru in 1998.");
    assert!(common::has(&r, "163", Some("CHL"), Some("PER")), "{r:?}");
    let r = coded("The minister has since criticised Peru over its border policy.");
    assert!(r.iter().any(|d| d.0 == "111"), "{r:?}");
}

#[test]
fn a_fronted_phrase_is_no_subject() {
    let r = coded(
        "According to terms of the deal between Serbia and Kosovo, 40 Albanian detainees will \
         be released.",
    );
    assert!(r.iter().any(|d| d.0 == "0353"), "{r:?}");
    assert!(
        !r.iter()
            .any(|d| d.0 == "0353" && matches!(d.2.as_deref(), Some("SRB" | "KSV"))),
        "{r:?}"
    );
}

#[test]
fn a_clause_of_time_on_the_object_is_the_verbs() {
    let r = common::dyads(
        "Morocco arrests 133 Algerians while releasing 150.",
        Some("2023-03-01"),
    );
    assert!(common::has(&r, "0841", Some("MAR"), None), "{r:?}");
}

#[test]
fn a_verb_conjoined_to_the_object_shares_the_subject() {
    let r = common::dyads(
        "Islamist rebels have attacked a Nigerien police patrol and taken a number of hostages.",
        Some("2023-03-01"),
    );
    assert!(common::has(&r, "181", Some("NERREB"), None), "{r:?}");
}
