//! Caption, credit and separator lines: news-page furniture from which no events are coded.

/// Line openings (lower-cased) that mark a photo caption or credit.
const CAPTION_STARTS: &[&str] = &[
    "photo:",
    "photos:",
    "photo by",
    "photo credit",
    "(photo",
    "[photo",
    "photograph:",
    "photograph by",
    "image:",
    "images:",
    "image caption",
    "image source",
    "image copyright",
    "media caption",
    "picture:",
    "pictured:",
    "caption:",
    "credit:",
    "credits:",
    "copyright",
    "©",
    "file photo",
    "file picture",
    "file image",
    "(file photo",
    "file -",
    "file:",
    "video:",
    "watch:",
    "read more",
    "related:",
    "see also:",
    "listen:",
    "handout",
    "a handout",
    "getty images",
    "(getty",
    "source:",
    "illustration:",
    "graphic:",
    "screengrab",
    "screenshot",
    "video grab",
    "follow us",
    "click here",
    "sign up",
    "subscribe",
    "advertisement",
    "share this",
    "share on",
];

/// Openings of descriptive caption sentences: "This set of photos, created on ..., shows ...".
const CAPTION_SUBJECTS: &[&str] = &[
    "this set of photos",
    "this set of pictures",
    "this set of images",
    "this combination of",
    "this combination photo",
    "this combo",
    "this handout",
    "this photo",
    "this picture",
    "this image",
    "this undated",
    "this file photo",
    "this video grab",
    "this screengrab",
    "this still image",
    "this satellite image",
    "this frame grab",
    "in this photo",
    "in this image",
    "in this picture",
    "in this file photo",
    "in this handout",
    "in this undated",
    "in this video",
    "in this still",
    "in this combination",
    "satellite image",
    "satellite images",
    "a satellite image",
    "a file photo",
    "a picture taken",
    "a photo taken",
    "a photograph taken",
    "an image taken",
    "a still image",
];

/// Openings of short page-furniture lines (at most eight words): bylines, time stamps, shares.
const SHORT_STARTS: &[&str] = &[
    "by ",
    "updated ",
    "published ",
    "posted ",
    "last updated",
    "first published",
    "last modified",
    "reporting by",
    "editing by",
    "writing by",
    "additional reporting",
    "compiled by",
    "share ",
    "comments",
];

/// Line endings (lower-cased) that are photo credits.
const CREDIT_ENDS: &[&str] = &[
    "getty images",
    "via getty images",
    "/ reuters",
    "/reuters",
    "via reuters",
    "/ afp",
    "/afp",
    "(ap photo)",
    "/ ap",
    "/ap",
    "ap photo",
    "/ epa",
    "/epa",
    "shutterstock",
    "/ tass",
    "via ap",
    "(reuters)",
    "/ bloomberg",
    "/ sputnik",
    "/ anadolu",
    "anadolu agency",
    "/ xinhua",
    "(afp)",
    "(photo)",
    "(file photo)",
    "(handout)",
];

/// Markers of an agency photo credit anywhere in a line, e.g. `REUTERS/Evelyn Hockstein`.
const CREDIT_MARKS: &[&str] = &[
    "REUTERS/",
    "AFP/",
    "AP Photo/",
    "/Getty",
    "Getty Images/",
    "EPA/",
    "EPA-EFE/",
];

/// Small words allowed in a credit line besides capitalised names.
const CREDIT_GLUE: &[&str] = &[
    "via", "of", "for", "and", "the", "by", "de", "/", "|", "&", "-", "–", "—", ":", ",", "(", ")",
];

/// Verbs common in news, and endings that look verbal, for the no-verb credit test.
const COMMON_VERBS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "says", "said", "say", "will",
    "would", "can", "could", "may", "might", "must", "should", "do", "does", "did", "says",
    "tells", "told", "warns", "calls", "urges", "meets", "attacks", "kills", "vows", "plans",
    "seeks", "wants", "set", "hit", "hits", "to",
];

fn looks_verbal(word: &str) -> bool {
    let w = word.to_lowercase();
    COMMON_VERBS.contains(&w.as_str()) || (w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing")))
}

/// True when a whole line is a caption, a credit or a separator.
pub fn is_boilerplate_line(line: &str) -> bool {
    let t = line.trim();
    if t.is_empty() {
        return false;
    }
    if !t.chars().any(char::is_alphanumeric) {
        return true;
    }
    let lower = t.to_lowercase();
    if CAPTION_STARTS
        .iter()
        .chain(CAPTION_SUBJECTS)
        .any(|p| lower.starts_with(p))
    {
        return true;
    }
    let n_words = t.split_whitespace().count();
    if n_words <= 8 && SHORT_STARTS.iter().any(|p| lower.starts_with(p)) {
        return true;
    }
    let stripped = lower.trim_end_matches(['.', ' ']);
    if CREDIT_ENDS.iter().any(|e| stripped.ends_with(e)) && n_words <= 12 {
        return true;
    }
    if CREDIT_MARKS.iter().any(|m| t.contains(m)) {
        return true;
    }
    is_short_credit(t)
}

/// A short line of capitalised names with no verb and no final stop, e.g. "Sergei Karpukhin/TASS".
fn is_short_credit(t: &str) -> bool {
    if t.ends_with(['.', '!', '?', ':', '"', '”']) {
        return false;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.is_empty() || words.len() >= 5 {
        return false;
    }
    if words.iter().any(|w| looks_verbal(w)) {
        return false;
    }
    words.iter().all(|w| {
        CREDIT_GLUE.contains(&w.to_lowercase().as_str())
            || w.chars()
                .find(|c| c.is_alphanumeric())
                .is_some_and(char::is_uppercase)
    })
}
