//! Closed-class English words that several stages read the same way.

/// Prepositions whose phrase says where something happened ("in Gaza", "near the border").
pub const PLACE_PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "near",
    "outside",
    "inside",
    "across",
    "throughout",
    "around",
    "into",
    "within",
];

/// Lemmas of nouns of an attack ("killed in an Israeli raid", "the shelling of Kharkiv").
pub const ATTACK_NOUNS: &[&str] = &[
    "attack",
    "strike",
    "airstrike",
    "raid",
    "bombing",
    "shelling",
    "shooting",
    "ambush",
    "offensive",
    "assault",
    "bombardment",
    "operation",
    "crackdown",
];

/// Short words that a title-case headline may leave in lower case ("Sharon Rejects Army Bid
/// to Wind Down Gaza Offensive").
const TITLE_LOWER: &[&str] = &[
    "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "of", "in", "on", "at", "to",
    "by", "as", "up", "via", "vs", "per", "off", "out", "is", "are", "be",
];

/// Whether a sentence's words are written in title case: after the first word, every word that
/// starts with a letter is capitalised, apart from short function words, and at least three are.
pub fn is_title_case<'a>(words: impl IntoIterator<Item = &'a str>) -> bool {
    let mut caps = 0;
    for w in words.into_iter().skip(1) {
        match w.chars().next() {
            Some(c) if c.is_uppercase() => caps += 1,
            Some(c) if c.is_lowercase() && !TITLE_LOWER.contains(&w) => return false,
            _ => {}
        }
    }
    caps >= 3
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_case_headlines_are_told_from_sentences() {
        let split = |s: &'static str| s.split(' ');
        assert!(is_title_case(split(
            "Sharon Rejects Army Bid to Wind Down Gaza Offensive"
        )));
        assert!(!is_title_case(split(
            "Sharon rejects army bid to wind down Gaza offensive"
        )));
        assert!(!is_title_case(split("President Bush met Tony Blair")));
        assert!(!is_title_case(split("Bush Meets Blair")));
    }
}

/// ISO codes of states whose place names carry the Arabic article, which news in English mostly
/// drops ("Al Fallūjah" is "Fallujah", "Ar Raqqah" is "Raqqa").
pub const ARABIC_ARTICLE_STATES: &[&str] = &[
    "IRQ", "SYR", "SAU", "YEM", "EGY", "LBY", "JOR", "LBN", "PSE", "KWT", "QAT", "ARE", "OMN",
    "BHR", "SDN", "DZA", "MAR", "TUN", "MRT",
];

/// Transliterations of the Arabic article before a place name.
const ARABIC_ARTICLES: &[&str] = &[
    "Al ", "Al-", "Ar ", "An ", "As ", "Ash ", "Ad ", "Adh ", "Az ", "At ", "Ath ", "Aş ", "Ash-",
];

/// `name` without a transliterated Arabic article, when five or more letters remain ("Al
/// Falluja" → "Falluja"; not "Al Ain").
pub fn without_arabic_article(name: &str) -> Option<&str> {
    ARABIC_ARTICLES
        .iter()
        .find_map(|a| name.strip_prefix(a))
        .filter(|rest| rest.chars().filter(|c| c.is_alphabetic()).count() >= 5)
}
