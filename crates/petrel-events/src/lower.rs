//! Lower-casing words into a reused buffer, without allocating for ASCII.

/// Replaces the contents of `buf` with `word` in lower case (`char::to_lowercase`).
pub fn lower_into(word: &str, buf: &mut String) {
    buf.clear();
    if word.is_ascii() {
        buf.push_str(word);
        buf.make_ascii_lowercase();
    } else {
        buf.extend(word.chars().flat_map(char::to_lowercase));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_and_other_words_lower_as_char_to_lowercase_does() {
        let mut buf = String::from("left over");
        for w in ["Hamas", "ÉTAT", "İstanbul", "ΣΟΦΙΑ", "x"] {
            lower_into(w, &mut buf);
            let want: String = w.chars().flat_map(char::to_lowercase).collect();
            assert_eq!(buf, want);
        }
    }
}
