//! Hand-made coded documents for store tests: no coder involved, so every count is known.

#![allow(dead_code)]

use petrel_core::{
    ActorRef, Date, DatePrecision, DateSource, Doc, DocMeta, Event, EventDate, Evidence, Location,
    Modality, Sentence, Span,
};
use petrel_store::{PreparedDoc, Store};

/// An actor of `code` whose country is its first three letters.
pub fn actor(code: &str) -> ActorRef {
    ActorRef {
        code: code.into(),
        country: Some(code[..3].into()),
        sector: (code.len() > 3).then(|| code[3..].to_string()),
        text: code.to_lowercase(),
        span: Span::new(0, 1),
        chars: Default::default(),
    }
}

/// One event spec: source, target, CAMEO code, event date, negated.
pub struct Ev<'a> {
    pub src: &'a str,
    pub tgt: &'a str,
    pub code: &'a str,
    pub date: &'a str,
    pub negated: bool,
    pub place: Option<&'a str>,
}

pub fn ev<'a>(src: &'a str, tgt: &'a str, code: &'a str, date: &'a str) -> Ev<'a> {
    Ev {
        src,
        tgt,
        code,
        date,
        negated: false,
        place: None,
    }
}

/// A document whose sentence `i` reads `text` and holds event `i`.
pub fn doc(id: &str, outlet: &str, published: &str, text: &str, evs: &[Ev]) -> Doc {
    let mut full = String::new();
    let mut sentences = Vec::new();
    for (i, _) in evs.iter().enumerate() {
        let start = full.len();
        full.push_str(&format!("{text} (item {i})."));
        sentences.push(Sentence {
            span: Span::new(start, full.len()),
            tok_start: 0,
            tok_end: 0,
            boilerplate: false,
            unparsed: false,
        });
        full.push(' ');
    }
    if evs.is_empty() {
        full.push_str(text);
    }
    let mut d = Doc::new(
        DocMeta {
            id: id.into(),
            date: Date::parse(published),
            title: Some(format!("Title of {id}")),
            url: Some(format!("https://{outlet}.example/{id}")),
            source: Some(outlet.into()),
        },
        full,
    );
    d.sentences = sentences;
    d.events = evs
        .iter()
        .enumerate()
        .map(|(i, e)| Event {
            sentence: i,
            code: e.code.into(),
            plover: None,
            mode: None,
            source: (!e.src.is_empty()).then(|| actor(e.src)),
            target: (!e.tgt.is_empty()).then(|| actor(e.tgt)),
            modality: Modality {
                negated: e.negated,
                ..Default::default()
            },
            date: Some(EventDate {
                value: Date::parse(e.date).unwrap(),
                precision: DatePrecision::Day,
                source: DateSource::Text,
                expression: None,
                relation: None,
            }),
            location: e.place.map(|p| Location {
                name: p.into(),
                country: Some("UKR".into()),
                lat: Some(50.0),
                lon: Some(36.2),
            }),
            evidence: Evidence {
                trigger: Span::new(0, 1),
                text: "attacked".into(),
                rule: "test.rule".into(),
                trigger_chars: Default::default(),
            },
            parent: None,
        })
        .collect();
    d
}

/// Adds `docs` to `store` in one batch, returning how many were new.
pub fn add(store: &mut Store, docs: &[Doc]) -> usize {
    let key = store.coder_key("test coder 1").unwrap();
    let prepared: Vec<PreparedDoc> = docs.iter().map(PreparedDoc::new).collect();
    store
        .add_batch(&prepared, key)
        .unwrap()
        .iter()
        .filter(|d| d.is_none())
        .count()
}

/// A fresh store in a temporary directory.
pub fn fresh() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let s = Store::open_or_create(&dir.path().join("events.db")).unwrap();
    (dir, s)
}
