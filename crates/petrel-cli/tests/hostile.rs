//! Hostile input and a hostile command line: formulas in CSV, control characters in the
//! table, a reader that goes away, Ctrl-C, documentation files in a corpus folder, and a long
//! text with no sentence punctuation.

mod util;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use util::*;

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

const ATTACK: &str = "=HYPERLINK(\"http://evil.example\",\"Click\") Russian troops attacked Ukrainian positions near Kharkiv on Monday.\n";

#[test]
fn csv_and_gdelt_cells_are_defused_unless_raw() {
    let dir = tempfile::tempdir().unwrap();
    let rec = serde_json::json!({
        "id": "=cmd|' /C calc'!A0",
        "url": "=HYPERLINK(\"http://evil.example\")",
        "text": ATTACK,
    });
    let f = write(dir.path(), "attack.jsonl", format!("{rec}\n").as_bytes());
    let csv = petrel(&["code", "--quiet", "--format", "csv", s(&f)], None);
    assert_eq!(csv.code, 0, "{}", csv.stderr);
    assert!(csv.stdout.lines().count() > 1, "{}", csv.stdout);
    for line in csv.stdout.lines().skip(1) {
        for cell in line.split(',') {
            let cell = cell.trim_start_matches('"');
            assert!(
                !cell.starts_with(['=', '+', '@']),
                "formula cell {cell:?} in {line}"
            );
        }
        assert!(
            line.contains("'=HYPERLINK") || line.contains("'=cmd"),
            "{line}"
        );
    }
    let gdelt = petrel(&["code", "--quiet", "--format", "gdelt", s(&f)], None);
    for line in gdelt.stdout.lines().skip(1) {
        assert!(
            line.split('\t').all(|c| !c.starts_with(['=', '+', '@'])),
            "{line}"
        );
        assert!(
            line.split('\t').last().unwrap().starts_with("'="),
            "the URL column is defused: {line}"
        );
    }
    let raw = petrel(
        &["code", "--quiet", "--format", "csv", "--raw-cells", s(&f)],
        None,
    );
    assert!(raw.stdout.lines().skip(1).any(|l| l
        .split(',')
        .any(|c| c.trim_start_matches('"').starts_with('='))));
}

#[test]
fn control_characters_never_reach_the_table_raw() {
    let text = "Russian troops attacked \u{1b}[2J\u{1b}[31mUkrainian positions near Kharkiv on Monday \u{202e}gnisserga.\n";
    let r = petrel(
        &["code", "--quiet", "--format", "table", "-"],
        Some(text.as_bytes()),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("attacked"), "{}", r.stdout);
    assert!(
        !r.stdout.contains('\u{1b}') && !r.stdout.contains('\u{202e}'),
        "{:?}",
        r.stdout
    );
    assert!(r.stdout.contains("\\u{1b}"), "{}", r.stdout);
}

/// A corpus big enough that `petrel code` is still writing when its reader goes away.
/// Many short documents, so that the run writes its output in batches for a while and a signal
/// or a closed pipe meets it mid-way (one long document is written all at once at its end).
fn big_input(dir: &Path) -> std::path::PathBuf {
    let text = "Russian troops attacked Ukrainian positions near Kharkiv on Monday. Ukraine accused Russia of shelling civilians.";
    let lines: String = (0..4000)
        .map(|i| format!("{{\"id\": \"d{i}\", \"date\": \"2024-01-08\", \"text\": \"{text}\"}}\n"))
        .collect();
    write(dir, "big.jsonl", lines.as_bytes())
}

#[test]
fn a_closed_pipe_ends_the_run_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let input = big_input(dir.path());
    let mut child = Command::new(env!("CARGO_BIN_EXE_petrel"))
        .args(["code", "--quiet", "-j1", s(&input)])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    {
        let mut out = child.stdout.take().unwrap();
        let mut first = [0u8; 64];
        std::io::Read::read_exact(&mut out, &mut first).unwrap();
    } // the reader goes away, as `head -c 64` does
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        !stderr.to_lowercase().contains("broken pipe") && !stderr.contains("error"),
        "{stderr}"
    );
}

#[cfg(unix)]
#[test]
fn ctrl_c_leaves_no_half_written_output() {
    let dir = tempfile::tempdir().unwrap();
    let input = big_input(dir.path());
    let out = dir.path().join("events.jsonl");
    let mut child = Command::new(env!("CARGO_BIN_EXE_petrel"))
        .args(["code", "--quiet", "-j1", "--output", s(&out), s(&input)])
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Wait until the temporary file has content, so the run is under way.
    let start = Instant::now();
    let temp = loop {
        let t = std::fs::read_dir(dir.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .find(|p| p.to_string_lossy().ends_with(".tmp"));
        if let Some(t) = t.filter(|t| std::fs::metadata(t).map(|m| m.len() > 0).unwrap_or(false)) {
            break t;
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "no temporary output appeared"
        );
        assert!(
            child.try_wait().unwrap().is_none(),
            "finished before it could be interrupted"
        );
        std::thread::sleep(Duration::from_millis(5));
    };
    let killed = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let res = child.wait_with_output().unwrap();
    assert_eq!(
        res.status.code(),
        Some(130),
        "{}",
        String::from_utf8_lossy(&res.stderr)
    );
    assert!(!out.exists(), "no output file under the name asked for");
    assert!(!temp.exists(), "the temporary file is removed");
    // Uninterrupted, the file appears whole.
    let r = petrel(&["code", "--quiet", "--output", s(&out), s(&input)], None);
    assert_eq!(r.code, 0);
    let n = std::fs::read_to_string(&out).unwrap().lines().count();
    assert!(n >= 3000, "{n} events");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        2,
        "only the input and the output"
    );
}

#[test]
fn corpus_documentation_is_not_coded_as_news() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    let news = "Russian troops attacked Ukrainian positions near Kharkiv on Monday.\n";
    write(&corpus, "001.txt", news.as_bytes());
    write(
        &corpus,
        "README.TXT",
        b"This corpus was collected by us. Police arrested the collectors.\n",
    );
    write(
        &corpus,
        "LICENSE",
        b"Permission is granted to attack this licence.\n",
    );
    let r = petrel(&["code", s(&corpus)], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(events(&r.stdout)
        .iter()
        .all(|e| e["doc_id"].as_str().unwrap().ends_with("001.txt")));
    assert!(
        r.stderr.contains("README.TXT") && r.stderr.contains("not an article"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("1 documents"), "{}", r.stderr);
    let all = petrel(&["code", "--all-files", s(&corpus)], None);
    assert!(all.stderr.contains("3 documents"), "{}", all.stderr);
    // Named on the command line, a README is read.
    let named = petrel(&["code", "--quiet", s(&corpus.join("README.TXT"))], None);
    assert_eq!(named.code, 0);
}

#[test]
fn a_long_text_without_full_stops_is_cut_and_coded() {
    let text = vec!["Russia attacked Ukraine"; 2000].join(" ");
    let r = petrel(&["code", "-j1", "-"], Some(text.as_bytes()));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("longer than 150 tokens were cut"),
        "{}",
        r.stderr
    );
    assert_eq!(
        r.stderr.matches("were cut").count(),
        1,
        "warned once per document"
    );
    let ev = events(&r.stdout);
    assert!(ev.len() >= 2000 * 3 / 150, "{} events", ev.len());
    for e in &ev {
        let sent = e["sentence_text"].as_str().unwrap();
        assert!(sent.split(' ').count() <= 150);
    }
}

#[test]
fn a_closed_pipe_is_quiet_for_parse_too() {
    // `petrel parse` writes far more than a pipe holds, so a write fails once the reader goes.
    let text = "Russian troops attacked Ukrainian positions near Kharkiv on Monday.\n".repeat(400);
    let mut child = Command::new(env!("CARGO_BIN_EXE_petrel"))
        .args(["parse", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), text.as_bytes()).unwrap();
    {
        let mut out = child.stdout.take().unwrap();
        let mut first = [0u8; 16];
        std::io::Read::read_exact(&mut out, &mut first).unwrap();
    }
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}
