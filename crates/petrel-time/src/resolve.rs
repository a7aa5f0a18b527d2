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
        DateKind::Weekday(w) => {
            let p = pubdate?;
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
        DateKind::Relative(r) => Some((pubdate?.add_days(r as i64), DatePrecision::Day)),
    }
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
        let april = |future| resolve(DateKind::Month(4, None), Some(january), future).unwrap().0;
        assert_eq!(april(false).to_string(), "2023-04-01");
        assert_eq!(april(true).to_string(), "2024-04-01");
        let november = Date::parse("2023-11-20").unwrap();
        let feb = resolve(DateKind::Month(2, None), Some(november), true).unwrap().0;
        assert_eq!(feb.to_string(), "2024-02-01");
        let jan5 = resolve(DateKind::Day(1, 5, None), Some(november), true).unwrap().0;
        assert_eq!(jan5.to_string(), "2024-01-05");
        let nov2 = resolve(DateKind::Day(11, 2, None), Some(november), true).unwrap().0;
        assert_eq!(nov2.to_string(), "2023-11-02");
    }
}
