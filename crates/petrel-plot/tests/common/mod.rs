//! A synthetic weekly series of one dyad with an escalation and one alert.

use petrel_core::Date;
use petrel_monitor::{Alert, Measure, Signal};
use petrel_store::SeriesRow;

/// Counts per week: verbal coop, material coop, verbal conflict, material conflict.
pub const COUNTS: [[u64; 4]; 12] = [
    [6, 2, 3, 1],
    [5, 3, 2, 0],
    [7, 1, 4, 1],
    [0, 0, 0, 0],
    [4, 2, 3, 2],
    [5, 1, 5, 1],
    [3, 0, 6, 3],
    [2, 1, 9, 12],
    [1, 0, 11, 18],
    [3, 1, 7, 6],
    [4, 2, 4, 2],
    [6, 3, 2, 1],
];

/// Goldstein values assumed per quad class, to make a plausible mean.
const GOLDSTEIN: [f64; 4] = [3.0, 7.0, -4.0, -9.0];

/// Index of the alerting weeks in [`COUNTS`].
pub const ALERT_WEEKS: [usize; 2] = [7, 8];

/// `n` weeks of the series from Monday 2024-01-01, cycling through [`COUNTS`].
pub fn rows(n: usize) -> Vec<SeriesRow> {
    let first = Date::new(2024, 1, 1).unwrap();
    (0..n)
        .map(|i| {
            let c = COUNTS[i % COUNTS.len()];
            let events: u64 = c.iter().sum();
            let sum: f64 = c.iter().zip(GOLDSTEIN).map(|(&k, g)| k as f64 * g).sum();
            let start = first.add_days(7 * i as i64);
            SeriesRow {
                dyad: "RUS-UKR".into(),
                start,
                end: start.add_days(6),
                events,
                verbal_coop: c[0],
                material_coop: c[1],
                verbal_conflict: c[2],
                material_conflict: c[3],
                goldstein_sum: sum,
                goldstein_mean: (events > 0).then(|| sum / events as f64),
                total_events: 400,
                share: events as f64 / 400.0,
            }
        })
        .collect()
}

/// One alert over [`ALERT_WEEKS`] of `rows`.
pub fn alerts(rows: &[SeriesRow]) -> Vec<Alert> {
    vec![Alert {
        dyad: "RUS-UKR".into(),
        start: rows[ALERT_WEEKS[0]].start,
        end: rows[ALERT_WEEKS[1]].end,
        signal: Signal::MaterialConflict,
        measure: Measure::Share,
        observed: 30,
        expected: 4.2,
        score: 6.5,
        p_value: 3e-7,
        periods: Vec::new(),
        evidence: Vec::new(),
    }]
}
