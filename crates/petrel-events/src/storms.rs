//! Storm reports: "Jeanne Heads for Bahamas After Killing 3" under "Tropical Storm Jeanne …".
//! In an article that names a storm, the deaths, damage and blows it tells of are the weather's
//! unless an agent of politics does them.

use petrel_core::{Doc, Event};

/// Words before a storm's name.
const STORM_WORDS: &[&str] = &[
    "Hurricane",
    "Typhoon",
    "Cyclone",
    "Storm",
    "HURRICANE",
    "TYPHOON",
];

/// Whether `doc` names a storm: a storm word before a capitalised name ("Hurricane Ivan",
/// "Tropical Storm Jeanne").
pub(crate) fn names_storm(doc: &Doc) -> bool {
    (1..doc.tokens.len()).any(|i| {
        STORM_WORDS.contains(&doc.word(i - 1))
            && doc.word(i).starts_with(char::is_uppercase)
            && doc.word(i).chars().skip(1).all(|c| c.is_lowercase())
    })
}

/// Drops coercion and violence (roots 17–20) whose source is no agent of politics.
pub(crate) fn drop_weather_force(events: &mut Vec<Event>) {
    events.retain(|e| {
        !matches!(e.code.get(..2), Some("17" | "18" | "19" | "20"))
            || e.source.as_ref().is_some_and(crate::commerce::is_agent)
    });
}
