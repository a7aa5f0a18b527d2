//! Officers of private bodies: a spokesman, official or chairman of a firm, club, school or
//! industry speaks for that body, not for the state named around it ("a Japan Airlines
//! spokesman", "a spokesman for the firm", "school officials").

use crate::units::Units;
use petrel_core::Upos;

/// Last words of the names of companies, clubs and venues: "Japan Airlines", "Singapore Air",
/// "Trafford Centre", "Deutsche Bank", "Aston Villa Football Club".
const COMPANY_HEADS: &[&str] = &[
    "air",
    "airlines",
    "airline",
    "airways",
    "motors",
    "motor",
    "holdings",
    "industries",
    "group",
    "bank",
    "insurance",
    "telecom",
    "communications",
    "electronics",
    "pharmaceuticals",
    "foods",
    "brewery",
    "records",
    "studios",
    "pictures",
    "entertainment",
    "games",
    "centre",
    "center",
    "club",
    "united",
    "rovers",
    "athletic",
    "festival",
    "theatre",
    "theater",
    "gallery",
    "corporation",
    "corp",
    "co",
    "cos",
    "inc",
    "ltd",
    "plc",
    "company",
    "partners",
    "securities",
    "investments",
    "systems",
    "technologies",
    "software",
    "networks",
    "mobile",
    "wireless",
    "stores",
    "retail",
    "hotels",
    "cinemas",
    "orchestra",
    "opera",
];

/// Heads of [`COMPANY_HEADS`] that name events, venues and clubs rather than businesses: a
/// country opening such a name ("the Athens Paralympic Games", "Wales Rugby Club") is no
/// company.
const VENUES_AND_CLUBS: &[&str] = &[
    "games",
    "festival",
    "centre",
    "center",
    "theatre",
    "theater",
    "gallery",
    "orchestra",
    "opera",
    "club",
    "united",
    "rovers",
    "athletic",
];

/// Common nouns for private bodies and trades whose officers are not the state's: "a
/// spokesman for the firm", "industry officials", "school officials".
const PRIVATE_NOUNS: &[&str] = &[
    "firm",
    "company",
    "companies",
    "carmaker",
    "automaker",
    "maker",
    "manufacturer",
    "retailer",
    "supermarket",
    "airline",
    "carrier",
    "insurer",
    "lender",
    "brewer",
    "chain",
    "club",
    "team",
    "band",
    "label",
    "studio",
    "industry",
    "school",
    "festival",
    "orchestra",
    "theatre",
    "hotel",
    "store",
    "shop",
    "publisher",
    "producer",
    "supplier",
    "developer",
    "operator",
    "conglomerate",
    "business",
    "corporation",
    "league",
    "magazine",
    "newspaper",
    "broadcaster",
    "website",
];

/// Whether units from `u` on read, after "of", "for" or "at", lower-case words that end in a
/// private trade's noun and then a capitalised name ("vice president of anti-piracy firm
/// Overpeer", "a spokesman for software giant Microsoft", "vice-president of research at
/// analysts Gartner"): the officer is the firm's.
pub(crate) fn private_noun_after(units: &Units, u: usize) -> bool {
    let same = |i: usize| i < units.v.len() && u > 0 && units.v[i].sent == units.v[u - 1].sent;
    if !same(u) || !matches!(units.norm(u), "of" | "for" | "at") {
        return false;
    }
    let Some(name) = (u + 1..(u + 5).min(units.v.len()))
        .take_while(|&i| same(i))
        .find(|&i| units.v[i].cap)
    else {
        return false;
    };
    let head = name - 1;
    head > u
        && (u + 1..name).all(|i| !units.v[i].cap && !units.v[i].owner)
        && (matches!(
            units.norm(head),
            "giant" | "analysts" | "consultants" | "researchers"
        ) || (PRIVATE_NOUNS.contains(&units.norm(head))
            && units.v[head].upos.is_none_or(|t| t == Upos::Noun)))
}

/// Whether the capitalised name just before unit `u` (an officer's title) ends in a word
/// that heads a company's or club's name, after another capitalised word of the name
/// ("Japan Airlines spokesman", "Trafford Centre spokeswoman").
pub(crate) fn company_name_before(units: &Units, u: usize) -> bool {
    u >= 2
        && units.v[u - 1].sent == units.v[u].sent
        && units.v[u - 2].sent == units.v[u].sent
        && units.v[u - 1].cap
        && units.v[u - 2].cap
        && !units.v[u - 1].owner
        && COMPANY_HEADS.contains(&units.norm(u - 1))
}

/// Last words of a market's name after a country or city ("the London Stock Exchange"), which
/// do not make the officers of a body named with them a company's ("Securities Exchange
/// Commission").
const MARKET_HEADS: &[&str] = &["exchange", "bourse"];

/// The end (exclusive) of a company's or club's name that a country word at the unit before
/// `u` opens: up to four capitalised words from `u` in its sentence, the last of which heads
/// such a name ("British Airways", "China National Petroleum Corp", "Royal Dutch/Shell
/// Group"); a possessive ends the name ("British Airways' chief").
pub(crate) fn company_name_after(units: &Units, u: usize) -> Option<usize> {
    let sent = units.v.get(u.checked_sub(1)?)?.sent;
    let mut last = None;
    for i in u..units.v.len().min(u + 4) {
        if units.v[i].sent != sent || !units.v[i].cap {
            break;
        }
        last = Some(i);
        if units.v[i].owner {
            break;
        }
    }
    let last = last?;
    let head = units.norm(last);
    ((COMPANY_HEADS.contains(&head) || MARKET_HEADS.contains(&head))
        && !VENUES_AND_CLUBS.contains(&head))
    .then_some(last + 1)
}

/// Whether the lower-case noun just before unit `u` names a private body or trade whose
/// officers these are ("industry officials", "school officials"), when tagged a noun.
pub(crate) fn private_noun_before(units: &Units, u: usize) -> bool {
    u >= 1
        && units.v[u - 1].sent == units.v[u].sent
        && !units.v[u - 1].cap
        && units.v[u - 1].upos.is_none_or(|t| t == Upos::Noun)
        && PRIVATE_NOUNS.contains(&units.norm(u - 1))
}

/// Whether the sentence over units `range` opens with a capitalised name that no dictionary
/// knows and that is no title or common word ("AOL backed the price cuts"), which a bare "a
/// spokesman" in it or right after it speaks for: a company or a body, not a state.
pub(crate) fn opens_with_unknown_name(
    units: &Units,
    dict: &crate::dict::ActorDict,
    range: std::ops::Range<usize>,
    covered: impl Fn(usize) -> bool,
) -> bool {
    let u = range.start;
    // The name's words, then what follows: a verb, not a comma ("Mike Lake, a spokesman
    // for …" names the spokesman himself).
    let end = (u..range.end)
        .find(|&i| !units.v[i].cap)
        .unwrap_or(range.end);
    u < range.end
        && units.v[u].cap
        && units.v[u].upos.is_none_or(|t| t == Upos::Propn)
        && !dict.is_common_word(units.norm(u))
        && !matches!(
            units.norm(u),
            "mr" | "mrs" | "ms" | "miss" | "dr" | "sir" | "lord" | "lady" | "prof"
        )
        && !covered(u)
        && end < range.end
        && !units.norm(end).is_empty()
}

/// Whether the one-word agent at units `u0..u1` is an indefinite spokesman ("a spokesman",
/// "a spokeswoman") with no "for" or "of" after it, whose body the text around names.
pub(crate) fn bare_spokesman(units: &Units, u0: usize, u1: usize) -> bool {
    let owner_after = u1 < units.v.len()
        && units.v[u1].sent == units.v[u0].sent
        && matches!(units.norm(u1), "for" | "of" | "at" | "from");
    u1 == u0 + 1
        && !owner_after
        && u0 > 0
        && units.v[u0 - 1].sent == units.v[u0].sent
        && matches!(units.norm(u0 - 1), "a" | "an")
        && is_spokesman(units, u0, u1)
}

/// Whether the one-word agent at units `u0..u1` is a spokesman, spokeswoman or spokesperson.
pub(crate) fn is_spokesman(units: &Units, u0: usize, u1: usize) -> bool {
    u1 == u0 + 1 && matches!(units.norm(u0), "spokesman" | "spokeswoman" | "spokesperson")
}

/// Words of a public body's name besides [`crate::compose::PUBLIC_BODIES`]: an officer "for
/// the Treasury", "of the Senate" or "of the Republic" is a state's.
const GOVERNING_BODIES: &[&str] = &[
    "assembly",
    "parliament",
    "government",
    "treasury",
    "cabinet",
    "senate",
    "congress",
    "state",
    "republic",
    "kingdom",
];

/// Whether the name word `w` says the body is a public one.
fn public_word(w: &str) -> bool {
    crate::compose::PUBLIC_BODIES.contains(&w) || GOVERNING_BODIES.contains(&w)
}

/// Titles whose "of" or "for" phrase names a portfolio, a constituency, a city or a see.
const PLACED_OFFICES: &[&str] = &[
    "minister",
    "secretary",
    "mp",
    "member",
    "senator",
    "congressman",
    "congresswoman",
    "mayor",
    "governor",
    "deputy",
    "ambassador",
    "envoy",
    "consul",
    "commissioner",
    "chancellor",
    "councillor",
    "councilor",
    "judge",
    "archbishop",
    "bishop",
    "cardinal",
    "premier",
    "representative",
    "legislator",
    "lawmaker",
    "state",
];

/// Whether the person agent at units `u0..u1` (or a title joined to it with "and") is an
/// officer "of", "for" or "at" a capitalised name that no dictionary knows and that is no public body ("John Person, president of
/// National Futures Advisory Services"; "a spokesman for the World Summit for the Information
/// Society"): a private body's, not a state's. `covered` tells units some mention holds.
pub(crate) fn officer_of_unknown_body(
    units: &Units,
    dict: &crate::dict::ActorDict,
    u0: usize,
    u1: usize,
    covered: impl Fn(usize) -> bool,
) -> bool {
    let same = |i: usize| i < units.v.len() && units.v[i].sent == units.v[u0].sent;
    let body_word = |i: usize| same(i) && matches!(units.norm(i), "of" | "for" | "at");
    // "president and chief operating officer at Telewest": the body after the last title.
    let u1 = if same(u1) && units.norm(u1) == "and" {
        (u1 + 2..u1 + 6)
            .find(|&k| body_word(k))
            .filter(|&k| (u1 + 1..k).all(|j| !units.v[j].cap))
            .unwrap_or(u1)
    } else {
        u1
    };
    if !body_word(u1) {
        return false;
    }
    // Offices whose "of"/"for" names a portfolio, a seat or a see: "Minister of Defence",
    // "MP for Witney", "mayor of Frankfurt", "Archbishop of Canterbury".
    if PLACED_OFFICES.contains(&units.norm(u1 - 1)) {
        return false;
    }
    // "vice president of search properties at Ask Jeeves": the body after a portfolio.
    let u1 = if same(u1 + 1) && !units.v[u1 + 1].cap && units.norm(u1 + 1) != "the" {
        (u1 + 2..u1 + 7)
            .take_while(|&k| same(k) && !units.v[k].cap && !units.norm(k).is_empty())
            .find(|&k| units.norm(k) == "at")
            .unwrap_or(u1)
    } else {
        u1
    };
    let start = if same(u1 + 1) && units.norm(u1 + 1) == "the" {
        u1 + 2
    } else {
        u1 + 1
    };
    // The capitalised name, through "for", "of" and "and" inside it.
    let mut end = start;
    while same(end)
        && (units.v[end].cap
            || (end > start
                && matches!(units.norm(end), "for" | "of" | "and")
                && same(end + 1)
                && units.v[end + 1].cap))
    {
        end += 1;
    }
    end > start
        && !(start..end).any(|i| covered(i))
        && !(start..end).any(|i| public_word(units.norm(i)))
        && !(end == start + 1 && dict.is_common_word(units.norm(start)))
}

/// Words before a hyphen that make one office with the title after it ("Vice-President").
const TITLE_PREFIXES: &[&str] = &[
    "vice",
    "deputy",
    "prime",
    "under",
    "attorney",
    "lieutenant",
    "major",
    "ex",
    "acting",
];

/// Whether the one-unit title at units `u..u1` is joined by a hyphen to a capitalised word
/// before it that is no common word and opens no title ("Magnus McEwen-King"): the second half
/// of a surname, not an office.
pub(crate) fn hyphenated_surname(
    units: &Units,
    dict: &crate::dict::ActorDict,
    u: usize,
    u1: usize,
) -> bool {
    u > 0
        && u1 == u + 1
        && units.v[u].hyphen
        && !dict.is_common_word(units.norm(u - 1))
        && units.v[u].cap
        && units.v[u - 1].sent == units.v[u].sent
        && units.v[u - 1].cap
        && !units.v[u - 1].upper
        && !TITLE_PREFIXES.contains(&units.norm(u - 1))
}

/// Offices a firm has besides its business titles.
const FIRM_OFFICES: &[&str] = &["president", "chairman", "chairwoman", "director", "founder"];

/// Business titles of a firm's head.
const FIRM_HEADS: &[&str] = &[
    "chief executive",
    "chief executive officer",
    "ceo",
    "managing director",
    "chief operating officer",
    "chief financial officer",
];

/// Gives an office joined by "and" to the title of a firm's head that title's code:
/// "president and chief executive officer" of a firm is its officer, not the state's.
pub(crate) fn business_pairs(units: &Units, drafts: &mut [crate::compose::Draft]) {
    let text = |d: &crate::compose::Draft| {
        (d.u0..d.u1)
            .map(|k| units.norm(k))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let office = |d: &crate::compose::Draft| {
        d.kind == petrel_core::ActorKind::Agent
            && d.code.len() == 6
            && d.code.ends_with("GOV")
            && FIRM_OFFICES.contains(&text(d).as_str())
    };
    let head = |d: &crate::compose::Draft| {
        d.code.ends_with("BUS") && FIRM_HEADS.contains(&text(d).as_str())
    };
    // The drafts are in text order, so only neighbours can be joined by one "and".
    for i in 1..drafts.len() {
        let (a, b) = (&drafts[i - 1], &drafts[i]);
        if a.u1 + 1 != b.u0 || units.norm(a.u1) != "and" {
            continue;
        }
        if office(a) && head(b) {
            drafts[i - 1].code = drafts[i].code.clone();
        } else if head(a) && office(b) {
            drafts[i].code = drafts[i - 1].code.clone();
        }
    }
}
