//! Speakers no dictionary knows: "said Rifkin", "Ross says", "Stuart Cohen, chief executive of
//! a firm, said". A later "he" or "she" means such a speaker before any person named earlier,
//! so it must not reach back past one to a known leader. Actors are found before the parse,
//! so this reads tags and lemmas only.

use crate::dict::ActorDict;
use crate::units::Units;
use crate::unnamed::TITLES;
use petrel_core::{Doc, Upos};
use std::ops::Range;

/// Lemmas of verbs whose subject speaks or writes.
const SPEECH_VERBS: &[&str] = &[
    "say", "tell", "add", "write", "explain", "joke", "insist", "argue", "claim", "recall",
    "admit", "note", "comment", "reply", "answer", "quip",
];

/// Lower-case words a speaker's description may put between a verb of saying and the name
/// ("said the musician Tom Lander", "says 27-year-old Ross").
const DESCRIPTION_LEN: usize = 4;

/// Words an appositive between a name and its verb of saying may run to ("Stuart Cohen,
/// chief executive of a firm, said").
const APPOSITIVE_LEN: usize = 25;

/// The first unit of each name in `range` (one sentence) that no mention holds and no dictionary
/// knows as a common word, and that speaks: right before or after a verb of saying, or before
/// an appositive that closes with one. `covered` tells the units some mention holds; a name
/// right after one ("Blair's spokesman, John Smith, said") is that mention.
pub(crate) fn find(
    doc: &Doc,
    units: &Units,
    dict: &ActorDict,
    range: Range<usize>,
    covered: impl Fn(usize) -> bool,
) -> Vec<usize> {
    let mut out = Vec::new();
    let in_name = |u: usize| {
        let unit = &units.v[u];
        unit.cap
            && !unit.upper
            && matches!(unit.upos, Some(Upos::Propn | Upos::Noun))
            && !covered(u)
    };
    let speech = |u: usize| {
        let t = units.v[u].tok as usize;
        doc.tokens[t].upos == Upos::Verb && SPEECH_VERBS.contains(&doc.lemma(t))
    };
    let mut u = range.start;
    while u < range.end {
        if !in_name(u) || (u > range.start && in_name(u - 1)) {
            u += 1;
            continue;
        }
        let end = (u..range.end).find(|&k| !in_name(k)).unwrap_or(range.end);
        let named = (u..end).any(|k| {
            let w = units.norm(k);
            !TITLES.contains(&w) && !dict.is_common_word(w)
        });
        if named && speaks(doc, units, &covered, &speech, u..end, range.clone()) {
            out.push(u);
        }
        u = end;
    }
    out
}

/// Whether the name at units `name` speaks within the sentence over `sent`.
fn speaks(
    doc: &Doc,
    units: &Units,
    covered: &impl Fn(usize) -> bool,
    speech: &impl Fn(usize) -> bool,
    name: Range<usize>,
    sent: Range<usize>,
) -> bool {
    let comma = |k: usize| units.norm(k).is_empty() && !units.v[k].hyphen;
    // A name in apposition to a mention is that mention.
    let before = (sent.start..name.start).rev().find(|&k| !comma(k));
    if before.is_some_and(|k| covered(k)) {
        return false;
    }
    // "said Rifkin", "said the musician Tom Lander".
    let verb = |k: usize| {
        matches!(
            doc.tokens[units.v[k].tok as usize].upos,
            Upos::Verb | Upos::Aux
        )
    };
    let said_before = (sent.start..name.start)
        .rev()
        .take(DESCRIPTION_LEN + 1)
        .take_while(|&k| !covered(k))
        .find(|&k| units.v[k].cap || comma(k) || speech(k) || verb(k))
        .is_some_and(|k| speech(k));
    // "Ross says"; "Stuart Cohen, chief executive of a firm, said".
    let said_after = name.end < sent.end
        && (speech(name.end)
            || (comma(name.end)
                && (name.end + 1..sent.end.min(name.end + APPOSITIVE_LEN))
                    .find(|&k| comma(k))
                    .is_some_and(|k| k + 1 < sent.end && speech(k + 1))));
    said_before || said_after
}

/// Whether token `t` stands inside a quotation opened earlier in its sentence: an odd number of
/// quotation marks before it.
pub(crate) fn quoted(doc: &Doc, t: usize) -> bool {
    let sent = doc.tokens[t].sentence as usize;
    let Some(s) = doc.sentences.get(sent) else {
        return false;
    };
    let marks = (s.tokens().start..t)
        .filter(|&j| matches!(doc.word(j), "\"" | "\u{201c}" | "\u{201d}" | "``" | "''"))
        .count();
    marks % 2 == 1
}
