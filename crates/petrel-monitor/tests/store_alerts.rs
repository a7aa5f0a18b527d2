//! Alerts read from a store: a dyad whose shelling jumps in one week alerts in that week, with
//! the clusters that contribute most as evidence; a quiet dyad does not.

use petrel_core::{
    ActorRef, Date, DatePrecision, DateSource, Doc, DocMeta, Event, EventDate, Evidence, Modality,
    Sentence, Span,
};
use petrel_monitor::{alerts, AlertQuery, Measure, Params, Signal};
use petrel_store::{Dyad, Period, PreparedDoc, Store};

fn actor(c: &str) -> ActorRef {
    ActorRef {
        code: c.into(),
        country: Some(c.into()),
        sector: None,
        text: c.into(),
        span: Span::new(0, 3),
        chars: Default::default(),
    }
}

/// One document on `day` with one event `src` → `tgt` of `code`.
fn report(n: usize, day: Date, src: &str, tgt: &str, code: &str) -> Doc {
    let text = format!("Report {n}: {src} and {tgt}, code {code}, on {day}.");
    let mut d = Doc::new(
        DocMeta {
            id: format!("r{n}"),
            date: Some(day),
            source: Some(format!("outlet{}", n % 3)),
            ..Default::default()
        },
        text.clone(),
    );
    d.sentences.push(Sentence {
        span: Span::new(0, text.len()),
        tok_start: 0,
        tok_end: 0,
        boilerplate: false,
        unparsed: false,
    });
    d.events.push(Event {
        sentence: 0,
        code: code.into(),
        plover: None,
        mode: None,
        source: Some(actor(src)),
        target: Some(actor(tgt)),
        modality: Modality::default(),
        date: Some(EventDate {
            value: day,
            precision: DatePrecision::Day,
            source: DateSource::Text,
            expression: None,
            relation: None,
        }),
        location: None,
        evidence: Evidence {
            trigger: Span::new(0, 6),
            text: "Report".into(),
            rule: "test".into(),
            trigger_chars: Default::default(),
        },
        parent: None,
    });
    d
}

#[test]
fn a_jump_in_shelling_alerts_with_its_clusters() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_or_create(&dir.path().join("a.db")).unwrap();
    let key = store.coder_key("test").unwrap();
    let start = Date::parse("2024-01-01").unwrap();
    let mut docs = Vec::new();
    let mut n = 0;
    for week in 0..16i64 {
        let shelling = if week == 13 {
            12
        } else {
            1 + (week % 2) as usize
        };
        for i in 0..shelling {
            // Two of the week-13 reports are the same shelling, told by two outlets.
            let day = start.add_days(7 * week + (i % 5) as i64);
            docs.push(report(n, day, "AAA", "BBB", "195"));
            n += 1;
        }
        for i in 0..20 {
            docs.push(report(
                n,
                start.add_days(7 * week + (i % 7) as i64),
                "CCC",
                "DDD",
                "042",
            ));
            n += 1;
        }
    }
    let prepared: Vec<PreparedDoc> = docs.iter().map(PreparedDoc::new).collect();
    store.add_batch(&prepared, key).unwrap();
    for measure in [Measure::Share, Measure::Count] {
        let q = AlertQuery {
            dyads: vec![],
            by: Period::Week,
            since: None,
            max_dyads: 10,
            params: Params {
                measure,
                ..Params::default()
            },
        };
        let found = alerts(&store, &q).unwrap();
        assert_eq!(found.len(), 1, "{measure:?}: {found:#?}");
        let a = &found[0];
        assert_eq!(a.dyad, "AAA-BBB");
        assert_eq!(a.signal, Signal::MaterialConflict);
        assert_eq!(a.start, start.add_days(7 * 13));
        assert_eq!(a.observed, 12);
        assert_eq!(a.evidence.len(), 5, "five clusters as evidence");
        let first = store.cluster(a.evidence[0], 10).unwrap().unwrap();
        let c = first.record.cluster.unwrap();
        assert!(c.num_mentions >= 2, "the best-reported cluster comes first");
    }
    let quiet = AlertQuery {
        dyads: vec![Dyad::parse("CCC-DDD").unwrap()],
        by: Period::Week,
        since: None,
        max_dyads: 10,
        params: Params::default(),
    };
    assert!(alerts(&store, &quiet).unwrap().is_empty());
}
