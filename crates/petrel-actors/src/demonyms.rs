//! Demonyms: the words for a state's people or its adjective ("Somali", "Kenyans"), told from
//! the names of places that `country_words.txt` lists beside them ("Gaza", "Ukraine"). The
//! first name of each entry there is its adjective when its plural is listed too ("Somali |
//! Somalis") or it ends as adjectives of states do ("Chinese", "British", "French", "Iraqi",
//! "Syrian").

use std::collections::HashSet;
use std::sync::OnceLock;

/// Endings of a state's adjective that no name of a place in `country_words.txt` has.
const ADJECTIVE_ENDINGS: &[&str] = &["ese", "ish", "ch", "i", "an"];

/// The demonyms and their plurals, in lower case, built once.
fn demonyms() -> &'static HashSet<String> {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        let text = crate::data::FILES
            .iter()
            .find(|(name, _)| *name == "country_words.txt")
            .map_or("", |(_, text)| text);
        let mut out = HashSet::new();
        for line in text.lines() {
            if line.starts_with('#') || line.starts_with('@') || !line.contains(';') {
                continue;
            }
            let names: Vec<String> = line
                .split(';')
                .next()
                .unwrap_or("")
                .split('|')
                .map(|n| n.trim().to_lowercase())
                .filter(|n| !n.is_empty())
                .collect();
            let Some(first) = names.first() else {
                continue;
            };
            let plural = format!("{first}s");
            let adjective =
                names.contains(&plural) || ADJECTIVE_ENDINGS.iter().any(|e| first.ends_with(e));
            if adjective && !first.contains(' ') {
                out.insert(first.clone());
                if names.contains(&plural) {
                    out.insert(plural);
                }
            }
        }
        out
    })
}

/// Whether `text` is a state's adjective or the plural of its people ("Somali", "Kenyans"),
/// not the name of a place.
pub fn is_demonym(text: &str) -> bool {
    demonyms().contains(&text.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::is_demonym;

    #[test]
    fn adjectives_and_peoples_are_demonyms_and_places_are_not() {
        assert!(is_demonym("Somali") && is_demonym("Kenyans") && is_demonym("Chinese"));
        assert!(!is_demonym("Gaza") && !is_demonym("Ukraine") && !is_demonym("Somalia"));
    }
}
