//! Newspapers no dictionary knows, named by the word that ends most papers' names ("told the
//! Times", "the Jewish Chronicle reported"): in an article with a clear leading state they are
//! that state's media (`GBRMED`), as a titled stranger is that state's person.

use crate::compose::{Draft, RefClass};
use crate::units::Units;
use petrel_core::ActorKind;
use std::ops::Range;

/// The entry of a newspaper no dictionary knows.
pub(crate) const UNNAMED_OUTLET: &str = "newspaper named in the article";

/// Last words of newspapers' names. "Sun", "Star", "Globe" and "Nation" are left out: as often
/// they name the star, a sports star, the world or a country.
const PAPER_WORDS: &[&str] = &[
    "times",
    "post",
    "journal",
    "chronicle",
    "herald",
    "gazette",
    "tribune",
    "observer",
    "guardian",
    "mirror",
    "express",
    "telegraph",
    "mail",
    "courier",
    "examiner",
    "inquirer",
    "scotsman",
    "independent",
    "standard",
];

/// Words that open other things named like papers: "the Royal Mail", "the Orient Express".
const NOT_PAPERS: &[&str] = &["royal", "orient"];

/// The most capitalised words of a paper's name before its last word ("the New York Daily
/// News" is known; "the Jewish Chronicle", "the Evening Standard").
const MAX_BEFORE: usize = 2;

/// Adds to one sentence's drafts (units `range`) a `{state}MED` outlet for every "the" that a
/// newspaper's name follows: up to [`MAX_BEFORE`] capitalised words and one of
/// [`PAPER_WORDS`], capitalised, that no draft covers, with no capitalised word, "of", "and" or
/// "&" after it ("the Post Office", "the Times of India", "the Guardian Council"), unless a
/// possessive ends it ("the Times' editor").
pub(crate) fn add_outlets(
    units: &Units,
    range: Range<usize>,
    state: &str,
    drafts: &mut Vec<Draft>,
) {
    let covered = |u: usize, drafts: &[Draft]| drafts.iter().any(|d| (d.u0..d.u1).contains(&u));
    let mut i = range.start;
    while i + 1 < range.end {
        if units.norm(i) != "the" {
            i += 1;
            continue;
        }
        // The name's words, up to the paper's word; a possessive ends it ("the Times' editor").
        let mut head = None;
        for j in i + 1..range.end.min(i + 2 + MAX_BEFORE) {
            if !units.v[j].cap || covered(j, drafts) {
                break;
            }
            if PAPER_WORDS.contains(&units.norm(j)) {
                head = Some(j);
                break;
            }
            if units.v[j].owner || NOT_PAPERS.contains(&units.norm(j)) {
                break;
            }
        }
        let Some(head) = head else {
            i += 1;
            continue;
        };
        let u1 = head + 1;
        let ends = units.v[head].owner
            || u1 >= range.end
            || !(units.v[u1].cap || matches!(units.norm(u1), "of" | "&" | "and"));
        if ends && !units.v[head].upper && (i + 1..u1).all(|j| !units.v[j].upper) {
            Draft::new(
                i + 1,
                u1,
                head,
                format!("{state}MED"),
                ActorKind::Organisation,
                UNNAMED_OUTLET.to_string(),
                RefClass::Thing,
            )
            .insert_in_order(drafts);
            i = u1;
            continue;
        }
        i += 1;
    }
}
