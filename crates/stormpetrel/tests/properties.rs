//! Properties that hold for any input, checked on random text and on random mutations of a
//! real-looking article: every span lies in its text on character boundaries, every event's
//! sentence exists, every output line is valid JSON or CSV, and one worker or two give the
//! same output. (Coverage-guided fuzzing of the same targets: scripts/fuzz.sh.)

use proptest::prelude::*;
use std::sync::OnceLock;
use stormpetrel::ingest::{Item, Warning};
use stormpetrel::output::Format;
use stormpetrel::runner::{run_stream, RunObserver};
use stormpetrel::{Date, Doc, DocMeta, PetrelError, Pipeline, Resources, Span};

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| stormpetrel::pipeline(&Resources::embedded().unwrap()).unwrap())
}

const ARTICLE: &str = include_str!("../../../examples/border-report-2024-03-11.txt");

/// Words and pieces that reach many code paths: actors, triggers, dates, quotes, numbers,
/// punctuation, markup debris, other scripts, combining marks, controls and bidi overrides.
const PIECES: &[&str] = &[
    "Russia",
    "Ukraine",
    "Armenia's",
    "President Biden",
    "NATO",
    "the army",
    "troops",
    "attacked",
    "shelled",
    "said",
    "warned",
    "met",
    "agreed",
    "would",
    "not",
    "if",
    "on Monday",
    "in 2014",
    "last week",
    "Kharkiv",
    "near",
    "\u{201c}",
    "\u{201d}",
    "\"",
    "'",
    ",",
    ".",
    ";",
    ":",
    "—",
    "-",
    "(",
    ")",
    "?",
    "!",
    "\n",
    "\n\n",
    "\t",
    "  ",
    "=HYPERLINK(\"x\")",
    "<p>",
    "&amp;",
    "Mr.",
    "U.S.",
    "3.5",
    "1,000",
    "½",
    "Ωμέγα",
    "Москва",
    "北京",
    "مرحبا",
    "e\u{301}",
    "\u{202e}",
    "\u{1b}[31m",
    "\u{0}",
    "\u{feff}",
    "🙂",
    "👩‍👩‍👧",
];

fn text_strategy() -> impl Strategy<Value = String> {
    let pieces = prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(PIECES).prop_map(String::from),
            1 => any::<String>(),
        ],
        0..80,
    )
    .prop_map(|v| v.join(" "));
    // Mutations of the article: a slice, with characters spliced in at random places.
    let mutated = (
        0..ARTICLE.len(),
        0..ARTICLE.len(),
        prop::collection::vec((any::<usize>(), any::<char>()), 0..12),
    )
        .prop_map(|(a, b, edits)| {
            let (a, b) = (a.min(b), a.max(b));
            let mut t: Vec<char> = ARTICLE
                .get(floor(ARTICLE, a)..floor(ARTICLE, b))
                .unwrap_or("")
                .chars()
                .collect();
            for (at, c) in edits {
                let at = if t.is_empty() { 0 } else { at % t.len() };
                t.insert(at, c);
            }
            t.into_iter().collect()
        });
    prop_oneof![pieces, mutated]
}

fn floor(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn doc(id: &str, text: String) -> Doc {
    Doc::new(
        DocMeta {
            id: id.into(),
            date: Date::parse("2024-03-11"),
            ..Default::default()
        },
        text,
    )
}

fn span_ok(text: &str, s: Span) -> bool {
    s.start <= s.end
        && (s.end as usize) <= text.len()
        && text.is_char_boundary(s.start as usize)
        && text.is_char_boundary(s.end as usize)
}

/// Writes every document's events in one format to a string.
struct Collect {
    sink: Box<dyn stormpetrel::output::Sink>,
}

impl RunObserver for Collect {
    fn warning(&mut self, _: &Warning) {}
    fn failed(&mut self, id: &str, e: &PetrelError) {
        panic!("{id} failed: {e}");
    }
    fn doc(&mut self, d: &Doc) -> stormpetrel::Result<()> {
        self.sink.write_doc(d, &|_| true)
    }
}

/// A `Write` that appends to a shared buffer.
#[derive(Clone, Default)]
struct Buf(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);
impl std::io::Write for Buf {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn output(texts: &[String], format: Format, jobs: usize) -> String {
    let buf = Buf::default();
    let mut obs = Collect {
        sink: format.sink(Box::new(buf.clone())),
    };
    let items = texts
        .iter()
        .enumerate()
        .map(|(i, t)| Item::Doc(doc(&format!("d{i}"), t.clone())));
    run_stream(items, pipeline(), jobs, 3, &mut obs).unwrap();
    obs.sink.finish().unwrap();
    let bytes = buf.0.lock().unwrap().clone();
    String::from_utf8(bytes).expect("output is UTF-8")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn spans_lie_on_character_boundaries_and_sentences_exist(text in text_strategy()) {
        let mut d = doc("p", text);
        pipeline().run(&mut d).unwrap();
        let t = &d.text;
        prop_assert!(d.sentences.iter().all(|s| span_ok(t, s.span)));
        prop_assert!(d.tokens.iter().all(|k| span_ok(t, k.span)));
        prop_assert!(d.mentions.iter().all(|m| span_ok(t, m.span)));
        for e in &d.events {
            prop_assert!(e.sentence < d.sentences.len());
            prop_assert!(span_ok(t, e.evidence.trigger));
            for a in [&e.source, &e.target].into_iter().flatten() {
                prop_assert!(a.text.is_empty() || span_ok(t, a.span));
            }
        }
    }

    #[test]
    fn every_line_is_json_or_csv_and_two_workers_agree(texts in prop::collection::vec(text_strategy(), 1..6)) {
        let jsonl = output(&texts, Format::Jsonl, 1);
        for line in jsonl.lines() {
            let v: serde_json::Value = serde_json::from_str(line).map_err(|e| TestCaseError::fail(format!("{e}: {line}")))?;
            prop_assert!(v["event_id"].is_string());
        }
        prop_assert_eq!(&output(&texts, Format::Jsonl, 2), &jsonl);
        let csv_text = output(&texts, Format::Csv, 2);
        let mut rdr = csv::ReaderBuilder::new().from_reader(csv_text.as_bytes());
        let width = rdr.headers().unwrap().len();
        let mut rows = 0;
        for r in rdr.records() {
            let r = r.map_err(|e| TestCaseError::fail(format!("{e}")))?;
            prop_assert_eq!(r.len(), width);
            prop_assert!(r.iter().enumerate().all(|(i, c)| i == 9 || !stormpetrel::output::is_formula(c)));
            rows += 1;
        }
        prop_assert_eq!(rows, jsonl.lines().count());
    }
}
