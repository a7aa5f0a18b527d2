//! ARC: bytes after the `filedesc://` of an ARC file header.
#![no_main]
#[path = "common.rs"]
mod common;
libfuzzer_sys::fuzz_target!(|data: &[u8]| common::read_all(common::with_prefix(b"filedesc://", data)));
