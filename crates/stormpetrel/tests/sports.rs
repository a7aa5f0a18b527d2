//! Sport and entertainment: a report whose words mark it as sport codes no conflict, even in
//! sentences that do not say so themselves; the same verbs in a political report do.

mod common;

fn conflict_codes(text: &str) -> Vec<String> {
    common::run(text, None)
        .events
        .into_iter()
        .map(|e| e.code)
        .filter(|c| c.as_str() >= "10")
        .collect()
}

#[test]
fn a_sports_report_codes_no_fighting() {
    let match_report = "The striker scored twice as the league leaders won the championship. \
        Chelsea attacked from the start. Manchester City fought back in the second half.";
    assert_eq!(conflict_codes(match_report), Vec::<String>::new());
    let war_report =
        "Government troops attacked rebel positions. The rebels fought back in the north.";
    assert!(!conflict_codes(war_report).is_empty());
}

#[test]
fn a_golfers_score_is_no_shooting() {
    let round = "Annika Sorenstam of Sweden and Se Ri Pak of South Korea both shot a 6-under-par \
                 66 on Friday, taking the lead after the first round.";
    assert_eq!(conflict_codes(round), Vec::<String>::new());
    assert!(!conflict_codes("Gunmen shot a police officer in Kabul.").is_empty());
}

#[test]
fn a_report_of_scores_is_sport() {
    // Its only word of sport is "match"; its scores make it a sports article, where players'
    // nations meet in a final, not in diplomacy.
    let report = "Hale continues Perth progress\n\nAmerican Tom Hale reached the final of the \
        hardcourt event in Perth with a crushing 6-1 6-1 win over Argentine Pablo Soto.\n\nHale \
        will meet Swede Karl Berg on Sunday after the second seed survived a tense decider to \
        defeat Belgium's Marc Dubois 6-1 7-6 (7/5). Berg received strong crowd support on \
        Saturday. \"It feels like home for me,\" said Berg. Dubois was leading 5-4 in the second \
        set but the match slipped away. \"For me, it was clearly out,\" Dubois said.";
    assert_eq!(common::dyads(report, None), []);
}

#[test]
fn a_spokesman_in_business_news_speaks_for_a_company() {
    let article = "British retailer Homeway said its profits rose 12% as shoppers returned to \
        its stores. \"Trading over Christmas was strong,\" a spokesman said. Homeway's shares \
        rose 3% in London.";
    assert_eq!(common::dyads(article, Some("2005-01-01")), []);
    // A minister in the same news still speaks for a government.
    let budget = "British retailer Homeway said its profits rose 12% as shoppers returned to \
        its stores. The chancellor said he would cut taxes on shoppers.";
    let ev = common::dyads(budget, Some("2005-01-01"));
    assert!(
        ev.iter().any(|d| d.1.as_deref() == Some("GBRGOV")),
        "{ev:?}"
    );
}

#[test]
fn seeds_and_qualifiers_mark_a_tennis_report() {
    let report = "Tim Green was forced to withdraw from the Open in Lyon on Thursday with a back \
                  injury. The second seed Paul Gray beat a French qualifier 6-4 6-2 in the first \
                  match of the day. Green had hoped to reach the last eight. He will now rest \
                  before the next event in Rome. His doctor said the injury was not serious.";
    assert_eq!(common::dyads(report, Some("2005-03-01")), []);
}

#[test]
fn a_results_headline_marks_a_game() {
    // Two sides with their points: what follows is the game's.
    let brief = "Canada 70, Brazil 64. Canada fought off Brazil in Athens on Sunday.";
    assert_eq!(common::dyads(brief, Some("2004-08-01")), []);
    // A toll is no result.
    let toll = "Blast in Kabul Kills 7, Wounds 19. A car bomb attack by militants killed seven \
                Afghan soldiers.";
    assert!(!conflict_codes(toll).is_empty());
}

#[test]
fn a_final_marks_a_tennis_report() {
    let report = "Veteran wins Thai title\n\nMaria Lopez won her first title in five years at \
                  the Open in Pattaya.\n\nThe 32-year-old Spaniard came through in the match. \
                  \"It was my first final, a new experience,\" said the German. \"I played well \
                  this season.\"";
    assert_eq!(common::dyads(report, Some("2004-08-01")), []);
}

#[test]
fn a_sevens_rugby_report_codes_no_fighting() {
    let report = "Kenya beat Samoa in the sevens semi-final of the rugby event. Kenya attacked \
        and Samoa collapsed.";
    assert_eq!(conflict_codes(report), Vec::<String>::new());
}
