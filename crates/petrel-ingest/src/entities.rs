//! Repairs character references left in plain text and JSONL by scrapers.
//!
//! News dumps often keep HTML's escapes for punctuation: `&quot;`, `&#39;`, `&amp;`, and a
//! damaged form whose `&` became a space (`women #39;s`, ` quot;phone sex quot;`, as in the
//! AG News corpus). Left alone they split words ("#39;s") and mislead the tagger and parser.
//! Each is replaced by the character it stands for; a backslash before a dollar sign (`\$1B`)
//! goes too. `&lt;` and `&gt;` stay, since decoding them would make markup of plain text; but
//! an escaped tag of inline formatting (`&lt;b&gt;...&lt;/b&gt;`, as AG News marks a cut
//! description) is markup already, and goes.

use std::borrow::Cow;

/// Named references that are decoded, with their characters.
const NAMED: &[(&str, char)] = &[
    ("quot", '"'),
    ("amp", '&'),
    ("apos", '\''),
    ("nbsp", ' '),
    ("mdash", '\u{2014}'),
    ("ndash", '\u{2013}'),
    ("rsquo", '\u{2019}'),
    ("lsquo", '\u{2018}'),
    ("rdquo", '\u{201D}'),
    ("ldquo", '\u{201C}'),
];

/// Returns `text` with character references repaired, borrowing it when there is none.
pub(crate) fn repair(text: &str) -> Cow<'_, str> {
    if !text.bytes().any(|b| b == b';' || b == b'\\') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut changed = false;
    let mut rest = text;
    while let Some(at) = rest.find(['&', ' ', '\\']) {
        let (before, from) = rest.split_at(at);
        out.push_str(before);
        let marker = from.as_bytes()[0];
        let body = &from[1..];
        if marker == b'\\' && body.starts_with('$') {
            changed = true;
            rest = body;
            continue;
        }
        if let Some(len) = (marker == b'&').then(|| escaped_tag(body)).flatten() {
            changed = true;
            rest = &body[len..];
            continue;
        }
        // A space stands for a lost `&` only before a reference that cannot be a word.
        let decoded = if marker == b'\\' {
            None
        } else {
            reference(body, marker == b'&')
        };
        match decoded {
            Some((c, len)) => {
                if marker == b' ' && keeps_space(&out, c, &body[len..]) {
                    out.push(' ');
                }
                out.push(c);
                changed = true;
                rest = &body[len..];
            }
            None => {
                out.push(marker as char);
                rest = body;
            }
        }
    }
    out.push_str(rest);
    if changed {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(text)
    }
}

/// Tags of inline formatting that scrapers escape into the text.
const INLINE_TAGS: &[&str] = &["b", "i", "em", "strong", "u", "br", "p", "span"];

/// The bytes of an escaped inline tag at the start of `s` (after its `&`): `lt;b&gt;`,
/// `lt;/b&gt;`, `lt;br /&gt;`.
fn escaped_tag(s: &str) -> Option<usize> {
    let inner = s.strip_prefix("lt;")?;
    // The tag's name and its "&gt;" fit in 12 bytes; cut there, on a character boundary.
    let cut = (0..=inner.len().min(12))
        .rev()
        .find(|&i| inner.is_char_boundary(i))
        .unwrap_or(0);
    let end = inner[..cut].find("&gt;")?;
    let name = inner[..end]
        .trim_start_matches('/')
        .trim_end_matches('/')
        .trim();
    INLINE_TAGS
        .contains(&name.to_ascii_lowercase().as_str())
        .then_some(3 + end + 4)
}

/// Whether the space before a reference whose `&` was lost is a real one. Such a reference
/// lost its `&` either to a space or to nothing: after two spaces one of them is real; an
/// opening quotation mark keeps its space (`said quot;no` is `said "no`), while a closing one
/// and an apostrophe do not (`Italy #39;s`); other characters keep it (`for #36;10`).
fn keeps_space(out: &str, c: char, after: &str) -> bool {
    if out.ends_with(' ') || out.is_empty() {
        return false;
    }
    let opens = after.chars().next().is_some_and(char::is_alphanumeric);
    match c {
        '"' | '\u{201C}' | '\u{201D}' => opens,
        '\'' | '\u{2018}' | '\u{2019}' => false,
        _ => true,
    }
}

/// The character of a reference at the start of `s` (after its `&`) and the bytes it takes,
/// `;` included. With `named` false (the `&` was lost), only `quot;`, `amp;` and numeric
/// references count, since other names are English words ("a nbsp;" is unlikely, "apos;"
/// too, but "amp;" and "quot;" are never words).
fn reference(s: &str, named: bool) -> Option<(char, usize)> {
    let end = s.get(..12).unwrap_or(s).find(';').filter(|&e| e > 0)?;
    let name = &s[..end];
    let c = if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse::<u32>().ok()?,
        };
        windows_1252(code).or_else(|| char::from_u32(code))?
    } else {
        if !named && !matches!(name, "quot" | "amp") {
            return None;
        }
        NAMED.iter().find(|(n, _)| *n == name)?.1
    };
    if c.is_control() && !c.is_whitespace() {
        return None;
    }
    Some((c, end + 1))
}

/// Numeric references 128–159 that pages mean as Windows-1252 punctuation (`&#146;` is ’).
fn windows_1252(code: u32) -> Option<char> {
    let c = match code {
        130 => '\u{201A}',
        132 => '\u{201E}',
        133 => '\u{2026}',
        145 => '\u{2018}',
        146 => '\u{2019}',
        147 => '\u{201C}',
        148 => '\u{201D}',
        150 => '\u{2013}',
        151 => '\u{2014}',
        _ => return None,
    };
    Some(c)
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn escaped_inline_tags_go_and_other_escapes_stay() {
        assert_eq!(
            repair("was deported late Tuesday &lt;b&gt;...&lt;/b&gt;."),
            "was deported late Tuesday ...."
        );
        assert_eq!(repair("a &lt;br /&gt;b"), "a b");
        assert_eq!(repair("if x &lt; y &gt; z"), "if x &lt; y &gt; z");
        assert_eq!(repair("&lt;script&gt;"), "&lt;script&gt;");
        assert_eq!(repair("&lt;ééééééé&gt; b"), "&lt;ééééééé&gt; b");
    }

    #[test]
    fn references_with_and_without_their_ampersand() {
        assert_eq!(repair("the women #39;s champion"), "the women's champion");
        assert_eq!(
            repair("on  quot;phone sex quot; services"),
            "on \"phone sex\" services"
        );
        assert_eq!(
            repair("expressed quot;deep sympathy quot; to"),
            "expressed \"deep sympathy\" to"
        );
        assert_eq!(repair("go lightly #39; #39; on"), "go lightly'' on");
        assert_eq!(
            repair("again  #39;in the presence"),
            "again 'in the presence"
        );
        assert_eq!(repair("paid #36;5 million"), "paid $5 million");
        assert_eq!(repair("AT&amp;T said &quot;no&quot;"), "AT&T said \"no\"");
        assert_eq!(repair("the  #36;10 million prize"), "the $10 million prize");
        assert_eq!(repair("Grabs \\$1B Portfolio"), "Grabs $1B Portfolio");
        assert_eq!(
            repair("convention  #151; California"),
            "convention \u{2014} California"
        );
        assert_eq!(repair("it&#x27;s"), "it's");
    }

    #[test]
    fn text_without_references_is_borrowed_and_unchanged() {
        for s in [
            "Plain text; nothing to do.",
            "Dell Inc. &lt;DELL.O&gt; said",
            "room #3; then a path C:\\dir",
            "a bare & sign; and #; alone",
            "&#0; &#xD800; &#99999999;",
        ] {
            assert_eq!(repair(s), s);
        }
        assert!(matches!(
            repair("no references"),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}
