//! The store on hand-made documents: idempotence, duplicates, clusters, every filter, series
//! with empty periods, and refusals of files that are not stores.

mod common;
use common::*;
use petrel_core::{Date, Doc};
use petrel_store::{Duplicate, Dyad, Filter, Period, PreparedDoc, Store};

fn corpus() -> Vec<petrel_core::Doc> {
    vec![
        doc(
            "a1",
            "courier",
            "2024-03-04",
            "Russia shelled Kharkiv",
            &[
                Ev {
                    place: Some("Kharkiv"),
                    ..ev("RUSMIL", "UKR", "195", "2024-03-04")
                },
                ev("UKRGOV", "RUS", "112", "2024-03-04"),
            ],
        ),
        doc(
            "a2",
            "times",
            "2024-03-04",
            "Russian forces attacked Kharkiv overnight",
            &[ev("RUS", "UKRMIL", "195", "2024-03-04")],
        ),
        doc(
            "a3",
            "courier",
            "2024-03-05",
            "A second report of the shelling",
            &[ev("RUSMIL", "UKR", "195", "2024-03-04")],
        ),
        doc(
            "a4",
            "wire",
            "2024-03-20",
            "Talks in Geneva",
            &[
                ev("USAGOV", "RUSGOV", "036", "2024-03-20"),
                Ev {
                    negated: true,
                    ..ev("RUS", "UKR", "190", "2024-03-20")
                },
            ],
        ),
        doc(
            "a5",
            "wire",
            "2024-04-02",
            "France and Germany signed a deal",
            &[ev("FRA", "DEU", "057", "2024-04-02")],
        ),
    ]
}

#[test]
fn ingest_is_idempotent_by_id_url_and_content() {
    let (_dir, mut s) = fresh();
    assert_eq!(add(&mut s, &corpus()), 5);
    let before = s.stats().unwrap();
    assert_eq!(
        add(&mut s, &corpus()),
        0,
        "the same corpus again adds nothing"
    );
    assert_eq!(s.stats().unwrap(), before);
    // Same text under another id and URL: a content duplicate.
    let mut copy = corpus()[0].clone();
    copy.meta.id = "mirror-of-a1".into();
    copy.meta.url = Some("https://mirror.example/x".into());
    // Same URL, other id and text.
    let mut moved = corpus()[1].clone();
    moved.meta.id = "renamed".into();
    moved.text.push_str(" Updated.");
    let key = s.coder_key("test coder 1").unwrap();
    let res = s
        .add_batch(&[PreparedDoc::new(&copy), PreparedDoc::new(&moved)], key)
        .unwrap();
    assert_eq!(res, vec![Some(Duplicate::Content), Some(Duplicate::Url)]);
    assert_eq!(s.stats().unwrap(), before);
    // Repeats inside one batch are caught too.
    let fresh_doc = doc(
        "b1",
        "wire",
        "2024-05-01",
        "New",
        &[ev("CHN", "TWN", "138", "2024-05-01")],
    );
    let res = s
        .add_batch(
            &[PreparedDoc::new(&fresh_doc), PreparedDoc::new(&fresh_doc)],
            key,
        )
        .unwrap();
    assert_eq!(res, vec![None, Some(Duplicate::Id)]);
}

#[test]
fn clusters_group_mentions_across_documents() {
    let (_dir, mut s) = fresh();
    add(&mut s, &corpus());
    let f = Filter {
        code: Some("195".into()),
        ..Default::default()
    };
    let cl = s.clusters(&f, None, 0, 10).unwrap();
    assert_eq!(
        cl.len(),
        1,
        "RUSMIL→UKR, RUS→UKRMIL and a later report of 4 March are one event"
    );
    let c = cl[0].record.cluster.as_ref().unwrap();
    assert_eq!((c.num_mentions, c.num_documents, c.num_sources), (3, 3, 2));
    assert_eq!(c.first_reported, Date::parse("2024-03-04"));
    assert_eq!(c.last_reported, Date::parse("2024-03-05"));
    assert_eq!(c.mentions.len(), 3);
    assert_eq!(c.mentions[2].doc_id, "a3");
    assert_eq!(c.mentions[0].outlet.as_deref(), Some("courier"));
    // The negated event belongs to no cluster; the other events each make their own.
    let all = Filter {
        all_modalities: true,
        ..Default::default()
    };
    assert_eq!(s.count_events(&all).unwrap(), 7);
    assert_eq!(s.stats().unwrap().clusters, 4);
    let negated = s
        .events(&all, None, 0)
        .unwrap()
        .into_iter()
        .find(|e| e.record.modality.negated)
        .unwrap();
    assert_eq!(negated.cluster_id, None);
    assert!(s.cluster(9999, 5).unwrap().is_none());
}

fn ids(s: &Store, f: Filter) -> Vec<String> {
    s.events(&f, None, 0)
        .unwrap()
        .into_iter()
        .map(|e| e.record.event_id)
        .collect()
}

#[test]
fn every_filter_selects_what_it_says() {
    let (_dir, mut s) = fresh();
    add(&mut s, &corpus());
    let d = |x: &str| Date::parse(x);
    let f = Filter::default;
    assert_eq!(
        ids(&s, f()),
        ["a1:0", "a1:1", "a2:0", "a3:0", "a4:0", "a5:0"]
    );
    assert_eq!(
        ids(
            &s,
            Filter {
                all_modalities: true,
                ..f()
            }
        )
        .len(),
        7
    );
    assert_eq!(
        ids(
            &s,
            Filter {
                source: Some("RUS".into()),
                ..f()
            }
        ),
        ["a1:0", "a2:0", "a3:0"]
    );
    assert_eq!(
        ids(
            &s,
            Filter {
                source: Some("RUSMIL".into()),
                ..f()
            }
        ),
        ["a1:0", "a3:0"]
    );
    assert_eq!(
        ids(
            &s,
            Filter {
                target: Some("RUS".into()),
                ..f()
            }
        ),
        ["a1:1", "a4:0"]
    );
    assert_eq!(
        ids(
            &s,
            Filter {
                dyads: vec![
                    Dyad::parse("UKR-RUS").unwrap(),
                    Dyad::parse("FRA-DEU").unwrap()
                ],
                ..f()
            }
        ),
        ["a1:1", "a5:0"]
    );
    assert_eq!(
        ids(
            &s,
            Filter {
                root: Some("11".into()),
                ..f()
            }
        ),
        ["a1:1"]
    );
    assert_eq!(
        ids(
            &s,
            Filter {
                code: Some("19".into()),
                ..f()
            }
        ),
        ["a1:0", "a2:0", "a3:0"]
    );
    assert_eq!(
        ids(
            &s,
            Filter {
                code: Some("057".into()),
                ..f()
            }
        ),
        ["a5:0"]
    );
    assert_eq!(
        ids(
            &s,
            Filter {
                quad: Some(1),
                ..f()
            }
        ),
        ["a4:0", "a5:0"]
    );
    assert_eq!(
        ids(
            &s,
            Filter {
                plover: Some("ASSAULT".into()),
                ..f()
            }
        ),
        ["a1:0", "a2:0", "a3:0"]
    );
    assert_eq!(
        ids(
            &s,
            Filter {
                from: d("2024-03-20"),
                ..f()
            }
        ),
        ["a4:0", "a5:0"]
    );
    assert_eq!(
        ids(
            &s,
            Filter {
                to: d("2024-03-20"),
                from: d("2024-03-20"),
                ..f()
            }
        ),
        ["a4:0"]
    );
    assert_eq!(
        ids(
            &s,
            Filter {
                place: Some("kharkiv".into()),
                ..f()
            }
        ),
        ["a1:0"]
    );
    assert_eq!(
        ids(
            &s,
            Filter {
                place: Some("ukr".into()),
                ..f()
            }
        ),
        ["a1:0"]
    );
    assert_eq!(
        ids(
            &s,
            Filter {
                text: Some("Geneva talks".into()),
                ..f()
            }
        ),
        ["a4:0"]
    );
    assert!(
        ids(
            &s,
            Filter {
                text: Some("overnight\" OR \"x".into()),
                ..f()
            }
        )
        .is_empty(),
        "FTS syntax is read as words"
    );
    assert_eq!(
        ids(
            &s,
            Filter {
                text: Some("attacked overnight".into()),
                ..f()
            }
        ),
        ["a2:0"]
    );
    assert_eq!(
        ids(
            &s,
            Filter {
                source: Some("RUS".into()),
                from: d("2024-03-04"),
                to: d("2024-03-04"),
                code: Some("195".into()),
                ..f()
            }
        ),
        ["a1:0", "a2:0", "a3:0"]
    );
    let page: Vec<String> = s
        .events(&f(), Some(2), 1)
        .unwrap()
        .into_iter()
        .map(|e| e.record.event_id)
        .collect();
    assert_eq!(page, ["a1:1", "a2:0"]);
    let short: Vec<String> = s
        .events(
            &Filter {
                source: Some("RUSMIL".into()),
                ..f()
            },
            Some(10),
            0,
        )
        .unwrap()
        .into_iter()
        .map(|e| e.record.event_id)
        .collect();
    assert_eq!(short, ["a1:0", "a3:0"], "a page the matches cannot fill");
    assert_eq!(
        s.count_events(&Filter {
            source: Some("RUS".into()),
            ..f()
        })
        .unwrap(),
        3
    );
}

#[test]
fn stored_events_read_back_as_coded() {
    let (_dir, mut s) = fresh();
    let docs = corpus();
    add(&mut s, &docs);
    let back = s
        .events(
            &Filter {
                all_modalities: true,
                ..Default::default()
            },
            None,
            0,
        )
        .unwrap();
    let mut n = 0;
    for d in &docs {
        for (i, e) in d.events.iter().enumerate() {
            let want = petrel_output::EventRecord::new(d, e, i);
            let got = &back[n];
            assert_eq!(
                serde_json::to_value(&want).unwrap(),
                serde_json::to_value(got.record.record()).unwrap()
            );
            assert_eq!(got.meta.id, d.meta.id);
            assert_eq!(got.meta.date, d.meta.date);
            n += 1;
        }
    }
    assert_eq!(n, back.len());
}

#[test]
fn series_fill_empty_periods_and_give_shares() {
    let (_dir, mut s) = fresh();
    add(&mut s, &corpus());
    let dyad = Dyad::parse("RUS-UKR").unwrap();
    let weeks = s.series(&dyad, Period::Week, None, None).unwrap();
    let starts: Vec<String> = weeks.iter().map(|r| r.start.to_string()).collect();
    assert_eq!(
        starts,
        [
            "2024-03-04",
            "2024-03-11",
            "2024-03-18",
            "2024-03-25",
            "2024-04-01"
        ]
    );
    assert_eq!(weeks[0].events, 3);
    assert_eq!(weeks[0].material_conflict, 3);
    assert_eq!(weeks[0].total_events, 4);
    assert!((weeks[0].share - 0.75).abs() < 1e-9);
    assert!((weeks[0].goldstein_mean.unwrap() + 10.0).abs() < 1e-6);
    assert_eq!(
        (weeks[1].events, weeks[1].total_events, weeks[1].share),
        (0, 0, 0.0)
    );
    assert_eq!(weeks[1].goldstein_mean, None);
    assert_eq!(
        (weeks[2].events, weeks[2].total_events),
        (0, 1),
        "the negated event is not counted"
    );
    let days = s
        .series(
            &dyad,
            Period::Day,
            Date::parse("2024-03-01"),
            Date::parse("2024-03-05"),
        )
        .unwrap();
    assert_eq!(days.len(), 5);
    assert_eq!(
        days.iter().map(|r| r.events).collect::<Vec<_>>(),
        [0, 0, 0, 3, 0]
    );
    let narrow = s
        .series(
            &Dyad::parse("RUSMIL-UKR").unwrap(),
            Period::Week,
            None,
            None,
        )
        .unwrap();
    assert_eq!(
        narrow.len(),
        5,
        "a longer code reads events, with the same periods"
    );
    assert_eq!((narrow[0].events, narrow[0].total_events), (2, 4));
    let months = s.series(&dyad, Period::Month, None, None).unwrap();
    assert_eq!(months.len(), 2);
    let top = s.top_dyads(None, None, 10).unwrap();
    assert_eq!(top[0].dyad, "RUS-UKR");
    assert_eq!(top[0].events, 3);
}

#[test]
fn recoding_replaces_events_and_clusters() {
    let (_dir, mut s) = fresh();
    add(&mut s, &corpus());
    let docs = s.documents_after(0, None, 10).unwrap();
    assert_eq!(docs.len(), 5);
    assert!(docs[0].text.starts_with("Russia shelled Kharkiv"));
    let new_key = s.coder_key("test coder 2").unwrap();
    assert_eq!(s.count_documents(Some(new_key)).unwrap(), 5);
    // The coder now finds only a statement in a1.
    let recoded = doc(
        "a1",
        "courier",
        "2024-03-04",
        "Russia shelled Kharkiv",
        &[ev("RUS", "UKR", "010", "2024-03-04")],
    );
    s.replace_events(&[(docs[0].key, PreparedDoc::new(&recoded))], new_key)
        .unwrap();
    assert_eq!(s.count_documents(Some(new_key)).unwrap(), 4);
    let f = Filter {
        code: Some("195".into()),
        ..Default::default()
    };
    let c = s.clusters(&f, None, 0, 10).unwrap();
    assert_eq!(c[0].record.cluster.as_ref().unwrap().num_mentions, 2);
    assert_eq!(
        ids(
            &s,
            Filter {
                source: Some("RUS".into()),
                ..Default::default()
            }
        ),
        ["a1:0", "a2:0", "a3:0"]
    );
    let w = s
        .series(&Dyad::parse("RUS-UKR").unwrap(), Period::Week, None, None)
        .unwrap();
    assert_eq!((w[0].events, w[0].total_events), (3, 3));
}

#[test]
fn readers_see_committed_batches_while_a_writer_is_open() {
    let (dir, mut w) = fresh();
    add(&mut w, &corpus()[..2]);
    let r = Store::open(&dir.path().join("events.db")).unwrap();
    assert_eq!(r.stats().unwrap().documents, 2);
    add(&mut w, &corpus()[2..]);
    assert_eq!(r.stats().unwrap().documents, 5);
}

/// Cluster counts kept up batch by batch equal a recount from the events, whatever the order of
/// outlets, dates and batches (the ingest path adds to the counts without reading a cluster's
/// other events).
#[test]
fn cluster_counts_added_batch_by_batch_equal_a_recount() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("events.db");
    let mut s = Store::open_or_create(&path).unwrap();
    let outlets = ["courier", "herald", "courier", "gazette", "herald"];
    let dates = ["2024-03-06", "2024-03-04", "2024-03-09", "2024-03-05"];
    let mut n = 0;
    for batch in 0..4 {
        let docs: Vec<Doc> = (0..7)
            .map(|k| {
                n += 1;
                let evs = [
                    ev("RUS", "UKR", "195", "2024-03-04"),
                    ev("RUS", "UKR", "195", "2024-03-04"),
                    ev("UKR", "RUS", "111", "2024-03-05"),
                ];
                let take = 1 + (batch + k) % 3;
                doc(
                    &format!("d{n}"),
                    outlets[(batch * 3 + k) % outlets.len()],
                    dates[(batch + 2 * k) % dates.len()],
                    &format!("Report number {n}"),
                    &evs[..take],
                )
            })
            .collect();
        assert_eq!(add(&mut s, &docs), 7);
    }
    drop(s);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let mut q = conn
        .prepare(
            "SELECT c.cluster_id, c.num_mentions, c.num_documents, c.num_sources,
                    c.first_reported, c.last_reported,
                    r.m, r.d, r.s, r.f, r.l
             FROM clusters c JOIN
               (SELECT e.cluster_id AS id, count(*) AS m, count(DISTINCT e.doc_key) AS d,
                       count(DISTINCT coalesce(d.outlet, 'doc:' || d.doc_key)) AS s,
                       min(d.pub_date) AS f, max(d.pub_date) AS l
                FROM events e JOIN documents d ON d.doc_key = e.doc_key
                WHERE e.cluster_id IS NOT NULL GROUP BY e.cluster_id) r ON r.id = c.cluster_id",
        )
        .unwrap();
    let rows: Vec<(i64, Vec<String>, Vec<String>)> = q
        .query_map([], |r| {
            let v = |i: usize| -> rusqlite::Result<String> {
                Ok(format!("{:?}", r.get::<_, rusqlite::types::Value>(i)?))
            };
            Ok((
                r.get(0)?,
                (1..6).map(v).collect::<rusqlite::Result<_>>()?,
                (6..11).map(v).collect::<rusqlite::Result<_>>()?,
            ))
        })
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert_eq!(rows.len(), 2, "two clusters: RUS→UKR 195 and UKR→RUS 111");
    for (id, kept, recount) in rows {
        assert_eq!(kept, recount, "cluster {id}");
    }
    let clusters: i64 = conn
        .query_row("SELECT count(*) FROM clusters", [], |r| r.get(0))
        .unwrap();
    assert_eq!(clusters, 2);
}
