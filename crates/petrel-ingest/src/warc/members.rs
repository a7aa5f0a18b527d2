//! Byte counting, and gzip decoding member by member that survives a corrupt member.
//!
//! A `.warc.gz` holds one gzip member per record. [`Members`] decodes them in turn and
//! remembers where each began; when one is corrupt or cut short it reports the problem once
//! as an I/O error (so the record being read is abandoned), goes back to just after the
//! member's first byte (its compressed bytes are kept while it is read, up to a cap), skips to
//! the next gzip magic number and goes on.

use crate::gzip::Source;
use flate2::bufread::GzDecoder;
use std::io::{self, BufRead, Read};

/// Most compressed bytes of one member kept for going back after a corrupt member.
const MAX_REPLAY: usize = 32 << 20;

/// A reader that counts the bytes taken from it and, when asked, keeps a copy of them.
pub(crate) struct Counted<R> {
    inner: R,
    count: u64,
    kept: Option<Vec<u8>>,
}

impl<R> Counted<R> {
    pub(crate) fn new(inner: R) -> Self {
        Counted {
            inner,
            count: 0,
            kept: None,
        }
    }
    /// Bytes consumed so far.
    pub(crate) fn count(&self) -> u64 {
        self.count
    }
    pub(crate) fn get_ref(&self) -> &R {
        &self.inner
    }
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count += n as u64;
        if let Some(kept) = self.kept.as_mut() {
            kept.extend_from_slice(&buf[..n]);
            if kept.len() > MAX_REPLAY {
                self.kept = None;
            }
        }
        Ok(n)
    }
}

impl Counted<Source> {
    /// Puts the kept bytes after the first back in front of the stream, so that reading
    /// resumes one byte after where keeping began. False when nothing was kept.
    fn rewind_after_first(&mut self, start: u64) -> bool {
        let Some(kept) = self.kept.take() else {
            return false;
        };
        if kept.is_empty() {
            return false;
        }
        let rest = std::mem::replace(&mut self.inner, Box::new(io::empty()));
        self.inner = Box::new(io::Cursor::new(kept[1..].to_vec()).chain(rest));
        self.count = start + 1;
        true
    }
}

impl<R: BufRead> BufRead for Counted<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.inner.fill_buf()
    }
    fn consume(&mut self, n: usize) {
        self.count += n as u64;
        if let Some(kept) = self.kept.as_mut() {
            match self.inner.fill_buf() {
                Ok(buf) if kept.len() + n <= MAX_REPLAY => {
                    kept.extend_from_slice(&buf[..n.min(buf.len())])
                }
                _ => self.kept = None,
            }
        }
        self.inner.consume(n);
    }
}

enum State {
    Between(Counted<Source>),
    In(Box<GzDecoder<Counted<Source>>>),
    Plain(Counted<Source>),
    Gone,
}

/// The decompressed bytes of all gzip members of a stream, or the bytes of a plain stream.
pub(crate) struct Members {
    state: State,
    member_start: u64,
}

const MAGIC: [u8; 3] = [0x1f, 0x8b, 0x08];

impl Members {
    /// Decodes `src` member by member when `gz`, else passes it through.
    pub(crate) fn new(src: Source, gz: bool) -> Members {
        let c = Counted::new(src);
        Members {
            state: if gz {
                State::Between(c)
            } else {
                State::Plain(c)
            },
            member_start: 0,
        }
    }

    /// Compressed offset where the current gzip member began (0 for plain streams).
    pub(crate) fn member_start(&self) -> u64 {
        self.member_start
    }

    /// Skips to the next gzip magic number after the current position (at least one byte on).
    /// A candidate cut by the buffer's end is accepted; the decoder then checks it.
    fn resync(r: &mut Counted<Source>, skip_first: bool) -> io::Result<()> {
        if skip_first && !r.fill_buf()?.is_empty() {
            r.consume(1);
        }
        loop {
            let buf = r.fill_buf()?;
            if buf.is_empty() {
                return Ok(());
            }
            match memchr::memchr(MAGIC[0], buf) {
                None => {
                    let n = buf.len();
                    r.consume(n);
                }
                Some(i) => {
                    let end = (i + 3).min(buf.len());
                    if buf[i..end] == MAGIC[..end - i] {
                        r.consume(i);
                        return Ok(());
                    }
                    r.consume(i + 1);
                }
            }
        }
    }
}

impl Read for Members {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        loop {
            match std::mem::replace(&mut self.state, State::Gone) {
                State::Gone => return Ok(0),
                State::Plain(mut r) => {
                    let n = r.read(buf);
                    self.state = State::Plain(r);
                    return n;
                }
                State::In(mut d) => match d.read(buf) {
                    Ok(0) if !buf.is_empty() => {
                        let mut r = d.into_inner();
                        r.kept = None;
                        self.state = State::Between(r);
                    }
                    Ok(n) => {
                        self.state = State::In(d);
                        return Ok(n);
                    }
                    Err(e) => {
                        let mut r = d.into_inner();
                        let rewound = r.rewind_after_first(self.member_start);
                        let resynced = Members::resync(&mut r, !rewound);
                        self.state = State::Between(r);
                        let msg = format!(
                            "gzip member at byte {} is corrupt or truncated ({e})",
                            self.member_start
                        );
                        resynced?;
                        return Err(io::Error::new(io::ErrorKind::InvalidData, msg));
                    }
                },
                State::Between(mut r) => {
                    let head = r.fill_buf()?;
                    if head.is_empty() {
                        self.state = State::Between(r);
                        return Ok(0);
                    }
                    if head[0] == MAGIC[0] && head.get(1).map_or(true, |&b| b == MAGIC[1]) {
                        self.member_start = r.count();
                        r.kept = Some(Vec::new());
                        self.state = State::In(Box::new(GzDecoder::new(r)));
                    } else {
                        let at = r.count();
                        let resynced = Members::resync(&mut r, true);
                        self.state = State::Between(r);
                        resynced?;
                        return Err(io::Error::new(
                            io::ErrorKind::InvalidData,
                            format!(
                                "bytes at {at} are not gzip data; skipped to the next gzip member"
                            ),
                        ));
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use flate2::write::GzEncoder;
    use std::io::{BufReader, Write};

    fn gz(b: &[u8]) -> Vec<u8> {
        let mut e = GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(b).unwrap();
        e.finish().unwrap()
    }

    #[test]
    fn corrupt_member_is_reported_once_and_skipped() {
        let mut bytes = gz(b"first ");
        let bad_at = bytes.len();
        let mut bad = gz(b"second member that will be cut");
        bad.truncate(bad.len() / 2);
        bytes.extend(bad);
        bytes.extend(b"junk");
        bytes.extend(gz(b"third"));
        let src: Source = Box::new(BufReader::new(std::io::Cursor::new(bytes)));
        let mut m = Members::new(src, true);
        let mut out = Vec::new();
        let mut errors = Vec::new();
        let mut buf = [0u8; 7];
        loop {
            match m.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => out.extend_from_slice(&buf[..n]),
                Err(e) => errors.push(e.to_string()),
            }
        }
        assert!(String::from_utf8_lossy(&out).starts_with("first "));
        assert!(String::from_utf8_lossy(&out).ends_with("third"));
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].contains(&format!("byte {bad_at}")), "{errors:?}");
    }
}
