//! The JSON API over a small hand-made store: every endpoint, bad parameters (400, never 500),
//! SQL metacharacters in every string parameter, path traversal, refused writes, security
//! headers, and new events showing while a writer adds to the store.

mod common;
use axum::body::{to_bytes, Body};
use axum::http::{Method, Request, StatusCode};
use axum::Router;
use common::*;
use petrel_serve::router;
use petrel_store::{PreparedDoc, Store};
use serde_json::Value;
use tower::ServiceExt;

struct Fixture {
    _dir: tempfile::TempDir,
    path: std::path::PathBuf,
    app: Router,
    events: usize,
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.db");
    let events = build(&path);
    let app = router(state(&path));
    Fixture {
        _dir: dir,
        path,
        app,
        events,
    }
}

/// Sends one request; returns status, headers and body.
async fn send(
    app: &Router,
    method: Method,
    uri: &str,
) -> (StatusCode, axum::http::HeaderMap, String) {
    let req = Request::builder()
        .method(method)
        .uri(uri)
        .body(Body::empty())
        .unwrap();
    let res = app.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let body = to_bytes(res.into_body(), 1 << 24).await.unwrap();
    (status, headers, String::from_utf8(body.to_vec()).unwrap())
}

async fn get_json(app: &Router, uri: &str) -> Value {
    let (status, headers, body) = send(app, Method::GET, uri).await;
    assert_eq!(status, StatusCode::OK, "{uri}: {body}");
    assert_eq!(headers["content-type"], "application/json", "{uri}");
    serde_json::from_str(&body).unwrap()
}

#[tokio::test]
async fn health_counts_the_store() {
    let f = fixture();
    let h = get_json(&f.app, "/api/health").await;
    assert_eq!(h["status"], "ok");
    assert_eq!(h["documents"], f.events as u64);
    assert_eq!(h["events"], f.events as u64);
    assert_eq!(h["first_day"], "2024-01-01");
}

#[tokio::test]
async fn dyads_are_ranked_searchable_and_paginated() {
    let f = fixture();
    let all = get_json(&f.app, "/api/dyads").await;
    let names: Vec<&str> = all["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["dyad"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["CCC-DDD", "AAA-BBB"]);
    assert_eq!(all["items"][0]["events"], 320);
    let hit = get_json(&f.app, "/api/dyads?q=bbb").await;
    assert_eq!(hit["total"], 1);
    assert_eq!(hit["items"][0]["dyad"], "AAA-BBB");
    let p = get_json(&f.app, "/api/dyads?limit=1&offset=1").await;
    assert_eq!(p["items"].as_array().unwrap().len(), 1);
    assert_eq!(p["items"][0]["dyad"], "AAA-BBB");
    assert_eq!(p["has_more"], false);
    let none = get_json(&f.app, "/api/dyads?q=ZZZ").await;
    assert_eq!(none["total"], 0);
}

#[tokio::test]
async fn series_has_one_row_per_period_and_the_alert_at_the_step() {
    let f = fixture();
    let s = get_json(&f.app, "/api/series?dyad=AAA-BBB&by=week&measure=count").await;
    let rows = s["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 16);
    assert_eq!(rows[13]["material_conflict"], 12);
    assert_eq!(s["measure"], "count");
    let alerts = s["alerts"].as_array().unwrap();
    assert_eq!(alerts.len(), 1, "{alerts:?}");
    assert_eq!(alerts[0]["start"], rows[13]["start"]);
    let d = get_json(
        &f.app,
        "/api/series?dyad=AAA-BBB&by=day&from=2024-01-01&to=2024-01-10",
    )
    .await;
    assert_eq!(d["rows"].as_array().unwrap().len(), 10);
    let m = get_json(&f.app, "/api/series?dyad=AAA-BBB&by=month").await;
    assert_eq!(m["rows"].as_array().unwrap().len(), 4, "January to April");
    assert_eq!(
        m["alerts"].as_array().unwrap().len(),
        1,
        "week alerts on a month view"
    );
    assert_eq!(s["dyad"], "AAA-BBB");
    let quiet = get_json(&f.app, "/api/series?dyad=CCC-DDD").await;
    assert!(quiet["alerts"].as_array().unwrap().is_empty());
}

#[tokio::test]
async fn alerts_list_the_step_with_evidence_under_both_measures() {
    let f = fixture();
    for m in ["share", "count", "auto"] {
        let a = get_json(&f.app, &format!("/api/alerts?measure={m}")).await;
        let items = a["items"].as_array().unwrap();
        assert_eq!(items.len(), 1, "{m}: {items:?}");
        assert_eq!(items[0]["dyad"], "AAA-BBB");
        assert_eq!(items[0]["signal"], "material_conflict");
        assert_eq!(items[0]["evidence"].as_array().unwrap().len(), 5);
    }
    let since = get_json(&f.app, "/api/alerts?since=2024-12-01").await;
    assert_eq!(since["total"], 0);
}

#[tokio::test]
async fn clusters_come_most_mentioned_first_with_evidence() {
    let f = fixture();
    let week13 = start().add_days(7 * 13);
    let uri = format!(
        "/api/clusters?dyad=AAA-BBB&from={week13}&to={}&limit=2",
        week13.add_days(6)
    );
    let c = get_json(&f.app, &uri).await;
    let items = c["items"].as_array().unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(
        c["has_more"], true,
        "five days of shelling make five clusters"
    );
    let first = &items[0]["cluster"];
    let second = &items[1]["cluster"];
    assert!(first["num_mentions"].as_u64() >= second["num_mentions"].as_u64());
    let m = &first["mentions"][0];
    assert_eq!(m["trigger"], "shelled");
    assert!(m["sentence_text"]
        .as_str()
        .unwrap()
        .contains("shelled BBB positions"));
    let id = first["id"].as_i64().unwrap();
    let one = get_json(&f.app, &format!("/api/clusters/{id}")).await;
    assert_eq!(one["cluster"]["id"], id);
    assert_eq!(one["code"], "195");
    let (status, _, _) = send(&f.app, Method::GET, "/api/clusters/999999").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn events_and_places_take_the_query_filters() {
    let f = fixture();
    let e = get_json(&f.app, "/api/events?dyad=AAA-BBB&limit=3").await;
    assert_eq!(e["items"].as_array().unwrap().len(), 3);
    assert_eq!(e["has_more"], true);
    assert_eq!(e["items"][0]["source"]["code"], "AAA");
    let last = get_json(&f.app, "/api/events?source=CCC&offset=319").await;
    assert_eq!(last["items"].as_array().unwrap().len(), 1);
    assert_eq!(last["has_more"], false);
    let q = get_json(
        &f.app,
        "/api/events?quad=4&root=19&code=195&plover=ASSAULT&text=shelled&place=BBB&limit=500",
    )
    .await;
    assert!(q["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|x| x["location"]["country"] == "BBB"));
    let p = get_json(&f.app, "/api/places").await;
    assert_eq!(p["items"][0]["country"], "BBB");
    let placed = get_json(&f.app, "/api/places?dyad=CCC-DDD").await;
    assert!(placed["items"].as_array().unwrap().is_empty());
}

#[tokio::test]
async fn bad_parameters_get_400_with_a_message() {
    let f = fixture();
    let bad = [
        "/api/health?x=1",
        "/api/dyads?limit=0",
        "/api/dyads?limit=501",
        "/api/dyads?offset=-1",
        "/api/dyads?from=2024-13-01",
        "/api/series",
        "/api/series?dyad=AAA-BBB&dyad=CCC-DDD",
        "/api/series?dyad=AAABBB",
        "/api/series?dyad=AAA-BBB&by=year",
        "/api/series?dyad=AAA-BBB&by=week&by=day",
        "/api/series?dyad=AAA-BBB&measure=loud",
        "/api/series?dyad=AAA-BBB&from=2024-05-01&to=2024-01-01",
        "/api/series?dyad=EEE-FFF&from=2030-05-01&to=2030-01-01",
        "/api/alerts?by=month",
        "/api/alerts?since=yesterday",
        "/api/clusters?quad=5",
        "/api/clusters?root=99",
        "/api/clusters?code=12x",
        "/api/clusters/abc",
        "/api/clusters/-3",
        "/api/events?plover=NOPE",
        "/api/events?modality=some",
        "/api/events?text=%01",
        "/api/events?limit=ten",
        "/api/places?from=2024-1-1",
    ];
    for uri in bad {
        let (status, _, body) = send(&f.app, Method::GET, uri).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{uri}: {body}");
        let v: Value = serde_json::from_str(&body).unwrap();
        let msg = v["error"].as_str().unwrap();
        assert!(!msg.is_empty() && !msg.contains("--"), "{uri}: {msg}");
    }
    let long = format!("/api/events?text={}", "a".repeat(500));
    assert_eq!(
        send(&f.app, Method::GET, &long).await.0,
        StatusCode::BAD_REQUEST
    );
}

/// Percent-encodes every byte that is not alphanumeric.
fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

#[tokio::test]
async fn sql_metacharacters_never_reach_sql() {
    let f = fixture();
    let attacks = [
        "'; DROP TABLE events; --",
        "\" OR 1=1 --",
        "AAA' OR '1'='1",
        "%",
        "_",
        "*",
        "NEAR(a b)",
        "a\" OR \"b",
        "1); DELETE FROM documents; --",
        "\\",
    ];
    let params = [
        ("/api/events", "source"),
        ("/api/events", "target"),
        ("/api/events", "dyad"),
        ("/api/events", "root"),
        ("/api/events", "code"),
        ("/api/events", "quad"),
        ("/api/events", "plover"),
        ("/api/events", "from"),
        ("/api/events", "to"),
        ("/api/events", "place"),
        ("/api/events", "text"),
        ("/api/events", "modality"),
        ("/api/clusters", "text"),
        ("/api/clusters", "place"),
        ("/api/places", "text"),
        ("/api/dyads", "q"),
        ("/api/series", "dyad"),
        ("/api/series", "by"),
        ("/api/series", "measure"),
        ("/api/alerts", "since"),
        ("/api/alerts", "dyad"),
    ];
    for (path, p) in params {
        for a in attacks {
            let uri = format!("{path}?{p}={}", enc(a));
            let (status, _, body) = send(&f.app, Method::GET, &uri).await;
            assert!(
                status == StatusCode::OK || status == StatusCode::BAD_REQUEST,
                "{uri}: {status} {body}"
            );
            if status == StatusCode::OK && matches!(p, "place" | "text") {
                let v: Value = serde_json::from_str(&body).unwrap();
                assert!(
                    v["items"].as_array().unwrap().is_empty(),
                    "{uri} matched: {body}"
                );
            }
        }
    }
    let h = get_json(&f.app, "/api/health").await;
    assert_eq!(h["events"], f.events as u64, "the store is intact");
}

#[tokio::test]
async fn writes_are_refused_and_change_nothing() {
    let f = fixture();
    for m in [Method::POST, Method::PUT, Method::DELETE, Method::PATCH] {
        for uri in [
            "/api/events",
            "/api/clusters/1",
            "/",
            "/static/app.js",
            "/api/nowhere",
        ] {
            let (status, headers, body) = send(&f.app, m.clone(), uri).await;
            assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED, "{m} {uri}");
            assert_eq!(headers["allow"], "GET, HEAD");
            assert!(body.contains("read-only"), "{body}");
        }
    }
    let h = get_json(&f.app, "/api/health").await;
    assert_eq!(h["events"], f.events as u64);
    let (status, _, body) = send(&f.app, Method::HEAD, "/api/health").await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.is_empty());
}

#[tokio::test]
async fn static_files_cannot_escape_their_folder() {
    let f = fixture();
    for uri in [
        "/static/../Cargo.toml",
        "/static/..%2fCargo.toml",
        "/static/%2e%2e/%2e%2e/Cargo.toml",
        "/static/..%5c..%5cCargo.toml",
        "/static//etc/passwd",
        "/static/assets/app.js",
        "/../Cargo.toml",
        "/static/app.js%00.png",
    ] {
        let (status, _, body) = send(&f.app, Method::GET, uri).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{uri}");
        assert!(
            !body.contains("[package]") && !body.contains("root:"),
            "{uri}"
        );
    }
    let (status, headers, body) = send(&f.app, Method::GET, "/static/app.js").await;
    assert_eq!(status, StatusCode::OK);
    assert!(headers["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/javascript"));
    assert!(!body.is_empty());
    let (status, headers, body) = send(&f.app, Method::GET, "/").await;
    assert_eq!(status, StatusCode::OK);
    assert!(headers["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/html"));
    assert!(body.contains("/static/app.js"));
}

#[tokio::test]
async fn every_response_carries_security_headers() {
    let f = fixture();
    for uri in [
        "/",
        "/static/app.css",
        "/api/health",
        "/api/events?quad=7",
        "/nowhere",
    ] {
        let (_, h, _) = send(&f.app, Method::GET, uri).await;
        assert!(
            h["content-security-policy"]
                .to_str()
                .unwrap()
                .contains("default-src 'none'"),
            "{uri}"
        );
        assert_eq!(h["x-content-type-options"], "nosniff", "{uri}");
        assert_eq!(h["x-frame-options"], "DENY", "{uri}");
        assert_eq!(h["referrer-policy"], "no-referrer", "{uri}");
        if uri.starts_with("/api/") {
            assert_eq!(h["cache-control"], "no-store", "{uri}");
        }
    }
}

#[tokio::test]
async fn new_events_show_while_a_writer_adds_to_the_store() {
    let f = fixture();
    let before = get_json(&f.app, "/api/health").await["events"]
        .as_u64()
        .unwrap();
    let mut w = Store::open_or_create(&f.path).unwrap();
    let key = w.coder_key("test").unwrap();
    let day = start().add_days(200);
    let docs = [
        report(90_001, day, "EEE", "FFF", "190", None),
        report(90_002, day, "EEE", "FFF", "190", None),
    ];
    let prepared: Vec<PreparedDoc> = docs.iter().map(PreparedDoc::new).collect();
    w.add_batch(&prepared, key).unwrap();
    let after = get_json(&f.app, "/api/health").await["events"]
        .as_u64()
        .unwrap();
    assert_eq!(after, before + 2);
    let d = get_json(&f.app, "/api/dyads?q=EEE").await;
    assert_eq!(d["items"][0]["events"], 2);
}

#[test]
fn only_loopback_without_public() {
    let any: std::net::SocketAddr = "0.0.0.0:8321".parse().unwrap();
    assert!(petrel_serve::check_addr(any, false).is_err());
    assert!(petrel_serve::check_addr(any, true).is_ok());
    assert!(petrel_serve::check_addr("127.0.0.1:0".parse().unwrap(), false).is_ok());
    assert!(petrel_serve::check_addr("[::1]:0".parse().unwrap(), false).is_ok());
}
