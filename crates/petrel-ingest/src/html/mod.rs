//! HTML pages: charset decoding, metadata and main-text extraction.

mod blocks;
mod boilerplate;
mod candidates;
mod charset;
mod depth;
mod junk;
mod main_text;
mod meta;
mod stats;

pub use meta::PageMeta;

use crate::text::{check_bytes, io_warning, read_limited};
use crate::{Item, ReadOptions, Reason, Warning};
use petrel_core::{Date, Doc, DocMeta};
use scraper::Html;
use std::io::Read;

/// What is extracted from one page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extracted {
    /// Main text: headings and paragraphs in order, separated by blank lines.
    pub text: String,
    /// Title, publication date and canonical URL.
    pub meta: PageMeta,
    /// Set when the bytes were not clean in their encoding (replaced) or it was guessed.
    pub decode_note: Option<String>,
}

/// Extracts the main text and metadata of an HTML page. `charset` is the HTTP header's
/// charset, when known; otherwise the page's declaration or a guess decides. Tree building
/// takes time quadratic in nesting depth: callers facing untrusted pages use
/// [`extract_path`] or [`Inputs`](crate::Inputs), which refuse pathologically deep markup.
pub fn extract(bytes: &[u8], charset: Option<&str>) -> Extracted {
    let (source, decode_note) = charset::decode(bytes, charset);
    let html = Html::parse_document(&source);
    Extracted {
        text: main_text::main_text(&html),
        meta: meta::page_meta(&html),
        decode_note,
    }
}

/// Reads one page from `path` (`-` is standard input; gzipped pages are unpacked) and
/// extracts it. Fails with an I/O, too-large, too-deep or not-text error that names the path.
pub fn extract_path(path: &std::path::Path, max_bytes: usize) -> petrel_core::Result<Extracted> {
    use petrel_core::{ErrorKind, PetrelError};
    let name = path.display().to_string();
    let raw: Box<dyn Read> = if name == "-" {
        Box::new(std::io::stdin())
    } else {
        Box::new(std::fs::File::open(path).map_err(|e| PetrelError::io(&name, e))?)
    };
    let mut r = std::io::BufReader::new(raw);
    let gz = std::io::BufRead::fill_buf(&mut r)
        .map_err(|e| PetrelError::io(&name, e))?
        .starts_with(&[0x1f, 0x8b]);
    let src: Box<dyn Read> = if gz {
        Box::new(flate2::bufread::MultiGzDecoder::new(r))
    } else {
        Box::new(r)
    };
    let bytes = read_limited(src, max_bytes).map_err(|e| PetrelError::io(&name, e))?;
    if let Some((_, msg)) = check_bytes(&bytes, max_bytes) {
        return Err(PetrelError::new(
            ErrorKind::BadInput,
            format!("{name}: {msg}"),
        ));
    }
    if depth::rough_depth(&bytes) > depth::MAX_DEPTH {
        return Err(PetrelError::new(
            ErrorKind::BadInput,
            format!(
                "{name}: markup nested deeper than {} elements",
                depth::MAX_DEPTH
            ),
        ));
    }
    Ok(extract(&bytes, None))
}

/// A document (and any warnings) from page bytes: `id` names it; the page's own date wins
/// over `fallback_date`, which wins over the default date.
pub(crate) fn page_items(
    name: &str,
    id: String,
    bytes: &[u8],
    charset: Option<&str>,
    fallback_date: Option<Date>,
    opts: &ReadOptions,
) -> Vec<Item> {
    if depth::rough_depth(bytes) > depth::MAX_DEPTH {
        let msg = format!(
            "markup nested deeper than {} elements; skipped",
            depth::MAX_DEPTH
        );
        return vec![Item::Warning(Warning::new(name, Reason::TooLarge, msg))];
    }
    let ex = extract(bytes, charset);
    let mut out = Vec::new();
    if let Some(note) = ex.decode_note {
        out.push(Item::Warning(Warning::new(name, Reason::InvalidUtf8, note)));
    }
    if ex.text.trim().is_empty() {
        out.push(Item::Warning(Warning::new(
            name,
            Reason::NoMainText,
            "no main text found in the HTML; skipped",
        )));
        return out;
    }
    let meta = DocMeta {
        id,
        date: ex.meta.date.or(fallback_date).or(opts.date),
        title: ex.meta.title,
        url: ex.meta.url,
        source: opts.source.clone(),
    };
    out.push(Item::Doc(Doc::new(meta, ex.text)));
    out
}

/// Reads one HTML file named `name` (its id).
pub(crate) fn read_html(name: &str, r: impl Read, opts: &ReadOptions) -> Vec<Item> {
    let bytes = match read_limited(r, opts.max_doc_bytes) {
        Ok(b) => b,
        Err(e) => return vec![Item::Warning(io_warning(name, &e))],
    };
    if let Some((reason, msg)) = check_bytes(&bytes, opts.max_doc_bytes) {
        return vec![Item::Warning(Warning::new(name, reason, msg))];
    }
    page_items(name, name.to_string(), &bytes, None, None, opts)
}
