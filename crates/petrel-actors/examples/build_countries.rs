//! Writes `data/countries.txt` (names and variants of every country and territory),
//! `data/capitals.txt` (capital cities as government metonyms) and `data/cities.txt` (cities of
//! 100,000 people or more, as their country; in Arab states also without the article "Al") and `data/subdivisions.txt` (states, provinces and
//! counties of a few countries) from the gazetteer: ISO 3166 and 3166-2 (pycountry), GeoNames
//! countries (capitals), countrynames (MIT, name variants).
//!
//! `cargo run -p petrel-actors --example build_countries`

#[path = "support/shared.rs"]
mod shared;

use petrel_core::words::{without_arabic_article, ARABIC_ARTICLE_STATES};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap, HashSet};

/// Non-ISO keys of countrynames mapped to CAMEO codes; `None` skips the key.
fn special(key: &str) -> Option<&'static str> {
    Some(match key {
        "SUHH" => "USR",
        "YUCS" => "YUG",
        "CSXX" => "SCG",
        "CSHH" => "CSK",
        "DD" => "DDR",
        "AN" => "ANT",
        "XK" => "KSV",
        "ZR" => "COD",
        "AZ-NK" => "AZE",
        "X-SO" | "GE-AB" => "GEO",
        "UA-LPR" | "UA-DPR" | "UA-CRI" => "UKR",
        "GB-WLS" | "GB-SCT" | "GB-NIR" => "GBR",
        "MD-PMR" => "MDA",
        "CY-TRNC" => "CYP",
        "IQ-KR" => "IRQ",
        "SO-SOM" => "SOM",
        _ => return None,
    })
}

/// Country names that are also English words: they must be capitalised in text.
const WORDLIKE: [&str; 8] = [
    "chad", "turkey", "jordan", "guinea", "china", "jersey", "man", "georgia",
];

/// Latin letters, 4 or more, at most five words, each word capitalised (small function words
/// aside) and otherwise lower case.
fn letters_ok(s: &str) -> bool {
    let n = s.chars().filter(|c| c.is_alphabetic()).count();
    let title = s.split([' ', '-']).filter(|w| !w.is_empty()).all(|w| {
        let mut cs = w.chars();
        let first = cs.next().is_some_and(char::is_uppercase);
        (first && cs.all(|c| !c.is_uppercase() || c == '\''))
            || matches!(w, "of" | "and" | "the" | "al" | "el")
    });
    n >= 4
        && title
        && s.split_whitespace().count() <= 5
        && s.chars().all(|c| {
            (c.is_alphabetic() && (c as u32) < 0x250) || matches!(c, ' ' | '.' | '\'' | '-')
        })
}

/// An English-looking variant: several words, or one that starts like an official name.
fn plausible(v: &str, official: &[String]) -> bool {
    let n = norm(v);
    v.trim().contains(' ')
        || official
            .iter()
            .any(|o| norm(o).get(..3).is_some_and(|p| n.starts_with(p)))
}

/// Variants that in English news name something else far more often than the country: the
/// Columbia shuttle, university and district, St George's chapels and hospitals, and the
/// given name Alan (Åland's "Ålân" without its diacritics).
const OTHER_THINGS: &[&str] = &["Columbia", "St. George's", "Ålân"];

fn norm(s: &str) -> String {
    petrel_actors::normalize::normalize(&s.replace(['-', '.'], " ")).replace(' ', "")
}

fn main() {
    let root = shared::shared_dir().join("gazetteer");
    let iso: Value = serde_json::from_str(&shared::read(&root.join("countries/iso3166-1.json")))
        .expect("iso json");
    let geo: Value = serde_json::from_str(&shared::read(
        &root.join("geonames/geonames_countries.json"),
    ))
    .expect("geonames json");
    let common: HashSet<String> = shared::read(&shared::data_file("common_words.txt"))
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(str::to_string)
        .collect();

    let mut a2_to_a3: HashMap<String, String> = HashMap::new();
    let mut names: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for c in iso["3166-1"].as_array().expect("3166-1 list") {
        let (a2, a3) = (
            c["alpha_2"].as_str().unwrap_or(""),
            c["alpha_3"].as_str().unwrap_or(""),
        );
        a2_to_a3.insert(a2.to_string(), a3.to_string());
        let v = names.entry(a3.to_string()).or_default();
        for k in ["common_name", "name", "official_name"] {
            if let Some(n) = c[k].as_str() {
                v.push(n.to_string());
            }
        }
    }
    names.entry("KSV".into()).or_default().push("Kosovo".into());

    // countrynames variants: key line `XX:`, value lines `  - name`.
    let yaml = shared::read(&root.join("countries/countrynames_data.yaml"));
    let mut key = String::new();
    let mut variants: Vec<(String, String)> = Vec::new();
    let mut fail: HashSet<String> = HashSet::new();
    for line in yaml.lines() {
        if !line.starts_with(' ') && line.ends_with(':') {
            key = line.trim_end_matches(':').to_string();
            continue;
        }
        let Some(v) = line.trim().strip_prefix("- ") else {
            continue;
        };
        let v = v.trim().trim_matches('"').to_string();
        if key == "FAIL" {
            fail.insert(norm(&v));
            continue;
        }
        if let Some(code) = special(&key) {
            variants.push((code.to_string(), v));
        } else if let Some(code) = a2_to_a3.get(&key) {
            if plausible(&v, names.get(code).map(Vec::as_slice).unwrap_or(&[])) {
                variants.push((code.clone(), v));
            }
        }
    }
    // A variant that two codes claim is ambiguous and dropped.
    let mut owner: HashMap<String, HashSet<String>> = HashMap::new();
    for (code, v) in &variants {
        owner.entry(norm(v)).or_default().insert(code.clone());
    }
    for (code, v) in variants {
        let n = norm(&v);
        let single_word = !v.trim().contains([' ', '-']);
        if letters_ok(&v)
            && !fail.contains(&n)
            && !OTHER_THINGS.iter().any(|x| norm(x) == n)
            && owner[&n].len() == 1
            && !(single_word && common.contains(&n))
        {
            names.entry(code).or_default().push(v);
        }
    }

    let mut out = String::from("# Generated by `cargo run -p petrel-actors --example build_countries` from ISO 3166 (pycountry),\n# GeoNames and countrynames (MIT). Do not edit: adjectives and metonyms are in country_words.txt and metonyms.txt.\n@country\n");
    let mut all_names: HashSet<String> = HashSet::new();
    for (code, list) in &names {
        let mut seen = HashSet::new();
        let mut keep = Vec::new();
        for n in list {
            let n = n.trim();
            if n.is_empty() || n.contains([',', '(', ')', ';', '|', '#']) || !seen.insert(norm(n)) {
                continue;
            }
            all_names.insert(norm(n));
            if WORDLIKE.contains(&norm(n).as_str()) {
                keep.push(format!("={n}"));
            } else {
                keep.push(n.to_string());
            }
        }
        if !keep.is_empty() {
            out.push_str(&format!("{} ; {code}\n", keep.join(" | ")));
        }
    }
    std::fs::write(shared::data_file("countries.txt"), out).expect("write countries.txt");

    // Capitals: the most populous country claiming a capital keeps it; small territories,
    // names that are also country names and common words are left out.
    let mut caps: BTreeMap<String, (u64, String)> = BTreeMap::new();
    for (_, c) in geo.as_object().expect("geonames object") {
        let cap = c["capital"].as_str().unwrap_or("").trim();
        let pop = c["population"].as_u64().unwrap_or(0);
        let code = c["iso3"].as_str().unwrap_or("");
        let n = norm(cap);
        if cap.is_empty()
            || pop < 100_000
            || all_names.contains(&n)
            || OTHER_THINGS.iter().any(|x| norm(x) == n)
            || common.contains(&n)
            || cap.contains([',', '('])
        {
            continue;
        }
        let e = caps
            .entry(cap.to_string())
            .or_insert((pop, code.to_string()));
        if pop > e.0 {
            *e = (pop, code.to_string());
        }
    }
    let mut out = String::from("# Generated by `cargo run -p petrel-actors --example build_countries` from GeoNames (CC BY 4.0):\n# a capital names its government. Other spellings are in metonyms.txt.\n@country\n");
    for (cap, (_, code)) in caps {
        out.push_str(&format!("{cap} ; {code}GOV\n"));
    }
    std::fs::write(shared::data_file("capitals.txt"), out).expect("write capitals.txt");
    write_cities(&root, &a2_to_a3, &common);
    write_subdivisions(&root, &a2_to_a3, &common, &all_names);
}

/// Countries whose first-level divisions news names in English, with the ISO 3166-2 kinds of
/// division kept (`None`: every kind).
const DIVISIONS: &[(&str, Option<&[&str]>)] = &[
    ("US", Some(&["State", "District"])),
    ("CA", None),
    ("AU", None),
    ("IN", None),
    ("PK", None),
    ("NG", None),
    ("ZA", None),
    ("IE", Some(&["County"])),
    ("MX", None),
    ("BR", None),
    ("AF", None),
    (
        "GB",
        Some(&["Two-tier county", "Unitary authority", "Council area"]),
    ),
];

/// States, provinces and counties (ISO 3166-2) of the countries in [`DIVISIONS`] as their
/// country's code: "New Jersey" is the United States, not Jersey. A name that two countries'
/// divisions share, that a city of another country bears, or that is a country's name is left
/// out. Names of one word, or of common words only ("Free State"), are contextual.
fn write_subdivisions(
    root: &std::path::Path,
    a2_to_a3: &HashMap<String, String>,
    common: &HashSet<String>,
    country_names: &HashSet<String>,
) {
    let iso: Value = serde_json::from_str(&shared::read(&root.join("countries/iso3166-2.json")))
        .expect("iso 3166-2 json");
    let cities: Value =
        serde_json::from_str(&shared::read(&root.join("geonames/cities15000.json")))
            .expect("cities json");
    let mut city_countries: HashMap<String, HashSet<String>> = HashMap::new();
    for (_, c) in cities.as_object().expect("cities object") {
        let name = norm(c["name"].as_str().unwrap_or(""));
        let cc = c["countrycode"].as_str().unwrap_or("").to_string();
        city_countries.entry(name).or_default().insert(cc);
    }
    let mut owners: HashMap<String, HashSet<String>> = HashMap::new();
    let mut kept: BTreeMap<String, String> = BTreeMap::new();
    for d in iso["3166-2"].as_array().expect("3166-2 list") {
        let (code, kind) = (
            d["code"].as_str().unwrap_or(""),
            d["type"].as_str().unwrap_or(""),
        );
        let name = d["name"].as_str().unwrap_or("");
        // "Isle of Anglesey [Sir Ynys Môn GB-YNM]": the Welsh name in brackets is left out.
        let name = name.split(" [").next().unwrap_or("").trim().to_string();
        let cc = code.get(..2).unwrap_or("");
        owners
            .entry(norm(&name))
            .or_default()
            .insert(cc.to_string());
        let wanted = DIVISIONS
            .iter()
            .any(|(c, kinds)| *c == cc && kinds.is_none_or(|k| k.contains(&kind)));
        if wanted && letters_ok(&name) {
            kept.insert(name, cc.to_string());
        }
    }
    let mut out = String::from("# Generated by `cargo run -p petrel-actors --example build_countries` from ISO 3166-2\n# (pycountry, Debian iso-codes): states, provinces and counties name their country. Every file after cities.txt overrides.\n@country\n");
    for (name, cc) in kept {
        let n = norm(&name);
        let foreign_city = city_countries
            .get(&n)
            .is_some_and(|c| c.iter().any(|c| *c != cc));
        let Some(code) = a2_to_a3.get(&cc) else {
            continue;
        };
        if owners[&n].len() > 1 || foreign_city || country_names.contains(&n) {
            continue;
        }
        let words: Vec<String> = name.split([' ', '-']).map(norm).collect();
        let plain = words.iter().all(|w| common.contains(w) || w.len() <= 3);
        if words.len() == 1 && common.contains(&n) {
            continue;
        }
        let mark = if words.len() == 1 || plain { "?" } else { "" };
        out.push_str(&format!("{mark}{name} ; {code}\n"));
    }
    std::fs::write(shared::data_file("subdivisions.txt"), out).expect("write subdivisions.txt");
}

/// Cities of 100,000 or more as their country's code. A name that a city of another country
/// at least a tenth as large also bears is ambiguous and left out (`St.` counts as `Saint`),
/// and so are common words. One-word names are contextual (`?Mary`): they count only when
/// the country is named elsewhere in the document.
fn write_cities(
    root: &std::path::Path,
    a2_to_a3: &HashMap<String, String>,
    common: &HashSet<String>,
) {
    let cities: Value =
        serde_json::from_str(&shared::read(&root.join("geonames/cities15000.json")))
            .expect("cities json");
    let mut by_name: BTreeMap<String, Vec<(u64, String, String)>> = BTreeMap::new();
    let mut bare_names = Vec::new();
    for (_, c) in cities.as_object().expect("cities object") {
        let name = c["name"].as_str().unwrap_or("").trim();
        let Some(code) = a2_to_a3.get(c["countrycode"].as_str().unwrap_or("")) else {
            continue;
        };
        let pop = c["population"].as_u64().unwrap_or(0);
        if letters_ok(name) {
            let key = norm(
                &name
                    .replacen("St. ", "Saint ", 1)
                    .replacen("St ", "Saint ", 1),
            );
            by_name
                .entry(key)
                .or_default()
                .push((pop, code.clone(), name.to_string()));
            // "Al Fallūjah" is mostly "Fallujah" in English news.
            if let Some(bare) = ARABIC_ARTICLE_STATES
                .contains(&code.as_str())
                .then(|| without_arabic_article(name))
                .flatten()
            {
                bare_names.push((norm(bare), (pop, code.clone(), bare.to_string())));
            }
        }
    }
    // A name without its article never displaces a city that bears the name itself ("Al
    // Madīnah" in Iraq is no rival of Madinah).
    let full: HashSet<String> = by_name.keys().cloned().collect();
    for (key, city) in bare_names {
        if !full.contains(&key) {
            by_name.entry(key).or_default().push(city);
        }
    }
    let mut out = String::from("# Generated by `cargo run -p petrel-actors --example build_countries` from GeoNames (CC BY 4.0):\n# cities of 100,000 or more name their country. Loaded first: every other file overrides.\n@country\n");
    for (n, mut v) in by_name {
        v.sort_by_key(|c| std::cmp::Reverse(c.0));
        let (pop, code, name) = &v[0];
        let rival = v
            .iter()
            .skip(1)
            .any(|(p, c, _)| c != code && *p * 10 >= *pop);
        if *pop >= 100_000 && !rival && !common.contains(&n) {
            let mark = if name.contains([' ', '-']) { "" } else { "?" };
            match name.strip_prefix("Saint ") {
                Some(rest) => out.push_str(&format!("{name} | St. {rest} ; {code}\n")),
                None => out.push_str(&format!("{mark}{name} ; {code}\n")),
            }
        }
    }
    std::fs::write(shared::data_file("cities.txt"), out).expect("write cities.txt");
}
