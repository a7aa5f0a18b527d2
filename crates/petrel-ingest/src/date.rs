//! Lenient date reading for input records, HTML meta tags and WARC/ARC headers.

use petrel_core::Date;

/// Reads a calendar date from the forms found in inputs:
/// ISO 8601 (`2021-12-06`, `2021-12-06T10:00:00Z`, `2021-12-06 10:00`), `2021/12/06`,
/// compact (`20211206`, ARC's `20080430204825`), RFC 2822 / HTTP
/// (`Mon, 06 Dec 2021 10:00:00 GMT`), `06 December 2021` and `December 6, 2021`.
/// The time of day and zone are ignored.
pub fn parse_date(s: &str) -> Option<Date> {
    let s = s.trim();
    if let Some(d) = Date::parse(s) {
        return Some(d);
    }
    let b = s.as_bytes();
    if b.len() >= 10 && b[4] == b'/' && b[7] == b'/' {
        return ymd(s.get(..4)?, s.get(5..7)?, s.get(8..10)?);
    }
    if b.len() >= 8
        && b[..8].iter().all(u8::is_ascii_digit)
        && !matches!(b.get(8), Some(c) if !c.is_ascii_digit() && *c != b'T')
    {
        return ymd(s.get(..4)?, s.get(4..6)?, s.get(6..8)?);
    }
    textual(s)
}

/// The UTC date of a Unix timestamp; values above 10^11 are taken as milliseconds.
pub fn date_from_epoch(t: i64) -> Date {
    let secs = if t.abs() > 100_000_000_000 {
        t / 1000
    } else {
        t
    };
    Date::from_days(secs.div_euclid(86_400))
}

fn ymd(y: &str, m: &str, d: &str) -> Option<Date> {
    Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

/// `[Weekday,] 06 Dec 2021 …` or `December 6, 2021 …`.
fn textual(s: &str) -> Option<Date> {
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .take(5)
        .collect();
    for i in 0..words.len() {
        let Some(m) = month(words[i]) else { continue };
        let num = |j: usize| {
            words.get(j).and_then(|w| {
                w.trim_end_matches(|c: char| c.is_ascii_alphabetic())
                    .parse::<i64>()
                    .ok()
            })
        };
        let (day, year) = match (i.checked_sub(1).and_then(num), num(i + 1), num(i + 2)) {
            (Some(d), Some(y), _) if d <= 31 && y > 31 => (d, y),
            (_, Some(d), Some(y)) if d <= 31 && y > 31 => (d, y),
            _ => continue,
        };
        return Date::new(i32::try_from(year).ok()?, m, u8::try_from(day).ok()?);
    }
    None
}

fn month(w: &str) -> Option<u8> {
    Date::month_from_name(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> String {
        parse_date(s).map(|d| d.to_string()).unwrap_or_default()
    }

    #[test]
    fn forms() {
        assert_eq!(p("2021-12-06"), "2021-12-06");
        assert_eq!(p("2021-12-06T10:00:00+01:00"), "2021-12-06");
        assert_eq!(p("2021/12/06"), "2021-12-06");
        assert_eq!(p("20080430204825"), "2008-04-30");
        assert_eq!(p("Mon, 06 Dec 2021 10:00:00 GMT"), "2021-12-06");
        assert_eq!(p("December 6, 2021"), "2021-12-06");
        assert_eq!(p("6 Sept. 2021"), "2021-09-06");
        assert_eq!(p("yesterday"), "");
        assert_eq!(p("2021-13-01"), "");
        assert_eq!(p("Mayday 2021"), "");
        assert_eq!(date_from_epoch(1_638_748_800).to_string(), "2021-12-06");
        assert_eq!(date_from_epoch(1_638_748_800_000).to_string(), "2021-12-06");
    }
}
