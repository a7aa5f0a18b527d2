//! The coder on hand-parsed sentences: source and target from the parse, passive, conjunctions,
//! object constraints, complements, nominal events and modality.

mod util;

use petrel_core::Stage;
use petrel_events::{EventCoder, RuleSet};
use std::sync::Arc;

fn coded_doc(rows: &str) -> petrel_core::Doc {
    let mut doc = util::parsed(rows);
    let coder = EventCoder::new(Arc::new(RuleSet::embedded().unwrap()));
    coder.process(&mut doc).unwrap();
    doc
}

fn code(
    rows: &str,
) -> Vec<(
    String,
    Option<String>,
    Option<String>,
    petrel_core::Modality,
)> {
    let mut doc = util::parsed(rows);
    let coder = EventCoder::new(Arc::new(RuleSet::embedded().unwrap()));
    coder.process(&mut doc).unwrap();
    doc.events
        .into_iter()
        .map(|e| {
            (
                e.code,
                e.source.map(|a| a.code),
                e.target.map(|a| a.code),
                e.modality,
            )
        })
        .collect()
}

#[test]
fn active_verb_with_object_target() {
    let ev = code(
        "Russia Russia PROPN 2 nsubj RUS
         attacked attack VERB 0 root
         Ukraine Ukraine PROPN 2 obj UKR
         . . PUNCT 2 punct",
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(
        (ev[0].0.as_str(), ev[0].1.as_deref(), ev[0].2.as_deref()),
        ("190", Some("RUS"), Some("UKR"))
    );
    assert!(ev[0].3.is_factual());
}

#[test]
fn passive_flips_source_and_target() {
    let ev = code(
        "Ukraine Ukraine PROPN 3 nsubj:pass UKR
         was be AUX 3 aux:pass
         attacked attack VERB 0 root
         by by ADP 5 case
         Russia Russia PROPN 3 obl:agent RUS",
    );
    assert_eq!(
        (ev[0].1.as_deref(), ev[0].2.as_deref()),
        (Some("RUS"), Some("UKR")),
        "{ev:?}"
    );
}

#[test]
fn conjoined_sources_give_one_event_each() {
    let ev = code(
        "the the DET 2 det
         US US PROPN 5 nsubj USA
         and and CCONJ 4 cc
         Europe Europe PROPN 2 conj EUR
         imposed impose VERB 0 root
         sanctions sanction NOUN 5 obj
         on on ADP 8 case
         Russia Russia PROPN 5 obl RUS",
    );
    let got: Vec<_> = ev
        .iter()
        .map(|e| (e.0.as_str(), e.1.as_deref(), e.2.as_deref()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("163", Some("USA"), Some("RUS")),
            ("163", Some("EUR"), Some("RUS"))
        ]
    );
}

#[test]
fn the_complement_of_an_agreement_is_an_unasserted_child() {
    let doc = coded_doc(
        "Israel Israel PROPN 2 nsubj ISR
         agreed agree VERB 0 root
         to to PART 4 mark
         withdraw withdraw VERB 2 xcomp
         troops troop NOUN 4 obj",
    );
    let ev = &doc.events;
    assert_eq!(ev.len(), 2, "{ev:?}");
    assert!(ev[0].code.starts_with("03"), "{ev:?}");
    assert!(ev[0].modality.is_factual() && ev[0].parent.is_none());
    assert!(ev[1].code.starts_with("08"), "{ev:?}");
    assert!(
        ev[1].modality.hypothetical,
        "the withdrawal has not happened"
    );
    assert_eq!(ev[1].parent, Some(0));
    assert!(ev[1].evidence.rule.ends_with("+complement"));
}

#[test]
fn negated_and_future_and_conditional_modality() {
    let neg = code(
        "Iran Iran PROPN 4 nsubj IRN
         did do AUX 4 aux
         not not PART 4 advmod
         attack attack VERB 0 root
         Israel Israel PROPN 4 obj ISR",
    );
    assert!(neg[0].3.negated, "{neg:?}");
    let fut = code(
        "Biden Biden PROPN 3 nsubj USAGOV
         will will AUX 3 aux
         warn warn VERB 0 root
         Putin Putin PROPN 3 obj RUSGOV",
    );
    assert_eq!(fut[0].0, "130");
    assert!(fut[0].3.future && !fut[0].3.hypothetical, "{fut:?}");
    let cond = code(
        "we we PRON 2 nsubj
         retaliate retaliate VERB 0 root
         if if SCONJ 5 mark
         Moscow Moscow PROPN 5 nsubj RUSGOV
         attacks attack VERB 2 advcl
         Ukraine Ukraine PROPN 5 obj UKR",
    );
    let attack = cond.iter().find(|e| e.0 == "190").expect("attack coded");
    assert!(attack.3.hypothetical, "{cond:?}");
}

#[test]
fn nominal_event_with_possessive_source() {
    let ev = code(
        "Moscow Moscow PROPN 3 nmod:poss RUS
         's 's PART 1 case
         invasion invasion NOUN 0 root
         of of ADP 5 case
         Crimea Crimea PROPN 3 nmod UKR",
    );
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(
        (ev[0].0.as_str(), ev[0].1.as_deref(), ev[0].2.as_deref()),
        ("190", Some("RUS"), Some("UKR"))
    );
}

#[test]
fn sports_context_is_not_a_conflict() {
    let ev = code(
        "the the DET 2 det
         Lakers Lakers PROPN 3 nsubj
         attacked attack VERB 0 root
         the the DET 5 det
         basket basket NOUN 3 obj",
    );
    assert!(ev.is_empty(), "{ev:?}");
}

#[test]
fn a_statement_and_what_it_reports_are_two_events_linked_by_parent() {
    let only = code(
        "Peskov Peskov PROPN 2 nsubj RUSGOV
         said say VERB 0 root
         nothing nothing PRON 2 obj",
    );
    assert_eq!(only.len(), 1);
    assert_eq!(only[0].0, "010");
    let doc = coded_doc(
        "Russia Russia PROPN 2 nsubj RUS
         condemned condemn VERB 0 root
         Ukraine Ukraine PROPN 2 obj UKR
         , , PUNCT 5 punct
         said say VERB 2 parataxis
         Peskov Peskov PROPN 5 nsubj RUSGOV",
    );
    let ev = &doc.events;
    assert_eq!(ev.len(), 2, "{ev:?}");
    assert_eq!(ev[0].code, "111");
    let rep = ev[0].modality.reported.as_ref().expect("reported speech");
    assert_eq!(rep.speaker.as_deref(), Some("RUSGOV"));
    assert_eq!(ev[1].code, "010");
    assert_eq!(
        ev[1].source.as_ref().map(|a| a.code.as_str()),
        Some("RUSGOV")
    );
    assert_eq!(
        ev[0].parent,
        Some(1),
        "the criticism is reported by the statement"
    );
    assert_eq!(ev[1].parent, None);
}

#[test]
fn a_demand_is_addressed_to_the_subject_of_its_clause() {
    let ev = code(
        "China China PROPN 2 nsubj CHN
         demanded demand VERB 0 root
         that that SCONJ 5 mark
         Japan Japan PROPN 5 nsubj JPN
         withdraw withdraw VERB 2 ccomp
         . . PUNCT 2 punct",
    );
    assert_eq!(
        (ev[0].0.get(..2), ev[0].1.as_deref(), ev[0].2.as_deref()),
        (Some("10"), Some("CHN"), Some("JPN")),
        "{ev:?}"
    );
}

#[test]
fn a_protest_without_target_is_against_the_own_government() {
    let ev = code(
        "Algerians Algerian PROPN 2 nsubj DZA
         protested protest VERB 0 root
         . . PUNCT 2 punct",
    );
    assert_eq!(
        (ev[0].0.get(..2), ev[0].1.as_deref(), ev[0].2.as_deref()),
        (Some("14"), Some("DZA"), Some("DZAGOV")),
        "{ev:?}"
    );
    let gov = code(
        "government government NOUN 2 nsubj DZAGOV
         protested protest VERB 0 root
         . . PUNCT 2 punct",
    );
    assert_eq!(gov[0].2, None, "{gov:?}");
}

#[test]
fn parties_of_a_reciprocal_event_act_towards_each_other() {
    let ev = code(
        "India India PROPN 4 nsubj IND
         and and CCONJ 3 cc
         Pakistan Pakistan PROPN 1 conj PAK
         resumed resume VERB 0 root
         talks talk NOUN 4 obj
         . . PUNCT 4 punct",
    );
    let dyads: Vec<_> = ev
        .iter()
        .map(|e| (e.1.as_deref(), e.2.as_deref()))
        .collect();
    assert_eq!(
        dyads,
        [(Some("IND"), Some("PAK")), (Some("PAK"), Some("IND"))],
        "{ev:?}"
    );
    let attack = code(
        "India India PROPN 4 nsubj IND
         and and CCONJ 3 cc
         Pakistan Pakistan PROPN 1 conj PAK
         attacked attack VERB 0 root
         . . PUNCT 4 punct",
    );
    assert!(attack.iter().all(|e| e.2.is_none()), "{attack:?}");
}

#[test]
fn a_conditional_threat_is_made_and_aimed_at_the_condition() {
    let ev = code(
        "Iran Iran PROPN 2 nsubj IRN
         threatened threaten VERB 0 root
         to to PART 4 mark
         strike strike VERB 2 xcomp
         if if SCONJ 7 mark
         Iraq Iraq PROPN 7 nsubj IRQ
         refused refuse VERB 4 advcl
         . . PUNCT 2 punct",
    );
    let threat = ev.iter().find(|e| e.0.starts_with("13")).expect("a threat");
    assert_eq!(
        (threat.1.as_deref(), threat.2.as_deref()),
        (Some("IRN"), Some("IRQ")),
        "{ev:?}"
    );
    assert!(threat.3.is_factual(), "{ev:?}");
}

#[test]
fn a_possible_attack_is_hypothetical() {
    let ev = code(
        "troops troop NOUN 2 nsubj
         braced brace VERB 0 root
         for for ADP 7 case
         a a DET 7 det
         possible possible ADJ 7 amod
         Russian Russian ADJ 7 amod RUS
         attack attack NOUN 2 obl
         . . PUNCT 2 punct",
    );
    let attack = ev
        .iter()
        .find(|e| e.0.starts_with("19"))
        .expect("an attack");
    assert!(attack.3.hypothetical, "{ev:?}");
}

#[test]
fn an_anniversary_of_an_invasion_is_not_an_invasion() {
    let ev = code(
        "Ukraine Ukraine PROPN 2 nsubj UKR
         marked mark VERB 0 root
         the the DET 4 det
         anniversary anniversary NOUN 2 obj
         of of ADP 8 case
         the the DET 8 det
         Russian Russian ADJ 8 amod RUS
         invasion invasion NOUN 4 nmod
         . . PUNCT 2 punct",
    );
    assert!(ev.iter().all(|e| !e.0.starts_with("19")), "{ev:?}");
}

#[test]
fn a_participle_clause_takes_the_main_subject_and_killing_is_190() {
    let ev = code(
        "Troops troop NOUN 2 nsubj TURMIL
         shelled shell VERB 0 root
         Kurdish Kurdish ADJ 4 amod KUR
         villages village NOUN 2 obj
         , , PUNCT 6 punct
         killing kill VERB 2 advcl
         fighters fighter NOUN 6 obj KURREB
         . . PUNCT 2 punct",
    );
    let kill = ev
        .iter()
        .find(|e| e.0 == "190")
        .unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(
        (kill.1.as_deref(), kill.2.as_deref()),
        (Some("TURMIL"), Some("KURREB")),
        "{ev:?}"
    );
}

#[test]
fn an_assassination_is_186() {
    let ev = code(
        "Rebels rebel NOUN 2 nsubj AFGREB
         assassinated assassinate VERB 0 root
         governor governor NOUN 2 obj AFGGOV
         . . PUNCT 2 punct",
    );
    assert_eq!(ev[0].0, "186", "{ev:?}");
}

#[test]
fn a_passive_participle_clause_keeps_its_agent_as_source() {
    let ev = code(
        "Protester protester NOUN 2 nsubj PSECVL
         died die VERB 0 root
         after after SCONJ 5 mark
         being be AUX 5 aux:pass
         shot shoot VERB 2 advcl
         by by ADP 8 case
         Israeli Israeli ADJ 8 amod ISR
         forces force NOUN 5 obl:agent ISRMIL
         . . PUNCT 2 punct",
    );
    let shot = ev
        .iter()
        .find(|e| e.0 == "190")
        .unwrap_or_else(|| panic!("{ev:?}"));
    assert_eq!(
        (shot.1.as_deref(), shot.2.as_deref()),
        (Some("ISRMIL"), Some("PSECVL")),
        "{ev:?}"
    );
}
