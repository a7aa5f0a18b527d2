//! gzip: bytes after the gzip magic and deflate method.
#![no_main]
#[path = "common.rs"]
mod common;
libfuzzer_sys::fuzz_target!(|data: &[u8]| common::read_all(common::with_prefix(&[0x1f, 0x8b, 0x08], data)));
