//! A small English detector: enough to skip documents in other languages without shipping
//! language models.
//!
//! A text is judged not English when (1) most of its letters are in a non-Latin script, or
//! (2) it holds at least five common function words of other Latin-script languages (German,
//! French, Spanish, Portuguese, Italian, Dutch, Scandinavian, Polish, Turkish, Indonesian)
//! and more of them than English function words. English news has at least 11% English
//! function words (of a list without words shared with those languages) and under 5% of the
//! others, so a short English headline, a list or a table is kept:
//! with no evidence either way, a text counts as English.

/// Characters looked at (the start of the text is enough).
const SAMPLE: usize = 6000;

/// Longest function word, in bytes; longer words are only counted.
const MAX_WORD: usize = 8;

/// Fewest foreign function words for a Latin-script text to be judged not English.
const MIN_FOREIGN: usize = 5;

/// Common English function words that are not also common words of other languages
/// (so no `a`, `in`, `to`, `on`, `do`, `no`, `was`), sorted for binary search.
const ENGLISH: [&str; 79] = [
    "about", "after", "all", "also", "and", "any", "are", "at", "be", "because", "been", "before",
    "being", "but", "by", "can", "could", "did", "does", "from", "had", "has", "have", "him",
    "his", "how", "if", "into", "it", "its", "just", "last", "may", "more", "most", "my", "new",
    "not", "now", "of", "one", "only", "other", "our", "out", "said", "says", "she", "should",
    "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they",
    "this", "those", "through", "two", "up", "us", "were", "what", "when", "where", "which",
    "while", "who", "with", "would", "year", "years", "you", "your",
];

/// Common function words of other Latin-script languages that are not English words, sorted.
const FOREIGN: [&str; 178] = [
    "aan", "aber", "akan", "al", "ale", "als", "anche", "ao", "att", "au", "auch", "auf", "aus",
    "aux", "av", "avec", "bei", "bij", "bir", "bu", "ce", "cette", "che", "co", "com", "como",
    "con", "da", "daha", "dalam", "dan", "dans", "dari", "das", "dat", "dei", "del", "della",
    "dem", "den", "dengan", "der", "des", "det", "di", "die", "dos", "du", "een", "ein", "eine",
    "einen", "el", "elle", "em", "en", "er", "es", "est", "está", "et", "ett", "foi", "fue", "für",
    "gibi", "gli", "har", "het", "ik", "il", "ile", "ils", "im", "ini", "inte", "ist", "itu",
    "için", "jag", "jak", "jest", "ke", "la", "las", "le", "les", "lo", "los", "maar", "mais",
    "med", "met", "mit", "más", "na", "nach", "nas", "nella", "nicht", "nie", "noch", "nog", "non",
    "nous", "nur", "não", "och", "od", "oder", "olan", "om", "ook", "op", "os", "ou", "pada",
    "par", "para", "pas", "pero", "più", "plus", "po", "por", "pour", "på", "que", "qui", "se",
    "sich", "sind", "się", "som", "son", "sono", "sont", "su", "sur", "sus", "são", "tak", "te",
    "tidak", "till", "um", "uma", "un", "una", "und", "une", "untuk", "van", "var", "ve", "von",
    "voor", "vous", "w", "werden", "wie", "wird", "wordt", "wurde", "y", "yang", "z", "za", "zijn",
    "zu", "är", "çok", "è", "é", "été", "être", "über", "że",
];

/// A word of at most [`MAX_WORD`] bytes as a number in the same order as the words: the bytes
/// first to last, zero-padded (words hold no zero byte). Comparing two numbers is cheaper
/// than comparing two strings.
const fn pack(w: &str) -> u64 {
    let b = w.as_bytes();
    let mut key = 0u64;
    let mut i = 0;
    while i < MAX_WORD {
        key = key << 8 | if i < b.len() { b[i] as u64 } else { 0 };
        i += 1;
    }
    key
}

/// [`pack`] applied to each of `words`.
const fn packed<const N: usize>(words: [&str; N]) -> [u64; N] {
    let mut out = [0u64; N];
    let mut i = 0;
    while i < N {
        out[i] = pack(words[i]);
        i += 1;
    }
    out
}

/// [`ENGLISH`], packed (sorted, like the words).
const ENGLISH_KEYS: [u64; 79] = packed(ENGLISH);
/// [`FOREIGN`], packed.
const FOREIGN_KEYS: [u64; 178] = packed(FOREIGN);

/// What the detector saw.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LangCheck {
    /// Words looked at.
    pub words: usize,
    /// English function words among them.
    pub english: usize,
    /// Function words of other languages among them.
    pub foreign: usize,
    /// Share of letters in a non-Latin script.
    pub non_latin_share: f32,
}

impl LangCheck {
    /// The verdict: false only when the text is clearly not English.
    pub fn is_english(&self) -> bool {
        self.non_latin_share <= 0.5 && (self.foreign < MIN_FOREIGN || self.foreign <= self.english)
    }
}

/// Measures `text` (its first few thousand characters).
pub fn check(text: &str) -> LangCheck {
    let (mut latin, mut other) = (0usize, 0usize);
    let (mut words, mut english, mut foreign) = (0usize, 0usize, 0usize);
    let mut word = String::with_capacity(16);
    let (mut in_word, mut cut) = (false, false);
    let mut end_word = |word: &mut String, in_word: &mut bool, cut: &mut bool| {
        if *in_word {
            words += 1;
            if word.len() <= MAX_WORD {
                let key = pack(word);
                english += ENGLISH_KEYS.binary_search(&key).is_ok() as usize;
                foreign += FOREIGN_KEYS.binary_search(&key).is_ok() as usize;
            }
        }
        word.clear();
        *in_word = false;
        *cut = false;
    };
    for c in text.chars().take(SAMPLE) {
        let ascii = c.is_ascii_alphabetic();
        if ascii || c.is_alphabetic() {
            if ascii || ('\u{c0}'..='\u{24f}').contains(&c) {
                latin += 1;
            } else {
                other += 1;
            }
            in_word = true;
            if !cut && word.len() <= MAX_WORD {
                if ascii {
                    word.push(c.to_ascii_lowercase());
                } else {
                    word.extend(c.to_lowercase());
                }
            }
        } else if c == '\'' || c == '\u{2019}' {
            cut = in_word;
        } else {
            end_word(&mut word, &mut in_word, &mut cut);
        }
    }
    end_word(&mut word, &mut in_word, &mut cut);
    let letters = (latin + other).max(1) as f32;
    LangCheck {
        words,
        english,
        foreign,
        non_latin_share: other as f32 / letters,
    }
}

/// True unless `text` is clearly in another language than English.
pub fn is_english(text: &str) -> bool {
    check(text).is_english()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_is_sorted() {
        assert!(ENGLISH.windows(2).all(|w| w[0] < w[1]));
        assert!(FOREIGN.windows(2).all(|w| w[0] < w[1]));
        assert!(ENGLISH.iter().all(|w| FOREIGN.binary_search(w).is_err()));
        assert!(ENGLISH
            .iter()
            .chain(FOREIGN.iter())
            .all(|w| w.len() <= MAX_WORD));
        assert!(ENGLISH_KEYS.windows(2).all(|w| w[0] < w[1]));
        assert!(FOREIGN_KEYS.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(pack("the"), u64::from_be_bytes(*b"the\0\0\0\0\0"));
    }

    #[test]
    fn languages() {
        let en = "Government envoys met rebel leaders in the capital on Monday, officials said, and agreed \
                  to a truce that would take effect at midnight. The talks will resume next week after both \
                  sides have consulted their members, a spokesman for the ministry told reporters.";
        let de = "Die Regierung hat am Montag mit den Rebellen in der Hauptstadt verhandelt und eine Waffenruhe \
                  vereinbart, die um Mitternacht in Kraft treten soll. Die Gespräche sollen nächste Woche \
                  fortgesetzt werden, nachdem beide Seiten ihre Mitglieder konsultiert haben, sagte ein Sprecher.";
        let pt = "A equipe do Serviço de Atendimento Domiciliar registrou o arrombamento de dois veículos \
                  durante a madrugada desta segunda-feira, segundo a polícia, que investiga o caso e pede \
                  a colaboração da comunidade para identificar os autores do crime na região central.";
        let ru = "Правительство в понедельник провело переговоры с повстанцами в столице и согласовало перемирие.";
        assert!(is_english(en), "{:?}", check(en));
        assert!(!is_english(de), "{:?}", check(de));
        assert!(!is_english(pt), "{:?}", check(pt));
        assert!(!is_english(ru));
        assert!(is_english("Rebels seize Goma"), "a short headline is kept");
        assert!(
            is_english("Merkel trifft Macron in Berlin"),
            "too short to judge: kept"
        );
        assert!(!is_english(
            "El presidente y los ministros de la república se reunieron con el rey"
        ));
        assert!(is_english(
            "Dutch cyclist Leontien Zijlaard-van Moorsel defends her title; van der Breggen second"
        ));
        assert!(is_english("AAPL 12.3 MSFT 45.6 GOOG 78.9 IBM 10.1 ORCL 11.2 SAP 33.4 INTC 22.2 AMD 9.9 NVDA 40.0 TSLA 300.1"));
        assert!(!is_english("普京周一在莫斯科会见了伊朗总统"));
        let c = check("They've said it's the state's war, isn\u{2019}t it?");
        assert_eq!(
            (c.words, c.english),
            (8, 5),
            "they, said, it, the, it: endings after an apostrophe are cut"
        );
    }
}
