//! Warnings about inputs that could not be used (or only in part), and counts by reason.

use std::fmt;

/// Why an input, a line or a record was skipped or read only in part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Reason {
    /// The path is missing or cannot be read.
    Unreadable,
    /// The file, line or page has no text.
    Empty,
    /// The file is not text (NUL bytes or mostly control bytes).
    Binary,
    /// The document is larger than [`ReadOptions::max_doc_bytes`](crate::ReadOptions).
    TooLarge,
    /// Invalid UTF-8 was replaced by U+FFFD; the document is kept.
    InvalidUtf8,
    /// A JSONL line is not a JSON object.
    MalformedJson,
    /// A JSONL line has no string `text` field.
    NoText,
    /// A date could not be read; the document is kept with the default date.
    BadDate,
    /// A compressed stream or a WARC/ARC record is corrupt.
    Corrupt,
    /// A WARC/ARC record or compressed stream ends early.
    Truncated,
    /// A WARC record that is not a `response` (request, metadata, warcinfo …).
    NotResponse,
    /// A response whose payload is not HTML.
    NotHtml,
    /// A response whose HTTP status is not 200.
    HttpStatus,
    /// An HTML page in which no main text was found.
    NoMainText,
    /// A document that is not in English.
    NonEnglish,
    /// A document whose id was already seen in this run; it is kept.
    Duplicate,
    /// A sentence longer than the longest the pipeline codes was cut into pieces; kept.
    LongSentence,
    /// A file found in a directory that is a corpus's README, licence or similar, not news.
    NotArticle,
}

impl Reason {
    /// Every reason, in display order.
    pub const ALL: [Reason; 18] = [
        Reason::Unreadable,
        Reason::Empty,
        Reason::Binary,
        Reason::TooLarge,
        Reason::InvalidUtf8,
        Reason::MalformedJson,
        Reason::NoText,
        Reason::BadDate,
        Reason::Corrupt,
        Reason::Truncated,
        Reason::NotResponse,
        Reason::NotHtml,
        Reason::HttpStatus,
        Reason::NoMainText,
        Reason::NonEnglish,
        Reason::Duplicate,
        Reason::LongSentence,
        Reason::NotArticle,
    ];

    /// A short stable label for summaries, e.g. `"non-English"`.
    pub fn label(self) -> &'static str {
        match self {
            Reason::Unreadable => "unreadable",
            Reason::Empty => "empty",
            Reason::Binary => "binary",
            Reason::TooLarge => "too large",
            Reason::InvalidUtf8 => "invalid UTF-8",
            Reason::MalformedJson => "malformed JSON",
            Reason::NoText => "no text field",
            Reason::BadDate => "bad date",
            Reason::Corrupt => "corrupt",
            Reason::Truncated => "truncated",
            Reason::NotResponse => "not a response",
            Reason::NotHtml => "not HTML",
            Reason::HttpStatus => "HTTP status not 200",
            Reason::NoMainText => "no main text",
            Reason::NonEnglish => "non-English",
            Reason::Duplicate => "repeated document id",
            Reason::LongSentence => "long sentence cut",
            Reason::NotArticle => "not an article (README, licence)",
        }
    }

    /// True when the input is dropped; false when it is kept with a repair
    /// (invalid UTF-8 replaced, bad date ignored).
    pub fn skips(self) -> bool {
        !matches!(
            self,
            Reason::InvalidUtf8 | Reason::BadDate | Reason::Duplicate | Reason::LongSentence
        )
    }

    /// True for routine skips that are counted but only reported on request.
    pub fn is_quiet(self) -> bool {
        matches!(
            self,
            Reason::NotResponse | Reason::NotHtml | Reason::HttpStatus | Reason::NonEnglish
        )
    }

    fn index(self) -> usize {
        Reason::ALL.iter().position(|&r| r == self).unwrap_or(0)
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// A problem with one input: where it is, why, and a human message.
#[derive(Debug, Clone, PartialEq)]
pub struct Warning {
    /// The file (as given or found in a directory), `-` for standard input, or the document
    /// id for a warning about a whole document (e.g. non-English).
    pub path: String,
    /// 1-based line, for line-based formats.
    pub line: Option<usize>,
    /// Byte offset in the (decompressed) stream, for record-based formats.
    pub offset: Option<u64>,
    /// Why.
    pub reason: Reason,
    /// What happened, for people.
    pub message: String,
}

impl Warning {
    /// A warning about a whole input.
    pub fn new(path: impl Into<String>, reason: Reason, message: impl Into<String>) -> Warning {
        Warning {
            path: path.into(),
            line: None,
            offset: None,
            reason,
            message: message.into(),
        }
    }
    /// The same warning located at `line`.
    pub fn at_line(mut self, line: usize) -> Warning {
        self.line = Some(line);
        self
    }
    /// The same warning located at byte `offset`.
    pub fn at_offset(mut self, offset: u64) -> Warning {
        self.offset = Some(offset);
        self
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.path)?;
        if let Some(l) = self.line {
            write!(f, ":{l}")?;
        }
        if let Some(o) = self.offset {
            write!(f, " (byte {o})")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Counts of documents read and of warnings by reason.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Stats {
    /// Documents yielded.
    pub docs: u64,
    counts: [u64; Reason::ALL.len()],
}

impl Stats {
    /// How many warnings of `reason` were seen (quiet ones included).
    pub fn count(&self, reason: Reason) -> u64 {
        self.counts[reason.index()]
    }
    /// Adds one warning of `reason`.
    pub fn add(&mut self, reason: Reason) {
        self.counts[reason.index()] += 1;
    }
    /// Inputs (files, lines, records, documents) dropped, over all reasons.
    pub fn skipped(&self) -> u64 {
        Reason::ALL
            .iter()
            .filter(|r| r.skips())
            .map(|&r| self.count(r))
            .sum()
    }
    /// Non-zero counts, in [`Reason::ALL`] order.
    pub fn iter(&self) -> impl Iterator<Item = (Reason, u64)> + '_ {
        Reason::ALL
            .iter()
            .map(|&r| (r, self.count(r)))
            .filter(|&(_, n)| n > 0)
    }
}

impl fmt::Display for Stats {
    /// E.g. `12 documents read; 3 skipped (empty: 1, non-English: 2); repaired: invalid UTF-8: 1`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} document{} read; {} skipped",
            self.docs,
            if self.docs == 1 { "" } else { "s" },
            self.skipped()
        )?;
        let list = |skips: bool| {
            self.iter()
                .filter(|(r, _)| r.skips() == skips)
                .map(|(r, n)| format!("{r}: {n}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let (s, k) = (list(true), list(false));
        if !s.is_empty() {
            write!(f, " ({s})")?;
        }
        if !k.is_empty() {
            write!(f, "; repaired: {k}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_and_summary() {
        let w = Warning::new("a.jsonl", Reason::MalformedJson, "expected value").at_line(3);
        assert_eq!(w.to_string(), "a.jsonl:3: expected value");
        let mut s = Stats {
            docs: 2,
            ..Default::default()
        };
        s.add(Reason::Empty);
        s.add(Reason::NonEnglish);
        s.add(Reason::InvalidUtf8);
        assert_eq!(s.skipped(), 2);
        assert_eq!(
            s.to_string(),
            "2 documents read; 2 skipped (empty: 1, non-English: 1); repaired: invalid UTF-8: 1"
        );
    }
}
