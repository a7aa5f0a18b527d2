//! Business, technology, culture and sports news: its companies, products and stars act on
//! every page, but event data codes what agents of politics do. In such an article, and in a
//! sports brief, an event needs one.

use crate::ruleset::RuleSet;
use petrel_core::{ActorRef, Doc, Event};

/// Different words of commerce an article needs before it counts as commercial.
const MIN_COMMERCE: usize = 3;

/// Different words of commerce a news brief (at most [`BRIEF`] sentences) needs.
const MIN_COMMERCE_BRIEF: usize = 2;

/// Sectors of agents of politics: government, force, opposition, parties, courts, armed and
/// criminal groups, NGOs and IGOs.
const AGENTS: &[&str] = &[
    "GOV", "MIL", "COP", "REB", "OPP", "LEG", "JUD", "SPY", "INS", "UAF", "SEP", "PTY", "NGO",
    "IGO", "CRM",
];

/// How many different words (letters only, lower-cased) of each topic list a document holds.
/// The lists share no word, so one pass counts all three.
pub(crate) struct Topics {
    commerce: usize,
    sports: usize,
    politics: usize,
}

impl Topics {
    /// Counts the words of `commerce.txt`, of `sports.txt` with `sports_news.txt` (and a
    /// game's score), and of `politics.txt` in `doc`.
    pub(crate) fn of(rules: &RuleSet, doc: &Doc) -> Topics {
        let mut seen: [Vec<String>; 3] = Default::default();
        let mut buf = String::new();
        for i in 0..doc.tokens.len() {
            let word = doc.word(i);
            // A game's score ("a 6-1 win") counts as one word of sports news.
            if is_score(doc, i) && !seen[1].iter().any(|w| w == SCORE) {
                seen[1].push(SCORE.to_string());
            }
            buf.clear();
            if word.is_ascii() {
                let letters = word.bytes().filter(u8::is_ascii_alphabetic);
                buf.extend(letters.map(|b| b.to_ascii_lowercase() as char));
            } else {
                let letters = word.chars().filter(|c| c.is_alphabetic());
                buf.extend(letters.flat_map(char::to_lowercase));
            }
            // No list holds the empty word (punctuation, numbers).
            if buf.is_empty() {
                continue;
            }
            let list = if rules.is_commerce(&buf) {
                &mut seen[0]
            } else if rules.is_sports_news(&buf) {
                &mut seen[1]
            } else if rules.is_politics(&buf) {
                &mut seen[2]
            } else {
                continue;
            };
            if !list.contains(&buf) {
                list.push(buf.clone());
            }
        }
        Topics {
            commerce: seen[0].len(),
            sports: seen[1].len(),
            politics: seen[2].len(),
        }
    }

    /// Whether `doc` is business, technology or culture news: it has at least
    /// [`MIN_COMMERCE`] ([`MIN_COMMERCE_BRIEF`] in a brief) different words of `commerce.txt`,
    /// and more of them than of `politics.txt` (BBC News: about 80% of business, technology
    /// and entertainment articles, 1% of politics articles).
    pub(crate) fn commercial(&self, doc: &Doc) -> bool {
        let least = if is_brief(doc) {
            MIN_COMMERCE_BRIEF
        } else {
            MIN_COMMERCE
        };
        self.commerce >= least && self.commerce > self.politics
    }

    /// Whether `doc` is a brief of sports news by its vocabulary alone: two different words of
    /// `sports.txt` or `sports_news.txt` ("the Americans plan lineup changes for the World
    /// Cup") and none of `politics.txt`.
    pub(crate) fn sports_brief(&self, doc: &Doc) -> bool {
        is_brief(doc) && self.sports >= 2 && self.politics == 0
    }

    /// Whether the document is a sports article of any length: at least [`MIN_SPORTS`]
    /// different words of `sports.txt` and `sports_news.txt`, and more than twice as many as of
    /// `politics.txt`.
    pub(crate) fn sports_article(&self) -> bool {
        self.sports >= MIN_SPORTS && self.sports > 2 * self.politics
    }
}

/// What a game's score counts as among the words of sports news (no word holds a space).
const SCORE: &str = "a score";

/// Sentences a news brief has at most.
const BRIEF: usize = 3;

/// Whether `doc` is a news brief: [`BRIEF`] sentences or fewer.
pub(crate) fn is_brief(doc: &Doc) -> bool {
    doc.sentences.len() <= BRIEF
}

/// Whether `doc` is a sports brief: three sentences or fewer with a word of `sports.txt` or a
/// score ("Cricket: Tendulkar to miss test", "Argentina beats U.S. men's basketball team",
/// "Celtic suffer 3-0 defeat"). Its
/// coercion and violence stay events ("Palestinian footballer killed by Israel").
pub(crate) fn is_sports_brief(rules: &RuleSet, doc: &Doc) -> bool {
    let mut buf = String::new();
    is_brief(doc)
        && (0..doc.tokens.len()).any(|i| {
            buf.clear();
            buf.extend(doc.word(i).chars().flat_map(char::to_lowercase));
            rules.is_sport(&buf) || is_score(doc, i)
        })
}

/// Whether the document's first sentence is a result's headline: two sides, each with its
/// points ("Crystal Palace 0, Charlton Athletic 1", "No. 13 LSU 51, Mississippi State 0",
/// "Real Madrid 4 Roma 2"), not a toll ("Car Bomb Kills 17, Wounds 20").
pub(crate) fn score_headline(doc: &Doc) -> bool {
    // A result's headline is short; a longer first sentence is no such headline.
    let Some(s) = doc.sentences.first().filter(|s| s.tokens().len() <= 24) else {
        return false;
    };
    let mut toks: Vec<&str> = s.tokens().map(|i| doc.word(i)).collect();
    // A closing stop and a credit in brackets ("(AP)") are no part of it.
    if toks.last() == Some(&".") {
        toks.pop();
    }
    if toks.len() >= 3 && toks[toks.len() - 1] == ")" && toks[toks.len() - 3] == "(" {
        toks.truncate(toks.len() - 3);
    }
    let points = |w: &str| !w.is_empty() && w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit());
    let name = |w: &str| {
        w.starts_with(|c: char| c.is_uppercase())
            && !TOLL_WORDS.iter().any(|t| w.eq_ignore_ascii_case(t))
    };
    // One side: an optional ranking ("No. 13"), a name and its points; returns where it ends.
    let side = |mut i: usize| -> Option<usize> {
        if toks.get(i).is_some_and(|w| matches!(*w, "No." | "No"))
            && toks.get(i + 1).is_some_and(|w| points(w))
        {
            i += 2;
        }
        let start = i;
        while toks.get(i).is_some_and(|w| name(w) || *w == "&") {
            i += 1;
        }
        (i > start && toks.get(i).is_some_and(|w| points(w))).then_some(i + 1)
    };
    let Some(mut i) = side(0) else {
        return false;
    };
    if toks.get(i) == Some(&",") {
        i += 1;
    }
    side(i) == Some(toks.len())
}

/// Words of a casualty toll headline, whose numbers count people, not points.
const TOLL_WORDS: &[&str] = &[
    "kills", "killed", "kill", "wounds", "wounded", "hurts", "hurt", "injures", "injured", "dead",
    "dies", "die", "deaths", "arrested", "arrests", "held", "missing",
];

/// Whether token `i` is a game's score ("won 3-0", "a 44-42 lead"): two numbers below 200 joined
/// by a hyphen or a dash near a word of a result, not a range of percentages, money, time or
/// people ("1-3 percent", "10-15 captives").
fn is_score(doc: &Doc, i: usize) -> bool {
    let Some((a, b)) = doc.word(i).split_once(['-', '\u{2013}']) else {
        return false;
    };
    let small = |x: &str| {
        !x.is_empty()
            && x.len() <= 3
            && x.bytes().all(|c| c.is_ascii_digit())
            && x.parse::<u32>().is_ok_and(|n| n < 200)
    };
    let is_any = |j: usize, words: &[&str]| {
        let w = doc.word(j);
        words.iter().any(|x| w.eq_ignore_ascii_case(x))
    };
    small(a)
        && small(b)
        && !(i + 1 < doc.tokens.len() && is_any(i + 1, SCORE_UNITS))
        && !(i > 0 && matches!(doc.word(i - 1), "$" | "£" | "€"))
        // A game's result is near: "won 3-0", "a 2-2 draw"; "10-15 captives" is a range.
        && (i.saturating_sub(6)..(i + 6).min(doc.tokens.len())).any(|j| is_any(j, RESULTS))
}

/// Words after a range of numbers that is no score ("1-3 percent", "5-10 years").
const SCORE_UNITS: &[&str] = &[
    "%", "percent", "pct", "per", "years", "year", "months", "days", "weeks", "hours", "minutes",
    "million", "billion", "times",
];

/// Words of a game's result near its score.
const RESULTS: &[&str] = &[
    "win", "won", "wins", "victory", "defeat", "defeated", "beat", "beats", "draw", "drew", "lead",
    "loss", "lost", "rout", "routed", "halftime",
];

/// Different words of sports reporting an article needs before it counts as a sports article.
const MIN_SPORTS: usize = 3;

/// Rules whose violence is a game's in sports news: beating and defeating a rival.
const SPORTING_RULES: &[&str] = &["assault.beat", "fight.defeat"];

/// Whether an actor is an agent of politics (not a bare country, a company or a person in
/// private life). An agent with no country ("a spokeswoman", "officials" where the article
/// names no state) is none: in commercial and sports news it speaks for a company or a club.
pub(crate) fn is_agent(a: &ActorRef) -> bool {
    // A spokesman the article's country made a government's: in such news, a company's.
    if SPEAKER_TITLES
        .iter()
        .any(|w| a.text.eq_ignore_ascii_case(w))
    {
        return false;
    }
    a.code.starts_with("IGO")
        // A named NGO or a rights group; "aid groups" in a business story are not politics.
        || (a.code.starts_with("NGO") && a.code != "NGO")
        || (a.country.is_some() && a.sector.as_deref().is_some_and(|s| AGENTS.contains(&s)))
}

/// Titles of people who speak for any body, which alone name no agent of politics in
/// commercial and sports news ("said William Hill spokesman Rupert Adams"; "Premier" of the
/// Premier League).
const SPEAKER_TITLES: &[&str] = &["spokesman", "spokeswoman", "spokesperson", "premier"];

/// Keeps the events of a commercial article that have an agent of politics as source or target:
/// "the EU fined Microsoft" stays, "Microsoft said its profits rose in the US" goes.
/// With `force`, coercion and violence (roots 17–20) stay whoever the actors are, except the
/// senses a game has of them ("the first man to beat American Bode Miller").
pub(crate) fn keep_political(events: &mut Vec<Event>, force: bool) {
    events.retain(|e| {
        (force
            && matches!(e.code.get(..2), Some("17" | "18" | "19" | "20"))
            && !SPORTING_RULES.contains(&e.evidence.rule.split('+').next().unwrap_or("")))
            || e.source.as_ref().is_some_and(is_agent)
            || e.target.as_ref().is_some_and(is_agent)
    });
}

/// Drops what a company does to no agent of politics, in any article: "Parmalat sued 45 banks",
/// "the firm denied reports it was leaving Iraq". What a company does to a government, a
/// court or a party stays ("Yukos sued the Russian government").
pub(crate) fn drop_business_only(events: &mut Vec<Event>) {
    events.retain(|e| {
        let business = e.source.as_ref().is_some_and(|s| {
            s.sector.as_deref() == Some("BUS")
                && !s.code.starts_with("IGO")
                && !s.code.starts_with("NGO")
        });
        !business || e.target.as_ref().is_some_and(is_agent)
    });
}
