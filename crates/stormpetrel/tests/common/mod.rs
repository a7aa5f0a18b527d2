//! Shared by the pipeline tests: run the whole standard pipeline on one text.

use stormpetrel::{Date, Doc, DocMeta};

/// `text` through every stage, as document "t" published on `date`.
pub fn run(text: &str, date: Option<&str>) -> Doc {
    let res = stormpetrel::Resources::embedded().unwrap();
    let pipeline = stormpetrel::pipeline(&res).unwrap();
    let meta = DocMeta {
        id: "t".into(),
        date: date.and_then(Date::parse),
        ..Default::default()
    };
    let mut doc = Doc::new(meta, text);
    pipeline.run(&mut doc).unwrap();
    doc
}

/// The actor mentions of `text` (published on `date`) as (text, code), in order.
#[allow(dead_code)]
pub fn mentions(text: &str, date: Option<&str>) -> Vec<(String, String)> {
    let doc = run(text, date);
    doc.mentions
        .iter()
        .map(|m| {
            (
                doc.text[m.span.start as usize..m.span.end as usize].to_string(),
                m.code.clone(),
            )
        })
        .collect()
}

/// An event as (code, source code, target code).
pub type Dyad = (String, Option<String>, Option<String>);

/// The events of `text` (published on `date`) as [`Dyad`]s, in order.
#[allow(dead_code)]
pub fn dyads(text: &str, date: Option<&str>) -> Vec<Dyad> {
    run(text, date)
        .events
        .iter()
        .map(|e| {
            (
                e.code.clone(),
                e.source.as_ref().map(|a| a.code.clone()),
                e.target.as_ref().map(|a| a.code.clone()),
            )
        })
        .collect()
}

/// A [`Dyad`] with both actors.
#[allow(dead_code)]
pub fn dyad(code: &str, source: &str, target: &str) -> Dyad {
    (
        code.to_string(),
        Some(source.to_string()),
        Some(target.to_string()),
    )
}

/// Whether `r` holds an event with this code, source and target.
#[allow(dead_code)]
pub fn has(r: &[Dyad], code: &str, source: Option<&str>, target: Option<&str>) -> bool {
    r.iter()
        .any(|d| d.0 == code && d.1.as_deref() == source && d.2.as_deref() == target)
}

/// Whether `text` (published on 2005-03-01) has an asserted event (neither negated nor
/// hypothetical) whose code starts with `root`.
#[allow(dead_code)]
pub fn asserts(text: &str, root: &str) -> bool {
    run(text, Some("2005-03-01"))
        .events
        .iter()
        .any(|e| e.code.starts_with(root) && e.modality.is_factual())
}
