//! People no dictionary knows, named with a title ("Mr Parton said", "Dr Sunil Mendis"): in an
//! article with a clear leading state they are of that state, with no sector, rather than no
//! one. They are not agents of politics by themselves: an event needs another political actor
//! to keep them (the coder checks the entry [`UNNAMED_PERSON`]).

use crate::compose::{Draft, RefClass};
use crate::dict::ActorDict;
use crate::units::Units;
use petrel_core::{ActorKind, Upos};
use std::ops::Range;

/// The entry of a titled person no dictionary knows.
pub const UNNAMED_PERSON: &str = "person named in the article";

/// Titles that come before a person's name.
pub(crate) const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "mister", "sir", "lord", "lady", "baroness", "dame",
];

/// The longest name read after a title ("Dr Sunil Mendis").
const MAX_NAME: usize = 2;

/// Adds to one sentence's drafts (units `range`) a person of `state` for every title followed
/// by one or two capitalised names that no draft covers.
pub(crate) fn add_titled(
    units: &Units,
    dict: &ActorDict,
    range: Range<usize>,
    state: &str,
    drafts: &mut Vec<Draft>,
) {
    let covered = |u: usize, drafts: &[Draft]| drafts.iter().any(|d| (d.u0..d.u1).contains(&u));
    let name = |j: usize, drafts: &[Draft]| {
        j < range.end
            && units.v[j].cap
            && !units.v[j].upper
            && units.v[j].upos == Some(Upos::Propn)
            && !covered(j, drafts)
    };
    let mut i = range.start;
    while i + 1 < range.end {
        let title = TITLES.contains(&units.norm(i)) && !covered(i, drafts);
        let len = (i + 1..i + 2 + MAX_NAME)
            .take_while(|&j| name(j, drafts))
            .count();
        // "Mr Parton", not "Lord Chief Justice" or "Sir Humphrey Davy Lecture Hall".
        if title && (1..=MAX_NAME).contains(&len) && !name(i + 1 + len, drafts) {
            let u1 = i + 1 + len;
            if (i + 1..u1).any(|j| !dict.is_common_word(units.norm(j))) {
                Draft::new(
                    i,
                    u1,
                    u1 - 1,
                    state.to_string(),
                    ActorKind::Person,
                    UNNAMED_PERSON.to_string(),
                    RefClass::Person,
                )
                .insert_in_order(drafts);
                i = u1;
                continue;
            }
        }
        i += 1;
    }
}
