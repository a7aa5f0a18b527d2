//! Replays the saved fuzzing corpus of the whole pipeline (fuzz/corpus/pipeline, grown by
//! scripts/fuzz.sh): coding never fails, and every span lies in the text on character
//! boundaries.

use stormpetrel::{Date, Doc, DocMeta, Resources, Span};

#[test]
fn every_saved_fuzz_input_codes_cleanly() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus/pipeline");
    let pipeline = stormpetrel::pipeline(&Resources::embedded().unwrap()).unwrap();
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).expect("the corpus is in the repository") {
        let path = entry.unwrap().path();
        let text = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
        let mut doc = Doc::new(
            DocMeta {
                id: "f".into(),
                date: Date::parse("2024-03-11"),
                ..Default::default()
            },
            text,
        );
        pipeline
            .run(&mut doc)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let t = &doc.text;
        let ok = |s: Span| {
            s.start <= s.end
                && (s.end as usize) <= t.len()
                && t.is_char_boundary(s.start as usize)
                && t.is_char_boundary(s.end as usize)
        };
        for e in &doc.events {
            assert!(e.sentence < doc.sentences.len(), "{}", path.display());
            assert!(ok(e.evidence.trigger), "{}", path.display());
        }
        assert!(doc.tokens.iter().all(|k| ok(k.span)), "{}", path.display());
        n += 1;
    }
    assert!(n >= 2, "{n} inputs");
}
