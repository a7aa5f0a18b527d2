//! Normalisation of words for matching: lower case, no punctuation, no diacritics, no
//! possessive ending. Dictionary names and text tokens go through the same function, so
//! `U.S.`, `US` and `u.s.` meet, and so do `Moscow's` and `Moscow`, `Élysée` and `Elysee`.

/// Appends the normalised form of `word` to `out` (which the caller clears): letters are lower-cased and
/// stripped of common diacritics, digits kept, apostrophes and periods dropped, a final `'s`
/// or `s'` possessive removed. Other characters are dropped as well.
pub fn normalize_into(word: &str, out: &mut String) {
    let word = strip_possessive(word);
    for c in word.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if c.is_alphabetic() {
            match fold(c) {
                Some(f) => out.push_str(f),
                None => out.extend(c.to_lowercase()),
            }
        }
    }
}

/// The normalised form of `word` as a new string (for building dictionaries, not the hot path).
pub fn normalize(word: &str) -> String {
    let mut s = String::with_capacity(word.len());
    normalize_into(word, &mut s);
    s
}

/// True for an apostrophe: ASCII `'` or a typographic one.
pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '`')
}

/// Byte range of the word proper inside `piece`: without surrounding punctuation (a final period
/// is kept, as in `U.S.`) and without a possessive ending.
pub(crate) fn core_range(piece: &str) -> (usize, usize) {
    let start = piece.find(|c: char| c.is_alphanumeric()).unwrap_or(0);
    let w = strip_possessive(piece);
    let mut end = w.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
    if piece[end..].starts_with('.') && piece[start.min(end)..end].contains('.') {
        end += 1;
    }
    (start, end.max(start))
}

fn strip_possessive(word: &str) -> &str {
    let w = word.trim_end_matches(|c: char| !c.is_alphanumeric() && !is_apostrophe(c));
    let mut it = w.char_indices().rev();
    match (it.next(), it.next()) {
        (Some((_, 's' | 'S')), Some((i, a))) if is_apostrophe(a) && i > 0 => &w[..i],
        (Some((i, a)), Some((_, 's' | 'S'))) if is_apostrophe(a) => &w[..i],
        _ => w,
    }
}

fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å'
        | 'Ā' => "a",
        'æ' | 'Æ' => "ae",
        'ç' | 'ć' | 'č' | 'Ç' | 'Ć' | 'Č' => "c",
        'ď' | 'đ' | 'Ď' | 'Đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ě' => {
            "e"
        }
        'ğ' | 'Ğ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' | 'İ' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' => "i",
        'ł' | 'ľ' | 'Ł' | 'Ľ' => "l",
        'ñ' | 'ń' | 'ň' | 'Ñ' | 'Ń' | 'Ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō'
        | 'Ő' => "o",
        'œ' | 'Œ' => "oe",
        'ř' | 'Ř' => "r",
        'ś' | 'š' | 'ş' | 'ș' | 'Ś' | 'Š' | 'Ş' | 'Ș' => "s",
        'ß' => "ss",
        'ť' | 'ţ' | 'ț' | 'Ť' | 'Ţ' | 'Ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' => {
            "u"
        }
        'ý' | 'ÿ' | 'Ý' => "y",
        'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => "z",
        'þ' | 'Þ' => "th",
        'ð' | 'Ð' => "d",
        _ => return None,
    })
}

/// Splits a token or a dictionary name into matching units: at whitespace, hyphens, dashes,
/// slashes and underscores, but not at a hyphen between a letter and a digit ("G-7" is one
/// unit, as "G7" is). Calls `f(start, end)` with byte offsets of each non-empty piece.
pub fn split_units(text: &str, mut f: impl FnMut(usize, usize)) {
    let mut start = None;
    let bytes = text.as_bytes();
    for (i, c) in text.char_indices() {
        let numbered = c == '-'
            && i > 0
            && bytes[i - 1].is_ascii_alphabetic()
            && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
        let sep = !numbered
            && (c.is_whitespace()
                || matches!(c, '-' | '\u{2010}'..='\u{2015}' | '/' | '_' | '\u{2212}'));
        match (sep, start) {
            (true, Some(s)) => {
                f(s, i);
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        f(s, text.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_punctuation_diacritics_possessives() {
        assert_eq!(normalize("U.S."), "us");
        assert_eq!(normalize("Moscow's"), "moscow");
        assert_eq!(normalize("Moscow\u{2019}s"), "moscow");
        assert_eq!(normalize("Élysée"), "elysee");
        assert_eq!(normalize("rebels'"), "rebels");
        assert_eq!(normalize("Hay'at"), "hayat");
        assert_eq!(normalize("'s"), "s");
        assert_eq!(normalize(","), "");
    }

    #[test]
    fn core_ranges() {
        assert_eq!(core_range("Moscow's"), (0, 6));
        assert_eq!(core_range("U.S."), (0, 4));
        assert_eq!(core_range("Biden."), (0, 5));
        assert_eq!(core_range("(Hamas)"), (1, 6));
    }

    #[test]
    fn splits_hyphens_and_spaces() {
        let mut v = Vec::new();
        let t = "US-Russia  talks/al_Qaeda";
        split_units(t, |a, b| v.push(&t[a..b]));
        assert_eq!(v, vec!["US", "Russia", "talks", "al", "Qaeda"]);
    }

    #[test]
    fn keeps_a_hyphen_between_a_letter_and_a_digit() {
        let mut v = Vec::new();
        let t = "G-7 Kilroy-Silk 7-Eleven";
        split_units(t, |a, b| v.push(&t[a..b]));
        assert_eq!(v, vec!["G-7", "Kilroy", "Silk", "7", "Eleven"]);
    }
}
