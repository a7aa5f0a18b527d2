//! JSON lines: bytes after an opening brace, so the sniffer picks JSONL.
#![no_main]
#[path = "common.rs"]
mod common;
libfuzzer_sys::fuzz_target!(|data: &[u8]| common::read_all(common::with_prefix(b"{", data)));
