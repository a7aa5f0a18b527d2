//! Query filters, shared by `petrel query`, `petrel series`, the monitor and the Python
//! package: every filter is validated here and becomes a parameterised SQL condition, so no
//! caller writes SQL and no value is ever spliced into it.

use petrel_core::{Date, ErrorKind, PetrelError, Result};
use rusqlite::types::Value;

/// A directed dyad: source and target actor-code prefixes (`RUS-UKR`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dyad {
    /// Source actor-code prefix.
    pub source: String,
    /// Target actor-code prefix.
    pub target: String,
}

impl Dyad {
    /// Parses `SOURCE-TARGET`, e.g. `RUS-UKR` or `USAGOV-IRN`.
    pub fn parse(s: &str) -> Result<Dyad> {
        let (a, b) = s.split_once('-').ok_or_else(|| {
            bad(format!(
                "--dyad expects SOURCE-TARGET actor codes such as RUS-UKR, got {s:?}"
            ))
        })?;
        Ok(Dyad {
            source: actor_code(a, "--dyad")?,
            target: actor_code(b, "--dyad")?,
        })
    }
}

impl std::fmt::Display for Dyad {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}-{}", self.source, self.target)
    }
}

/// Which events a query returns. Empty fields do not filter.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    /// Source actor-code prefix (`RUS` matches `RUSMIL`).
    pub source: Option<String>,
    /// Target actor-code prefix.
    pub target: Option<String>,
    /// Directed dyads; an event matches when it matches any of them.
    pub dyads: Vec<Dyad>,
    /// CAMEO root, two digits.
    pub root: Option<String>,
    /// CAMEO code prefix (`19` is a root, `190` a base code, `0874` one code).
    pub code: Option<String>,
    /// GDELT quad class 1–4.
    pub quad: Option<u8>,
    /// PLOVER type.
    pub plover: Option<String>,
    /// First event date (inclusive).
    pub from: Option<Date>,
    /// Last event date (inclusive).
    pub to: Option<Date>,
    /// Place name (case-insensitive) or ISO alpha-3 country code of the event place.
    pub place: Option<String>,
    /// Words that must all occur in the sentence (full-text search).
    pub text: Option<String>,
    /// Include negated and hypothetical events (by default only asserted ones).
    pub all_modalities: bool,
}

pub(crate) fn bad(msg: String) -> PetrelError {
    PetrelError::new(ErrorKind::Config, msg)
}

/// Validates an actor code (letters and digits, 3 to 15 of them), upper-casing it.
pub fn actor_code(s: &str, flag: &str) -> Result<String> {
    let c = s.trim().to_ascii_uppercase();
    if (1..=15).contains(&c.len()) && c.bytes().all(|b| b.is_ascii_alphanumeric()) {
        Ok(c)
    } else {
        Err(bad(format!(
            "{flag} expects a CAMEO actor code such as RUS or USAGOV, got {s:?}"
        )))
    }
}

/// Validates a CAMEO code prefix of 2 to 4 digits.
pub fn cameo_code(s: &str, flag: &str) -> Result<String> {
    let c = s.trim();
    if (2..=4).contains(&c.len()) && c.bytes().all(|b| b.is_ascii_digit()) {
        if petrel_ontology::lookup(c).is_some()
            || petrel_ontology::codes()
                .iter()
                .any(|k| k.code.starts_with(c))
        {
            return Ok(c.to_string());
        }
        return Err(bad(format!("{flag}: no CAMEO code starts with {c:?}")));
    }
    Err(bad(format!(
        "{flag} expects a CAMEO code of 2 to 4 digits such as 19 or 0874, got {s:?}"
    )))
}

/// Validates a CAMEO root (`01`–`20`).
pub fn cameo_root(s: &str) -> Result<String> {
    let c = s.trim();
    let c = if c.len() == 1 {
        format!("0{c}")
    } else {
        c.to_string()
    };
    match c.parse::<u8>() {
        Ok(1..=20) if c.len() == 2 => Ok(c),
        _ => Err(bad(format!(
            "--root expects a CAMEO root from 01 to 20, got {s:?}"
        ))),
    }
}

/// Validates a quad class (1 verbal cooperation … 4 material conflict).
pub fn quad_class(s: &str) -> Result<u8> {
    match s.trim().parse::<u8>() {
        Ok(q @ 1..=4) => Ok(q),
        _ => Err(bad(format!(
            "--quad expects a quad class from 1 to 4 (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict), got {s:?}"
        ))),
    }
}

/// Validates a PLOVER type name against the ontology, upper-casing it.
pub fn plover_type(s: &str) -> Result<String> {
    let p = s.trim().to_ascii_uppercase();
    if petrel_ontology::codes()
        .iter()
        .any(|c| c.plover == Some(p.as_str()))
    {
        Ok(p)
    } else {
        let mut known: Vec<&str> = petrel_ontology::codes()
            .iter()
            .filter_map(|c| c.plover)
            .collect();
        known.sort_unstable();
        known.dedup();
        Err(bad(format!(
            "--plover: unknown PLOVER type {s:?} (known: {})",
            known.join(", ")
        )))
    }
}

/// Parses an inclusive date bound given as `YYYY-MM-DD`.
pub fn date_bound(s: &str, flag: &str) -> Result<Date> {
    Date::parse(s)
        .filter(|_| s.trim().len() == 10)
        .ok_or_else(|| bad(format!("{flag} expects a date as YYYY-MM-DD, got {s:?}")))
}

/// The smallest string greater than every string that starts with `prefix` (ASCII codes).
fn prefix_end(prefix: &str) -> String {
    let mut b = prefix.as_bytes().to_vec();
    if let Some(last) = b.last_mut() {
        *last += 1;
    }
    String::from_utf8(b).unwrap_or_default()
}

/// Turns free words into an FTS5 query in which every word is a quoted phrase (so no word
/// can be read as FTS syntax), all of which must occur.
fn fts_query(words: &str) -> Option<String> {
    let terms: Vec<String> = words
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{}\"", w.replace('"', "\"\"")))
        .collect();
    (!terms.is_empty()).then(|| terms.join(" AND "))
}

/// A WHERE clause over `events` (aliased `e`) and its parameters.
pub(crate) struct Sql {
    pub clause: String,
    pub params: Vec<Value>,
}

impl Sql {
    fn push(&mut self, cond: &str, vals: impl IntoIterator<Item = Value>) {
        if !self.clause.is_empty() {
            self.clause.push_str(" AND ");
        }
        self.clause.push_str(cond);
        for v in vals {
            self.params.push(v);
        }
    }
}

/// `col >= ?a AND col < ?b`, the index-friendly form of a prefix match.
fn prefix(sql: &mut Sql, col: &str, p: &str) {
    sql.push(
        &format!("({col} >= ? AND {col} < ?)"),
        [Value::Text(p.to_string()), Value::Text(prefix_end(p))],
    );
}

/// An actor-code prefix on `e.source_*` or `e.target_*`: the indexed three-letter root must
/// equal the prefix's first three letters, and a longer prefix also bounds the code.
fn actor_prefix(sql: &mut Sql, side: &str, p: &str) {
    if p.len() < 3 {
        return prefix(sql, &format!("e.{side}_code"), p);
    }
    sql.push(
        &format!("e.{side}_root = ?"),
        [Value::Text(p[..3].to_string())],
    );
    if p.len() > 3 {
        prefix(sql, &format!("e.{side}_code"), p);
    }
}

impl Filter {
    /// Checks that the bounds make sense together.
    pub fn validate(&self) -> Result<()> {
        if let (Some(a), Some(b)) = (self.from, self.to) {
            if a > b {
                return Err(bad(format!("--from {a} is after --to {b}")));
            }
        }
        if let Some(t) = &self.text {
            if fts_query(t).is_none() {
                return Err(bad(format!("--text needs at least one word, got {t:?}")));
            }
        }
        if self.place.as_deref().is_some_and(|p| p.trim().is_empty()) {
            return Err(bad("--place needs a place name or country code".into()));
        }
        Ok(())
    }

    /// The SQL condition for these filters.
    pub(crate) fn sql(&self) -> Sql {
        let mut s = Sql {
            clause: String::new(),
            params: Vec::new(),
        };
        if !self.all_modalities {
            s.push("e.asserted = 1", []);
        }
        if let Some(p) = &self.source {
            actor_prefix(&mut s, "source", p);
        }
        if let Some(p) = &self.target {
            actor_prefix(&mut s, "target", p);
        }
        if !self.dyads.is_empty() {
            let mut alt = Sql {
                clause: String::new(),
                params: Vec::new(),
            };
            let mut parts = Vec::new();
            for d in &self.dyads {
                let mut one = Sql {
                    clause: String::new(),
                    params: Vec::new(),
                };
                actor_prefix(&mut one, "source", &d.source);
                actor_prefix(&mut one, "target", &d.target);
                parts.push(format!("({})", one.clause));
                alt.params.extend(one.params);
            }
            s.push(&format!("({})", parts.join(" OR ")), alt.params);
        }
        if let Some(r) = &self.root {
            s.push("e.root = ?", [Value::Text(r.clone())]);
        }
        if let Some(c) = &self.code {
            prefix(&mut s, "e.code", c);
        }
        if let Some(q) = self.quad {
            s.push("e.quad_class = ?", [Value::Integer(q as i64)]);
        }
        if let Some(p) = &self.plover {
            s.push("e.plover = ?", [Value::Text(p.clone())]);
        }
        if let Some(d) = self.from {
            s.push("e.day >= ?", [Value::Integer(d.to_days())]);
        }
        if let Some(d) = self.to {
            s.push("e.day <= ?", [Value::Integer(d.to_days())]);
        }
        if let Some(p) = &self.place {
            let p = p.trim();
            s.push(
                "(e.place_name = ? COLLATE NOCASE OR e.place_country = ?)",
                [
                    Value::Text(p.to_string()),
                    Value::Text(p.to_ascii_uppercase()),
                ],
            );
        }
        if let Some(q) = self.text.as_deref().and_then(fts_query) {
            s.push(
                "e.event_key IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)",
                [Value::Text(q)],
            );
        }
        if s.clause.is_empty() {
            s.clause.push_str("1");
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_validated() {
        assert_eq!(Dyad::parse("rus-ukrmil").unwrap().to_string(), "RUS-UKRMIL");
        assert!(Dyad::parse("RUS").is_err());
        assert!(Dyad::parse("RUS-'; DROP TABLE events;--").is_err());
        assert_eq!(cameo_root("9").unwrap(), "09");
        assert!(cameo_root("21").is_err());
        assert!(cameo_root("1a").is_err());
        assert_eq!(cameo_code("0874", "--code").unwrap(), "0874");
        assert!(cameo_code("9999", "--code").is_err());
        assert!(cameo_code("19x", "--code").is_err());
        assert_eq!(quad_class("4").unwrap(), 4);
        assert!(quad_class("5").is_err());
        assert_eq!(plover_type("assault").unwrap(), "ASSAULT");
        assert!(plover_type("BOMBARD").is_err());
        assert!(date_bound("2024-02-30", "--from").is_err());
        assert!(date_bound("2024-02-29", "--from").is_ok());
    }

    #[test]
    fn prefixes_and_text_are_parameters() {
        assert_eq!(prefix_end("RUS"), "RUT");
        assert_eq!(prefix_end("19"), "1:");
        assert_eq!(
            fts_query("Kharkiv \"shelling\" OR NEAR(").unwrap(),
            "\"Kharkiv\" AND \"shelling\" AND \"OR\" AND \"NEAR\""
        );
        assert_eq!(fts_query(" -- "), None);
        let f = Filter {
            dyads: vec![
                Dyad::parse("RUS-UKR").unwrap(),
                Dyad::parse("UKR-RUS").unwrap(),
            ],
            text: Some("x'); DROP".into()),
            ..Default::default()
        };
        let s = f.sql();
        assert!(!s.clause.contains("DROP") && !s.clause.contains("RUS"));
        assert_eq!(s.params.len(), 5);
        let long = Filter {
            source: Some("RUSMIL".into()),
            ..Default::default()
        }
        .sql();
        assert_eq!(long.params.len(), 3, "root, then the code range");
    }

    #[test]
    fn inverted_range_is_refused() {
        let f = Filter {
            from: date_bound("2024-03-01", "--from").ok(),
            to: date_bound("2024-02-01", "--to").ok(),
            ..Default::default()
        };
        assert!(f.validate().is_err());
    }
}
