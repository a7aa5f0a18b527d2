//! Loopback load test of `petrel serve`: many concurrent clients, each with a keep-alive
//! connection, replaying what the page asks for (dyads, a series, a period's clusters, events,
//! places, and now and then the alerts table) against a large store. Prints errors and latency
//! percentiles per endpoint and overall.
//!
//! Build the store first (1 million mentions), then run:
//! `cargo run --release -p petrel-store --example store_bench -- /tmp/big.db 1000000`
//! `cargo run --release -p petrel-serve --example load_test -- /tmp/big.db 50 20000`

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::{Duration, Instant};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

/// One HTTP/1.1 keep-alive connection.
struct Conn {
    addr: SocketAddr,
    stream: Option<BufReader<TcpStream>>,
}

impl Conn {
    /// Sends `GET path`; returns the status and body length.
    async fn get(&mut self, path: &str) -> std::io::Result<(u16, usize)> {
        if self.stream.is_none() {
            self.stream = Some(BufReader::new(TcpStream::connect(self.addr).await?));
        }
        let s = self.stream.as_mut().unwrap();
        let req = format!("GET {path} HTTP/1.1\r\nHost: localhost\r\n\r\n");
        s.get_mut().write_all(req.as_bytes()).await?;
        let mut line = String::new();
        s.read_line(&mut line).await?;
        let status: u16 = line
            .split_whitespace()
            .nth(1)
            .and_then(|c| c.parse().ok())
            .ok_or_else(|| std::io::Error::other(format!("bad status line {line:?}")))?;
        let mut len = 0usize;
        loop {
            line.clear();
            s.read_line(&mut line).await?;
            if line == "\r\n" || line.is_empty() {
                break;
            }
            if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                len = v.trim().parse().unwrap_or(0);
            }
        }
        let mut body = vec![0u8; len];
        s.read_exact(&mut body).await?;
        Ok((status, len))
    }
}

/// The requests of one page view of `dyad`, opening week `week` of 2021–2023.
fn view(dyad: &str, week: i64, n: u64) -> Vec<(&'static str, String)> {
    let from = 18_628 + 7 * week; // 2021-01-04, a Monday, as days since 1970
    let mut v = vec![
        ("dyads", "/api/dyads?limit=50".to_string()),
        ("series", format!("/api/series?dyad={dyad}&by=week")),
        (
            "clusters",
            format!(
                "/api/clusters?dyad={dyad}&from={}&to={}&limit=50",
                civil(from),
                civil(from + 6)
            ),
        ),
        ("events", format!("/api/events?dyad={dyad}&limit=100")),
        ("places", format!("/api/places?dyad={dyad}")),
        ("health", "/api/health".to_string()),
    ];
    if n.is_multiple_of(50) {
        v.push(("alerts", "/api/alerts?limit=50".to_string()));
    }
    v
}

/// `YYYY-MM-DD` of a day count since 1970-01-01.
fn civil(days: i64) -> String {
    petrel_core::Date::from_days(days).to_string()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let db = PathBuf::from(args.get(1).map(String::as_str).unwrap_or("/tmp/big.db"));
    let clients: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(50);
    let total: usize = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(20_000);
    let (tx, rx) = std::sync::mpsc::channel();
    let served = db.clone();
    std::thread::spawn(move || {
        if let Err(e) = petrel_serve::serve(&served, "127.0.0.1:0".parse().unwrap(), 50, |a| {
            tx.send(a).unwrap();
        }) {
            eprintln!("server: {e}");
            std::process::exit(2);
        }
    });
    let addr = rx
        .recv_timeout(Duration::from_secs(60))
        .expect("the server did not start");
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let dyads: Vec<String> = rt.block_on(async {
        let mut c = Conn { addr, stream: None };
        let (status, _) = c.get("/api/health").await.unwrap();
        assert_eq!(status, 200);
        // The page's own dyad list is the client's menu.
        let s = TcpStream::connect(addr).await.unwrap();
        let mut s = BufReader::new(s);
        s.get_mut()
            .write_all(b"GET /api/dyads?limit=200 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            .await
            .unwrap();
        let mut all = String::new();
        s.read_to_string(&mut all).await.unwrap();
        all.split("\"dyad\":\"")
            .skip(1)
            .filter_map(|p| p.split('"').next().map(String::from))
            .collect()
    });
    assert!(!dyads.is_empty(), "the store has no dyads");
    let per_client = total.div_ceil(clients);
    let started = Instant::now();
    let results = rt.block_on(async {
        let mut tasks = Vec::new();
        for c in 0..clients {
            let dyads = dyads.clone();
            tasks.push(tokio::spawn(async move {
                let mut conn = Conn { addr, stream: None };
                let mut out: Vec<(&'static str, Duration, bool)> = Vec::with_capacity(per_client);
                let mut n = c as u64 * 7919;
                while out.len() < per_client {
                    n = n.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                    // Busy dyads are viewed most, as on a real monitor.
                    let i = ((n >> 33) as usize % dyads.len()).min((n >> 40) as usize % 20);
                    let week = ((n >> 20) % 156) as i64;
                    for (kind, path) in view(&dyads[i], week, n >> 50) {
                        if out.len() == per_client {
                            break;
                        }
                        let t = Instant::now();
                        let ok = match conn.get(&path).await {
                            Ok((200, _)) => true,
                            Ok((s, _)) => {
                                eprintln!("{path}: status {s}");
                                false
                            }
                            Err(e) => {
                                eprintln!("{path}: {e}");
                                conn.stream = None;
                                false
                            }
                        };
                        out.push((kind, t.elapsed(), ok));
                    }
                }
                out
            }));
        }
        let mut all = Vec::new();
        for t in tasks {
            all.extend(t.await.unwrap());
        }
        all
    });
    let wall = started.elapsed();
    let mut by_kind: BTreeMap<&str, Vec<Duration>> = BTreeMap::new();
    let mut errors = 0;
    let mut every = Vec::new();
    for (kind, d, ok) in &results {
        errors += usize::from(!ok);
        by_kind.entry(kind).or_default().push(*d);
        every.push(*d);
    }
    every.sort();
    println!(
        "{} requests from {clients} clients in {:.1} s ({:.0} requests/s), errors: {errors}",
        results.len(),
        wall.as_secs_f64(),
        results.len() as f64 / wall.as_secs_f64()
    );
    println!(
        "{:<10} {:>7} {:>9} {:>9} {:>9}",
        "endpoint", "n", "p50 ms", "p99 ms", "max ms"
    );
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    for (kind, mut v) in by_kind.into_iter().chain([("all", every)]) {
        v.sort();
        println!(
            "{:<10} {:>7} {:>9.1} {:>9.1} {:>9.1}",
            kind,
            v.len(),
            ms(percentile(&v, 0.5)),
            ms(percentile(&v, 0.99)),
            ms(*v.last().unwrap_or(&Duration::ZERO))
        );
    }
    if errors > 0 {
        std::process::exit(1);
    }
}
