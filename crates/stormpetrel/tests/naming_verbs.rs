//! To call, label or brand something a crime, or a person a criminal, criticises it: the second
//! noun phrase of a naming verb is its complement, however the parser first hung it; a headline's
//! "X labelled 'terrorists'" names X; a quotation mark opens no possessive (#16).

mod common;

fn coded(text: &str) -> Vec<common::Dyad> {
    common::dyads(text, Some("2023-03-01"))
}

#[test]
fn calling_an_act_a_crime_criticises_its_doer() {
    let r = coded("The Norwegian foreign minister called the Swedish blockade a massacre.");
    assert!(common::has(&r, "111", Some("NORGOV"), Some("SWE")), "{r:?}");
    let r = coded("Chile branded the Peruvian decision an act of aggression.");
    assert!(common::has(&r, "111", Some("CHL"), Some("PER")), "{r:?}");
    let r = coded("Venezuela labelled the Colombian government 'a criminal regime'.");
    assert!(common::has(&r, "111", Some("VEN"), Some("COLGOV")), "{r:?}");
    let r = coded("Bolivia describes Chilean raids as war crimes.");
    assert!(common::has(&r, "111", Some("BOL"), Some("CHL")), "{r:?}");
}

#[test]
fn a_noun_of_time_after_the_object_is_no_name() {
    let r = coded("The Norwegian prime minister called the Swedish king last week.");
    assert!(!r.iter().any(|d| d.0 == "111"), "{r:?}");
}

#[test]
fn a_headline_naming_verb_with_a_quoted_name_is_passive() {
    let r = coded("Street protests followed after Kenyan charities labelled ‘extremists’.");
    assert!(common::has(&r, "111", None, Some("KEN")), "{r:?}");
}

#[test]
fn a_quotation_mark_is_no_possessive() {
    let r = coded("Ghana labels Nigerian rights groups ‘terrorists’.");
    assert!(
        common::has(&r, "111", Some("GHA"), Some("NGANGOHRI")),
        "{r:?}"
    );
    let m = common::mentions("Ghana labels Nigerian rights groups ‘terrorists’.", None);
    assert!(
        m.iter()
            .any(|(t, c)| t == "Nigerian rights groups" && c == "NGANGOHRI"),
        "{m:?}"
    );
}

#[test]
fn a_name_parsed_as_a_second_object_is_still_the_name() {
    // The parser reads "the militia" as an indirect object and the name as the object.
    let r = coded("Turkey labelled the militia a terrorist group.");
    assert!(
        r.iter()
            .any(|d| d.0 == "111" && d.1.as_deref() == Some("TUR")),
        "{r:?}"
    );
}
