//! Cells and lines that are safe to open: spreadsheet formula injection is defused in CSV and
//! GDELT cells, and control characters never reach a terminal through the table.

use std::borrow::Cow;

/// Whether a CSV or TSV cell would be read as a formula by a spreadsheet: it starts with `=`,
/// `+`, `-`, `@`, a tab or a carriage return (OWASP, "CSV Injection").
pub fn is_formula(cell: &str) -> bool {
    cell.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// A text cell made inert for spreadsheets: a cell that [`is_formula`] gets a leading `'`,
/// which spreadsheets show as text and do not evaluate. Other cells are returned as they are.
pub fn defuse(cell: &str) -> Cow<'_, str> {
    if is_formula(cell) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// Text for a terminal: C0 and C1 control characters (but for none: the table has no tabs or
/// line breaks of its own inside a cell) and the bidirectional overrides that reorder what a
/// reader sees are written as `\u{…}` escapes.
pub fn printable(s: &str) -> Cow<'_, str> {
    let bad = |c: char| {
        c.is_control()
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}')
    };
    if !s.chars().any(bad) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if c == '\n' || c == '\r' || c == '\t' {
            out.push(' ');
        } else if bad(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused_and_text_is_not() {
        assert_eq!(
            defuse("=HYPERLINK(\"http://x\",\"y\")"),
            "'=HYPERLINK(\"http://x\",\"y\")"
        );
        for c in ["+1", "-2+3", "@SUM(A1)", "\tx", "\rx"] {
            assert!(defuse(c).starts_with('\''), "{c}");
        }
        assert_eq!(defuse("Russia"), "Russia");
        assert_eq!(defuse(""), "");
    }

    #[test]
    fn controls_are_escaped_for_terminals() {
        assert_eq!(printable("plain text"), "plain text");
        assert_eq!(printable("a\u{1b}[31mred"), "a\\u{1b}[31mred");
        assert_eq!(printable("abc\u{202e}fed"), "abc\\u{202e}fed");
        assert_eq!(printable("two\nlines\tand tab"), "two lines and tab");
        assert_eq!(printable("\u{7f}\u{85}"), "\\u{7f}\\u{85}");
    }
}
