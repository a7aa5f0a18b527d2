//! HTML main-text extraction, directly and through the sniffer.
#![no_main]
#[path = "common.rs"]
mod common;
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let e = petrel_ingest::html::extract(data, None);
    assert!(e.text.len() <= data.len() * 4 + 64);
    common::read_all(common::with_prefix(b"<!DOCTYPE html>", data));
});
