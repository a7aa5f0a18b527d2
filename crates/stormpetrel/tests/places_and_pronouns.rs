//! States, provinces and counties name their country; "he" opening what a person says and
//! "his" in a phrase of a clause are that person's; hosting a tournament, shares rallying,
//! declaring genocide, and saying that another squanders a chance or that oneself misled; a
//! people named in the plural is no "it" (#16).

mod common;

use common::{has, Dyad};

fn coded(text: &str) -> Vec<Dyad> {
    common::dyads(text, Some("2005-03-01"))
}

#[test]
fn a_state_or_county_names_its_country() {
    let r = coded("Local elected officials in New Jersey plan to sue the federal government.");
    assert!(has(&r, "030", Some("USAGOV"), None), "{r:?}");
    assert!(
        r.iter().all(|d| ![&d.1, &d.2]
            .iter()
            .any(|a| a.as_deref().is_some_and(|c| c.starts_with("JEY")))),
        "{r:?}"
    );
    let r = coded(
        "Iraq says its detainees were abused by British soldiers. Iraqi officials said the abuse \
         was systematic. The chief constable of Lancashire Police said the claims were false.",
    );
    assert!(has(&r, "010", Some("GBRCOP"), None), "{r:?}");
    assert!(!has(&r, "010", Some("IRQCOP"), None), "{r:?}");
}

#[test]
fn he_opening_what_a_person_says_is_that_person() {
    let r = coded(
        "Vladimir Putin thanked Gerhard Schroeder in his speech on Friday. Putin said after \
         talks with Schroeder that he welcomed the German offer.",
    );
    assert!(has(&r, "051", Some("RUSGOV"), Some("DEU")), "{r:?}");
    assert!(!has(&r, "051", Some("DEUGOV"), Some("DEU")), "{r:?}");
}

#[test]
fn his_meeting_or_visit_is_the_clause_subjects() {
    let r = coded(
        "Chirac said during his meeting with the Iraqi prime minister Iyad Allawi that he \
         opposed the sanctions.",
    );
    assert!(has(&r, "040", Some("FRAGOV"), Some("IRQGOV")), "{r:?}");
    assert!(has(&r, "120", Some("FRAGOV"), None), "{r:?}");
    let r = coded("The Indian prime minister praised Pakistan warmly during his visit to Kabul.");
    assert!(has(&r, "042", Some("INDGOV"), Some("AFG")), "{r:?}");
}

#[test]
fn hosting_a_tournament_and_rallying_shares_are_no_events() {
    let r = coded("Egypt hosted the African Nations Cup last year.");
    assert!(r.iter().all(|d| d.0 != "043"), "{r:?}");
    let r = coded(
        "Shares in Bombardier lost 65 Canadian cents on the news to 1.90 Canadian dollars \
         before rallying to 2.20 Canadian dollars.",
    );
    assert!(r.iter().all(|d| d.0 != "140"), "{r:?}");
    // A rally against someone is still a protest.
    let r = coded("Thousands of Egyptian students rallied against Israel in Cairo.");
    assert!(r.iter().any(|d| d.0 == "140"), "{r:?}");
}

#[test]
fn declaring_genocide_accuses() {
    let r = coded("Bush declared genocide in Sudan on Thursday.");
    assert!(has(&r, "1124", Some("USAGOV"), Some("SDN")), "{r:?}");
}

#[test]
fn saying_another_squanders_criticises_but_owning_up_accuses_no_one() {
    let r = coded("The Bolivian foreign minister said Chile was squandering the chance of peace.");
    assert!(has(&r, "111", Some("BOLGOV"), Some("CHL")), "{r:?}");
    let r = coded("The Chilean senator said he had misled the committee.");
    assert!(r.iter().all(|d| !d.0.starts_with("11")), "{r:?}");
    assert!(has(&r, "010", Some("CHLLEG"), None), "{r:?}");
}

#[test]
fn a_people_in_the_plural_is_no_it() {
    let r = coded("Sudan has expelled 200 Eritreans as it intensifies raids near the border.");
    assert!(
        r.iter()
            .all(|d| !(d.0 == "190" && d.1.as_deref() == Some("ERI"))),
        "{r:?}"
    );
    assert!(has(&r, "166", Some("SDN"), Some("ERI")), "{r:?}");
}
