//! WARC and ARC files, read record by record.
//!
//! HTML responses with HTTP status 200 become documents (their main text extracted, id the
//! target URI, date the page's own or the capture date). Other records are skipped and
//! counted: not a response, not HTML, another status. A truncated or corrupt record gets a
//! warning with its byte offset (for gzipped files, the offset of its gzip member), and the
//! reader resyncs at the next record header.

mod arc;
mod fields;
mod http;
mod members;
mod payload;

use crate::gzip::Source;
use crate::html::page_items;
use crate::{parse_date, Item, ReadOptions, Reason, Warning};
use fields::read_fields;
use members::{Counted, Members};
use payload::{read_payload, Payload};
use petrel_core::Date;
use std::collections::VecDeque;
use std::io::{self, BufRead, BufReader, Read};

/// Longest header line read as one line.
pub(super) const MAX_LINE: u64 = 64 << 10;
/// Most header bytes in one record (WARC or HTTP head).
pub(super) const MAX_HEAD: usize = 256 << 10;

/// The two archive formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// ISO 28500 WARC.
    Warc,
    /// Internet Archive ARC.
    Arc,
}

/// Streams the documents of one WARC or ARC file.
pub(crate) struct ArchiveReader {
    name: String,
    kind: Kind,
    gz: bool,
    r: Counted<BufReader<Members>>,
    opts: ReadOptions,
    pending: VecDeque<Item>,
    peeked: Option<(u64, Vec<u8>)>,
    done: bool,
    seen_record: bool,
}

impl ArchiveReader {
    /// A reader of `src` (gzip members when `gz`), reported as `name`.
    pub(crate) fn new(
        name: String,
        src: Source,
        gz: bool,
        kind: Kind,
        opts: ReadOptions,
    ) -> ArchiveReader {
        let r = Counted::new(BufReader::with_capacity(64 << 10, Members::new(src, gz)));
        ArchiveReader {
            name,
            kind,
            gz,
            r,
            opts,
            pending: VecDeque::new(),
            peeked: None,
            done: false,
            seen_record: false,
        }
    }

    fn member_start(&self) -> u64 {
        self.r.get_ref().get_ref().member_start()
    }

    fn warn(&mut self, at: (u64, u64), reason: Reason, msg: impl Into<String>) {
        let (pos, member) = at;
        let mut message = msg.into();
        let offset = if self.gz {
            message.push_str(&format!(
                " (gzip member at byte {member}; byte {pos} decompressed)"
            ));
            member
        } else {
            pos
        };
        self.pending.push_back(Item::Warning(
            Warning::new(self.name.clone(), reason, message).at_offset(offset),
        ));
    }

    /// A read error: in a gzipped file the bad member was skipped and reading goes on;
    /// otherwise the file ends here.
    fn io_problem(&mut self, at: (u64, u64), e: io::Error) {
        let reason = if e.kind() == io::ErrorKind::UnexpectedEof {
            Reason::Truncated
        } else {
            Reason::Corrupt
        };
        if self.gz && e.kind() == io::ErrorKind::InvalidData {
            self.warn(at, reason, format!("{e}; skipped to the next member"));
        } else {
            self.warn(
                at,
                if reason == Reason::Corrupt {
                    Reason::Unreadable
                } else {
                    reason
                },
                format!("cannot read: {e}"),
            );
            self.done = true;
        }
    }

    fn read_line(&mut self) -> io::Result<Option<(u64, Vec<u8>)>> {
        if let Some(p) = self.peeked.take() {
            return Ok(Some(p));
        }
        let pos = self.r.count();
        let mut line = Vec::new();
        let n = (&mut self.r).take(MAX_LINE).read_until(b'\n', &mut line)?;
        Ok((n > 0).then_some((pos, line)))
    }

    /// Reads one record (or skips garbage up to the next one), queueing what it yields.
    fn step(&mut self) {
        let (pos, line) = match self.read_line() {
            Ok(Some(x)) => x,
            Ok(None) => {
                self.done = true;
                if !self.seen_record {
                    let at = (self.r.count(), self.member_start());
                    self.warn(at, Reason::Empty, "no records found");
                }
                return;
            }
            Err(e) => {
                let at = (self.r.count(), self.member_start());
                return self.io_problem(at, e);
            }
        };
        if line.iter().all(u8::is_ascii_whitespace) {
            return;
        }
        let at = (pos, self.member_start());
        match self.kind {
            Kind::Warc => self.warc_record(at, &line),
            Kind::Arc => self.arc_record(at, &line),
        }
    }

    /// Skips lines up to the next line that starts a record; it is kept for the next step.
    fn resync(&mut self) {
        loop {
            match self.read_line() {
                Ok(None) => return,
                Ok(Some((pos, line))) => {
                    let starts = match self.kind {
                        Kind::Warc => line.starts_with(b"WARC/1.") || line.starts_with(b"WARC/0."),
                        Kind::Arc => !matches!(
                            arc::parse_header(String::from_utf8_lossy(&line).trim()),
                            Ok(None)
                        ),
                    };
                    if starts {
                        self.peeked = Some((pos, line));
                        return;
                    }
                }
                Err(e) => {
                    let at = (self.r.count(), self.member_start());
                    return self.io_problem(at, e);
                }
            }
        }
    }

    fn warc_record(&mut self, at: (u64, u64), first: &[u8]) {
        if !first.starts_with(b"WARC/") {
            self.warn(
                at,
                Reason::Corrupt,
                format!(
                    "expected a WARC record header, found {}; skipping to the next record",
                    snippet(first)
                ),
            );
            return self.resync();
        }
        self.seen_record = true;
        let headers = match read_fields(&mut self.r) {
            Ok(Some(h)) => h,
            Ok(None) => {
                self.warn(at, Reason::Truncated, "WARC record header is cut short");
                return self.resync();
            }
            Err(e) => return self.io_problem(at, e),
        };
        let get = |k: &str| {
            headers
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(k))
                .map(|(_, v)| v.as_str())
        };
        let Some(len) = get("Content-Length").and_then(|v| v.trim().parse::<u64>().ok()) else {
            self.warn(
                at,
                Reason::Corrupt,
                "WARC record without a valid Content-Length; skipping to the next record",
            );
            return self.resync();
        };
        let kind = get("WARC-Type").unwrap_or("").trim().to_ascii_lowercase();
        let ctype = get("Content-Type").unwrap_or("").to_ascii_lowercase();
        let id = get("WARC-Target-URI")
            .map(clean_uri)
            .filter(|u| !u.is_empty())
            .or_else(|| get("WARC-Record-ID").map(clean_uri))
            .filter(|u| !u.is_empty())
            // A record with neither names itself by where it is, so its id is never empty
            // (an empty id would make every such record look like one document).
            .unwrap_or_else(|| format!("{}@{}", self.name, if self.gz { at.1 } else { at.0 }));
        let date = get("WARC-Date").and_then(parse_date);
        let (http, wanted) = match kind.as_str() {
            "response" => (true, ctype.is_empty() || ctype.contains("application/http")),
            "resource" => (false, ctype.contains("html")),
            _ => (false, false),
        };
        if !wanted {
            return self.skip_record(at, len, Reason::NotResponse, format!("{kind} record {id}"));
        }
        self.payload(at, len, http, id, date);
    }

    fn arc_record(&mut self, at: (u64, u64), first: &[u8]) {
        let line = String::from_utf8_lossy(first);
        let h = match arc::parse_header(line.trim()) {
            Ok(Some(h)) => h,
            Ok(None) => {
                self.warn(
                    at,
                    Reason::Corrupt,
                    format!(
                        "expected an ARC record header, found {}; skipping to the next record",
                        snippet(first)
                    ),
                );
                return self.resync();
            }
            Err(msg) => {
                self.warn(
                    at,
                    Reason::Corrupt,
                    format!("{msg}; skipping to the next record"),
                );
                return self.resync();
            }
        };
        self.seen_record = true;
        let lower = h.url.to_ascii_lowercase();
        if !(lower.starts_with("http://") || lower.starts_with("https://")) {
            return self.skip_record(
                at,
                h.length,
                Reason::NotResponse,
                format!("ARC record {}", h.url),
            );
        }
        self.payload(at, h.length, true, h.url, h.date);
    }

    fn skip_record(&mut self, at: (u64, u64), len: u64, reason: Reason, what: String) {
        match io::copy(&mut (&mut self.r).take(len), &mut io::sink()) {
            Ok(n) if n < len => self.warn(
                at,
                Reason::Truncated,
                format!("{what}: {} of {len} bytes missing", len - n),
            ),
            Ok(_) => self.warn(at, reason, format!("{what}: skipped ({})", reason.label())),
            Err(e) => self.io_problem(at, e),
        }
    }

    fn payload(&mut self, at: (u64, u64), len: u64, http: bool, id: String, date: Option<Date>) {
        let limit = self.opts.max_doc_bytes;
        match read_payload(&mut self.r, len, http, limit) {
            Err(e) => self.io_problem(at, e),
            Ok(Payload::Short { missing }) => self.warn(
                at,
                Reason::Truncated,
                format!("record {id} is truncated: {missing} of {len} bytes missing"),
            ),
            Ok(Payload::Skip(reason, msg)) => self.warn(at, reason, format!("record {id}: {msg}")),
            Ok(Payload::Html { bytes, charset }) => {
                let offset = if self.gz { at.1 } else { at.0 };
                for item in page_items(
                    &self.name,
                    id.clone(),
                    &bytes,
                    charset.as_deref(),
                    date,
                    &self.opts,
                ) {
                    self.pending.push_back(match item {
                        Item::Warning(mut w) => {
                            w.message = format!("record {id}: {}", w.message);
                            Item::Warning(w.at_offset(offset))
                        }
                        doc => doc,
                    });
                }
            }
        }
    }
}

impl Iterator for ArchiveReader {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some(item) = self.pending.pop_front() {
                return Some(item);
            }
            if self.done {
                return None;
            }
            self.step();
        }
    }
}

/// A URI without the angle brackets or spaces some writers leave around it.
fn clean_uri(s: &str) -> String {
    s.trim()
        .trim_start_matches('<')
        .trim_end_matches('>')
        .trim()
        .to_string()
}

/// The start of a line, printable, for messages.
fn snippet(line: &[u8]) -> String {
    let s: String = String::from_utf8_lossy(&line[..line.len().min(40)])
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    format!("{:?}", s.trim())
}
