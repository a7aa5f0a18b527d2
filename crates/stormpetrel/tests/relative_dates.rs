//! Relative date expressions, end to end: each sentence is coded in a report published on
//! Wednesday 15 May 2024, and its event must carry the date the expression names, at its
//! precision; events with no date in the text say how they stand to the publication date.

mod common;

use stormpetrel::{DateRelation, DateSource};

fn dated(sentence: &str) -> (String, &'static str, Option<DateRelation>, DateSource) {
    let doc = common::run(sentence, Some("2024-05-15"));
    let e = doc
        .events
        .first()
        .unwrap_or_else(|| panic!("no event in {sentence:?}"));
    let d = e.date.as_ref().expect("every event is dated");
    (
        d.value.to_string(),
        d.precision.as_str(),
        d.relation,
        d.source,
    )
}

fn check(sentence: &str, value: &str, precision: &str) {
    let (v, p, _, source) = dated(sentence);
    assert_eq!(
        (v.as_str(), p, source),
        (value, precision, DateSource::Text),
        "{sentence}"
    );
}

#[test]
fn counts_back_from_the_publication_date() {
    check(
        "Russian troops attacked the town three days ago.",
        "2024-05-12",
        "day",
    );
    check(
        "Russian troops attacked the town two weeks ago.",
        "2024-04-29",
        "week",
    );
    check(
        "Russian troops attacked the town six months ago.",
        "2023-11-01",
        "month",
    );
    check(
        "Russian troops attacked the town four years ago.",
        "2020-01-01",
        "year",
    );
    check(
        "Russian troops attacked the town a year ago.",
        "2023-01-01",
        "year",
    );
}

#[test]
fn last_this_and_next_name_calendar_periods() {
    check(
        "Russian troops attacked the town last week.",
        "2024-05-06",
        "week",
    );
    check(
        "Russian troops attacked the town this week.",
        "2024-05-13",
        "week",
    );
    check(
        "Russia will attack the town next week.",
        "2024-05-20",
        "week",
    );
    check(
        "Russian troops attacked the town last month.",
        "2024-04-01",
        "month",
    );
    check(
        "Russian troops attacked the town earlier this month.",
        "2024-05-01",
        "month",
    );
    check(
        "Russia will attack the town later this month.",
        "2024-05-01",
        "month",
    );
    check(
        "Russian troops attacked the town last year.",
        "2023-01-01",
        "year",
    );
    check(
        "Russian troops attacked the town earlier this year.",
        "2024-01-01",
        "year",
    );
    check(
        "Russia will attack the town next year.",
        "2025-01-01",
        "year",
    );
}

#[test]
fn days_and_weekdays_follow_the_tense_or_their_word() {
    check(
        "Russian troops attacked the town yesterday.",
        "2024-05-14",
        "day",
    );
    check(
        "Russian troops attacked the town today.",
        "2024-05-15",
        "day",
    );
    check("Russia will attack the town tomorrow.", "2024-05-16", "day");
    check(
        "Russian troops attacked the town on Monday.",
        "2024-05-13",
        "day",
    );
    check(
        "Russia will attack the town on Monday.",
        "2024-05-20",
        "day",
    );
    check(
        "Russian troops attacked the town last Thursday.",
        "2024-05-09",
        "day",
    );
    check(
        "The Russian attack on Kyiv took place on Monday.",
        "2024-05-13",
        "day",
    );
    // The calendar date says which Monday; a past event's October is last year's.
    check(
        "Russian troops attacked the town on Monday, Oct. 28.",
        "2023-10-28",
        "day",
    );
}

#[test]
fn seasons_years_and_decades() {
    check(
        "Russian troops attacked the town last summer.",
        "2023-06-01",
        "season",
    );
    check(
        "Russian troops attacked the town in the summer of 2014.",
        "2014-06-01",
        "season",
    );
    check(
        "Russian troops attacked the town in 2014.",
        "2014-01-01",
        "year",
    );
    check(
        "Russian troops attacked the town in the 1990s.",
        "1990-01-01",
        "decade",
    );
}

#[test]
fn undated_events_say_how_they_stand_to_the_publication_date() {
    let rel = |s: &str| {
        let (v, p, r, source) = dated(s);
        assert_eq!(
            (v.as_str(), p, source),
            ("2024-05-15", "day", DateSource::Publication),
            "{s}"
        );
        r
    };
    assert_eq!(
        rel("Russian troops attacked the town."),
        Some(DateRelation::Before)
    );
    assert_eq!(
        rel("Russia has attacked the town."),
        Some(DateRelation::Before)
    );
    assert_eq!(
        rel("Russian troops are attacking the town."),
        Some(DateRelation::Overlaps)
    );
    assert_eq!(
        rel("Russia will attack the town."),
        Some(DateRelation::After)
    );
    assert_eq!(
        rel("Russia plans to meet Ukraine."),
        Some(DateRelation::After)
    );
}

#[test]
fn a_present_tense_headline_tells_a_past_event() {
    let res = stormpetrel::Resources::embedded().unwrap();
    let pipeline = stormpetrel::pipeline(&res).unwrap();
    let title = "Israeli forces kill four Palestinians in Jenin raid";
    let meta = stormpetrel::DocMeta {
        id: "h".into(),
        date: stormpetrel::Date::parse("2024-05-15"),
        title: Some(title.into()),
        ..Default::default()
    };
    let mut doc = stormpetrel::Doc::new(
        meta,
        format!("{title}\n\nRussian troops are attacking the town."),
    );
    pipeline.run(&mut doc).unwrap();
    let relation = |w: &str| {
        let e = doc.events.iter().find(|e| e.evidence.text == w).unwrap();
        e.date.as_ref().and_then(|d| d.relation)
    };
    assert_eq!(relation("kill"), Some(DateRelation::Before));
    assert_eq!(relation("attacking"), Some(DateRelation::Overlaps));
}
