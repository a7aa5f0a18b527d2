//! Business, technology, culture and sports news: its companies, products and stars act on
//! every page, but event data codes what agents of politics do. In such an article, and in a
//! sports brief, an event needs one.

use crate::ruleset::RuleSet;
use petrel_core::{ActorRef, Doc, Event};

/// Different words of commerce an article needs before it counts as commercial.
const MIN_COMMERCE: usize = 3;

/// Sectors of agents of politics: government, force, opposition, parties, courts, armed and
/// criminal groups, NGOs and IGOs.
const AGENTS: &[&str] = &[
    "GOV", "MIL", "COP", "REB", "OPP", "LEG", "JUD", "SPY", "INS", "UAF", "SEP", "PTY", "NGO",
    "IGO", "CRM",
];

/// Whether `doc` is business, technology or culture news: it has at least [`MIN_COMMERCE`]
/// different words of `commerce.txt`, and more of them than of `politics.txt` (BBC News:
/// about 80% of business, technology and entertainment articles, 1% of politics articles).
pub(crate) fn is_commercial(rules: &RuleSet, doc: &Doc) -> bool {
    let mut commerce: Vec<String> = Vec::new();
    let mut politics: Vec<String> = Vec::new();
    let mut buf = String::new();
    for i in 0..doc.tokens.len() {
        buf.clear();
        buf.extend(
            doc.word(i)
                .chars()
                .filter(|c| c.is_alphabetic())
                .flat_map(char::to_lowercase),
        );
        let list = if rules.is_commerce(&buf) {
            &mut commerce
        } else if rules.is_politics(&buf) {
            &mut politics
        } else {
            continue;
        };
        if !list.contains(&buf) {
            list.push(buf.clone());
        }
    }
    commerce.len() >= MIN_COMMERCE && commerce.len() > politics.len()
}

/// Sentences a news brief has at most.
const BRIEF: usize = 3;

/// Whether `doc` is a sports brief: three sentences or fewer with a word of `sports.txt`
/// ("Cricket: Tendulkar to miss test", "Argentina beats U.S. men's basketball team"). Its
/// coercion and violence stay events ("Palestinian footballer killed by Israel").
pub(crate) fn is_sports_brief(rules: &RuleSet, doc: &Doc) -> bool {
    let mut buf = String::new();
    doc.sentences.len() <= BRIEF
        && (0..doc.tokens.len()).any(|i| {
            buf.clear();
            buf.extend(doc.word(i).chars().flat_map(char::to_lowercase));
            rules.is_sport(&buf)
        })
}

/// Whether an actor is an agent of politics (not a bare country, a company or a person in
/// private life).
fn is_agent(a: &ActorRef) -> bool {
    a.code.starts_with("IGO")
        || a.code.starts_with("NGO")
        || a.sector.as_deref().is_some_and(|s| AGENTS.contains(&s))
}

/// Keeps the events of a commercial article that have an agent of politics as source or target:
/// "the EU fined Microsoft" stays, "Microsoft said its profits rose in the US" goes.
/// With `force`, coercion and violence (roots 17–20) stay whoever the actors are.
pub(crate) fn keep_political(events: &mut Vec<Event>, force: bool) {
    events.retain(|e| {
        (force && matches!(e.code.get(..2), Some("17" | "18" | "19" | "20")))
            || e.source.as_ref().is_some_and(is_agent)
            || e.target.as_ref().is_some_and(is_agent)
    });
}
