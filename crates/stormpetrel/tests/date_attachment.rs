//! Which event a date belongs to, end to end: a relative clause shares its noun's date, a
//! "when" clause dates the clause it modifies, a plan "for" a date looks ahead, a simple present
//! with a weekday is scheduled, and a report with no date of its own takes the lead's day. Each
//! text is coded in a report published on Wednesday 15 May 2024.

mod common;

use stormpetrel::DateSource;

/// The date of the event triggered by `word` in `text`: value, precision and source.
fn date_of(text: &str, word: &str) -> (String, &'static str, DateSource) {
    let doc = common::run(text, Some("2024-05-15"));
    let e = doc
        .events
        .iter()
        .find(|e| e.evidence.text == word)
        .unwrap_or_else(|| panic!("no event on {word:?} in {text:?}"));
    let d = e.date.as_ref().expect("every event is dated");
    (d.value.to_string(), d.precision.as_str(), d.source)
}

fn check(text: &str, word: &str, value: &str, precision: &str, source: DateSource) {
    let (v, p, s) = date_of(text, word);
    assert_eq!((v.as_str(), p, s), (value, precision, source), "{text}");
}

#[test]
fn a_relative_clause_shares_the_date_of_its_event_noun() {
    let text = "The 2019 bombing, which killed 40 Afghan soldiers, was claimed by the Taliban.";
    check(text, "killed", "2019-01-01", "year", DateSource::Text);
    let text = "The October 2021 attack that killed three Iraqi soldiers was never solved.";
    check(text, "killed", "2021-10-01", "month", DateSource::Text);
    // The clause may hang from a noun inside the event noun's phrase.
    let text = "The army recalled the March 2020 shelling of a school that killed four Syrian \
                children.";
    check(text, "killed", "2020-03-01", "month", DateSource::Text);
    // Or from an appositive of that phrase, set off by a state's abbreviation.
    let text = "Police still seek the man behind the May 2019 bombing of a Dallas, Tex., \
                courthouse that wounded two Iraqi guards.";
    check(text, "wounded", "2019-05-01", "month", DateSource::Text);
}

#[test]
fn a_past_event_takes_no_later_date() {
    // The ceremony, not the invitation, is on 20 May.
    let text = "The Kenyan president has invited the Somali foreign minister to a ceremony in \
                Nairobi on May 20.";
    let (v, _, s) = date_of(text, "invited");
    assert_eq!(
        (v.as_str(), s),
        ("2024-05-15", DateSource::Publication),
        "{text}"
    );
    // A plan keeps it.
    let text = "The Somali foreign minister will visit Nairobi on May 20.";
    check(text, "visit", "2024-05-20", "day", DateSource::Text);
}

#[test]
fn a_date_right_after_its_verb_is_its_own() {
    let text = "A Pentagon spokesman said Thursday that US troops in the Gulf will remain until \
                Iraq complies with the agreement.";
    check(text, "said", "2024-05-09", "day", DateSource::Text);
    // Even when an earlier date in the sentence hangs from it in the parse.
    let text = "A man was arrested over the attacks on Kenyan police stations last year that \
                killed nine officers, the Kenyan interior ministry said today.";
    check(text, "said", "2024-05-15", "day", DateSource::Text);
}

#[test]
fn a_when_clause_dates_the_clause_it_modifies() {
    let text = "Four soldiers were killed when rebels attacked the base last month.";
    check(text, "killed", "2024-04-01", "month", DateSource::Text);
}

#[test]
fn a_plan_for_a_date_and_a_scheduled_present_look_ahead() {
    let text = "Talks between Russia and Ukraine were planned for early March.";
    check(text, "planned", "2025-03-01", "month", DateSource::Text);
    let text = "The Iranian and Iraqi foreign ministers meet in Geneva on Monday.";
    check(text, "meet", "2024-05-20", "day", DateSource::Text);
    // A past tense keeps the weekday behind.
    let text = "The Iranian and Iraqi foreign ministers met in Geneva on Monday.";
    check(text, "met", "2024-05-13", "day", DateSource::Text);
}

#[test]
fn spoken_years_and_names_that_look_like_months() {
    let text = "In nineteen ninety-one the rebels attacked the capital.";
    check(text, "attacked", "1991-01-01", "year", DateSource::Text);
    // "Jan" without a day or a year is a name, not January.
    let text = "Czech minister Jan Kavan met the Russian ambassador.";
    check(text, "met", "2024-05-15", "day", DateSource::Publication);
    let text = "Russian troops seized the town last Wednesday.";
    check(text, "seized", "2024-05-08", "day", DateSource::Text);
}

#[test]
fn a_report_without_a_date_takes_the_day_the_lead_gives() {
    let text = "The Russian foreign ministry said Friday that Ukraine must withdraw its troops \
                from the border.\n\nMoscow also accused NATO of arming Ukraine.\n\n\"We will \
                respond to any provocation,\" the Russian defence minister said.";
    check(text, "accused", "2024-05-10", "day", DateSource::Context);
    let doc = common::run(text, Some("2024-05-15"));
    let last = doc
        .events
        .iter()
        .rfind(|e| e.evidence.text == "said")
        .unwrap();
    let d = last.date.as_ref().unwrap();
    assert_eq!(
        (
            d.value.to_string().as_str(),
            d.source,
            d.expression.as_deref()
        ),
        ("2024-05-10", DateSource::Context, Some("Friday"))
    );
    // A report dated in its own sentence keeps its own date.
    let text = "The Russian foreign ministry said Friday that Ukraine must withdraw its troops \
                from the border.\n\nOn Tuesday, Moscow accused NATO of arming Ukraine.";
    check(text, "accused", "2024-05-14", "day", DateSource::Text);
    // Without a dated lead, a report keeps the publication date.
    let text = "Moscow accused NATO of arming Ukraine.";
    check(
        text,
        "accused",
        "2024-05-15",
        "day",
        DateSource::Publication,
    );
}

#[test]
fn a_report_after_its_clause_takes_no_date_from_it() {
    let text = "Russia invaded Crimea ten years ago, the Ukrainian foreign minister said.";
    check(text, "invaded", "2014-01-01", "year", DateSource::Text);
    check(text, "said", "2024-05-15", "day", DateSource::Publication);
}

#[test]
fn a_present_tense_report_of_violence_is_not_scheduled() {
    // Headline style: the present tells what happened, on the last Sunday.
    let text = "Israeli air strikes kill 33 Palestinians in Gaza on Sunday.";
    check(text, "kill", "2024-05-12", "day", DateSource::Text);
    // The publication's own weekday is that day, even for a schedule.
    let text = "The Iranian and Iraqi foreign ministers meet in Geneva on Wednesday.";
    check(text, "meet", "2024-05-15", "day", DateSource::Text);
}

#[test]
fn a_dateline_or_a_dated_lead_gives_the_day_of_the_reports() {
    // A wire dateline names the story's day.
    let text = "KYIV, May 13 (Reuters) -- Russian troops attacked the town of Vovchansk.\n\n\
                The Ukrainian defence minister accused Russia of shelling civilians.";
    check(text, "accused", "2024-05-13", "day", DateSource::Context);
    // A lead told in the past with a day dates the reports that follow it.
    let text = "Poland and Hungary formally joined NATO on Monday.\n\nThe Polish foreign minister \
                said Russia had threatened Poland.";
    check(text, "said", "2024-05-13", "day", DateSource::Context);
    // A day outside the week before publication is no report day.
    let text = "KYIV, May 1 (Reuters) -- Russian troops attacked the town of Vovchansk.\n\n\
                The Ukrainian defence minister accused Russia of shelling civilians.";
    check(
        text,
        "accused",
        "2024-05-15",
        "day",
        DateSource::Publication,
    );
}

#[test]
fn a_past_verb_shares_the_past_date_of_its_infinitive() {
    let text = "NATO invited Poland and Hungary to join the alliance in July 1997.";
    check(text, "invited", "1997-07-01", "month", DateSource::Text);
    // A plan's complement comes after it: the plan keeps the publication date.
    let doc = common::run(
        "Russia did not plan to attack Ukraine on Thursday.",
        Some("2024-05-15"),
    );
    let plan = doc
        .events
        .iter()
        .find(|e| e.evidence.text == "plan")
        .unwrap();
    let d = plan.date.as_ref().unwrap();
    assert_eq!(d.source, DateSource::Publication);
}
