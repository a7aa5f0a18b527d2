//! Calendar periods (a day, week, month, season, year or decade) and TimeML date values.

use petrel_core::{Date, DatePrecision};

/// A calendar period: its first day (a week's Monday) and its length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    /// The first day.
    pub start: Date,
    /// How long the period is.
    pub precision: DatePrecision,
}

impl Period {
    /// One day.
    pub fn day(d: Date) -> Period {
        Period {
            start: d,
            precision: DatePrecision::Day,
        }
    }

    /// The first day after the period.
    pub fn end(self) -> Date {
        let months = |n: i32| {
            let m = self.start.year * 12 + self.start.month as i32 - 1 + n;
            Date {
                year: m.div_euclid(12),
                month: (m.rem_euclid(12) + 1) as u8,
                day: 1,
            }
        };
        match self.precision {
            DatePrecision::Day => self.start.add_days(1),
            DatePrecision::Week => self.start.add_days(7),
            DatePrecision::Month => months(1),
            DatePrecision::Season => months(3),
            DatePrecision::Year => months(12),
            DatePrecision::Decade => months(120),
        }
    }

    /// True when the day falls inside the period.
    pub fn contains(self, d: Date) -> bool {
        self.start <= d && d < self.end()
    }

    /// True when this period is at least as fine as `outer` and starts inside it (a week
    /// counts as inside a month when its Monday is).
    pub fn within(self, outer: Period) -> bool {
        rank(self.precision) <= rank(outer.precision) && outer.contains(self.start)
    }
}

/// Finer precisions rank lower.
fn rank(p: DatePrecision) -> u8 {
    match p {
        DatePrecision::Day => 0,
        DatePrecision::Week => 1,
        DatePrecision::Month => 2,
        DatePrecision::Season => 3,
        DatePrecision::Year => 4,
        DatePrecision::Decade => 5,
    }
}

/// Parses a TimeML DATE value: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-Wnn` (ISO week), `YYY`
/// (a decade) or `YYYY-SP|SU|FA|WI` (a season from March, June, September or December);
/// anything else (`PAST_REF`, quarters, times of day, durations) is `None`.
pub fn parse_gold_value(v: &str) -> Option<Period> {
    let num = |s: &str| {
        (!s.is_empty() && s.bytes().all(|c| c.is_ascii_digit()))
            .then(|| s.parse::<i32>().ok())
            .flatten()
    };
    let at = |y: i32, m: u8, precision| {
        Some(Period {
            start: Date::new(y, m, 1)?,
            precision,
        })
    };
    let parts: Vec<&str> = v.split('-').collect();
    match parts[..] {
        [d] if d.len() == 3 => at(num(d)? * 10, 1, DatePrecision::Decade),
        [y] if y.len() == 4 => at(num(y)?, 1, DatePrecision::Year),
        [y, m] if y.len() == 4 && m.len() == 2 => {
            let y = num(y)?;
            match m {
                "SP" => at(y, 3, DatePrecision::Season),
                "SU" => at(y, 6, DatePrecision::Season),
                "FA" => at(y, 9, DatePrecision::Season),
                "WI" => at(y, 12, DatePrecision::Season),
                _ => at(y, u8::try_from(num(m)?).ok()?, DatePrecision::Month),
            }
        }
        [y, w] if y.len() == 4 && w.len() == 3 && w.starts_with('W') => {
            iso_week(num(y)?, num(&w[1..])?)
        }
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
            let (m, d) = (u8::try_from(num(m)?).ok()?, u8::try_from(num(d)?).ok()?);
            Date::new(num(y)?, m, d).map(Period::day)
        }
        _ => None,
    }
}

/// ISO week `n` of `year`: the week whose Thursday is in that year, starting on Monday.
fn iso_week(year: i32, n: i32) -> Option<Period> {
    let jan4 = Date::new(year, 1, 4)?;
    let monday = jan4.add_days(-(jan4.weekday() as i64) + 7 * (n as i64 - 1));
    (n >= 1 && monday.add_days(3).year == year).then_some(Period {
        start: monday,
        precision: DatePrecision::Week,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(v: &str) -> Option<(String, &'static str)> {
        parse_gold_value(v).map(|p| (p.start.to_string(), p.precision.as_str()))
    }

    fn some(start: &str, prec: &'static str) -> Option<(String, &'static str)> {
        Some((start.to_string(), prec))
    }

    #[test]
    fn parses_the_scorable_values() {
        assert_eq!(p("1998"), some("1998-01-01", "year"));
        assert_eq!(p("1998-02"), some("1998-02-01", "month"));
        assert_eq!(p("1998-02-27"), some("1998-02-27", "day"));
        assert_eq!(p("199"), some("1990-01-01", "decade"));
        assert_eq!(p("1998-SP"), some("1998-03-01", "season"));
        assert_eq!(p("1998-SU"), some("1998-06-01", "season"));
        assert_eq!(p("1998-FA"), some("1998-09-01", "season"));
        assert_eq!(p("1998-WI"), some("1998-12-01", "season"));
        assert_eq!(p("1998-W01"), some("1997-12-29", "week"));
        assert_eq!(p("2021-W01"), some("2021-01-04", "week"));
        assert_eq!(p("2020-W53"), some("2020-12-28", "week"));
    }

    #[test]
    fn skips_everything_else() {
        for v in [
            "PAST_REF",
            "PRESENT_REF",
            "FUTURE_REF",
            "1998-Q1",
            "1998-QX",
            "1998-01-08TEV",
            "1998-01-08T12:00",
            "P1W",
            "1998-WXX",
            "1998-W54",
            "2021-W53",
            "1998-02-30",
            "1998-13",
            "199X",
            "19",
            "1998-H1",
            "1998-XX-XX",
            "XXXX",
            "",
            "+998",
        ] {
            assert_eq!(p(v), None, "{v}");
        }
    }

    #[test]
    fn containment_respects_granularity() {
        let g = |v| parse_gold_value(v).unwrap();
        assert!(g("1998-02-27").within(g("1998-02")));
        assert!(g("1998-02-27").within(g("1998-W09")));
        assert!(
            g("1998-W09").within(g("1998-02")),
            "Monday 23 Feb is in February"
        );
        assert!(!g("1998-W05").within(g("1998-02")), "Monday 26 Jan is not");
        assert!(g("1998-12").within(g("1998-WI")));
        assert!(g("1999-02-10").within(g("1998-WI")));
        assert!(g("1998-WI").within(g("1998")));
        assert!(g("1998").within(g("199")));
        assert!(!g("1998").within(g("1998-02")), "coarser than the gold");
        assert!(g("1998").within(g("1998")));
        assert!(!g("2000-01-01").within(g("199")));
        assert_eq!(g("1998-12").end().to_string(), "1999-01-01");
    }
}
