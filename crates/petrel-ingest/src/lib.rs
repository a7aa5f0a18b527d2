//! Reading documents into stormpetrel.
//!
//! [`Inputs`] turns a list of paths into a stream of [`Item`]s: each is either a
//! [`Doc`](petrel_core::Doc) holding text and [`DocMeta`](petrel_core::DocMeta), or a
//! [`Warning`] that names the file (and line or byte offset) that could not be used.
//! A bad input never stops the run; every skip is counted in [`Stats`] by [`Reason`].
//! Documents that are clearly not English are skipped (see [`lang`]).
//!
//! Formats, chosen by file name and, when the name says nothing, by the first bytes:
//!
//! 1. plain text (`.txt` and anything unrecognised): one document per file;
//! 2. JSONL (`.jsonl`, `.ndjson`, `.json`): one document per line (`id`, `text`, optional
//!    `date`, `title`, `url`, `source`);
//! 3. directories, walked recursively in sorted order, hidden entries skipped;
//! 4. `-` for standard input, sniffed;
//! 5. HTML pages (`.html`, `.htm`): main text, title, date and canonical URL extracted;
//! 6. WARC and ARC files (`.warc`, `.arc`): HTML responses with status 200, extracted;
//! 7. any of these gzipped (`.gz`, multi-member; per-record members for WARC and ARC).
//!
//! Plain text and JSONL have the character references that scrapers leave (`&quot;`, `#39;s`)
//! repaired (see `entities`).
//!
//! Everything streams: JSONL is read line by line, WARC/ARC record by record, and only one
//! text file or page at a time is held in memory.

#![warn(missing_docs)]

mod date;
pub mod dir;
mod entities;
pub mod eval;
mod gzip;
pub mod html;
mod inputs;
mod jsonl;
pub mod lang;
mod options;
mod sniff;
mod text;
mod warc;
mod warning;

pub use date::{date_from_epoch, parse_date};
pub use inputs::{Inputs, Item};
pub use options::ReadOptions;
pub use sniff::Format;
pub use warning::{Reason, Stats, Warning};
