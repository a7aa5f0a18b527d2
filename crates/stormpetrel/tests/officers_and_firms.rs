//! Whose officer a title is: a spokesman "for" a known body speaks for it, an officer of a firm
//! named by its trade is the firm's, a "deputy" before another title is no lawmaker, and what a
//! company does to no agent of politics is no event. A militant after a people's adjective is
//! an actor.

mod common;

use common::Dyad;

fn coded(text: &str) -> Vec<Dyad> {
    common::dyads(text, Some("2005-03-01"))
}

/// Whether no event of `r` has `code` as its source.
fn no_source(r: &[Dyad], code: &str) -> bool {
    r.iter().all(|(_, s, _)| s.as_deref() != Some(code))
}

#[test]
fn a_spokesman_for_a_known_body_speaks_for_it() {
    let r = coded("A spokesman for the Red Cross criticised Israel for the raid on the camp.");
    assert_eq!(
        r.first().and_then(|d| d.1.as_deref()),
        Some("NGOHLHIRC"),
        "{r:?}"
    );
    assert!(no_source(&r, "ISRGOV"), "{r:?}");
}

#[test]
fn an_officer_of_a_firm_named_by_its_trade_is_the_firms() {
    let r = coded(
        "Sarah Cole, a spokeswoman for software giant Bitworks, criticised the French government.",
    );
    assert!(no_source(&r, "FRAGOV"), "{r:?}");
    let r = coded(
        "Britain's broadband market is growing fast. \"We see strong demand,\" said Anna Berg, \
         vice president of broadband firm Netlink.",
    );
    assert!(no_source(&r, "GBRGOV"), "{r:?}");
}

#[test]
fn a_deputy_before_another_title_is_no_lawmaker() {
    let r = coded(
        "Russia's ministry revoked the licence. \"We regret the decision,\" said Ivan Petrov, \
         deputy chairman of Goldstar, a mining firm.",
    );
    assert!(no_source(&r, "RUSLEG"), "{r:?}");
    // A deputy head of a body is that body's officer.
    let r = coded("Khaled Nasser, deputy head of Hamas, said Israel must stop the raids.");
    assert!(
        r.iter()
            .any(|(_, s, _)| s.as_deref().is_some_and(|s| s.starts_with("PSEREBHMS"))),
        "{r:?}"
    );
    assert!(no_source(&r, "PSELEG"), "{r:?}");
}

#[test]
fn a_working_party_is_no_political_party() {
    let r = coded(
        "Norway wants a deal. But the chairman of the working party, Ambassador Jon Eriksson of \
         Norway, warned that much work remained.",
    );
    assert!(no_source(&r, "NORPTY"), "{r:?}");
}

#[test]
fn what_a_company_does_to_no_agent_of_politics_is_no_event() {
    let r = coded("The US firm denied reports that it was pulling out of Iraq.");
    assert!(no_source(&r, "USABUS"), "{r:?}");
    // What it does to a government stays.
    let r = coded("The Italian food company Dalvera sued the Italian government on Thursday.");
    assert!(
        r.iter()
            .any(|(c, _, t)| c == "115" && t.as_deref() == Some("ITAGOV")),
        "{r:?}"
    );
}

#[test]
fn researchers_act_for_no_state() {
    let r = coded("Swedish researchers say they have found a new way to grow rice in dry soil.");
    assert!(no_source(&r, "SWE"), "{r:?}");
    // Done to, a researcher is still of his country.
    let r = coded("An Italian researcher was released from Egyptian custody on Monday.");
    assert!(
        r.iter().any(|(_, _, t)| t.as_deref() == Some("ITA")),
        "{r:?}"
    );
}

#[test]
fn officers_of_analysts_and_deputy_editors_are_no_state_agents() {
    let r = coded(
        "The UK market for small computers is growing. One dissenting view came from Brian \
         Hale, vice-president of research at analysts Techwise. He said: \"I don't think it \
         changes the world.\"",
    );
    assert!(no_source(&r, "GBRGOV"), "{r:?}");
    let r = coded(
        "The UK market for small computers is growing, said Tom Reed, deputy labs editor at PC \
         World.",
    );
    assert!(no_source(&r, "GBRLEG"), "{r:?}");
}

#[test]
fn a_militant_after_a_people_s_adjective_is_an_actor() {
    // The tagger reads "militant" as an adjective; after "an Islamist" it is the person.
    let r = coded("A Jordanian court jailed an Islamist militant for six months on Sunday.");
    assert!(
        r.iter()
            .any(|(c, _, t)| c == "173" && t.as_deref() == Some("JORREB")),
        "{r:?}"
    );
    // In a passive headline he is acted upon, not the actor.
    let r = coded("Yemeni militant sentenced to death.");
    assert!(no_source(&r, "YEM"), "{r:?}");
    assert!(
        r.iter().any(|(_, _, t)| t.as_deref() == Some("YEMREB")),
        "{r:?}"
    );
}

#[test]
fn a_former_officer_is_of_the_elite_not_the_government() {
    let r = coded(
        "Britain is debating the bill. The former minister said the government had made a grave \
         mistake.",
    );
    assert!(
        r.contains(&common::dyad("010", "GBRELI", "GBRGOV")),
        "{r:?}"
    );
    // Former officials still take part in politics: what is done to them is coded.
    let r = coded(
        "Two former ministers in the state of Victoria were charged with corruption on Monday.",
    );
    assert!(
        r.iter()
            .any(|(c, _, t)| c == "173" && t.as_deref() == Some("ELI")),
        "{r:?}"
    );
}
