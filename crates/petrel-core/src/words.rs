//! Closed-class English words that several stages read the same way.

/// Prepositions whose phrase says where something happened ("in Gaza", "near the border").
pub const PLACE_PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "near",
    "outside",
    "inside",
    "across",
    "throughout",
    "around",
    "into",
    "within",
];
