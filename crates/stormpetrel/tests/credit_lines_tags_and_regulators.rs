//! A credit line before a dash is no part of the clause after it, whose participle after the
//! subject is a past tense; a statement tag the parser hung on the clause before it reports
//! that clause; a counted noun after a verb is its object; what twelve are charged with is
//! theirs; wild animals are no actors; regulators are the government; an outlet that reports or
//! quotes a statement is not its target; MSPs are the legislature (#16).

mod common;

#[test]
fn a_credit_line_leaves_the_clause_after_it_active() {
    let r = common::dyads(
        "AP - Kenyan police arrested at least 40 protesters and charged 12 with rioting in Nairobi, the police chief said.",
        Some("2005-01-01"),
    );
    assert!(
        common::has(&r, "173", Some("KENCOP"), Some("KENOPP")),
        "{r:?}"
    );
    // Those charged with rioting did it, not the police.
    assert!(
        r.iter()
            .all(|d| !(d.0 == "145" && d.1.as_deref() == Some("KENCOP"))),
        "{r:?}"
    );
}

#[test]
fn a_closing_tag_reports_the_clause_before_it() {
    let r = common::dyads(
        "Mr Museveni's re-election came at a difficult time for the region, Kenyan President Mwai Kibaki said.",
        Some("2005-01-01"),
    );
    assert!(
        common::has(&r, "010", Some("KENGOV"), Some("UGAGOV")),
        "{r:?}"
    );
}

#[test]
fn a_wild_animal_is_no_attacker() {
    let r = common::dyads(
        "A crocodile killed a Zambian fisherman on Sunday, officials said.",
        Some("2005-01-01"),
    );
    assert!(r.iter().all(|d| !d.0.starts_with("19")), "{r:?}");
    assert!(r.iter().any(|d| d.0 == "010"), "{r:?}");
}

#[test]
fn regulators_are_the_government() {
    let r = common::dyads(
        "Kenyan regulators accused the bank of hiding losses.",
        Some("2005-01-01"),
    );
    assert!(
        common::has(&r, "112", Some("KENGOV"), Some("KENBUS")),
        "{r:?}"
    );
}

#[test]
fn the_outlet_that_reports_or_quotes_a_statement_is_no_target() {
    let r = common::dyads(
        "Kenyan prosecutors said Mr Otieno was \"a swindler in a new guise\", using the internet to sell useless goods, news agency Associated Press reported.",
        Some("2005-01-01"),
    );
    assert!(
        r.iter()
            .any(|d| d.0 == "010" && d.1.as_deref() == Some("KENJUD")),
        "{r:?}"
    );
    assert!(r.iter().all(|d| d.2.as_deref() != Some("MED")), "{r:?}");
    let r = common::dyads(
        "The matter will be settled under Kenyan law, the Kenyan finance minister was quoted as saying by the Kenya News Agency.",
        Some("2005-01-01"),
    );
    assert!(r.iter().any(|d| d.1.as_deref() == Some("KENGOV")), "{r:?}");
    assert!(r.iter().all(|d| d.2.as_deref() != Some("KENMED")), "{r:?}");
}

#[test]
fn members_of_the_scottish_parliament_are_the_legislature() {
    let r = common::dyads(
        "The Scottish first minister told MSPs the budget was balanced.",
        Some("2005-01-01"),
    );
    assert!(
        common::has(&r, "010", Some("GBRGOV"), Some("GBRLEG")),
        "{r:?}"
    );
}
