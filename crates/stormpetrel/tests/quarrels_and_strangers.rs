//! Quarrels in words between officials, abuse that hurts no one, resignation to a fate, officers of a firm named
//! first in a sentence, abbreviations that changed owner, what a titled stranger's statement is
//! about, and newspapers no dictionary knows (#16).

mod common;

use common::Dyad;

fn coded(text: &str) -> Vec<Dyad> {
    common::dyads(text, Some("2005-03-01"))
}

#[test]
fn officials_who_clash_quarrel_in_words() {
    let r = coded("Britain's top judge said he had clashed with ministers over the choice of inquiry chairmen.");
    assert!(r.iter().all(|d| !d.0.starts_with("19")), "{r:?}");
    assert!(r.iter().any(|d| d.0 == "111"), "{r:?}");
    // Armed men still clash.
    let r = coded("Israeli troops clashed with Palestinian gunmen in Nablus.");
    assert!(r.iter().any(|d| d.0.starts_with("19")), "{r:?}");
}

#[test]
fn abusing_trust_or_power_hurts_no_one() {
    for text in [
        "The Labour leader said the Tory government had abused the trust of voters.",
        "Kenya's opposition said the president had abused his power.",
    ] {
        let r = coded(text);
        assert!(r.iter().all(|d| !d.0.starts_with("18")), "{text}: {r:?}");
    }
    let r = coded("Iraqi police abused the prisoners in Basra.");
    assert!(r.iter().any(|d| d.0.starts_with("18")), "{r:?}");
}

#[test]
fn an_officer_of_a_firm_that_opens_the_sentence_is_the_firms() {
    for text in [
        "Chile's president met bankers on Monday. Briggs spokesman Mark Holt said the settlement was fair.",
        "Chile's president met bankers on Monday. Novatel officials announced an agreement with the bank.",
    ] {
        let r = coded(text);
        let gov = r.iter().filter(|d| d.1.as_deref() == Some("CHLGOV")).count();
        assert!(gov <= 1, "{text}: {r:?}");
    }
    // A participle that opens the sentence is no firm's name.
    let r =
        coded("Ousted President Askar Akayev has agreed to resign, Kyrgyzstan's parliament said.");
    assert!(r.iter().any(|d| d.1.as_deref() == Some("KGZGOV")), "{r:?}");
}

#[test]
fn fsa_is_the_uk_regulator_before_the_syrian_war() {
    let r = coded(
        "The FSA has fined the bank £2m for misleading its customers, Britain's Treasury said.",
    );
    assert!(r.iter().all(|d| d.1.as_deref() != Some("SYRREB")), "{r:?}");
    let r = common::dyads(
        "FSA fighters shelled government positions near Aleppo.",
        Some("2013-05-01"),
    );
    assert!(r.iter().any(|d| d.1.as_deref() == Some("SYRREB")), "{r:?}");
}

#[test]
fn a_titled_strangers_statement_is_about_its_clauses_subject() {
    let r = coded(
        "Britain's Labour Party launched its campaign in London on Monday with Alastair \
         Campbell. British ministers said the poll would be close. That charge was denied by \
         Mr Hollins, who said the Tories were afraid of Mr Campbell's skills.",
    );
    assert!(
        r.iter()
            .any(|d| d.0 == "010" && d.2.as_deref() == Some("GBRPTY")),
        "{r:?}"
    );
}

#[test]
fn a_newspaper_no_dictionary_knows_is_the_leading_states_media() {
    let r = coded(
        "Britain's home secretary spoke in London on Monday. The British home secretary told the \
         Herald he hoped for agreement with Jordan.",
    );
    assert!(
        r.iter()
            .any(|d| d.1.as_deref() == Some("GBRGOV") && d.2.as_deref() == Some("GBRMED")),
        "{r:?}"
    );
    // "The Post Office" and "the Royal Mail" are no papers.
    let r = coded(
        "Britain's trade secretary spoke in London on Monday. The British trade secretary told the \
         Post Office workers that the Royal Mail would stay public.",
    );
    assert!(r.iter().all(|d| d.2.as_deref() != Some("GBRMED")), "{r:?}");
}

#[test]
fn a_stranger_is_not_the_town_he_works_in() {
    let r = coded(
        "The British economy grew in 2004. \"The pound will end the year higher,\" said Tom \
         Bright, currency strategist with Barwick in London.",
    );
    assert!(r.iter().all(|d| d.1.as_deref() != Some("GBR")), "{r:?}");
    // A body in a town is that town's.
    let r = common::dyads(
        "Six bodies were recovered from the rubble, civil defence in Gaza said.",
        Some("2023-11-01"),
    );
    assert!(r.iter().any(|d| d.1.as_deref() == Some("PSE")), "{r:?}");
}

#[test]
fn resigned_to_a_fate_is_no_resignation() {
    let r = coded("Kenyan officials resigned to the fact that the dam would fail.");
    assert!(r.iter().all(|d| d.0 != "0831"), "{r:?}");
    let r = coded("Kenya's finance minister resigned on Monday.");
    assert!(r.iter().any(|d| d.0 == "0831"), "{r:?}");
}
