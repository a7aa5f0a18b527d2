//! `petrel alerts`, `plot` and `serve` end to end on the bundled example corpus, whose
//! invented AZE→ARM build-up of April–May 2024 the alerts must catch.

mod util;
use std::path::Path;
use util::*;

/// `petrel ingest --quiet --db DB INPUT`.
fn ingest_into(db: &Path, input: &Path) -> Run {
    petrel(
        &[
            "ingest",
            "--quiet",
            "--db",
            db.to_str().unwrap(),
            input.to_str().unwrap(),
        ],
        None,
    )
}

fn ingest(dir: &Path) -> String {
    let db = dir.join("d.db");
    let r = ingest_into(&db, &repo_root().join("examples/dispatches.jsonl"));
    assert_eq!(r.code, 0, "{}", r.stderr);
    db.to_str().unwrap().to_string()
}

#[test]
fn alerts_catch_the_build_up_and_plots_draw_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = ingest(dir.path());

    let r = petrel(
        &["alerts", "--db", &db, "--measure", "count", "--json"],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let alerts = events(&r.stdout);
    assert!(!alerts.is_empty());
    let top = &alerts[0];
    assert_eq!(top["dyad"], "AZE-ARM");
    assert_eq!(top["signal"], "material_conflict");
    let start = top["start"].as_str().unwrap();
    assert!(("2024-04-01".."2024-06-01").contains(&start), "{start}");
    let evidence = top["evidence"].as_array().unwrap();
    assert!(!evidence.is_empty() && evidence.len() <= 5);
    for key in ["end", "observed", "expected", "score"] {
        assert!(!top[key].is_null(), "{key}");
    }

    let r = petrel(&["alerts", "--db", &db], None);
    assert_eq!(r.code, 0);
    assert!(r.stderr.contains("--measure count"), "{}", r.stderr);

    let png = dir.path().join("aze.png");
    let r = petrel(
        &[
            "plot",
            "--db",
            &db,
            "--dyad",
            "AZE-ARM",
            "--from",
            "2024-01-01",
            "-o",
            png.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let bytes = std::fs::read(&png).unwrap();
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
    assert_eq!(u32::from_be_bytes(bytes[16..20].try_into().unwrap()), 1200);

    let svg = dir.path().join("aze.svg");
    let r = petrel(
        &[
            "plot",
            "--db",
            &db,
            "--dyad",
            "AZE-ARM",
            "--by",
            "month",
            "-o",
            svg.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = std::fs::read_to_string(&svg).unwrap();
    assert!(text.starts_with("<svg") && text.contains("AZE → ARM: events per month"));
    assert!(
        text.contains("2024-04-01") && text.contains("2024-06-01"),
        "month labels"
    );

    let r = petrel(
        &[
            "plot",
            "--db",
            &db,
            "--dyad",
            "ZZZ-YYY",
            "-o",
            svg.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(r.code, 0);
    assert!(r.stderr.contains("no events"), "{}", r.stderr);
}

#[test]
fn plot_and_serve_refuse_bad_flags_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let db = ingest(dir.path());
    let out = dir.path().join("x.gif");
    let r = petrel(
        &[
            "plot",
            "--db",
            &db,
            "--dyad",
            "AZE-ARM",
            "-o",
            out.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains(".gif") || r.stderr.contains("gif"),
        "{}",
        r.stderr
    );
    assert!(!out.exists());
    let missing = dir.path().join("none.db");
    let png = dir.path().join("p.png");
    let r = petrel(
        &[
            "plot",
            "--db",
            missing.to_str().unwrap(),
            "--dyad",
            "AZE-ARM",
            "-o",
            png.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("no such store"), "{}", r.stderr);
    assert!(!png.exists());
    let r = petrel(&["serve", "--db", &db, "--addr", "0.0.0.0:0"], None);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("--public"), "{}", r.stderr);
    let r = petrel(&["serve", "--db", &db, "--addr", "localhost"], None);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("IP:PORT"), "{}", r.stderr);
    let r = petrel(&["serve", "--db", missing.to_str().unwrap()], None);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("no such store"), "{}", r.stderr);
}

#[test]
fn an_ingest_that_reads_nothing_leaves_no_new_store() {
    let dir = tempfile::tempdir().unwrap();
    let empty = write(dir.path(), "empty.jsonl", b"");
    let fresh = dir.path().join("fresh.db");
    let r = ingest_into(&fresh, &empty);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("no document could be read"));
    assert!(!fresh.exists() && !dir.path().join("fresh.db-wal").exists());
    let db = ingest(dir.path());
    let r = ingest_into(Path::new(&db), &empty);
    assert_eq!(r.code, 1);
    assert!(Path::new(&db).exists(), "an existing store stays");
}
