//! Bad input never stops a run: each bad file or line gets a warning that names it, the good
//! ones are coded, and the exit code is non-zero only when nothing could be read.

mod util;
use util::*;

const GOOD: &str = "Russian troops attacked Ukrainian positions near Kharkiv on Monday.";

#[test]
fn empty_file_is_named_and_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let empty = write(dir.path(), "empty.txt", b"");
    let good = write(dir.path(), "good.txt", GOOD.as_bytes());
    let r = petrel(
        &[
            "code",
            "--quiet",
            empty.to_str().unwrap(),
            good.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("empty.txt"), "{}", r.stderr);
    assert!(!events(&r.stdout).is_empty());
}

#[test]
fn binary_file_is_named_and_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let bin = write(
        dir.path(),
        "photo.jpg",
        &[
            0xff, 0xd8, 0xff, 0xe0, 0, 0x10, b'J', b'F', b'I', b'F', 0, 1, 2, 0, 0, 0,
        ],
    );
    let r = petrel(&["code", "--quiet", bin.to_str().unwrap()], None);
    assert_eq!(r.code, 1, "nothing readable: {}", r.stderr);
    assert!(r.stderr.contains("photo.jpg"), "{}", r.stderr);
    assert!(r.stdout.is_empty());
}

#[test]
fn invalid_utf8_is_decoded_lossily_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = b"Russian troops attacked Ukrainian positions \xff\xfe near Kharkiv.".to_vec();
    bytes.push(b'\n');
    let f = write(dir.path(), "latin.txt", &bytes);
    let r = petrel(&["code", "--quiet", f.to_str().unwrap()], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("latin.txt") && r.stderr.to_lowercase().contains("utf-8"),
        "{}",
        r.stderr
    );
    assert!(!events(&r.stdout).is_empty(), "the text is still coded");
}

#[test]
fn missing_path_is_named_and_other_inputs_go_on() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "good.txt", GOOD.as_bytes());
    let r = petrel(
        &[
            "code",
            "--quiet",
            "/no/such/file.txt",
            good.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(r.code, 0);
    assert!(r.stderr.contains("/no/such/file.txt"), "{}", r.stderr);
    let only = petrel(&["code", "--quiet", "/no/such/file.txt"], None);
    assert_eq!(only.code, 1);
}

#[test]
fn malformed_jsonl_lines_are_reported_by_line_and_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let text = format!(
        "{{\"id\": \"a\", \"text\": \"{GOOD}\", \"date\": \"2022-03-07\"}}\n{{not json\n{{\"id\": \"c\"}}\n{{\"id\": 4, \"text\": \"Israel struck targets in Gaza.\"}}\n"
    );
    let f = write(dir.path(), "docs.jsonl", text.as_bytes());
    let r = petrel(&["code", "--quiet", f.to_str().unwrap()], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("docs.jsonl:2"),
        "line 2 named: {}",
        r.stderr
    );
    assert!(
        r.stderr.contains("docs.jsonl:3"),
        "line 3 (no text) named: {}",
        r.stderr
    );
    let ev = events(&r.stdout);
    let ids: std::collections::BTreeSet<&str> =
        ev.iter().map(|e| e["doc_id"].as_str().unwrap()).collect();
    assert!(ids.contains("a") && ids.contains("4"), "{ids:?}");
    let a = ev.iter().find(|e| e["doc_id"] == "a").unwrap();
    assert_eq!(a["date"]["value"], "2022-03-07");
}

#[test]
fn bad_flag_values_are_usage_errors() {
    let r = petrel(&["code", "--date", "07/03/2022", "-"], Some(b"x"));
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("YYYY-MM-DD"), "{}", r.stderr);
    let j = petrel(&["code", "--jobs", "0", "-"], Some(GOOD.as_bytes()));
    assert_eq!(j.code, 2, "{}", j.stderr);
}

#[test]
fn repeated_document_ids_are_flagged_not_silent() {
    let dir = tempfile::tempdir().unwrap();
    let text = format!(
        "{{\"id\": \"x\", \"text\": \"{GOOD}\"}}\n{{\"id\": \"x\", \"text\": \"Israel struck targets in Gaza.\"}}\n"
    );
    let f = write(dir.path(), "dup.jsonl", text.as_bytes());
    let r = petrel(&["code", "--quiet", f.to_str().unwrap()], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("x: a document with this id was already coded"),
        "{}",
        r.stderr
    );
    let ev = events(&r.stdout);
    assert!(
        ev.iter()
            .any(|e| e["sentence_text"].as_str().unwrap().contains("Gaza")),
        "the second document is kept"
    );
}
