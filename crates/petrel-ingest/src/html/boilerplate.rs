//! Short lines that are page furniture rather than article text.

/// Lower-case starts of lines that are furniture when the line is short.
const FURNITURE: [&str; 36] = [
    "advertisement",
    "skip advertisement",
    "story continues below",
    "article continues below",
    "continue reading",
    "read more",
    "read next",
    "related:",
    "related articles",
    "related coverage",
    "more from",
    "more on this",
    "recommended",
    "share this",
    "share on",
    "share:",
    "sign up",
    "subscribe",
    "follow us",
    "follow @",
    "click here",
    "image copyright",
    "image caption",
    "media caption",
    "image source",
    "photo:",
    "photograph:",
    "photo credit",
    "(photo",
    "getty images",
    "copyright ©",
    "©",
    "all rights reserved",
    "supported by",
    "listen to this article",
    "this video can not be played",
];

/// True for a short line that reads like page furniture (ads, share prompts, credits).
pub(crate) fn is_boilerplate_line(line: &str) -> bool {
    let t = line.trim();
    if t.chars().count() > 120 {
        return false;
    }
    let lower = t.to_lowercase();
    FURNITURE.iter().any(|f| starts_word(&lower, f))
        || lower.ends_with("getty images")
        || lower.ends_with("/ reuters")
}

/// True when `s` starts with `prefix` and the prefix ends at a word boundary.
fn starts_word(s: &str, prefix: &str) -> bool {
    s.starts_with(prefix)
        && (!prefix.ends_with(|c: char| c.is_alphanumeric())
            || !s[prefix.len()..].starts_with(|c: char| c.is_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn furniture() {
        assert!(is_boilerplate_line("Advertisement"));
        assert!(is_boilerplate_line("Photo: Jane Doe/AP"));
        assert!(!is_boilerplate_line(
            "Subscribers to the paper protested on Monday, the police said, and many were held."
        ));
    }
}
