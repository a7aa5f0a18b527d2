//! Storm reports: "Jeanne Heads for Bahamas After Killing 3" above "Tropical Storm Jeanne …".
//! In an article that names a storm, the deaths, damage and blows that a sentence speaking of
//! the storm tells of are the weather's, unless an agent of politics does them.

use petrel_core::{Doc, Event};

/// Words before a storm's name.
pub(crate) const STORM_WORDS: &[&str] = &[
    "Hurricane",
    "Typhoon",
    "Cyclone",
    "Storm",
    "HURRICANE",
    "TYPHOON",
];

/// Common nouns that speak of a storm.
const STORM_NOUNS: &[&str] = &["storm", "hurricane", "typhoon", "cyclone", "tornado"];

/// The names of the storms `doc` names: a storm word before a capitalised name ("Hurricane
/// Ivan", "Tropical Storm Jeanne").
fn storm_names(doc: &Doc) -> Vec<&str> {
    let mut names: Vec<&str> = Vec::new();
    for i in 1..doc.tokens.len() {
        let w = doc.word(i);
        if STORM_WORDS.contains(&doc.word(i - 1))
            && w.starts_with(char::is_uppercase)
            && w.chars().skip(1).all(|c| c.is_lowercase())
            && !names.contains(&w)
        {
            names.push(w);
        }
    }
    names
}

/// Drops coercion and violence (roots 17–20) whose source is no agent of politics from the
/// sentences that speak of a storm `doc` names ("Jeanne … After Killing 3", "the storm
/// slammed into the Dominican Republic after punishing Puerto Rico"); a political report that
/// mentions a hurricane keeps its other sentences' events.
pub(crate) fn drop_weather_force(doc: &Doc, events: &mut Vec<Event>) {
    let names = storm_names(doc);
    if names.is_empty() {
        return;
    }
    let mut stormy = vec![false; doc.sentences.len()];
    for (i, t) in doc.tokens.iter().enumerate() {
        let w = doc.word(i);
        if names.contains(&w) || STORM_NOUNS.iter().any(|n| w.eq_ignore_ascii_case(n)) {
            if let Some(s) = stormy.get_mut(t.sentence as usize) {
                *s = true;
            }
        }
    }
    events.retain(|e| {
        !matches!(e.code.get(..2), Some("17" | "18" | "19" | "20"))
            || !stormy.get(e.sentence).copied().unwrap_or(false)
            || e.source.as_ref().is_some_and(crate::commerce::is_agent)
    });
}
