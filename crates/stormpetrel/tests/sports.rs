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
