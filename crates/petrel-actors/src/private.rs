//! Officers of private bodies: a spokesman, official or chairman of a firm, club, school or
//! industry speaks for that body, not for the state named around it ("a Japan Airlines
//! spokesman", "a spokesman for the firm", "school officials").

use crate::units::Units;
use petrel_core::Upos;

/// Last words of the names of companies, clubs and venues: "Japan Airlines", "Trafford
/// Centre", "Deutsche Bank", "Aston Villa Football Club".
const COMPANY_HEADS: &[&str] = &[
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
];

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

/// Whether the lower-case noun just before unit `u` names a private body or trade whose
/// officers these are ("industry officials", "school officials"), when tagged a noun.
pub(crate) fn private_noun_before(units: &Units, u: usize) -> bool {
    u >= 1
        && units.v[u - 1].sent == units.v[u].sent
        && !units.v[u - 1].cap
        && units.v[u - 1].upos.is_none_or(|t| t == Upos::Noun)
        && PRIVATE_NOUNS.contains(&units.norm(u - 1))
}
