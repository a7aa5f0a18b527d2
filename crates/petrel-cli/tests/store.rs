//! `petrel ingest`, `query`, `series` and `recode` end to end, on the bundled example corpus:
//! the store holds exactly what `petrel code` writes, ingesting twice changes nothing, and a
//! `kill -9` part-way loses and duplicates nothing once the same command is run again.

mod util;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use stormpetrel::store::{Filter, Store};
use util::*;

fn corpus() -> PathBuf {
    repo_root().join("examples/dispatches.jsonl")
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Every event of a store (all modalities) as comparable text, and its clusters' counts.
fn snapshot(db: &Path) -> (Vec<String>, Vec<String>) {
    let st = Store::open(db).unwrap();
    let all = Filter {
        all_modalities: true,
        ..Default::default()
    };
    let events = st
        .events(&all, None, 0)
        .unwrap()
        .into_iter()
        .map(|e| serde_json::to_string(&e.record.record()).unwrap())
        .collect();
    let clusters = st
        .clusters(&all, None, 0, 100)
        .unwrap()
        .into_iter()
        .map(|c| {
            let i = c.record.cluster.unwrap();
            format!(
                "{} {} {} {} {:?}",
                c.record.event_id, i.num_mentions, i.num_documents, i.num_sources, i.first_reported
            )
        })
        .collect();
    (events, clusters)
}

#[test]
fn the_store_holds_what_code_writes_and_ingest_is_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ev.db");
    let code = petrel(
        &["code", "--quiet", "--modality", "all", s(&corpus())],
        None,
    );
    assert_eq!(code.code, 0, "{}", code.stderr);
    let r = petrel(&["ingest", s(&corpus()), "--db", s(&db)], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("165 documents read, 165 added"),
        "{}",
        r.stderr
    );
    let q = petrel(&["query", "--db", s(&db), "--modality", "all"], None);
    assert_eq!(q.code, 0, "{}", q.stderr);
    assert_eq!(
        q.stdout, code.stdout,
        "query returns every event exactly as `petrel code` wrote it"
    );
    let before = snapshot(&db);
    let again = petrel(&["ingest", s(&corpus()), "--db", s(&db)], None);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(
        again.stderr.contains("0 added") && again.stderr.contains("165 already stored (by id 165)"),
        "{}",
        again.stderr
    );
    assert_eq!(snapshot(&db), before);
    // The same articles under other ids and URLs are found by their text.
    let renamed: String = std::fs::read_to_string(corpus())
        .unwrap()
        .lines()
        .map(|l| {
            let mut v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["id"] = format!("copy-{}", v["id"].as_str().unwrap()).into();
            v["url"] = format!("{}?copy", v["url"].as_str().unwrap()).into();
            format!("{v}\n")
        })
        .collect();
    let copy = write(dir.path(), "copy.jsonl", renamed.as_bytes());
    let r = petrel(&["ingest", "--quiet", s(&copy), "--db", s(&db)], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(snapshot(&db), before);
    // Re-coding with the same coder has nothing to do; --all re-codes to the same events.
    let r = petrel(&["recode", "--db", s(&db)], None);
    assert!(r.stderr.contains("0 of 0 documents"), "{}", r.stderr);
    let r = petrel(&["recode", "--all", "--db", s(&db)], None);
    assert!(r.stderr.contains("165 of 165 documents"), "{}", r.stderr);
    assert_eq!(snapshot(&db).0, before.0);
}

/// The example corpus five times over, under fresh ids, URLs and texts.
fn big_corpus(dir: &Path) -> PathBuf {
    let text = std::fs::read_to_string(corpus()).unwrap();
    let mut out = String::new();
    for k in 0..5 {
        for l in text.lines() {
            let mut v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["id"] = format!("{}-{k}", v["id"].as_str().unwrap()).into();
            v["url"] = format!("{}/{k}", v["url"].as_str().unwrap()).into();
            v["text"] = format!("Edition {k}.\n\n{}", v["text"].as_str().unwrap()).into();
            out.push_str(&format!("{v}\n"));
        }
    }
    write(dir, "big.jsonl", out.as_bytes())
}

fn documents(db: &Path) -> u64 {
    Store::open(db)
        .and_then(|s| s.stats())
        .map(|s| s.documents)
        .unwrap_or(0)
}

#[test]
fn kill_nine_at_any_moment_then_rerun_gives_the_uninterrupted_store() {
    let dir = tempfile::tempdir().unwrap();
    let input = big_corpus(dir.path());
    let reference = dir.path().join("ref.db");
    let r = petrel(
        &[
            "ingest",
            "--quiet",
            "-j1",
            "--batch",
            "8",
            s(&input),
            "--db",
            s(&reference),
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let want = snapshot(&reference);
    assert_eq!(documents(&reference), 825);
    for (run, kill_after) in [1u64, 200, 450].into_iter().enumerate() {
        let db = dir.path().join(format!("killed{run}.db"));
        let mut child = Command::new(env!("CARGO_BIN_EXE_petrel"))
            .args([
                "ingest",
                "--quiet",
                "-j1",
                "--batch",
                "8",
                s(&input),
                "--db",
                s(&db),
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let start = Instant::now();
        while documents(&db) < kill_after
            && child.try_wait().unwrap().is_none()
            && start.elapsed() < Duration::from_secs(120)
        {
            std::thread::sleep(Duration::from_millis(5));
        }
        let finished = child.try_wait().unwrap().is_some();
        child.kill().unwrap_or(()); // SIGKILL on Unix: no clean-up runs
        child.wait().unwrap();
        let stored = documents(&db);
        assert!(
            !finished && stored < 825,
            "killed part-way (run {run}: {stored} documents stored)"
        );
        let r = petrel(
            &["ingest", "-j1", "--batch", "8", s(&input), "--db", s(&db)],
            None,
        );
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(
            r.stderr.contains(&format!("{stored} already stored")),
            "{}",
            r.stderr
        );
        assert_eq!(
            snapshot(&db),
            want,
            "run {run}: killed after {stored} documents"
        );
    }
}

#[test]
fn query_series_and_parquet_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ev.db");
    assert_eq!(
        petrel(&["ingest", "--quiet", s(&corpus()), "--db", s(&db)], None).code,
        0
    );
    let q = petrel(
        &[
            "query",
            "--db",
            s(&db),
            "--dyad",
            "AZE-ARM",
            "--root",
            "19",
            "--format",
            "csv",
        ],
        None,
    );
    assert_eq!(q.code, 0, "{}", q.stderr);
    let rows: Vec<&str> = q.stdout.lines().collect();
    assert!(rows.len() > 5, "{}", q.stdout);
    assert!(
        rows[1..]
            .iter()
            .all(|l| l.contains(",AZE") && l.contains(",19,")),
        "{}",
        q.stdout
    );
    let c = petrel(
        &["query", "--db", s(&db), "--clusters", "--limit", "5"],
        None,
    );
    let lines = events(&c.stdout);
    assert_eq!(lines.len(), 5);
    assert!(lines
        .iter()
        .all(|e| e["cluster"]["num_mentions"].as_u64().unwrap() >= 1));
    let series = petrel(
        &[
            "series",
            "--db",
            s(&db),
            "--dyad",
            "AZE-ARM",
            "--by",
            "week",
            "--from",
            "2024-01-01",
            "--to",
            "2024-06-30",
            "--format",
            "csv",
        ],
        None,
    );
    assert_eq!(series.code, 0, "{}", series.stderr);
    let weeks: Vec<&str> = series.stdout.lines().skip(1).collect();
    assert_eq!(
        weeks.len(),
        26,
        "every week from Monday 1 January to Sunday 30 June, empty or not"
    );
    assert!(weeks[0].starts_with("AZE-ARM,2024-01-01,2024-01-07,"));
    assert!(
        weeks.iter().any(|w| w.split(',').nth(3) == Some("0")),
        "empty weeks are rows of zeros"
    );
    let top = petrel(
        &["series", "--db", s(&db), "--format", "json", "--limit", "3"],
        None,
    );
    assert_eq!(events(&top.stdout).len(), 3);
    let pq = dir.path().join("ev.parquet");
    let r = petrel(
        &[
            "query",
            "--db",
            s(&db),
            "--format",
            "parquet",
            "--output",
            s(&pq),
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let bytes = std::fs::read(&pq).unwrap();
    assert!(bytes.starts_with(b"PAR1") && bytes.ends_with(b"PAR1"));
    let r = petrel(&["query", "--db", s(&db), "--format", "parquet"], None);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("--output"), "{}", r.stderr);
}

#[test]
fn bad_stores_and_filters_get_one_line_errors() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ev.db");
    assert_eq!(
        petrel(&["ingest", "--quiet", s(&corpus()), "--db", s(&db)], None).code,
        0
    );
    let notes = write(
        dir.path(),
        "notes.txt",
        b"not a database at all, just some notes\n",
    );
    let missing = dir.path().join("missing.db");
    let input = corpus();
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec!["query", "--db", s(&notes)], "not a petrel store"),
        (
            vec!["ingest", s(&input), "--db", s(&notes)],
            "not a petrel store",
        ),
        (vec!["series", "--db", s(&missing)], "no such store"),
        (vec!["query", "--db", s(&db), "--root", "25"], "--root"),
        (vec!["query", "--db", s(&db), "--quad", "0"], "--quad"),
        (vec!["query", "--db", s(&db), "--code", "99x"], "--code"),
        (vec!["query", "--db", s(&db), "--dyad", "RUS"], "--dyad"),
        (
            vec!["query", "--db", s(&db), "--source", "RU S"],
            "--source",
        ),
        (
            vec!["query", "--db", s(&db), "--plover", "BOMBARD"],
            "--plover",
        ),
        (
            vec!["query", "--db", s(&db), "--from", "2024-13-01"],
            "--from",
        ),
        (
            vec![
                "query",
                "--db",
                s(&db),
                "--from",
                "2024-03-01",
                "--to",
                "2024-02-01",
            ],
            "after",
        ),
        (vec!["query", "--db", s(&db), "--text", "!!"], "--text"),
        (
            vec![
                "series",
                "--db",
                s(&db),
                "--dyad",
                "AZE-ARM",
                "--by",
                "year",
            ],
            "--by",
        ),
    ];
    for (args, needle) in cases {
        let r = petrel(&args, None);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains(needle), "{args:?}: {}", r.stderr);
        // Our own errors are one line; clap's usage errors (a value outside a fixed list) end
        // with a usage hint.
        if r.stderr.starts_with("petrel: error:") {
            assert_eq!(r.stderr.trim().lines().count(), 1, "{args:?}: {}", r.stderr);
        } else {
            assert!(r.stderr.starts_with("error:"), "{args:?}: {}", r.stderr);
        }
        assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    }
    assert!(!missing.exists());
    let text = petrel(&["query", "--db", s(&db), "--text", "shelled Syunik"], None);
    assert!(events(&text.stdout)
        .iter()
        .all(|e| e["sentence_text"].as_str().unwrap().contains("Syunik")));
}
