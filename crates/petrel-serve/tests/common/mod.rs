//! A small store of hand-made reports: 16 weeks of AAA→BBB shelling with a jump in week 13, a
//! steady CCC→DDD diplomacy dyad, and places on some events; no coder involved.

#![allow(dead_code)]

use petrel_core::{
    ActorRef, Date, DatePrecision, DateSource, Doc, DocMeta, Event, EventDate, Evidence, Location,
    Modality, Sentence, Span,
};
use petrel_serve::pool::Pool;
use petrel_serve::AppState;
use petrel_store::{PreparedDoc, Store};
use std::path::Path;
use std::sync::Arc;

fn actor(c: &str) -> ActorRef {
    ActorRef {
        code: c.into(),
        country: Some(c.into()),
        sector: None,
        text: format!("the {c} side"),
        span: Span::new(0, 3),
        chars: Default::default(),
    }
}

/// One document on `day` with one event `src` → `tgt` of `code`, placed in `place` if given.
pub fn report(n: usize, day: Date, src: &str, tgt: &str, code: &str, place: Option<&str>) -> Doc {
    let text = format!("Report {n}: {src} shelled {tgt} positions on {day}.");
    let mut d = Doc::new(
        DocMeta {
            id: format!("r{n}"),
            date: Some(day),
            source: Some(format!("outlet{}", n % 3)),
            title: Some(format!("Report {n}")),
            url: Some(format!("https://example.invalid/r{n}")),
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
    let trigger = text.find("shelled").unwrap();
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
        location: place.map(|p| Location {
            name: p.into(),
            country: Some(tgt.into()),
            lat: Some(40.0),
            lon: Some(45.0),
        }),
        evidence: Evidence {
            trigger: Span::new(trigger, trigger + 7),
            text: "shelled".into(),
            rule: "test".into(),
            trigger_chars: Default::default(),
        },
        parent: None,
    });
    d
}

/// The first day of the corpus, a Monday.
pub fn start() -> Date {
    Date::parse("2024-01-01").unwrap()
}

/// Writes the corpus into a new store at `path`; returns the number of events.
pub fn build(path: &Path) -> usize {
    let mut store = Store::open_or_create(path).unwrap();
    let key = store.coder_key("test").unwrap();
    let mut docs = Vec::new();
    let mut n = 0;
    for week in 0..16i64 {
        let shelling = if week == 13 {
            12
        } else {
            1 + (week % 2) as usize
        };
        for i in 0..shelling {
            let day = start().add_days(7 * week + (i % 5) as i64);
            let place = (i % 2 == 0).then_some("Border Town");
            docs.push(report(n, day, "AAA", "BBB", "195", place));
            n += 1;
        }
        for i in 0..20 {
            let day = start().add_days(7 * week + (i % 7) as i64);
            docs.push(report(n, day, "CCC", "DDD", "042", None));
            n += 1;
        }
    }
    let prepared: Vec<PreparedDoc> = docs.iter().map(PreparedDoc::new).collect();
    store.add_batch(&prepared, key).unwrap();
    n
}

/// The server's state over the store at `path`.
pub fn state(path: &Path) -> AppState {
    AppState {
        pool: Arc::new(Pool::new(path.to_path_buf(), 4).unwrap()),
        max_dyads: 50,
        cache: Arc::default(),
    }
}
