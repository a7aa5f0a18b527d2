//! Files that are not petrel stores, stores from newer versions, read-only and full stores:
//! each gets a one-line error naming the problem, and a store is never left half-written.

mod common;
use common::*;
use petrel_store::{Store, SCHEMA_VERSION};

fn message(r: petrel_core::Result<Store>) -> String {
    match r {
        Ok(_) => panic!("opened"),
        Err(e) => {
            let m = e.to_string();
            assert!(!m.contains('\n'), "one line: {m}");
            m
        }
    }
}

#[test]
fn a_text_file_or_directory_is_not_a_store() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("notes.txt");
    let notes = "these are my notes, not a database\n".repeat(20);
    std::fs::write(&p, &notes).unwrap();
    assert!(message(Store::open(&p)).contains("not a petrel store"));
    assert!(message(Store::open_or_create(&p)).contains("not a petrel store"));
    assert_eq!(
        std::fs::read_to_string(&p).unwrap(),
        notes,
        "left untouched"
    );
    assert!(message(Store::open(dir.path())).contains("directory"));
    assert!(message(Store::open(&dir.path().join("missing.db"))).contains("no such store"));
    assert!(
        !dir.path().join("missing.db").exists(),
        "reading never creates a store"
    );
}

#[test]
fn another_sqlite_database_is_not_a_store() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("other.db");
    let c = rusqlite::Connection::open(&p).unwrap();
    c.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();
    drop(c);
    assert!(message(Store::open(&p)).contains("not a petrel store"));
    assert!(message(Store::open_or_create(&p)).contains("not a petrel store"));
}

#[test]
fn a_newer_store_is_refused_with_its_version() {
    let (dir, s) = fresh();
    drop(s);
    let p = dir.path().join("events.db");
    let c = rusqlite::Connection::open(&p).unwrap();
    c.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
        .unwrap();
    drop(c);
    let m = message(Store::open(&p));
    assert!(
        m.contains("newer petrel") && m.contains(&format!("schema {}", SCHEMA_VERSION + 1)),
        "{m}"
    );
    assert!(message(Store::open_or_create(&p)).contains("newer petrel"));
}

#[test]
fn a_full_disk_rolls_back_the_batch_and_keeps_the_store() {
    let (dir, mut s) = fresh();
    add(
        &mut s,
        &[doc(
            "first",
            "wire",
            "2024-01-01",
            "A first report",
            &[ev("RUS", "UKR", "190", "2024-01-01")],
        )],
    );
    let before = s.stats().unwrap();
    let pages: u64 = rusqlite::Connection::open(dir.path().join("events.db"))
        .unwrap()
        .query_row("PRAGMA page_count", [], |r| r.get(0))
        .unwrap();
    s.limit_pages(pages).unwrap();
    let big: Vec<_> = (0..200)
        .map(|i| {
            let text = format!(
                "A long report number {i} {}",
                "with many words ".repeat(400)
            );
            doc(
                &format!("big{i}"),
                "wire",
                "2024-01-02",
                &text,
                &[ev("RUS", "UKR", "190", "2024-01-02")],
            )
        })
        .collect();
    let key = s.coder_key("test coder 1").unwrap();
    let prepared: Vec<_> = big.iter().map(petrel_store::PreparedDoc::new).collect();
    let err = s.add_batch(&prepared, key).unwrap_err().to_string();
    assert!(
        err.contains("disk is full") && err.contains("intact"),
        "{err}"
    );
    assert_eq!(s.stats().unwrap(), before);
    drop(s);
    assert_eq!(
        Store::open(&dir.path().join("events.db"))
            .unwrap()
            .stats()
            .unwrap(),
        before
    );
}

#[test]
fn a_store_opened_for_reading_refuses_writes() {
    let (dir, s) = fresh();
    drop(s);
    let p = dir.path().join("events.db");
    let mut r = Store::open(&p).unwrap();
    let d = doc(
        "x",
        "wire",
        "2024-01-01",
        "Report",
        &[ev("RUS", "UKR", "190", "2024-01-01")],
    );
    let err = r
        .add_batch(&[petrel_store::PreparedDoc::new(&d)], 1)
        .unwrap_err()
        .to_string();
    assert!(err.contains("read-only") && !err.contains('\n'), "{err}");
    assert_eq!(r.stats().unwrap().documents, 0);
}

#[test]
fn a_locked_store_is_named_after_the_wait() {
    let (dir, mut s) = fresh();
    let other = rusqlite::Connection::open(dir.path().join("events.db")).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    s.set_busy_timeout(std::time::Duration::from_millis(200))
        .unwrap();
    let d = doc(
        "x",
        "wire",
        "2024-01-01",
        "Report",
        &[ev("RUS", "UKR", "190", "2024-01-01")],
    );
    let err = s
        .add_batch(&[petrel_store::PreparedDoc::new(&d)], 1)
        .unwrap_err()
        .to_string();
    assert!(err.contains("locked by another process"), "{err}");
    other.execute_batch("ROLLBACK").unwrap();
    assert_eq!(add(&mut s, &[d]), 1, "works once the lock is gone");
}
