//! Transparent gzip decompression (all members of a multi-member file).

use flate2::bufread::MultiGzDecoder;
use std::io::{BufRead, BufReader};

/// A boxed buffered byte source, as every reader takes.
pub type Source = Box<dyn BufRead + Send>;

/// Wraps `r` in a multi-member gzip decoder when `gz` is true.
pub fn maybe_gunzip(r: Source, gz: bool) -> Source {
    if gz {
        Box::new(BufReader::with_capacity(64 << 10, MultiGzDecoder::new(r)))
    } else {
        r
    }
}
