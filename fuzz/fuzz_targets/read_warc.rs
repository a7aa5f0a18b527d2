//! WARC: bytes after a WARC version line.
#![no_main]
#[path = "common.rs"]
mod common;
libfuzzer_sys::fuzz_target!(|data: &[u8]| common::read_all(common::with_prefix(b"WARC/1.0\r\n", data)));
