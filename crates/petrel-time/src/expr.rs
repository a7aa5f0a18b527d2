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
    /// A weekday, 0 = Monday: "on Tuesday".
    Weekday(u8),
    /// Days relative to publication: today 0, yesterday −1, tomorrow +1.
    Relative(i8),
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

/// Every date expression among the tokens `range` of `doc`.
pub fn find_expressions(doc: &Doc, range: Range<usize>) -> Vec<DateExpr> {
    let mut out = Vec::new();
    let mut i = range.start;
    let word = |j: usize| if range.contains(&j) { doc.word(j) } else { "" };
    while i < range.end {
        let w = doc.word(i);
        let capitalised = w.chars().next().is_some_and(char::is_uppercase);
        if let Some(m) = month_of(w).filter(|_| {
            capitalised
                && !(w == "May" && day_of(word(i + 1)).is_none() && year_of(word(i + 1)).is_none())
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
        if let Some(y) = year_of(w) {
            out.push(DateExpr {
                tokens: i..i + 1,
                head: i,
                kind: DateKind::Year(y),
            });
        } else if let Some(d) = Date::weekday_from_name(w).filter(|_| capitalised) {
            out.push(DateExpr {
                tokens: i..i + 1,
                head: i,
                kind: DateKind::Weekday(d),
            });
        } else {
            let rel = match w.to_ascii_lowercase().as_str() {
                "today" | "tonight" => Some(0),
                "yesterday" => Some(-1),
                "tomorrow" => Some(1),
                _ => None,
            };
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
