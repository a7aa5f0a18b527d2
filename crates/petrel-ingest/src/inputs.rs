//! The stream of documents and warnings over all inputs.

use crate::gzip::{maybe_gunzip, Source};
use crate::jsonl::JsonlReader;
use crate::sniff::{format_for_name, is_gzip, sniff, Format};
use crate::text::{io_warning, read_text};
use crate::warc::{ArchiveReader, Kind};
use crate::{ReadOptions, Reason, Stats, Warning};
use petrel_core::Doc;
use std::collections::{HashSet, VecDeque};
use std::io::{BufRead, BufReader, Read};
use std::path::PathBuf;

/// One thing read from the inputs.
#[derive(Debug)]
pub enum Item {
    /// A document with text and metadata.
    Doc(Doc),
    /// Something that was skipped or repaired.
    Warning(Warning),
}

type Reader = Box<dyn Iterator<Item = Item> + Send>;

enum Pending {
    Path(PathBuf),
    Reader(String, Box<dyn std::io::Read + Send>),
}

/// Documents from a list of paths (`-` is standard input), read lazily in order.
///
/// ```no_run
/// use petrel_ingest::{Inputs, Item, ReadOptions};
/// let mut inputs = Inputs::new(["corpus/"], ReadOptions::default());
/// for item in &mut inputs {
///     match item {
///         Item::Doc(doc) => println!("{}", doc.meta.id),
///         Item::Warning(w) => eprintln!("warning: {w}"),
///     }
/// }
/// eprintln!("{}", inputs.stats());
/// ```
pub struct Inputs {
    queue: VecDeque<Pending>,
    current: Option<Reader>,
    opts: ReadOptions,
    stats: Stats,
    seen_dirs: HashSet<PathBuf>,
}

impl Inputs {
    /// Inputs from `paths`, read with `opts`. Nothing is opened until iteration.
    pub fn new<I, P>(paths: I, opts: ReadOptions) -> Inputs
    where
        I: IntoIterator<Item = P>,
        P: Into<PathBuf>,
    {
        let queue = paths
            .into_iter()
            .map(|p| {
                let p: PathBuf = p.into();
                if p.as_os_str() == "-" {
                    Pending::Reader("-".into(), Box::new(std::io::stdin()))
                } else {
                    Pending::Path(p)
                }
            })
            .collect();
        Inputs {
            queue,
            current: None,
            opts,
            stats: Stats::default(),
            seen_dirs: HashSet::new(),
        }
    }

    /// Inputs from one byte stream named `name` (as standard input is named `-`): its format
    /// (gzip, JSONL, WARC, ARC, HTML or text) is sniffed from its first bytes.
    pub fn from_reader(
        name: impl Into<String>,
        r: impl std::io::Read + Send + 'static,
        opts: ReadOptions,
    ) -> Inputs {
        let queue = VecDeque::from([Pending::Reader(name.into(), Box::new(r))]);
        Inputs {
            queue,
            current: None,
            opts,
            stats: Stats::default(),
            seen_dirs: HashSet::new(),
        }
    }

    /// Counts so far: documents yielded and warnings by reason.
    pub fn stats(&self) -> &Stats {
        &self.stats
    }

    /// Opens the next pending input; `None` when there is none left.
    fn open_next(&mut self) -> Option<Reader> {
        match self.queue.pop_front()? {
            Pending::Reader(name, r) => {
                let src: Source = Box::new(BufReader::with_capacity(64 << 10, r));
                Some(open_source(name, src, None, &self.opts))
            }
            Pending::Path(p) => Some(self.open_path(p)),
        }
    }

    fn open_path(&mut self, path: PathBuf) -> Reader {
        let name = path.display().to_string();
        let warn = |e: std::io::Error| -> Reader {
            Box::new(std::iter::once(Item::Warning(io_warning(&name, &e))))
        };
        let meta = match std::fs::metadata(&path) {
            Ok(m) => m,
            Err(e) => return warn(e),
        };
        if meta.is_dir() {
            let canon = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
            if !self.seen_dirs.insert(canon) {
                return Box::new(std::iter::empty());
            }
            match crate::dir::list_dir(&path) {
                Ok(entries) => {
                    let mut skipped = Vec::new();
                    for e in entries.into_iter().rev() {
                        if !self.opts.all_files && e.is_file() && crate::dir::is_not_article(&e) {
                            skipped.push(Item::Warning(Warning::new(
                                e.display().to_string(),
                                Reason::NotArticle,
                                "a corpus's README or licence, not an article: skipped (--all-files reads it)",
                            )));
                        } else {
                            self.queue.push_front(Pending::Path(e));
                        }
                    }
                    skipped.reverse();
                    return Box::new(skipped.into_iter());
                }
                Err(e) => return warn(e),
            }
        }
        let file = match std::fs::File::open(&path) {
            Ok(f) => f,
            Err(e) => return warn(e),
        };
        let (hint, _) = format_for_name(&name);
        let src: Source = Box::new(BufReader::with_capacity(64 << 10, file));
        open_source(name, src, hint, &self.opts)
    }

    /// Turns a document that is not in English into a warning, when asked to.
    fn language_filter(&self, item: Item) -> Item {
        match item {
            Item::Doc(d) if self.opts.english_only => {
                let c = crate::lang::check(&d.text);
                if c.is_english() {
                    return Item::Doc(d);
                }
                let why = if c.non_latin_share > 0.5 {
                    format!(
                        "{:.0}% of letters in a non-Latin script",
                        100.0 * c.non_latin_share
                    )
                } else {
                    format!(
                        "{} function words of other languages, {} English, in {} words",
                        c.foreign, c.english, c.words
                    )
                };
                Item::Warning(Warning::new(
                    d.meta.id,
                    Reason::NonEnglish,
                    format!("not English ({why}); skipped"),
                ))
            }
            other => other,
        }
    }

    /// Counts `item` and tells whether it is passed on.
    fn account(&mut self, item: &Item) -> bool {
        match item {
            Item::Doc(_) => {
                self.stats.docs += 1;
                true
            }
            Item::Warning(w) => {
                self.stats.add(w.reason);
                self.opts.report_quiet || !w.reason.is_quiet()
            }
        }
    }
}

/// A reader of one byte source: gzipped when it starts with the gzip magic number, and parsed
/// as `hint` or, when the name did not tell, as sniffed from the first bytes.
fn open_source(name: String, mut src: Source, hint: Option<Format>, opts: &ReadOptions) -> Reader {
    let one = |w: Warning| -> Reader { Box::new(std::iter::once(Item::Warning(w))) };
    let (gz, sniffed) = match src.fill_buf() {
        Ok(head) if is_gzip(head) => (true, sniff(&gunzip_prefix(head))),
        Ok(head) => (false, sniff(head)),
        Err(e) => return one(io_warning(&name, &e)),
    };
    match hint.unwrap_or(sniffed) {
        Format::Warc => Box::new(ArchiveReader::new(name, src, gz, Kind::Warc, opts.clone())),
        Format::Arc => Box::new(ArchiveReader::new(name, src, gz, Kind::Arc, opts.clone())),
        Format::Text => Box::new(read_text(&name, maybe_gunzip(src, gz), opts).into_iter()),
        Format::Jsonl => Box::new(JsonlReader::new(name, maybe_gunzip(src, gz), opts.clone())),
        Format::Html => {
            Box::new(crate::html::read_html(&name, maybe_gunzip(src, gz), opts).into_iter())
        }
    }
}

/// The first decompressed bytes of a gzip stream whose start is `head` (for sniffing).
fn gunzip_prefix(head: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let _ = flate2::read::MultiGzDecoder::new(head)
        .take(1024)
        .read_to_end(&mut out);
    out
}

impl Iterator for Inputs {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some(cur) = self.current.as_mut() {
                match cur.next() {
                    Some(item) => {
                        let item = self.language_filter(item);
                        if self.account(&item) {
                            return Some(item);
                        }
                        continue;
                    }
                    None => self.current = None,
                }
            }
            self.current = Some(self.open_next()?);
        }
    }
}
