//! Alerts over a store: the series of every active dyad (or the ones asked for), tested for
//! both signals, with the clusters that contribute most as evidence.

use crate::alerts::{detect, Alert, Measure, Params, Signal};
use petrel_core::{Date, Result};
use petrel_store::{Dyad, Filter, Period, Store};

/// What to look at.
#[derive(Debug, Clone)]
pub struct AlertQuery {
    /// The dyads; empty means the most active ones.
    pub dyads: Vec<Dyad>,
    /// Day or week.
    pub by: Period,
    /// Only alerts that end on or after this day.
    pub since: Option<Date>,
    /// How many of the most active dyads, when none are given.
    pub max_dyads: usize,
    /// The test's parameters.
    pub params: Params,
}

/// The share of all asserted events that the most active dyad holds, with its name: a high
/// share (over a tenth) says the corpus was selected for one conflict.
pub fn dominant_dyad(store: &Store) -> Result<Option<(String, f64)>> {
    let top = store.top_dyads(None, None, 1)?;
    let Some(d) = top.first() else {
        return Ok(None);
    };
    let total: u64 = match store.day_range()? {
        Some((a, b)) => store.daily_totals(a, b)?.iter().map(|(_, n)| n).sum(),
        None => 0,
    };
    Ok((total > 0).then(|| (d.dyad.clone(), d.events as f64 / total as f64)))
}

/// A dyad holding more than this share of all events marks a corpus selected for one conflict.
pub const TOPIC_SHARE: f64 = 0.1;

/// The measure that fits the store: count when one dyad holds more than [`TOPIC_SHARE`] of all
/// events (a corpus selected for one conflict, where volume is the signal), else share.
pub fn fitting_measure(store: &Store) -> Result<Measure> {
    Ok(match dominant_dyad(store)? {
        Some((_, share)) if share > TOPIC_SHARE => Measure::Count,
        _ => Measure::Share,
    })
}

/// The alerts of one dyad for a view of `by` periods from `from` to `to`, oldest first: tested
/// per day for a daily view and per week otherwise (a month view shows the weeks that alert),
/// on the whole series so that the first periods of the view have their baseline.
pub fn view_alerts(
    store: &Store,
    dyad: &Dyad,
    by: Period,
    from: Option<Date>,
    to: Option<Date>,
    measure: Measure,
) -> Result<Vec<Alert>> {
    let q = AlertQuery {
        dyads: vec![dyad.clone()],
        by: if by == Period::Day {
            Period::Day
        } else {
            Period::Week
        },
        since: from,
        max_dyads: 1,
        params: Params {
            measure,
            ..Params::default()
        },
    };
    let mut found = alerts(store, &q)?;
    if let Some(to) = to {
        found.retain(|a| a.start <= to);
    }
    found.sort_by_key(|a| a.start);
    Ok(found)
}

/// Every alert of the query, most significant first.
pub fn alerts(store: &Store, q: &AlertQuery) -> Result<Vec<Alert>> {
    let dyads = if q.dyads.is_empty() {
        store
            .top_dyads(None, None, q.max_dyads)?
            .into_iter()
            .filter(|d| d.events >= q.params.min_count)
            .filter_map(|d| Dyad::parse(&d.dyad).ok())
            .collect()
    } else {
        q.dyads.clone()
    };
    let mut out = Vec::new();
    for d in &dyads {
        let rows = store.series(d, q.by, None, None)?;
        for signal in [Signal::MaterialConflict, Signal::VerbalConflict] {
            for mut a in detect(&rows, signal, &q.params) {
                if q.since.is_some_and(|s| a.end < s) {
                    continue;
                }
                a.evidence = store.top_clusters(
                    &Filter {
                        dyads: vec![d.clone()],
                        quad: Some(signal.quad_class()),
                        from: Some(a.start),
                        to: Some(a.end),
                        ..Default::default()
                    },
                    5,
                )?;
                out.push(a);
            }
        }
    }
    out.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.start.cmp(&b.start)));
    Ok(out)
}
