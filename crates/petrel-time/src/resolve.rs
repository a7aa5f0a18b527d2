//! Resolving a date expression against the publication date.

use crate::DateKind;
use petrel_core::{Date, DatePrecision};

/// The date and precision that `kind` names, given the publication date `pubdate` and whether
/// the event is in the future (which picks the next, not the last, weekday).
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
}
