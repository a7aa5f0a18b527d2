//! Plain text with encoding detection: any bytes.
#![no_main]
#[path = "common.rs"]
mod common;
libfuzzer_sys::fuzz_target!(|data: &[u8]| common::read_all(data.to_vec()));
