//! Sentence boundaries inside one line, decided on its tokens.

use super::abbrev::{self, AbbrevKind};
use petrel_core::Span;
use std::ops::Range;

/// How a token can end a sentence.
enum Ending {
    /// `.`, `!`, `?`, `…` and runs of them.
    Stop,
    /// A word with an abbreviation's period.
    Abbrev(AbbrevKind),
}

fn ending(w: &str) -> Option<Ending> {
    if !w.is_empty() && w.chars().all(|c| matches!(c, '.' | '!' | '?' | '…')) {
        return Some(Ending::Stop);
    }
    if w.len() > 1 && w.ends_with('.') {
        return abbrev::classify(w).map(Ending::Abbrev);
    }
    None
}

fn is_closer(w: &str, in_quote: bool) -> bool {
    matches!(w, "”" | "’" | ")" | "]" | "}" | "»" | "'") || (w == "\"" && in_quote)
}

fn is_opening_mark(w: &str) -> bool {
    matches!(w, "“" | "‘" | "\"" | "(" | "[" | "«" | "—" | "–" | "-")
}

fn starts_sentence(next: &str, end: &Ending) -> bool {
    let Some(c) = next.chars().next() else {
        return false;
    };
    match end {
        Ending::Stop => {
            c.is_uppercase()
                || c.is_ascii_digit()
                || is_opening_mark(next)
                || CURRENCY_START.contains(&c)
        }
        Ending::Abbrev(AbbrevKind::Title) => false,
        Ending::Abbrev(AbbrevKind::Month | AbbrevKind::Numbered) if c.is_ascii_digit() => false,
        Ending::Abbrev(_) => abbrev::is_opener(next) || matches!(next, "“" | "‘"),
    }
}

const CURRENCY_START: &[char] = &['$', '£', '€'];

/// Splits the tokens of one line into sentence ranges (indices into `toks`).
pub fn sentence_ranges(text: &str, toks: &[Span]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut in_quote = false;
    let mut i = 0;
    while i < toks.len() {
        let w = toks[i].slice(text);
        if w == "\"" {
            in_quote = !in_quote;
        }
        let Some(end) = ending(w) else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        while j < toks.len() {
            let n = toks[j].slice(text);
            if is_closer(n, in_quote) || matches!(ending(n), Some(Ending::Stop)) {
                if n == "\"" {
                    in_quote = false;
                }
                j += 1;
            } else {
                break;
            }
        }
        if j < toks.len() && starts_sentence(toks[j].slice(text), &end) {
            out.push(start..j);
            start = j;
            in_quote = false;
        }
        i = j;
    }
    if start < toks.len() {
        out.push(start..toks.len());
    }
    out
}
