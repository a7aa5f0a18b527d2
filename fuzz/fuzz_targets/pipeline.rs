//! The whole pipeline, from any UTF-8 text to events: never panics, and every span lies in
//! the text on character boundaries, every event's sentence exists, every record is JSON.
#![no_main]
use std::sync::OnceLock;
use stormpetrel::{Doc, DocMeta, Pipeline, Resources};

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| {
        let res = Resources::embedded().expect("resources");
        stormpetrel::pipeline(&res).expect("pipeline")
    })
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let mut doc = Doc::new(
        DocMeta { id: "f".into(), date: stormpetrel::Date::parse("2024-03-11"), ..Default::default() },
        text,
    );
    pipeline().run(&mut doc).expect("coding never fails on text");
    let ok = |s: stormpetrel::Span| {
        (s.start as usize) <= (s.end as usize)
            && (s.end as usize) <= doc.text.len()
            && doc.text.is_char_boundary(s.start as usize)
            && doc.text.is_char_boundary(s.end as usize)
    };
    assert!(doc.sentences.iter().all(|s| ok(s.span)));
    assert!(doc.tokens.iter().all(|t| ok(t.span)));
    assert!(doc.mentions.iter().all(|m| ok(m.span)));
    for (n, e) in doc.events.iter().enumerate() {
        assert!(e.sentence < doc.sentences.len());
        assert!(ok(e.evidence.trigger));
        for a in [&e.source, &e.target].into_iter().flatten() {
            assert!(a.text.is_empty() || ok(a.span));
        }
        let rec = stormpetrel::output::EventRecord::new(&doc, e, n);
        let line = serde_json::to_string(&rec).unwrap();
        assert!(serde_json::from_str::<serde_json::Value>(&line).is_ok());
    }
});
