//! Writes `data/leaders_reign.txt`: national leaders since 1945, from REIGN
//! (Bell, Besaw & Frank, One Earth Future; leader list of March 2021), as `GOV` roles.
//! A role ends when the next leader of the same country starts (by ISO code, so West Germany's
//! last chancellor ends with unified Germany's next; else by COW state); leaders still in office in
//! March 2021 stay open-ended (the hand-written `leaders_*.txt` files close them and go on to
//! 2026). People who share a surname share one entry: the date picks the role. A surname alone
//! is an alias only when no leader of another country has that word in their name (`Ahmed`,
//! `Omar` and `Hassan` are not surnames of anyone in particular), never after a title
//! (`Mullah Omar`), and only for leaders in office after 1975. A surname alone (or a leader
//! REIGN names by surname only) is contextual (`?Howard`): it counts only when the leader's
//! country is named elsewhere in the document. A Spanish name of three words or more ends with
//! the mother's surname: the surname is the word before it, and the name without it is an
//! alias too ("Ricardo Lagos Escobar", "Ricardo Lagos", `?Lagos`). Collective
//! leaderships made of common words (`Executive Council`) are left out.
//!
//! `cargo run -p petrel-actors --example build_leaders`

#[path = "support/shared.rs"]
mod shared;

use std::collections::{BTreeMap, HashSet};

/// Countries whose leaders' names end with the mother's surname (Spanish naming).
const SPANISH_NAMING: &[&str] = &[
    "ESP", "MEX", "GTM", "HND", "SLV", "NIC", "CRI", "PAN", "CUB", "DOM", "COL", "VEN", "ECU",
    "PER", "BOL", "CHL", "ARG", "URY", "PRY",
];

/// Spanish given names that come second in a double given name.
const GIVEN_NAMES: &[&str] = &[
    "Carlos",
    "Pablo",
    "Orlando",
    "Guillermo",
    "Jose",
    "Maria",
    "Luis",
    "Manuel",
    "Antonio",
    "Miguel",
    "Juan",
    "Andres",
    "Alberto",
    "Ernesto",
    "Eduardo",
    "Alfredo",
    "Enrique",
    "Ramon",
    "Rafael",
    "Francisco",
    "Fernando",
    "Jorge",
    "Javier",
    "Alejandro",
    "Mauricio",
    "Felipe",
    "Ignacio",
    "Benjamin",
    "Cristina",
    "Elena",
    "Isabel",
    "Ines",
];

/// Correlates of War state abbreviations that differ from ISO 3166 alpha-3.
const COW: &[(&str, &str)] = &[
    ("AAB", "ATG"),
    ("ALG", "DZA"),
    ("ANG", "AGO"),
    ("AUL", "AUS"),
    ("AUS", "AUT"),
    ("BAH", "BHR"),
    ("BAR", "BRB"),
    ("BFO", "BFA"),
    ("BHM", "BHS"),
    ("BHU", "BTN"),
    ("BNG", "BGD"),
    ("BOS", "BIH"),
    ("BOT", "BWA"),
    ("BRU", "BRN"),
    ("BUI", "BDI"),
    ("BUL", "BGR"),
    ("CAM", "KHM"),
    ("CAO", "CMR"),
    ("CAP", "CPV"),
    ("CDI", "CIV"),
    ("CEN", "CAF"),
    ("CHA", "TCD"),
    ("CON", "COG"),
    ("COS", "CRI"),
    ("CRO", "HRV"),
    ("CZE", "CSK"),
    ("CZR", "CZE"),
    ("DEN", "DNK"),
    ("DRC", "COD"),
    ("DRV", "VNM"),
    ("EQG", "GNQ"),
    ("ETM", "TLS"),
    ("FRN", "FRA"),
    ("GAM", "GMB"),
    ("GDR", "DDR"),
    ("GMY", "DEU"),
    ("GRG", "GEO"),
    ("GRN", "GRD"),
    ("GUA", "GTM"),
    ("GUI", "GIN"),
    ("HAI", "HTI"),
    ("HON", "HND"),
    ("ICE", "ISL"),
    ("INS", "IDN"),
    ("IRE", "IRL"),
    ("KOS", "KSV"),
    ("KUW", "KWT"),
    ("KYR", "KGZ"),
    ("KZK", "KAZ"),
    ("LAT", "LVA"),
    ("LEB", "LBN"),
    ("LES", "LSO"),
    ("LIB", "LBY"),
    ("LIT", "LTU"),
    ("MAA", "MRT"),
    ("MAC", "MKD"),
    ("MAD", "MDV"),
    ("MAG", "MDG"),
    ("MAL", "MYS"),
    ("MAS", "MUS"),
    ("MAW", "MWI"),
    ("MLD", "MDA"),
    ("MNC", "MCO"),
    ("MNG", "MNE"),
    ("MON", "MNG"),
    ("MOR", "MAR"),
    ("MSI", "MHL"),
    ("MYA", "MMR"),
    ("MZM", "MOZ"),
    ("NAU", "NRU"),
    ("NEP", "NPL"),
    ("NEW", "NZL"),
    ("NIG", "NGA"),
    ("NIR", "NER"),
    ("NTH", "NLD"),
    ("OMA", "OMN"),
    ("PAL", "PLW"),
    ("PAR", "PRY"),
    ("PHI", "PHL"),
    ("POR", "PRT"),
    ("ROK", "KOR"),
    ("ROM", "ROU"),
    ("SAF", "ZAF"),
    ("SAL", "SLV"),
    ("SEY", "SYC"),
    ("SIE", "SLE"),
    ("SIN", "SGP"),
    ("SKN", "KNA"),
    ("SLO", "SVK"),
    ("SLU", "LCA"),
    ("SLV", "SVN"),
    ("SNM", "SMR"),
    ("SOL", "SLB"),
    ("SPN", "ESP"),
    ("SRI", "LKA"),
    ("SUD", "SDN"),
    ("SVG", "VCT"),
    ("SWA", "SWZ"),
    ("SWD", "SWE"),
    ("SWZ", "CHE"),
    ("TAJ", "TJK"),
    ("TAZ", "TZA"),
    ("THI", "THA"),
    ("TOG", "TGO"),
    ("TRI", "TTO"),
    ("UAE", "ARE"),
    ("UKG", "GBR"),
    ("URU", "URY"),
    ("VAN", "VUT"),
    ("YAR", "YEM"),
    ("YPR", "YEM"),
    ("ZAM", "ZMB"),
    ("ZIM", "ZWE"),
    ("GFR", "DEU"),
    ("RVN", "VNM"),
];

/// First words that are titles: `Mullah Omar` is not "Omar" alone.
const TITLES: [&str; 10] = [
    "Mullah",
    "Sheikh",
    "King",
    "Emir",
    "Prince",
    "Sultan",
    "General",
    "Ayatollah",
    "Queen",
    "Imam",
];

/// Names of one entry, and its roles as (code, from, to).
type Person = (Vec<String>, Vec<(String, String, String)>);

struct Row {
    ccode: u32,
    code: String,
    name: String,
    start: (i32, u32, u32),
}

fn iso(abb: &str, ccode: u32, year: i32) -> String {
    match (abb, ccode) {
        ("YUG", _) if year >= 2006 => "SRB".into(),
        ("RUS", _) if year < 1992 => "USR".into(),
        _ => COW
            .iter()
            .find(|(c, _)| *c == abb)
            .map_or(abb, |(_, i)| i)
            .to_string(),
    }
}

/// Splits one CSV line, honouring double-quoted fields.
fn csv_fields(line: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                if let Some(f) = out.last_mut() {
                    f.push('"');
                }
            }
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(String::new()),
            _ => {
                if let Some(f) = out.last_mut() {
                    f.push(c);
                }
            }
        }
    }
    out
}

fn main() {
    let p = shared::shared_dir().join("gazetteer/leaders/reign_leaderlist_3_21.csv");
    let text = shared::read(&p);
    let common: HashSet<String> = shared::read(&shared::data_file("common_words.txt"))
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(str::to_string)
        .collect();
    let mut rows: Vec<Row> = Vec::new();
    for line in text.lines().skip(1) {
        let fields = csv_fields(line);
        let c: Vec<&str> = fields.iter().map(String::as_str).collect();
        if c.len() < 9 {
            continue;
        }
        let num = |i: usize| c[i].trim().parse::<i32>().ok();
        let (Some(y), Some(m), Some(ccode)) = (num(6), num(5), num(1)) else {
            continue;
        };
        let d = num(4).unwrap_or(1).max(1);
        if !(1..=12).contains(&m) || d > 31 || !(1800..=2100).contains(&y) {
            continue;
        }
        rows.push(Row {
            ccode: ccode as u32,
            code: iso(c[0], ccode as u32, y),
            name: c[3].trim().to_string(),
            start: (y, m as u32, d as u32),
        });
    }
    rows.sort_by_key(|r| (r.ccode, r.start));
    let mut countries_of_word: std::collections::HashMap<String, HashSet<String>> =
        std::collections::HashMap::new();
    for r in &rows {
        for w in r.name.split_whitespace() {
            countries_of_word
                .entry(petrel_actors::normalize::normalize(w))
                .or_default()
                .insert(r.code.clone());
        }
    }
    // entries keyed by surname: (full names, roles)
    let mut people: BTreeMap<String, Person> = BTreeMap::new();
    for (i, r) in rows.iter().enumerate() {
        let next = rows
            .iter()
            .filter(|n| n.code == r.code && n.start > r.start)
            .min_by_key(|n| n.start)
            .or_else(|| rows.get(i + 1).filter(|n| n.ccode == r.ccode));
        let (y, m, d) = r.start;
        let from = format!("{y:04}-{m:02}-{d:02}");
        let to = next
            .map(|n| format!("{:04}-{:02}-{:02}", n.start.0, n.start.1, n.start.2))
            .unwrap_or_default();
        let words: Vec<&str> = r.name.split_whitespace().collect();
        // "Ricardo Lagos Escobar": a Spanish name ends with the mother's surname, and the
        // news calls him "Ricardo Lagos" or "Lagos".
        // Not when a particle joins the surnames ("Sanchez de Lozada") or the second word is
        // a given name ("Juan Carlos Varela", "Pedro Pablo Kuczynski").
        let hispanic = words.len() == 3
            && SPANISH_NAMING.contains(&r.code.as_str())
            && !words.iter().any(|w| {
                matches!(
                    w.to_lowercase().as_str(),
                    "de" | "del" | "la" | "las" | "los" | "y"
                )
            })
            && !GIVEN_NAMES.contains(&words[1]);
        let surname = if hispanic {
            words[words.len() - 2]
        } else {
            words
                .iter()
                .rev()
                .find(|w| !matches!(**w, "I" | "II" | "III" | "IV" | "V" | "Jr." | "Jr"))
                .copied()
                .unwrap_or("")
        };
        let key = petrel_actors::normalize::normalize(surname);
        if key.chars().count() < 3 || common.contains(&key) {
            continue;
        }
        if words
            .iter()
            .all(|w| common.contains(&petrel_actors::normalize::normalize(w)))
        {
            continue;
        }
        let modern = next.map_or(true, |n| n.start.0 >= 1975);
        let titled = words.len() > 1 && TITLES.contains(&words[0]);
        let unique = countries_of_word.get(&key).map_or(0, HashSet::len) == 1 && !titled;
        if words.len() == 1 && !unique {
            continue;
        }
        let e = people
            .entry(if unique { key } else { r.name.clone() })
            .or_default();
        let full = if words.len() == 1 {
            format!("?{}", r.name)
        } else {
            r.name.clone()
        };
        if !e.0.contains(&full) {
            e.0.push(full);
        }
        let short = words[..words.len() - 1].join(" ");
        if hispanic && !e.0.contains(&short) {
            e.0.push(short);
        }
        let contextual = format!("?{surname}");
        if unique && modern && !e.0.contains(&contextual) {
            e.0.push(contextual);
        }
        e.1.push((format!("{}GOV", r.code), from, to));
    }
    let mut out = String::from("# Generated by `cargo run -p petrel-actors --example build_leaders` from REIGN (One Earth Future,\n# leader list 2021-03): effective national leaders since 1990 as GOV roles. Do not edit: later files override.\n@person\n");
    for (_, (names, mut roles)) in people {
        roles.sort_by(|a, b| a.1.cmp(&b.1));
        let names: Vec<String> = names
            .iter()
            .filter(|n| !n.contains(['|', ';', '#']))
            .cloned()
            .collect();
        let fallback = roles
            .last()
            .map(|r| r.0[..3].to_string())
            .unwrap_or_default();
        let roles: Vec<String> = roles
            .iter()
            .map(|(c, f, t)| format!("{c} {f}..{t}"))
            .collect();
        out.push_str(&format!(
            "{} ; {} ; {fallback}\n",
            names.join(" | "),
            roles.join(" ; ")
        ));
    }
    std::fs::write(shared::data_file("leaders_reign.txt"), out).expect("write leaders_reign.txt");
}
