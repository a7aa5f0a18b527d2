//! Splitting one line of text into tokens with byte offsets.

use super::abbrev::{self, AbbrevKind};
use petrel_core::Span;

/// Characters split off the front of a word.
const OPENING: &[char] = &[
    '"', '“', '‘', '(', '[', '{', '«', '„', '‹', '<', '¿', '¡', '*',
];
/// Characters split off the end of a word (the period is handled separately).
const CLOSING: &[char] = &[
    '"', '”', '’', '\'', ')', ']', '}', '»', '›', ',', ';', ':', '!', '?', '…', '%', '>', '*',
];
/// Dash characters that always stand alone.
const DASHES: &[char] = &['—', '–', '―', '‒', '−'];
/// Currency signs split off a following number.
const CURRENCY: &[char] = &['$', '£', '€', '¥', '#', '₽', '₴'];
/// Prefixes after which EWT keeps a hyphenated word whole.
const PREFIXES: &[&str] = &[
    "anti", "non", "post", "pre", "co", "re", "ex", "pro", "mid", "multi", "self", "semi", "sub",
    "inter", "counter", "neo", "pan", "quasi", "ultra", "over", "under", "vice", "cross", "well",
    "long", "short", "so", "all", "de",
];
/// Clitics split off the end of a word, lower-cased, with a straight apostrophe.
const CLITICS: &[&str] = &["n't", "'s", "'m", "'d", "'re", "'ve", "'ll"];

/// Whether `c` parts words: white space, control and zero-width characters, and the backslash
/// that news feeds leave for a line break ("a second\\team of rocketeers" in AG News).
fn is_space(c: char) -> bool {
    c == '\\'
        || c.is_whitespace()
        || c.is_control()
        || matches!(
            c,
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' | '\u{2060}'
        )
}

/// Appends the tokens of `line` to `out`; `base` is the byte offset of `line` in the document.
pub fn tokenize(line: &str, base: usize, out: &mut Vec<Span>) {
    let mut chunks = Vec::new();
    let mut start = None;
    for (i, c) in line.char_indices() {
        if is_space(c) {
            if let Some(s) = start.take() {
                chunks.push((s, i));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        chunks.push((s, line.len()));
    }
    for (k, &(a, b)) in chunks.iter().enumerate() {
        let next_digit = chunks
            .get(k + 1)
            .is_some_and(|&(x, y)| line[x..y].starts_with(|c: char| c.is_ascii_digit()));
        Chunk {
            line,
            base,
            out,
            next_digit,
        }
        .split(a, b);
    }
}

struct Chunk<'a> {
    line: &'a str,
    base: usize,
    out: &'a mut Vec<Span>,
    /// The next chunk starts with a digit (`No. 5`).
    next_digit: bool,
}

fn first_char(s: &str) -> Option<char> {
    s.chars().next()
}

fn last_char(s: &str) -> Option<char> {
    s.chars().next_back()
}

fn is_url_or_email(w: &str) -> bool {
    let l = w.trim_start_matches(OPENING);
    l.starts_with("http://") || l.starts_with("https://") || l.starts_with("www.") || {
        let at = l.find('@');
        at.is_some_and(|i| {
            i > 0
                && l[i..].contains('.')
                && l[..i]
                    .chars()
                    .all(|c| c.is_alphanumeric() || "._-+".contains(c))
        })
    }
}

impl Chunk<'_> {
    fn push(&mut self, a: usize, b: usize) {
        if b > a {
            self.out.push(Span::new(self.base + a, self.base + b));
        }
    }

    /// Splits the whitespace-free chunk `line[a..b]`.
    fn split(mut self, mut a: usize, mut b: usize) {
        let url = is_url_or_email(&self.line[a..b]);
        // Leading punctuation.
        while a < b {
            let rest = &self.line[a..b];
            let Some(c) = first_char(rest) else { break };
            let cl = c.len_utf8();
            let next = rest[cl..].chars().next();
            if rest.starts_with("...") || rest.starts_with("--") {
                let n = rest.len() - rest.trim_start_matches(c).len();
                self.push(a, a + n);
                a += n;
            } else if OPENING.contains(&c) || DASHES.contains(&c) || c == '…' {
                self.push(a, a + cl);
                a += cl;
            } else if c == '\'' || c == '’' {
                let lower = rest.to_lowercase().replace('’', "'");
                if next.is_some_and(|n| n.is_ascii_digit())
                    || CLITICS.contains(&lower.trim_end_matches(CLOSING).trim_end_matches('.'))
                {
                    break;
                }
                self.push(a, a + cl);
                a += cl;
            } else if CURRENCY.contains(&c) && next.is_some_and(|n| n.is_ascii_digit()) {
                self.push(a, a + cl);
                a += cl;
            } else {
                break;
            }
        }
        // Trailing punctuation, collected right to left.
        let mut tail: Vec<(usize, usize)> = Vec::new();
        while a < b {
            let rest = &self.line[a..b];
            let Some(c) = last_char(rest) else { break };
            let cl = c.len_utf8();
            if c == '.' {
                let dots = rest.len() - rest.trim_end_matches('.').len();
                if dots >= 2 {
                    tail.push((b - dots, b));
                    b -= dots;
                    continue;
                }
                match abbrev::classify(rest) {
                    Some(AbbrevKind::Numbered) if self.next_digit && tail.is_empty() => break,
                    Some(AbbrevKind::Numbered) | None => {}
                    Some(_) if url => {}
                    Some(_) => break,
                }
                tail.push((b - 1, b));
                b -= 1;
            } else if CLOSING.contains(&c)
                || DASHES.contains(&c)
                || (c == '-' && rest.len() > 1 && !url)
            {
                if url
                    && !matches!(
                        c,
                        ',' | ';' | ':' | '!' | '?' | '"' | '”' | '’' | '\'' | ')' | ']'
                    )
                {
                    break;
                }
                if c == '-' {
                    let n = rest.len() - rest.trim_end_matches('-').len();
                    tail.push((b - n, b));
                    b -= n;
                    continue;
                }
                tail.push((b - cl, b));
                b -= cl;
            } else {
                break;
            }
        }
        if url {
            self.push(a, b);
        } else {
            self.middle(a, b);
        }
        for (x, y) in tail.into_iter().rev() {
            self.push(x, y);
        }
    }

    /// Splits the core of a chunk at inner dashes, slashes, commas and hyphens, then clitics.
    fn middle(&mut self, a: usize, b: usize) {
        let s = &self.line[a..b];
        let bytes = s.as_bytes();
        let mut piece = 0;
        let mut iter = s.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            let cl = c.len_utf8();
            let prev = s[..i].chars().next_back();
            let next = s[i + cl..].chars().next();
            let digit_both = prev.is_some_and(|p| p.is_ascii_digit())
                && next.is_some_and(|n| n.is_ascii_digit());
            let sep_len = if DASHES.contains(&c) || c == '…' {
                cl
            } else if c == '-' && bytes.get(i + 1) == Some(&b'-') {
                s[i..].len() - s[i..].trim_start_matches('-').len()
            } else if (c == '/' || c == ',') && !digit_both && i > 0 && next.is_some() {
                cl
            } else if c == '.' && s[i..].starts_with("...") && i > 0 {
                s[i..].len() - s[i..].trim_start_matches('.').len()
            } else {
                0
            };
            if sep_len > 0 {
                self.hyphenated(a + piece, a + i);
                self.push(a + i, a + i + sep_len);
                piece = i + sep_len;
                while iter.peek().is_some_and(|&(j, _)| j < piece) {
                    iter.next();
                }
            }
        }
        self.hyphenated(a + piece, b);
    }

    /// Splits `line[a..b]` at hyphens as EWT does, keeping prefixed words and codes whole.
    fn hyphenated(&mut self, a: usize, b: usize) {
        let s = &self.line[a..b];
        if !s.contains('-') {
            self.clitics(a, b);
            return;
        }
        let parts: Vec<&str> = s.split('-').collect();
        let keep = parts.len() < 2
            || parts
                .iter()
                .any(|p| p.is_empty() || p.chars().any(|c| c.is_ascii_digit()))
            || parts[0].chars().count() == 1
            || PREFIXES.contains(&parts[0].to_lowercase().as_str())
            || !parts.iter().all(|p| p.chars().any(char::is_alphabetic));
        if keep {
            self.clitics(a, b);
            return;
        }
        let mut pos = a;
        for (k, p) in parts.iter().enumerate() {
            if k > 0 {
                self.push(pos, pos + 1);
                pos += 1;
            }
            self.clitics(pos, pos + p.len());
            pos += p.len();
        }
    }

    /// Splits clitics off a word: `n't`, `'s`, `'re`..., plus `cannot`, `gonna`, `wanna`, `gotta`.
    fn clitics(&mut self, a: usize, b: usize) {
        let w = &self.line[a..b];
        if w.is_ascii() {
            if w.eq_ignore_ascii_case("cannot") {
                self.push(a, a + 3);
                self.push(a + 3, b);
                return;
            }
            if ["gonna", "wanna", "gotta"]
                .iter()
                .any(|x| w.eq_ignore_ascii_case(x))
            {
                self.push(a, b - 2);
                self.push(b - 2, b);
                return;
            }
        }
        // Every clitic has an apostrophe.
        if !w.contains(['\'', '’']) {
            self.push(a, b);
            return;
        }
        let norm = w.to_lowercase().replace('’', "'");
        for cl in CLITICS {
            if norm.len() > cl.len() && norm.ends_with(cl) {
                let clitic_chars = cl.chars().count();
                let cut = w
                    .char_indices()
                    .rev()
                    .nth(clitic_chars - 1)
                    .map(|(i, _)| i)
                    .unwrap_or(0);
                if cut > 0 {
                    self.push(a, a + cut);
                    self.push(a + cut, b);
                    return;
                }
            }
        }
        self.push(a, b);
    }
}
