//! Alerts on synthetic series: a flat series raises none, a step raises one at the step, and
//! a doubling of news volume with an unchanged share raises no share alert.

use petrel_core::Date;
use petrel_monitor::{detect, Measure, Params, Signal};
use petrel_store::SeriesRow;

/// Weekly rows from 2024-01-01 with `k` material-conflict events out of `n` in all.
fn series(counts: &[(u64, u64)]) -> Vec<SeriesRow> {
    let start = Date::parse("2024-01-01").unwrap();
    counts
        .iter()
        .enumerate()
        .map(|(i, &(k, n))| SeriesRow {
            dyad: "AAA-BBB".into(),
            start: start.add_days(7 * i as i64),
            end: start.add_days(7 * i as i64 + 6),
            events: k,
            verbal_coop: 0,
            material_coop: 0,
            verbal_conflict: 0,
            material_conflict: k,
            goldstein_sum: -10.0 * k as f64,
            goldstein_mean: (k > 0).then_some(-10.0),
            total_events: n,
            share: if n > 0 { k as f64 / n as f64 } else { 0.0 },
        })
        .collect()
}

/// A noisy but flat level: 10 ± 3.
const FLAT: [u64; 12] = [9, 12, 10, 8, 11, 13, 9, 10, 7, 12, 10, 11];

fn params(measure: Measure) -> Params {
    Params {
        measure,
        ..Params::default()
    }
}

#[test]
fn a_flat_series_raises_no_alert() {
    let rows = series(
        &FLAT
            .iter()
            .chain(FLAT.iter())
            .map(|&k| (k, 200))
            .collect::<Vec<_>>(),
    );
    for m in [Measure::Share, Measure::Count] {
        assert!(
            detect(&rows, Signal::MaterialConflict, &params(m)).is_empty(),
            "{m:?}"
        );
        assert!(
            detect(&rows, Signal::VerbalConflict, &params(m)).is_empty(),
            "{m:?}"
        );
    }
}

#[test]
fn a_step_raises_one_alert_at_the_step() {
    let mut w: Vec<(u64, u64)> = FLAT.iter().map(|&k| (k, 200)).collect();
    w.extend([
        (40, 230),
        (38, 228),
        (42, 232),
        (41, 231),
        (39, 229),
        (40, 230),
        (43, 233),
        (40, 230),
    ]);
    let rows = series(&w);
    for m in [Measure::Share, Measure::Count] {
        let a = detect(&rows, Signal::MaterialConflict, &params(m));
        assert_eq!(a.len(), 1, "{m:?}: {a:#?}");
        assert_eq!(
            a[0].start, rows[12].start,
            "{m:?}: the alert starts at the step"
        );
        assert!(a[0].observed >= 40 && a[0].expected < a[0].observed as f64 / 2.0);
        assert!(a[0].score > 3.0);
    }
}

#[test]
fn twice_the_news_with_the_same_share_is_no_share_alert() {
    let mut w: Vec<(u64, u64)> = FLAT.iter().map(|&k| (k, 200)).collect();
    w.extend(FLAT.iter().map(|&k| (2 * k, 400)));
    let rows = series(&w);
    assert!(detect(&rows, Signal::MaterialConflict, &params(Measure::Share)).is_empty());
    // Counted, the same doubling is a rise: what a topic-selected corpus wants to see.
    let by_count = detect(&rows, Signal::MaterialConflict, &params(Measure::Count));
    let start = by_count.first().map(|a| a.start).expect("a count alert");
    assert!(
        start >= rows[12].start && start <= rows[13].start,
        "{start}"
    );
}

#[test]
fn few_events_never_alert() {
    // From nothing to four events: surprising, but under the minimum count.
    let mut w: Vec<(u64, u64)> = vec![(0, 200); 10];
    w.push((4, 200));
    let rows = series(&w);
    for m in [Measure::Share, Measure::Count] {
        assert!(detect(&rows, Signal::MaterialConflict, &params(m)).is_empty());
    }
}
