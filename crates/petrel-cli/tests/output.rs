//! Output formats: every JSONL line has the documented fields; CSV, GDELT and table are well formed.

mod util;
use util::*;

const TEXT: &str = "Russian troops attacked Ukrainian positions near Kharkiv on Monday.\n\
The United States imposed sanctions on Russia.";

const FIELDS: &[&str] = &[
    "doc_id",
    "event_id",
    "sentence",
    "sentence_text",
    "code",
    "root",
    "name",
    "plover",
    "mode",
    "quad_class",
    "goldstein",
    "source",
    "target",
    "modality",
    "date",
    "location",
    "evidence",
    "parent",
];

#[test]
fn jsonl_has_every_documented_field() {
    let r = petrel(
        &["code", "--quiet", "--date", "2022-03-07", "-"],
        Some(TEXT.as_bytes()),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let ev = events(&r.stdout);
    assert!(ev.len() >= 2, "{}", r.stdout);
    let doc = std::fs::read_to_string(repo_root().join("docs/events.md")).unwrap();
    for e in &ev {
        for f in FIELDS {
            assert!(e.get(*f).is_some(), "field {f} missing in {e}");
            assert!(
                doc.contains(&format!("`{f}`")),
                "field {f} not documented in docs/events.md"
            );
        }
        assert_eq!(
            e["root"].as_str().unwrap(),
            &e["code"].as_str().unwrap()[..2]
        );
        for k in ["negated", "hypothetical", "future", "reported"] {
            assert!(e["modality"].get(k).is_some());
        }
        assert!(e["evidence"]["rule"]
            .as_str()
            .is_some_and(|s| !s.is_empty()));
    }
    let sanction = ev
        .iter()
        .find(|e| e["code"].as_str().unwrap().starts_with("16"))
        .expect("sanctions coded");
    assert_eq!(sanction["source"]["country"], "USA");
    assert_eq!(sanction["target"]["country"], "RUS");
}

#[test]
fn gdelt_rows_have_61_columns_and_csv_has_a_header() {
    let g = petrel(
        &[
            "code",
            "--quiet",
            "--format",
            "gdelt",
            "--date",
            "2022-03-07",
            "-",
        ],
        Some(TEXT.as_bytes()),
    );
    let lines: Vec<&str> = g.stdout.lines().collect();
    assert!(lines.len() >= 3, "{}", g.stdout);
    for l in &lines {
        assert_eq!(l.split('\t').count(), 61, "{l}");
    }
    assert!(
        lines[1].contains("\t20220307\t202203\t2022\t"),
        "{}",
        lines[1]
    );
    let c = petrel(
        &["code", "--quiet", "--format", "csv", "-"],
        Some(TEXT.as_bytes()),
    );
    assert!(c.stdout.starts_with("doc_id,event_id,"), "{}", c.stdout);
    let t = petrel(
        &["code", "--quiet", "--format", "table", "-"],
        Some(TEXT.as_bytes()),
    );
    assert!(t.stdout.contains("rule "), "{}", t.stdout);
}

#[test]
fn codes_lists_a_branch() {
    let r = petrel(&["codes", "13"], None);
    assert_eq!(r.code, 0);
    assert!(
        r.stdout.lines().all(|l| l.trim_start().starts_with("13")),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("1312"));
    let none = petrel(&["codes", "99"], None);
    assert_eq!(none.code, 1);
}

#[test]
fn explain_shows_parse_actors_rules_and_events() {
    let r = petrel(
        &[
            "explain",
            "--date",
            "2022-03-07",
            "The United States imposed sanctions on Russia.",
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("pipeline: segment"), "{}", r.stdout);
    assert!(
        r.stdout.contains("nsubj"),
        "the parse is shown: {}",
        r.stdout
    );
    assert!(r.stdout.contains("actor  USA"), "{}", r.stdout);
    assert!(r.stdout.contains("rule   reduce.impose"), "{}", r.stdout);
    assert!(
        r.stdout.contains("dropped: object of another event's verb"),
        "a dropped match says why: {}",
        r.stdout
    );
    assert!(r.stdout.contains("event  163"), "{}", r.stdout);
}

#[test]
fn output_is_in_input_order_whatever_the_number_of_jobs() {
    let dir = tempfile::tempdir().unwrap();
    let lines: String = (0..300)
        .map(|i| format!("{{\"id\": \"d{i}\", \"text\": \"Country {i} aside, Russian troops attacked Ukrainian positions and Iran condemned Israel.\"}}\n"))
        .collect();
    let f = write(dir.path(), "many.jsonl", lines.as_bytes());
    let one = petrel(&["code", "--quiet", "-j", "1", f.to_str().unwrap()], None);
    let two = petrel(&["code", "--quiet", "-j", "2", f.to_str().unwrap()], None);
    assert_eq!(one.code, 0, "{}", one.stderr);
    assert!(!one.stdout.is_empty());
    assert_eq!(one.stdout, two.stdout);
    let ids: Vec<String> = events(&one.stdout)
        .iter()
        .map(|e| e["doc_id"].as_str().unwrap().to_string())
        .collect();
    let mut dedup = ids.clone();
    dedup.dedup();
    let expected: Vec<String> = (0..300)
        .map(|i| format!("d{i}"))
        .filter(|d| dedup.contains(d))
        .collect();
    assert_eq!(dedup, expected, "documents come out in input order");
}
