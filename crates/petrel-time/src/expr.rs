//! Finding date expressions among a sentence's tokens.

use petrel_core::{Date, Doc};
use std::ops::Range;

/// What a date expression names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateKind {
    /// A year: "2014".
    Year(i32),
    /// A month, with a year when given: "December 2021", "in March".
    Month(u8, Option<i32>),
    /// A day of a month: "November 18", "18 November 2021".
    Day(u8, u8, Option<i32>),
    /// A weekday, 0 = Monday: "on Tuesday" (past or future by the verb's tense).
    Weekday(u8),
    /// A weekday with a direction: "last Tuesday" (−1), "next Tuesday" (+1), "this Tuesday" (0:
    /// by the verb's tense).
    WeekdayDir(u8, i8),
    /// A month with a direction and no year: "last March" (−1), "next March" (+1).
    MonthDir(u8, i8),
    /// Days from publication: today 0, yesterday −1, tomorrow +1, "three days ago" −3.
    Relative(i32),
    /// Weeks from the publication week: "this week" 0, "last week" −1, "two weeks ago" −2.
    Weeks(i32),
    /// Months from the publication month: "this month", "earlier this month" 0, "last month" −1.
    Months(i32),
    /// Years from the publication year: "this year" 0, "last year" −1, "four years ago" −4.
    Years(i32),
    /// A season, 0 spring, 1 summer, 2 autumn, 3 winter: with a year ("the summer of 2014",
    /// "winter 2014"), or relative (`Err(−1)` "last summer", `Err(0)` "this summer",
    /// `Err(1)` "next summer").
    Season(u8, std::result::Result<i32, i8>),
    /// A decade by its first year: "the 1990s" 1990.
    Decade(i32),
}

/// A date expression: its tokens, its head token (for attachment) and what it names.
#[derive(Debug, Clone, PartialEq)]
pub struct DateExpr {
    /// Token range (document-level indices).
    pub tokens: Range<usize>,
    /// The token that carries the expression in the parse.
    pub head: usize,
    /// The value.
    pub kind: DateKind,
}

/// Words after "September 11" (or "11 September") that make it the name of the attacks of
/// 2001, not a day of the publication year: "the September 11 attacks", "the 11 September
/// hijackers".
const ELEVENTH_NAMES: &[&str] = &[
    "attack",
    "attacks",
    "terror",
    "terrorist",
    "hijackers",
    "hijackings",
    "commission",
    "atrocities",
];

/// The year 2001 for 11 September that names the attacks (see [`ELEVENTH_NAMES`]).
fn september_eleventh(month: u8, day: u8, next: &str) -> Option<i32> {
    (month == 9 && day == 11 && names_the_attacks(next)).then_some(2001)
}

/// The number of tokens of "9/11" or "9-11" at `i` (one token or three) when a word of
/// [`ELEVENTH_NAMES`] follows it.
fn numeric_september_eleventh<'a>(word: &impl Fn(usize) -> &'a str, i: usize) -> Option<usize> {
    let len = match word(i) {
        "9/11" | "9-11" => 1,
        "9" if matches!(word(i + 1), "/" | "-") && word(i + 2) == "11" => 3,
        _ => return None,
    };
    names_the_attacks(word(i + len)).then_some(len)
}

/// Whether `w` is one of [`ELEVENTH_NAMES`], in any case.
fn names_the_attacks(w: &str) -> bool {
    ELEVENTH_NAMES.iter().any(|n| n.eq_ignore_ascii_case(w))
}

fn month_of(w: &str) -> Option<u8> {
    Date::month_from_name(w)
}

fn year_of(w: &str) -> Option<i32> {
    let y: i32 = (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
        .then(|| w.parse().ok())
        .flatten()?;
    (1900..=2100).contains(&y).then_some(y)
}

fn day_of(w: &str) -> Option<u8> {
    let d = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let n: u8 = (!d.is_empty() && d.len() <= 2)
        .then(|| d.parse().ok())
        .flatten()?;
    (1..=31).contains(&n).then_some(n)
}

/// A year spoken in words, as broadcast transcripts write it: "nineteen ninety-one" 1991,
/// "nineteen seventy-nine" 1979, "eighteen ninety-eight" 1898.
fn spelled_year(century: &str, rest: &str) -> Option<i32> {
    const CENTURIES: [(&str, i32); 2] = [("eighteen", 1800), ("nineteen", 1900)];
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    let base = CENTURIES
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(century))?
        .1;
    // A number word, never digits: "nineteen fifteen" is 1915, "nineteen 15" no year.
    let word =
        |w: &str| count_of(w).filter(|_| w.len() > 2 && w.bytes().all(|b| b.is_ascii_alphabetic()));
    if let Some(n) = word(rest).filter(|n| (10..=19).contains(n)) {
        return Some(base + n);
    }
    let (tens, unit) = match rest.split_once('-') {
        Some((a, b)) => (a, Some(b)),
        None => (rest, None),
    };
    let t = TENS.iter().position(|x| x.eq_ignore_ascii_case(tens))? as i32;
    let u = match unit {
        Some(u) => word(u).filter(|n| (1..=9).contains(n))?,
        None => 0,
    };
    Some(base + 20 + 10 * t + u)
}

/// "1990s" (or "1990" + "s" as two tokens): the decade's first year.
fn decade_of(w: &str, next: &str) -> Option<i32> {
    let digits = w.strip_suffix('s').unwrap_or(w);
    let split = digits.len() == w.len() && next == "s";
    if !(digits.len() == 4 && (split || digits.len() < w.len())) {
        return None;
    }
    let y = year_of(digits)?;
    (y % 10 == 0).then_some(y)
}

/// A small count: a digit string or a number word ("a", "an" and "one" to "twenty").
fn count_of(w: &str) -> Option<i32> {
    if w.bytes().all(|b| b.is_ascii_digit()) {
        let n: i32 = w.parse().ok()?;
        return (1..=500).contains(&n).then_some(n);
    }
    const WORDS: [&str; 20] = [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    if w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an") {
        return Some(1);
    }
    WORDS
        .iter()
        .position(|x| x.eq_ignore_ascii_case(w))
        .map(|p| p as i32 + 1)
}

fn season_of(w: &str) -> Option<u8> {
    [
        ("spring", 0),
        ("summer", 1),
        ("autumn", 2),
        ("fall", 2),
        ("winter", 3),
    ]
    .iter()
    .find(|(x, _)| x.eq_ignore_ascii_case(w))
    .map(|(_, s)| *s)
}

/// A calendar unit word and what an offset of it means.
fn unit_of(w: &str) -> Option<fn(i32) -> DateKind> {
    let w = w.strip_suffix('s').unwrap_or(w);
    let kinds: [(&str, fn(i32) -> DateKind); 4] = [
        ("day", DateKind::Relative),
        ("week", DateKind::Weeks),
        ("month", DateKind::Months),
        ("year", DateKind::Years),
    ];
    kinds
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(w))
        .map(|(_, k)| *k)
}

/// The direction word of a relative expression: "last", "this", "next"…
fn direction_of(w: &str) -> Option<i32> {
    [
        ("last", -1),
        ("past", -1),
        ("this", 0),
        ("next", 1),
        ("coming", 1),
    ]
    .iter()
    .find(|(x, _)| x.eq_ignore_ascii_case(w))
    .map(|(_, d)| *d)
}

/// A relative expression starting at token `i` and its length in tokens:
/// "N days/weeks/months/years ago", "last/this/next week/month/year/<season>/<weekday>/<month>",
/// "earlier/later this week/month/year", "the summer of 2014", "summer 2014".
fn relative<'a>(word: &impl Fn(usize) -> &'a str, i: usize) -> Option<(DateKind, usize)> {
    let w = word(i);
    // "three years ago", "a week ago".
    if let (Some(n), Some(unit)) = (count_of(w), unit_of(word(i + 1))) {
        if word(i + 2).eq_ignore_ascii_case("ago") {
            return Some((unit(-n), 3));
        }
    }
    // "earlier this month", "later this year".
    let (start, len0) = if (w.eq_ignore_ascii_case("earlier") || w.eq_ignore_ascii_case("later"))
        && word(i + 1).eq_ignore_ascii_case("this")
    {
        (i + 1, 1)
    } else {
        (i, 0)
    };
    if let Some(dir) = direction_of(word(start)) {
        let next = word(start + 1);
        let len = len0 + 2;
        if let Some(unit) = unit_of(next).filter(|_| !next.ends_with('s')) {
            // "the past year" is a span ending now, not last calendar year.
            if word(start).eq_ignore_ascii_case("past") {
                return None;
            }
            return Some((unit(dir), len));
        }
        if len0 > 0 {
            return None;
        }
        if let Some(s) = season_of(next) {
            return Some((DateKind::Season(s, Err(dir as i8)), len));
        }
        let capitalised = next.chars().next().is_some_and(char::is_uppercase);
        if let Some(d) = Date::weekday_from_name(next).filter(|_| capitalised) {
            return Some((DateKind::WeekdayDir(d, dir as i8), len));
        }
        // "last October" (not "last Oct. 23", a day the month branch reads).
        if let Some(m) = Date::month_from_name(next).filter(|_| capitalised && dir != 0) {
            return day_of(word(start + 2))
                .is_none()
                .then_some((DateKind::MonthDir(m, dir as i8), len));
        }
        return None;
    }
    // "the summer of 2014", "summer 2014".
    if let Some(s) = season_of(w) {
        if word(i + 1).eq_ignore_ascii_case("of") {
            if let Some(y) = year_of(word(i + 2)) {
                return Some((DateKind::Season(s, Ok(y)), 3));
            }
        }
        if let Some(y) = year_of(word(i + 1)) {
            return Some((DateKind::Season(s, Ok(y)), 2));
        }
    }
    None
}

/// Every date expression among the tokens `range` of `doc`.
pub fn find_expressions(doc: &Doc, range: Range<usize>) -> Vec<DateExpr> {
    let mut out = Vec::new();
    let mut i = range.start;
    let word = |j: usize| if range.contains(&j) { doc.word(j) } else { "" };
    while i < range.end {
        let w = doc.word(i);
        let capitalised = w.chars().next().is_some_and(char::is_uppercase);
        // "May" and abbreviations without a full stop ("Jan Kavan") are months only before a day
        // or a year.
        let bare =
            w == "May" || (w.len() <= 4 && !w.ends_with('.') && !["June", "July"].contains(&w));
        if let Some(m) = month_of(w).filter(|_| {
            capitalised
                && !(bare
                    && word(i + 1) != "."
                    && day_of(word(i + 1)).is_none()
                    && year_of(word(i + 1)).is_none()
                    && i.checked_sub(1).is_none_or(|j| day_of(word(j)).is_none()))
        }) {
            // "November 18, 2021" / "November 18" / "December 2021" / "18 November" / "March".
            if let Some(d) = day_of(word(i + 1)) {
                let (y, end) = match (word(i + 2), year_of(word(i + 3))) {
                    (",", Some(y)) => (Some(y), i + 4),
                    _ => match year_of(word(i + 2)) {
                        Some(y) => (Some(y), i + 3),
                        None => (None, i + 2),
                    },
                };
                let y = y.or_else(|| september_eleventh(m, d, word(end)));
                out.push(DateExpr {
                    tokens: i..end,
                    head: i,
                    kind: DateKind::Day(m, d, y),
                });
                i = end;
                continue;
            }
            if i > range.start {
                if let Some(d) = day_of(word(i - 1)) {
                    let y = year_of(word(i + 1));
                    let end = if y.is_some() { i + 2 } else { i + 1 };
                    let y = y.or_else(|| september_eleventh(m, d, word(end)));
                    out.push(DateExpr {
                        tokens: i - 1..end,
                        head: i,
                        kind: DateKind::Day(m, d, y),
                    });
                    i = end;
                    continue;
                }
            }
            let y = year_of(word(i + 1));
            let end = if y.is_some() { i + 2 } else { i + 1 };
            out.push(DateExpr {
                tokens: i..end,
                head: i,
                kind: DateKind::Month(m, y),
            });
            i = end;
            continue;
        }
        // "the 9/11 attacks", "the 9-11 Commission".
        if let Some(len) = numeric_september_eleventh(&word, i) {
            out.push(DateExpr {
                tokens: i..i + len,
                head: i + len - 1,
                kind: DateKind::Day(9, 11, Some(2001)),
            });
            i += len;
            continue;
        }
        if let Some((kind, len)) = relative(&word, i) {
            out.push(DateExpr {
                tokens: i..i + len,
                head: i + len - 1,
                kind,
            });
            i += len;
            continue;
        }
        if let Some(d) = decade_of(w, word(i + 1)) {
            let len = if w.len() == 4 { 2 } else { 1 };
            out.push(DateExpr {
                tokens: i..i + len,
                head: i,
                kind: DateKind::Decade(d),
            });
            i += len;
            continue;
        }
        // "in nineteen ninety-one": only after a preposition, so that "nineteen twenty-year-olds"
        // stays a count.
        let after_preposition = i > range.start
            && [
                "in", "since", "until", "by", "of", "from", "before", "after",
            ]
            .iter()
            .any(|p| p.eq_ignore_ascii_case(word(i - 1)));
        // The tokeniser may split "ninety-one" into three tokens.
        let split = (word(i + 2) == "-")
            .then(|| spelled_year(w, &format!("{}-{}", word(i + 1), word(i + 3))))
            .flatten();
        let spelled = match split {
            Some(y) => Some((y, 4)),
            None => spelled_year(w, word(i + 1)).map(|y| (y, 2)),
        };
        if let Some((y, len)) = spelled.filter(|_| after_preposition) {
            out.push(DateExpr {
                tokens: i..i + len,
                head: i + 1,
                kind: DateKind::Year(y),
            });
            i += len;
            continue;
        }
        if let Some(y) = year_of(w) {
            // "the summer of 2014" was taken above; "2014" alone is a year.
            out.push(DateExpr {
                tokens: i..i + 1,
                head: i,
                kind: DateKind::Year(y),
            });
        } else if let Some(d) = Date::weekday_from_name(w).filter(|_| capitalised) {
            // "Monday, Oct. 26": the calendar date that follows says which Monday.
            if word(i + 1) == "," && month_of(word(i + 2)).is_some() {
                i += 2;
                continue;
            }
            out.push(DateExpr {
                tokens: i..i + 1,
                head: i,
                kind: DateKind::Weekday(d),
            });
        } else {
            let rel = [
                ("today", 0),
                ("tonight", 0),
                ("yesterday", -1),
                ("tomorrow", 1),
            ]
            .iter()
            .find(|(x, _)| x.eq_ignore_ascii_case(w))
            .map(|(_, r)| *r);
            if let Some(r) = rel {
                out.push(DateExpr {
                    tokens: i..i + 1,
                    head: i,
                    kind: DateKind::Relative(r),
                });
            }
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::spelled_year;

    #[test]
    fn spoken_years_read_teens_tens_and_hyphenated_units() {
        assert_eq!(spelled_year("nineteen", "fifteen"), Some(1915));
        assert_eq!(spelled_year("Nineteen", "seventy"), Some(1970));
        assert_eq!(spelled_year("eighteen", "ninety-eight"), Some(1898));
        assert_eq!(spelled_year("nineteen", "ninety-a"), None);
        assert_eq!(spelled_year("nineteen", "15"), None);
        assert_eq!(spelled_year("twenty", "twenty"), None);
    }
}
