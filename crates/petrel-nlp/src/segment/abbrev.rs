//! Abbreviations that keep their final period, and words that typically start a sentence.

/// Titles and labels that are always followed by more of the same phrase: never a sentence end.
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt",
    "cpl", "pvt", "adm", "cmdr", "brig", "gov", "sen", "rep", "rev", "fr", "hon", "pres", "supt",
    "insp", "det", "amb", "st", "mt", "vs", "v", "ft", "sr", "jr", "rs", "approx", "dept", "gens",
    "reps", "sens",
];

/// Month abbreviations: not a sentence end before a number.
const MONTHS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Labels that are abbreviations only before a number: `No. 5`, `Art. 5`.
const NUMBERED: &[&str] = &["no", "nos", "art", "vol", "fig", "pp", "ch", "sec", "para"];

/// Other abbreviations: a sentence may end on them, but only before a typical sentence opener.
const OTHERS: &[&str] = &[
    "inc", "corp", "ltd", "co", "bros", "plc", "llc", "etc", "al", "e.g", "i.e", "a.m", "p.m",
    "u.s", "u.k", "u.n", "e.u", "d.c", "u.s.a", "tue", "tues", "thu", "thur", "thurs", "fri",
    "ave", "blvd", "rd", "univ", "govt", "intl", "assn", "dist", "cf", "calif", "fla", "tenn",
    "mich", "minn", "ariz", "colo", "conn", "okla", "wis",
];

/// US state abbreviations in news style (`Birmingham, Ala.`): abbreviations only when capitalised,
/// as several are also words ("ill", "mass", "wash").
const STATES: &[&str] = &[
    "Ala", "Ark", "Del", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass", "Miss", "Mo",
    "Mont", "Neb", "Nebr", "Nev", "Ore", "Pa", "Tex", "Va", "Vt", "Wash", "Wyo",
];

/// Capitalised words that commonly open a sentence; after an ambiguous abbreviation they signal a break.
const OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "this",
    "that",
    "these",
    "those",
    "there",
    "but",
    "and",
    "however",
    "in",
    "on",
    "at",
    "its",
    "his",
    "her",
    "their",
    "our",
    "after",
    "as",
    "when",
    "while",
    "if",
    "meanwhile",
    "also",
    "some",
    "many",
    "most",
    "earlier",
    "later",
    "last",
    "on",
    "officials",
    "both",
    "what",
    "who",
    "why",
    "how",
    "yet",
    "so",
    "still",
    "since",
    "for",
    "according",
    "such",
    "no",
    "one",
    "two",
    "despite",
    "although",
    "though",
    "moreover",
    "instead",
    "then",
    "now",
    "today",
    "yesterday",
    "my",
    "your",
    "all",
    "each",
];

fn lower_stem(word: &str) -> String {
    word.trim_end_matches('.').to_ascii_lowercase()
}

/// Kind of a word ending in a period that should keep it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AbbrevKind {
    /// A title such as `Gen.`: never ends a sentence.
    Title,
    /// A month such as `Dec.`: ends a sentence only before an opener, never before a number.
    Month,
    /// A label such as `No.`: an abbreviation only before a number.
    Numbered,
    /// Any other abbreviation or an initial: ends a sentence only before an opener.
    Other,
}

/// Classifies `word` (which ends in `.`) as an abbreviation, or `None` when the period is a full stop.
pub fn classify(word: &str) -> Option<AbbrevKind> {
    if !word.ends_with('.') || word.len() < 2 {
        return None;
    }
    let stem = lower_stem(word);
    if stem.is_empty() {
        return None;
    }
    if TITLES.contains(&stem.as_str()) {
        return Some(AbbrevKind::Title);
    }
    if MONTHS.contains(&stem.as_str()) {
        return Some(AbbrevKind::Month);
    }
    if NUMBERED.contains(&stem.as_str()) {
        return Some(AbbrevKind::Numbered);
    }
    if OTHERS.contains(&stem.as_str()) || STATES.contains(&&word[..word.len() - 1]) {
        return Some(AbbrevKind::Other);
    }
    let core = &word[..word.len() - 1];
    let mut chars = core.chars();
    // A single letter: an initial such as `J.`
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_alphabetic() {
            return Some(AbbrevKind::Other);
        }
    }
    // Letters separated by periods: `U.S`, `a.m`, `U.N`
    if core.contains('.')
        && core
            .split('.')
            .all(|p| !p.is_empty() && p.chars().count() <= 2 && p.chars().all(char::is_alphabetic))
    {
        return Some(AbbrevKind::Other);
    }
    None
}

/// True when `word` is a typical sentence opener (compared case-insensitively, must be capitalised).
pub fn is_opener(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && OPENERS.contains(&word.to_ascii_lowercase().as_str())
}
