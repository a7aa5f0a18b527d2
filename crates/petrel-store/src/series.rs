//! Dyad time series: one row per day, week or month, with counts per quad class, Goldstein
//! sum and mean, and the dyad's share of all asserted events of the period. Periods with no
//! events are rows of zeros.

use crate::error::sql_err;
use crate::filter::{bad, Dyad, Filter};
use crate::Store;
use petrel_core::{Date, Result};
use rusqlite::{params, params_from_iter};
use serde::Serialize;

/// The length of a series period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Period {
    /// Calendar days.
    Day,
    /// ISO weeks, Monday to Sunday.
    Week,
    /// Calendar months.
    Month,
}

impl Period {
    /// Parses `day`, `week` or `month`.
    pub fn parse(s: &str) -> Result<Period> {
        match s {
            "day" => Ok(Period::Day),
            "week" => Ok(Period::Week),
            "month" => Ok(Period::Month),
            _ => Err(bad(format!("--by expects day, week or month, got {s:?}"))),
        }
    }
    /// The first day of the period holding `d`.
    pub fn start(self, d: Date) -> Date {
        match self {
            Period::Day => d,
            Period::Week => d.add_days(-(d.weekday() as i64)),
            Period::Month => Date { day: 1, ..d },
        }
    }
    /// The first day of the next period.
    pub fn next(self, start: Date) -> Date {
        match self {
            Period::Day => start.add_days(1),
            Period::Week => start.add_days(7),
            Period::Month if start.month == 12 => Date {
                year: start.year + 1,
                month: 1,
                day: 1,
            },
            Period::Month => Date {
                month: start.month + 1,
                day: 1,
                ..start
            },
        }
    }
}

/// One period of a dyad's series.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SeriesRow {
    /// The dyad, `SOURCE-TARGET`.
    pub dyad: String,
    /// First day of the period.
    pub start: Date,
    /// Last day of the period.
    pub end: Date,
    /// Asserted events of the dyad.
    pub events: u64,
    /// Of which verbal cooperation (quad class 1).
    pub verbal_coop: u64,
    /// Material cooperation (2).
    pub material_coop: u64,
    /// Verbal conflict (3).
    pub verbal_conflict: u64,
    /// Material conflict (4).
    pub material_conflict: u64,
    /// Sum of Goldstein values.
    pub goldstein_sum: f64,
    /// Mean Goldstein value (null with no events).
    pub goldstein_mean: Option<f64>,
    /// Asserted events of every dyad in the period.
    pub total_events: u64,
    /// `events / total_events` (0 when the period has no events at all).
    pub share: f64,
}

/// A dyad of actor roots (countries, IGO, …: the first three letters of the codes) and how
/// many asserted events it has.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DyadCount {
    /// `SOURCE-TARGET` country codes.
    pub dyad: String,
    /// Asserted events.
    pub events: u64,
    /// Of which material conflict.
    pub material_conflict: u64,
    /// Mean Goldstein value.
    pub goldstein_mean: f64,
}

impl Store {
    /// The first and last day with asserted events, when there are any.
    pub fn day_range(&self) -> Result<Option<(Date, Date)>> {
        let r: (Option<i64>, Option<i64>) = self
            .conn
            .query_row(
                "SELECT min(day), max(day) FROM daily WHERE n > 0",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(|e| sql_err(&self.path, e))?;
        Ok(match r {
            (Some(a), Some(b)) => Some((Date::from_days(a), Date::from_days(b))),
            _ => None,
        })
    }

    /// Asserted events of all dyads per day in `[from, to]`, as (day, count) pairs.
    pub fn daily_totals(&self, from: Date, to: Date) -> Result<Vec<(i64, u64)>> {
        let mut st = self
            .conn
            .prepare_cached(
                "SELECT day, sum(n) FROM daily WHERE day BETWEEN ?1 AND ?2 GROUP BY day",
            )
            .map_err(|e| sql_err(&self.path, e))?;
        let rows = st
            .query_map(params![from.to_days(), to.to_days()], |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?.max(0) as u64))
            })
            .map_err(|e| sql_err(&self.path, e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| sql_err(&self.path, e))
    }

    /// The series of one directed dyad, one row per period from `from` to `to` (default: the
    /// store's first and last event days).
    pub fn series(
        &self,
        dyad: &Dyad,
        by: Period,
        from: Option<Date>,
        to: Option<Date>,
    ) -> Result<Vec<SeriesRow>> {
        let Some((first, last)) = self.day_range()? else {
            return Ok(Vec::new());
        };
        let (from, to) = (from.unwrap_or(first), to.unwrap_or(last));
        if from > to {
            return Err(bad(format!("--from {from} is after --to {to}")));
        }
        let start = by.start(from);
        let mut rows = Vec::new();
        let mut s = start;
        while s <= to {
            let n = by.next(s);
            rows.push(SeriesRow {
                dyad: dyad.to_string(),
                start: s,
                end: n.add_days(-1),
                events: 0,
                verbal_coop: 0,
                material_coop: 0,
                verbal_conflict: 0,
                material_conflict: 0,
                goldstein_sum: 0.0,
                goldstein_mean: None,
                total_events: 0,
                share: 0.0,
            });
            s = n;
        }
        let end = rows.last().map(|r| r.end).unwrap_or(to);
        let hits = self.dyad_days(dyad, from, to)?;
        let totals = self.daily_totals(from, to.min(end))?;
        let mut rows = rows;
        for (day, quad, n, g) in hits {
            if let Some(i) = index_of(&rows, day) {
                let r = &mut rows[i];
                r.events += n as u64;
                r.goldstein_sum += g;
                match quad {
                    1 => r.verbal_coop += n as u64,
                    2 => r.material_coop += n as u64,
                    3 => r.verbal_conflict += n as u64,
                    _ => r.material_conflict += n as u64,
                }
            }
        }
        for (day, n) in totals {
            if let Some(i) = index_of(&rows, day) {
                rows[i].total_events += n;
            }
        }
        for r in &mut rows {
            if r.events > 0 {
                r.goldstein_mean = Some(r.goldstein_sum / r.events as f64);
            }
            if r.total_events > 0 {
                r.share = r.events as f64 / r.total_events as f64;
            }
        }
        Ok(rows)
    }

    /// (day, quad class, events, Goldstein sum) of a dyad's asserted events: from the per-dyad
    /// daily counts when both sides are three-letter roots (countries, IGO), else from events.
    fn dyad_days(&self, dyad: &Dyad, from: Date, to: Date) -> Result<Vec<(i64, i64, i64, f64)>> {
        let err = |e| sql_err(&self.path, e);
        if dyad.source.len() == 3 && dyad.target.len() == 3 {
            let mut st = self
                .conn
                .prepare_cached(
                    "SELECT day, quad_class, n, goldstein_sum FROM dyad_daily
                     WHERE source_root = ?1 AND target_root = ?2 AND day BETWEEN ?3 AND ?4
                       AND n > 0",
                )
                .map_err(err)?;
            let rows = st
                .query_map(
                    params![dyad.source, dyad.target, from.to_days(), to.to_days()],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
                )
                .map_err(err)?;
            return rows.collect::<rusqlite::Result<_>>().map_err(err);
        }
        let f = Filter {
            dyads: vec![dyad.clone()],
            from: Some(from),
            to: Some(to),
            ..Default::default()
        };
        let w = f.sql();
        let sql = format!(
            "SELECT e.day, e.quad_class, count(*), sum(e.goldstein) FROM events e
             WHERE {} GROUP BY e.day, e.quad_class",
            w.clause
        );
        let mut st = self.conn.prepare(&sql).map_err(err)?;
        let rows = st
            .query_map(params_from_iter(w.params), |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })
            .map_err(err)?;
        rows.collect::<rusqlite::Result<_>>().map_err(err)
    }

    /// The most active country dyads (asserted events with both actors' countries known),
    /// optionally within dates.
    pub fn top_dyads(
        &self,
        from: Option<Date>,
        to: Option<Date>,
        limit: usize,
    ) -> Result<Vec<DyadCount>> {
        let mut st = self
            .conn
            .prepare_cached(
                "SELECT source_root || '-' || target_root AS dyad, sum(n),
                        sum(CASE WHEN quad_class = 4 THEN n ELSE 0 END),
                        sum(goldstein_sum) / sum(n)
                 FROM dyad_daily
                 WHERE source_root != '' AND target_root != '' AND n > 0
                   AND day BETWEEN ?1 AND ?2
                 GROUP BY source_root, target_root
                 ORDER BY sum(n) DESC, dyad LIMIT ?3",
            )
            .map_err(|e| sql_err(&self.path, e))?;
        let rows = st
            .query_map(
                params![
                    from.map(|d| d.to_days()).unwrap_or(i64::MIN),
                    to.map(|d| d.to_days()).unwrap_or(i64::MAX),
                    limit as i64
                ],
                |r| {
                    Ok(DyadCount {
                        dyad: r.get(0)?,
                        events: r.get::<_, i64>(1)? as u64,
                        material_conflict: r.get::<_, i64>(2)? as u64,
                        goldstein_mean: r.get(3)?,
                    })
                },
            )
            .map_err(|e| sql_err(&self.path, e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| sql_err(&self.path, e))
    }
}

/// The row whose period holds `day`.
fn index_of(rows: &[SeriesRow], day: i64) -> Option<usize> {
    let d = Date::from_days(day);
    rows.binary_search_by(|r| {
        if r.end < d {
            std::cmp::Ordering::Less
        } else if r.start > d {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }
    })
    .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_start_and_step() {
        let d = Date::parse("2024-02-29").unwrap(); // a Thursday
        assert_eq!(Period::Week.start(d).to_string(), "2024-02-26");
        assert_eq!(Period::Month.start(d).to_string(), "2024-02-01");
        assert_eq!(
            Period::Month
                .next(Date::parse("2024-12-01").unwrap())
                .to_string(),
            "2025-01-01"
        );
        assert_eq!(
            Period::Week.next(Period::Week.start(d)).to_string(),
            "2024-03-04"
        );
        assert!(Period::parse("fortnight").is_err());
    }
}
