//! The gazetteer: cities with coordinates, found by any of their names, and the FIPS codes of
//! countries.

use petrel_core::{PetrelError, Result};
use std::collections::HashMap;
use std::sync::OnceLock;

/// One city.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// Its main name.
    pub name: String,
    /// ISO 3166 alpha-3 country code.
    pub country: String,
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
    /// Population (GeoNames).
    pub population: u64,
}

/// Cities by name, loaded once and shared read-only.
#[derive(Debug, Default)]
pub struct Gazetteer {
    places: Vec<Place>,
    by_name: HashMap<String, Vec<u32>>,
}

const PLACES: &str = include_str!("../data/places.tsv");
const COUNTRIES: &str = include_str!("../data/countries.tsv");

impl Gazetteer {
    /// The built-in gazetteer (cities of 15,000 people or more).
    pub fn embedded() -> Result<Gazetteer> {
        Gazetteer::parse(PLACES)
    }

    /// Reads a `places` table (`names\tISO3\tlat\tlon\tpopulation`, names `|`-separated);
    /// `#` lines are comments.
    pub fn parse(places: &str) -> Result<Gazetteer> {
        let mut g = Gazetteer::default();
        for (n, line) in rows(places) {
            let bad = |what: &str| PetrelError::resource("places.tsv", n, what.to_string());
            let f: Vec<&str> = line.split('\t').collect();
            let [names, country, lat, lon, population] = f[..] else {
                return Err(bad("expected 5 tab-separated fields"));
            };
            let number = |s: &str| s.parse::<f64>().map_err(|_| bad("bad number"));
            let id = g.places.len() as u32;
            let mut names = names.split('|').filter(|s| !s.is_empty());
            let Some(main) = names.next() else {
                return Err(bad("no name"));
            };
            g.places.push(Place {
                name: main.to_string(),
                country: country.to_string(),
                lat: number(lat)?,
                lon: number(lon)?,
                population: population.parse().map_err(|_| bad("bad population"))?,
            });
            for name in std::iter::once(main).chain(names) {
                let ids = g.by_name.entry(key(name)).or_default();
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
        Ok(g)
    }

    /// Cities called `name` (any case), largest first.
    pub fn lookup(&self, name: &str) -> impl Iterator<Item = &Place> {
        self.by_name
            .get(&key(name))
            .into_iter()
            .flatten()
            .map(|&i| &self.places[i as usize])
    }

    /// Number of cities.
    pub fn len(&self) -> usize {
        self.places.len()
    }

    /// True when there are no cities.
    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }
}

/// The FIPS 10-4 code of a country given by its ISO 3166 alpha-3 code (GDELT's country
/// codes), if known.
pub fn fips(iso3: &str) -> Option<&'static str> {
    static TABLE: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        rows(COUNTRIES)
            .filter_map(|(_, l)| {
                let mut f = l.split('\t');
                Some((f.next()?, f.next()?))
            })
            .filter(|(_, fips)| !fips.is_empty())
            .collect()
    });
    table.get(iso3).copied()
}

/// Numbered non-comment, non-empty lines.
fn rows(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_end_matches('\r')))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
}

/// The lookup key of a name: lower case, with typographic apostrophes made plain.
fn key(name: &str) -> String {
    name.chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c == '\u{2019}' { '\'' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_finds_by_any_name_largest_first() {
        let g = Gazetteer::parse(
            "# comment\nKyiv|Kiev\tUKR\t50.45\t30.52\t2797553\nParis\tFRA\t48.85\t2.35\t2138551\nParis\tUSA\t33.66\t-95.56\t24782\n",
        )
        .unwrap();
        assert_eq!(g.len(), 3);
        assert_eq!(
            g.lookup("KIEV").next().map(|p| p.name.as_str()),
            Some("Kyiv")
        );
        let paris: Vec<&str> = g.lookup("paris").map(|p| p.country.as_str()).collect();
        assert_eq!(paris, ["FRA", "USA"]);
        assert!(Gazetteer::parse("Kyiv\tUKR\tx\t1\t1\n").is_err());
        assert!(Gazetteer::parse("Kyiv\tUKR\n").is_err());
    }

    #[test]
    fn built_in_tables_load() {
        let g = Gazetteer::embedded().unwrap();
        assert!(g.len() > 30_000, "{}", g.len());
        assert_eq!(
            g.lookup("Kiev").next().map(|p| p.country.as_str()),
            Some("UKR")
        );
        assert_eq!(fips("UKR"), Some("UP"));
        assert_eq!(fips("DEU"), Some("GM"));
        assert_eq!(fips("XYZ"), None);
    }
}
