//! JSONL: one document per line, read line by line.
//!
//! Fields: `id` (string or number; `path:line` when missing), `text` (required), and optional
//! `date` (`YYYY-MM-DD`, a timestamp, or Unix seconds), `title`, `url`, `source`.

use crate::gzip::Source;
use crate::text::{decode_lossy, io_warning};
use crate::{date_from_epoch, parse_date, Item, ReadOptions, Reason, Warning};
use petrel_core::{Date, Doc, DocMeta};
use serde_json::{Map, Value};
use std::collections::VecDeque;
use std::io::{BufRead, Read};

/// Streams the documents of one JSONL input.
pub(crate) struct JsonlReader {
    name: String,
    src: Source,
    opts: ReadOptions,
    line: usize,
    docs_or_warnings: usize,
    buf: Vec<u8>,
    pending: VecDeque<Item>,
    done: bool,
}

impl JsonlReader {
    /// A reader of `src`, reported as `name`.
    pub(crate) fn new(name: String, src: Source, opts: ReadOptions) -> JsonlReader {
        JsonlReader {
            name,
            src,
            opts,
            line: 0,
            docs_or_warnings: 0,
            buf: Vec::new(),
            pending: VecDeque::new(),
            done: false,
        }
    }

    fn warn(&self, reason: Reason, msg: impl Into<String>) -> Item {
        Item::Warning(Warning::new(self.name.clone(), reason, msg).at_line(self.line))
    }

    /// Reads the next line into `buf`; `Ok(false)` at the end. A line longer than the limit
    /// is consumed to its end and reported as too large.
    fn read_line(&mut self) -> std::io::Result<Option<bool>> {
        self.buf.clear();
        let limit = self.opts.max_doc_bytes as u64 + 1;
        let n = (&mut self.src)
            .take(limit)
            .read_until(b'\n', &mut self.buf)?;
        if n == 0 {
            return Ok(None);
        }
        self.line += 1;
        if self.buf.last() != Some(&b'\n') && n as u64 == limit {
            let mut rest = Vec::new();
            loop {
                rest.clear();
                let m = (&mut self.src).take(1 << 20).read_until(b'\n', &mut rest)?;
                if m == 0 || rest.last() == Some(&b'\n') {
                    break;
                }
            }
            return Ok(Some(false));
        }
        Ok(Some(true))
    }

    fn parse_line(&mut self) {
        let bytes = std::mem::take(&mut self.buf);
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return;
        }
        if memchr::memchr(0, &bytes).is_some() {
            let w = self.warn(
                Reason::Binary,
                "binary data (NUL bytes), not JSONL; rest of file skipped",
            );
            self.pending.push_back(w);
            self.done = true;
            return;
        }
        let (line, bad) = decode_lossy(bytes);
        if let Some(msg) = bad {
            let w = self.warn(Reason::InvalidUtf8, msg);
            self.pending.push_back(w);
        }
        let obj = match serde_json::from_str::<Value>(&line) {
            Ok(Value::Object(m)) => m,
            Ok(_) => {
                return self.push_warn(
                    Reason::MalformedJson,
                    "not a JSON object; line skipped".into(),
                )
            }
            Err(e) => {
                return self.push_warn(
                    Reason::MalformedJson,
                    format!("malformed JSON ({e}); line skipped"),
                )
            }
        };
        let text = match obj.get("text") {
            Some(Value::String(t)) if !t.trim().is_empty() => {
                crate::entities::repair(t).into_owned()
            }
            Some(Value::String(_)) => {
                return self.push_warn(Reason::Empty, "empty \"text\"; line skipped".into())
            }
            _ => {
                return self.push_warn(
                    Reason::NoText,
                    "no string \"text\" field; line skipped".into(),
                )
            }
        };
        let meta = self.meta(&obj);
        self.pending.push_back(Item::Doc(Doc::new(meta, text)));
    }

    fn push_warn(&mut self, reason: Reason, msg: String) {
        let w = self.warn(reason, msg);
        self.pending.push_back(w);
    }

    fn meta(&mut self, obj: &Map<String, Value>) -> DocMeta {
        let id = match obj.get("id") {
            Some(Value::String(s)) if !s.is_empty() => s.clone(),
            Some(Value::Number(n)) => n.to_string(),
            _ => format!("{}:{}", self.name, self.line),
        };
        let date = match obj.get("date") {
            None | Some(Value::Null) => self.opts.date,
            Some(v) => match json_date(v) {
                Some(d) => Some(d),
                None => {
                    self.push_warn(
                        Reason::BadDate,
                        format!("cannot read date {v}; using the default date"),
                    );
                    self.opts.date
                }
            },
        };
        let string = |k: &str| {
            obj.get(k)
                .and_then(Value::as_str)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        };
        DocMeta {
            id,
            date,
            title: string("title"),
            url: string("url"),
            source: string("source").or_else(|| self.opts.source.clone()),
        }
    }
}

fn json_date(v: &Value) -> Option<Date> {
    match v {
        Value::String(s) => parse_date(s),
        Value::Number(n) => n.as_i64().map(date_from_epoch),
        _ => None,
    }
}

impl Iterator for JsonlReader {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some(item) = self.pending.pop_front() {
                self.docs_or_warnings += 1;
                return Some(item);
            }
            if self.done {
                return None;
            }
            match self.read_line() {
                Ok(None) => {
                    self.done = true;
                    if self.docs_or_warnings == 0 {
                        return Some(Item::Warning(Warning::new(
                            self.name.clone(),
                            Reason::Empty,
                            "empty; skipped",
                        )));
                    }
                }
                Ok(Some(false)) => {
                    let limit = self.opts.max_doc_bytes;
                    self.push_warn(
                        Reason::TooLarge,
                        format!("line longer than {limit} bytes; skipped"),
                    );
                }
                Ok(Some(true)) => self.parse_line(),
                Err(e) => {
                    self.done = true;
                    let w = io_warning(&self.name, &e);
                    return Some(Item::Warning(if self.line > 0 {
                        w.at_line(self.line + 1)
                    } else {
                        w
                    }));
                }
            }
        }
    }
}
