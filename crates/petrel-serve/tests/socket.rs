//! The real server on a loopback socket: raw request lines that a client library would clean
//! up (dot segments, encoded slashes) reach the router as sent, and none escapes `/static/`.

mod common;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

fn raw(addr: std::net::SocketAddr, request_line: &str) -> String {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(
        s,
        "{request_line}\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    out
}

#[test]
fn raw_requests_cannot_escape_and_writes_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.db");
    common::build(&path);
    let (tx, rx) = std::sync::mpsc::channel();
    let p = path.clone();
    std::thread::spawn(move || {
        petrel_serve::serve(&p, "127.0.0.1:0".parse().unwrap(), 10, |a| {
            tx.send(a).unwrap();
        })
    });
    let addr = rx.recv_timeout(Duration::from_secs(30)).unwrap();
    for line in [
        "GET /static/../Cargo.toml HTTP/1.1",
        "GET /static/../../../../etc/passwd HTTP/1.1",
        "GET /static/%2e%2e/%2e%2e/Cargo.toml HTTP/1.1",
        "GET /static/..%2f..%2fsrc%2flib.rs HTTP/1.1",
        "GET /../../etc/passwd HTTP/1.1",
    ] {
        let res = raw(addr, line);
        let status = res.lines().next().unwrap_or("");
        assert!(
            status.contains(" 404 ") || status.contains(" 400 "),
            "{line}: {status}"
        );
        assert!(
            !res.contains("[package]") && !res.contains("root:x:0"),
            "{line}"
        );
    }
    let res = raw(addr, "DELETE /api/events HTTP/1.1");
    assert!(res.starts_with("HTTP/1.1 405"), "{res}");
    let res = raw(addr, "GET /api/health HTTP/1.1");
    assert!(res.starts_with("HTTP/1.1 200"), "{res}");
    assert!(res.contains("\"status\":\"ok\""));
}
