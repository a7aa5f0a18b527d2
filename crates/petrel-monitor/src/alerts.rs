//! Escalation alerts: each period of a dyad's series is compared with the dyad's own recent
//! baseline, for material conflict (quad class 4) and, as a second signal, verbal conflict
//! (quad class 3). The method and its defaults are documented in docs/monitor.md.
//!
//! - **Share** (the default, for general news feeds): the period's signal events `k` out of all
//!   asserted events `n` of the period, tested one-sided against the baseline rate `p0` with a
//!   binomial test, `P(X ≥ k | n, p0)`. More news with the same share is not an alert.
//! - **Count** (for corpora selected for one conflict, where volume is the signal): `k` tested
//!   against the baseline mean `λ` with a Poisson test, `P(X ≥ k | λ)`.
//!
//! A period alerts when its p-value is under `alpha` and `k ≥ min_count`; consecutive
//! alerting periods make one alert.

use crate::stats::{ln_binomial_sf, ln_poisson_sf};
use petrel_core::Date;
use petrel_store::SeriesRow;
use serde::Serialize;

/// What is compared with the baseline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Measure {
    /// The dyad's share of all events of the period (binomial test).
    Share,
    /// The dyad's event count (Poisson test).
    Count,
}

/// Which events make the signal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Signal {
    /// Quad class 4: assaults, fights, coercion.
    MaterialConflict,
    /// Quad class 3: threats, accusations, demands, rejections.
    VerbalConflict,
}

impl Signal {
    /// The signal's events in a series row.
    pub fn count(self, r: &SeriesRow) -> u64 {
        match self {
            Signal::MaterialConflict => r.material_conflict,
            Signal::VerbalConflict => r.verbal_conflict,
        }
    }
    /// The quad class it counts.
    pub fn quad_class(self) -> u8 {
        match self {
            Signal::MaterialConflict => 4,
            Signal::VerbalConflict => 3,
        }
    }
}

/// Parameters of the test (defaults in [`Params::default`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Params {
    /// Share or count.
    pub measure: Measure,
    /// How many periods before the tested one make its baseline.
    pub baseline: usize,
    /// Fewest baseline periods needed before a period is tested.
    pub min_baseline: usize,
    /// Largest p-value that alerts.
    pub alpha: f64,
    /// Fewest signal events a period needs to alert.
    pub min_count: u64,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            measure: Measure::Share,
            baseline: 8,
            min_baseline: 4,
            alpha: 0.001,
            min_count: 5,
        }
    }
}

/// One tested period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PeriodTest {
    /// First day.
    pub start: Date,
    /// Last day.
    pub end: Date,
    /// Signal events in the period.
    pub observed: u64,
    /// Signal events the baseline leads one to expect (`p0 × n` or `λ`).
    pub expected: f64,
    /// One-sided p-value (0 when smaller than f64 can hold; `score` keeps the size).
    pub p_value: f64,
    /// `-log10` of the p-value.
    pub score: f64,
}

/// One alert: a run of consecutive alerting periods of one dyad and signal.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Alert {
    /// `SOURCE-TARGET`.
    pub dyad: String,
    /// First day of the first alerting period.
    pub start: Date,
    /// Last day of the last alerting period.
    pub end: Date,
    /// Material or verbal conflict.
    pub signal: Signal,
    /// Share or count.
    pub measure: Measure,
    /// Signal events over the alert's periods.
    pub observed: u64,
    /// Expected signal events over them.
    pub expected: f64,
    /// `-log10` of the smallest p-value among the periods (the size of the surprise).
    pub score: f64,
    /// The smallest p-value (0 when smaller than f64 can hold).
    pub p_value: f64,
    /// The periods, one by one.
    pub periods: Vec<PeriodTest>,
    /// Ids of the event clusters that contribute most (by mentions), at most five.
    pub evidence: Vec<i64>,
}

/// Tests every period of `rows` (one dyad's series, in order) against its baseline.
pub fn test_periods(rows: &[SeriesRow], signal: Signal, p: &Params) -> Vec<Option<PeriodTest>> {
    rows.iter()
        .enumerate()
        .map(|(i, r)| {
            let base = &rows[i.saturating_sub(p.baseline)..i];
            if base.len() < p.min_baseline {
                return None;
            }
            let k = signal.count(r);
            let k_base: u64 = base.iter().map(|b| signal.count(b)).sum();
            let (expected, ln_p) = match p.measure {
                Measure::Count => {
                    // Half an event added to the baseline: a dyad never seen before is not
                    // "infinitely" surprising, only very surprising.
                    let lambda = (k_base as f64 + 0.5) / base.len() as f64;
                    (lambda, ln_poisson_sf(k, lambda))
                }
                Measure::Share => {
                    let n_base: u64 = base.iter().map(|b| b.total_events).sum();
                    let p0 = (k_base as f64 + 0.5) / (n_base as f64 + 1.0);
                    let n = r.total_events;
                    if n == 0 {
                        return None;
                    }
                    (p0 * n as f64, ln_binomial_sf(k, n, p0.min(1.0)))
                }
            };
            Some(PeriodTest {
                start: r.start,
                end: r.end,
                observed: k,
                expected,
                p_value: ln_p.exp(),
                score: -ln_p / std::f64::consts::LN_10,
            })
        })
        .collect()
}

/// The alerts of one dyad's series: runs of consecutive periods with `p < alpha` and at least
/// `min_count` signal events. Evidence is left empty for the caller to fill.
pub fn detect(rows: &[SeriesRow], signal: Signal, p: &Params) -> Vec<Alert> {
    let dyad = rows.first().map(|r| r.dyad.clone()).unwrap_or_default();
    let mut out: Vec<Alert> = Vec::new();
    let mut open = false;
    for t in test_periods(rows, signal, p) {
        let hit = t
            .as_ref()
            .filter(|t| t.score > -p.alpha.log10() && t.observed >= p.min_count);
        match (hit, open) {
            (Some(t), true) => {
                let a = out.last_mut().expect("an open alert");
                a.end = t.end;
                a.observed += t.observed;
                a.expected += t.expected;
                if t.score > a.score {
                    a.score = t.score;
                    a.p_value = t.p_value;
                }
                a.periods.push(t.clone());
            }
            (Some(t), false) => {
                out.push(Alert {
                    dyad: dyad.clone(),
                    start: t.start,
                    end: t.end,
                    signal,
                    measure: p.measure,
                    observed: t.observed,
                    expected: t.expected,
                    score: t.score,
                    p_value: t.p_value,
                    periods: vec![t.clone()],
                    evidence: Vec::new(),
                });
                open = true;
            }
            (None, _) => open = false,
        }
    }
    out
}
