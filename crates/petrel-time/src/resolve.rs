//! Resolving a date expression against the publication date.

use crate::DateKind;
use petrel_core::{Date, DatePrecision};

/// The date and precision that `kind` names, given the publication date `pubdate` and whether
/// the event is in the future (which picks the next, not the last, weekday, month or day
/// without a year).
pub fn resolve(
    kind: DateKind,
    pubdate: Option<Date>,
    future: bool,
) -> Option<(Date, DatePrecision)> {
    match kind {
        DateKind::Year(y) => Some((Date::new(y, 1, 1)?, DatePrecision::Year)),
        DateKind::Month(m, y) => {
            let y = y.or_else(|| {
                pubdate.map(|p| {
                    if m > p.month && !future {
                        p.year - 1
                    } else if m < p.month && future {
                        p.year + 1
                    } else {
                        p.year
                    }
                })
            })?;
            Some((Date::new(y, m, 1)?, DatePrecision::Month))
        }
        DateKind::Day(m, d, y) => {
            let y = y.or_else(|| {
                pubdate.map(|p| {
                    if (m, d) > (p.month, p.day) && !future && m > p.month + 1 {
                        p.year - 1
                    } else if future && m + 1 < p.month {
                        p.year + 1
                    } else {
                        p.year
                    }
                })
            })?;
            Some((Date::new(y, m, d)?, DatePrecision::Day))
        }
        DateKind::Weekday(w) => weekday(pubdate?, w, future),
        DateKind::WeekdayDir(w, dir) => {
            let (d, p) = weekday(pubdate?, w, if dir == 0 { future } else { dir > 0 })?;
            // "last Wednesday" in Wednesday's paper is a week ago, never today.
            let d = if dir < 0 && Some(d) == pubdate {
                d.add_days(-7)
            } else {
                d
            };
            Some((d, p))
        }
        DateKind::MonthDir(m, dir) => {
            let p = pubdate?;
            let y = if dir < 0 {
                if m < p.month {
                    p.year
                } else {
                    p.year - 1
                }
            } else if m > p.month {
                p.year
            } else {
                p.year + 1
            };
            Some((Date::new(y, m, 1)?, DatePrecision::Month))
        }
        DateKind::Relative(r) => Some((pubdate?.add_days(r as i64), DatePrecision::Day)),
        DateKind::Weeks(k) => {
            let p = pubdate?;
            let monday = p.add_days(-(p.weekday() as i64));
            Some((monday.add_days(7 * k as i64), DatePrecision::Week))
        }
        DateKind::Months(k) => {
            let p = pubdate?;
            let n = p.year * 12 + (p.month as i32 - 1) + k;
            Some((
                Date::new(n.div_euclid(12), (n.rem_euclid(12) + 1) as u8, 1)?,
                DatePrecision::Month,
            ))
        }
        DateKind::Years(k) => Some((Date::new(pubdate?.year + k, 1, 1)?, DatePrecision::Year)),
        DateKind::Season(season, Ok(y)) => season_start(season, y),
        DateKind::Season(season, Err(dir)) => {
            let p = pubdate?;
            // Seasons as a running index: spring of year y is 4y, winter (from December) 4y + 3.
            let (cur_season, cur_year) = match p.month {
                3..=5 => (0, p.year),
                6..=8 => (1, p.year),
                9..=11 => (2, p.year),
                12 => (3, p.year),
                _ => (3, p.year - 1),
            };
            let now = cur_year * 4 + cur_season;
            let same_year = cur_year * 4 + season as i32;
            let idx = match dir {
                d if d < 0 => {
                    if same_year < now {
                        same_year
                    } else {
                        same_year - 4
                    }
                }
                d if d > 0 => {
                    if same_year > now {
                        same_year
                    } else {
                        same_year + 4
                    }
                }
                // "this summer": in spring it is still to come, in autumn it has passed; the
                // tense decides only when the season is the current one.
                _ => same_year,
            };
            season_start(season, idx.div_euclid(4))
        }
        DateKind::Decade(y) => Some((Date::new(y, 1, 1)?, DatePrecision::Decade)),
    }
}

/// The first day of a season (meteorological: spring from March, winter from December).
fn season_start(season: u8, year: i32) -> Option<(Date, DatePrecision)> {
    Some((Date::new(year, 3 + 3 * season, 1)?, DatePrecision::Season))
}

/// The weekday `w` nearest the publication date, forward for a future event.
fn weekday(p: Date, w: u8, future: bool) -> Option<(Date, DatePrecision)> {
    let today = p.weekday() as i64;
    let delta = if future {
        let d = (w as i64 - today).rem_euclid(7);
        if d == 0 {
            7
        } else {
            d
        }
    } else {
        -((today - w as i64).rem_euclid(7))
    };
    Some((p.add_days(delta), DatePrecision::Day))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays_resolve_forward_for_future_and_back_for_past() {
        let monday = Date::parse("2021-12-06").unwrap();
        let tue = resolve(DateKind::Weekday(1), Some(monday), true).unwrap().0;
        assert_eq!(tue.to_string(), "2021-12-07");
        let past_tue = resolve(DateKind::Weekday(1), Some(monday), false)
            .unwrap()
            .0;
        assert_eq!(past_tue.to_string(), "2021-11-30");
        let same_day = resolve(DateKind::Weekday(0), Some(monday), false)
            .unwrap()
            .0;
        assert_eq!(same_day, monday);
        assert_eq!(
            resolve(DateKind::Year(2014), Some(monday), false)
                .unwrap()
                .1,
            DatePrecision::Year
        );
        assert_eq!(
            resolve(DateKind::Day(11, 18, None), Some(monday), false)
                .unwrap()
                .0
                .to_string(),
            "2021-11-18"
        );
        assert!(resolve(DateKind::Weekday(1), None, true).is_none());
    }

    #[test]
    fn months_and_days_without_a_year_resolve_forward_for_the_future() {
        let january = Date::parse("2024-01-20").unwrap();
        let april = |future| {
            resolve(DateKind::Month(4, None), Some(january), future)
                .unwrap()
                .0
        };
        assert_eq!(april(false).to_string(), "2023-04-01");
        assert_eq!(april(true).to_string(), "2024-04-01");
        let november = Date::parse("2023-11-20").unwrap();
        let feb = resolve(DateKind::Month(2, None), Some(november), true)
            .unwrap()
            .0;
        assert_eq!(feb.to_string(), "2024-02-01");
        let jan5 = resolve(DateKind::Day(1, 5, None), Some(november), true)
            .unwrap()
            .0;
        assert_eq!(jan5.to_string(), "2024-01-05");
        let nov2 = resolve(DateKind::Day(11, 2, None), Some(november), true)
            .unwrap()
            .0;
        assert_eq!(nov2.to_string(), "2023-11-02");
    }

    fn at(kind: DateKind, pub_: &str, future: bool) -> String {
        let (d, p) = resolve(kind, Date::parse(pub_), future).unwrap();
        format!("{d}/{}", p.as_str())
    }

    #[test]
    fn relative_units_count_from_the_publication_date() {
        let wed = "2024-05-15"; // a Wednesday
        assert_eq!(at(DateKind::Relative(-3), wed, false), "2024-05-12/day");
        assert_eq!(at(DateKind::Weeks(0), wed, false), "2024-05-13/week");
        assert_eq!(at(DateKind::Weeks(-1), wed, false), "2024-05-06/week");
        assert_eq!(at(DateKind::Weeks(1), wed, true), "2024-05-20/week");
        assert_eq!(at(DateKind::Months(0), wed, false), "2024-05-01/month");
        assert_eq!(at(DateKind::Months(-5), wed, false), "2023-12-01/month");
        assert_eq!(at(DateKind::Months(8), wed, true), "2025-01-01/month");
        assert_eq!(at(DateKind::Years(-4), wed, false), "2020-01-01/year");
        assert_eq!(at(DateKind::Years(1), wed, true), "2025-01-01/year");
        assert_eq!(at(DateKind::Decade(1990), wed, false), "1990-01-01/decade");
    }

    #[test]
    fn directed_weekdays_and_months_ignore_the_tense() {
        let wed = "2024-05-15";
        assert_eq!(at(DateKind::WeekdayDir(1, -1), wed, true), "2024-05-14/day");
        assert_eq!(at(DateKind::WeekdayDir(1, 1), wed, false), "2024-05-21/day");
        assert_eq!(at(DateKind::WeekdayDir(4, 0), wed, true), "2024-05-17/day");
        assert_eq!(at(DateKind::WeekdayDir(4, 0), wed, false), "2024-05-10/day");
        // "last Wednesday" in a Wednesday paper: a week back, not the day itself.
        assert_eq!(
            at(DateKind::WeekdayDir(2, -1), wed, false),
            "2024-05-08/day"
        );
        assert_eq!(
            at(DateKind::MonthDir(3, -1), wed, false),
            "2024-03-01/month"
        );
        assert_eq!(
            at(DateKind::MonthDir(6, -1), wed, false),
            "2023-06-01/month"
        );
        assert_eq!(at(DateKind::MonthDir(3, 1), wed, false), "2025-03-01/month");
    }

    #[test]
    fn seasons_resolve_by_direction_and_year() {
        let may = "2024-05-15"; // spring
        let oct = "2024-10-02"; // autumn
        let jan = "2024-01-10"; // winter 2023/24
        assert_eq!(
            at(DateKind::Season(1, Ok(2014)), may, false),
            "2014-06-01/season"
        );
        assert_eq!(
            at(DateKind::Season(1, Err(-1)), may, false),
            "2023-06-01/season"
        );
        assert_eq!(
            at(DateKind::Season(1, Err(-1)), oct, false),
            "2024-06-01/season"
        );
        assert_eq!(
            at(DateKind::Season(1, Err(1)), may, true),
            "2024-06-01/season"
        );
        assert_eq!(
            at(DateKind::Season(1, Err(1)), oct, true),
            "2025-06-01/season"
        );
        assert_eq!(
            at(DateKind::Season(1, Err(0)), oct, false),
            "2024-06-01/season"
        );
        assert_eq!(
            at(DateKind::Season(3, Err(0)), jan, false),
            "2023-12-01/season"
        );
        assert_eq!(
            at(DateKind::Season(3, Err(-1)), jan, false),
            "2022-12-01/season"
        );
        assert_eq!(
            at(DateKind::Season(0, Err(1)), jan, true),
            "2024-03-01/season"
        );
    }
}
