//! Reader for our own dictionary format (see `data/README.md`).
//!
//! ```text
//! # a comment
//! @person
//! Joe Biden | Biden ; USALEG 1973-01-03..2009-01-15 ; USAGOV 2009-01-20..2017-01-20
//!     ; USAGOV 2021-01-20..2025-01-20 ; USA
//! ```

use crate::entry::{AgentClass, Alias, EntryKind, RawEntry};
use crate::Role;
use petrel_core::{Date, PetrelError, Result};

/// Parses a file in our format; `file` names it in errors and origins.
pub fn parse(file: &str, text: &str) -> Result<Vec<RawEntry>> {
    let mut out: Vec<RawEntry> = Vec::new();
    let mut kind = None;
    for (i, raw) in text.lines().enumerate() {
        let n = i + 1;
        let line = strip_comment(raw);
        if line.trim().is_empty() {
            continue;
        }
        let body = line.trim();
        if let Some(section) = body.strip_prefix('@') {
            kind = Some(parse_section(section.trim()).ok_or_else(|| {
                PetrelError::resource(file, n, format!("unknown section '@{section}'"))
            })?);
            continue;
        }
        if line.starts_with(char::is_whitespace) && body.starts_with(';') {
            let last = out.last_mut().ok_or_else(|| {
                PetrelError::resource(file, n, "continuation line before any entry")
            })?;
            for part in body.split(';').map(str::trim).filter(|p| !p.is_empty()) {
                last.roles
                    .push(parse_role(part).map_err(|m| PetrelError::resource(file, n, m))?);
            }
            continue;
        }
        let kind =
            kind.ok_or_else(|| PetrelError::resource(file, n, "entry before any @section line"))?;
        let mut parts = body.split(';');
        let names = parts.next().unwrap_or("");
        let plural_agent = matches!(kind, EntryKind::Agent(AgentClass::Group));
        let aliases: Vec<Alias> = names
            .split('|')
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(|a| {
                let (contextual, a) = a.strip_prefix('?').map_or((false, a), |r| (true, r.trim()));
                let (exact_case, a) = a.strip_prefix('=').map_or((false, a), |r| (true, r.trim()));
                Alias {
                    text: a.to_string(),
                    exact_case,
                    plural: plural_agent,
                    contextual,
                }
            })
            .collect();
        if aliases.is_empty() {
            return Err(PetrelError::resource(file, n, "entry without a name"));
        }
        let mut roles = Vec::new();
        for part in parts.map(str::trim).filter(|p| !p.is_empty()) {
            roles.push(parse_role(part).map_err(|m| PetrelError::resource(file, n, m))?);
        }
        out.push(RawEntry {
            aliases,
            roles,
            kind,
            origin: format!("{file}:{n}"),
        });
    }
    if let Some(e) = out.iter().find(|e| e.roles.is_empty()) {
        return Err(PetrelError::new(
            petrel_core::ErrorKind::Resource,
            format!("{}: entry '{}' has no code", e.origin, e.aliases[0].text),
        ));
    }
    Ok(out)
}

fn strip_comment(line: &str) -> &str {
    if line.trim_start().starts_with('#') {
        return "";
    }
    match line.find(" #") {
        Some(i) => &line[..i],
        None => line,
    }
}

fn parse_section(s: &str) -> Option<EntryKind> {
    Some(match s {
        "country" => EntryKind::Country,
        "person" => EntryKind::Person,
        "org" => EntryKind::Organisation,
        "agent person" => EntryKind::Agent(AgentClass::Person),
        "agent group" => EntryKind::Agent(AgentClass::Group),
        "agent body" => EntryKind::Agent(AgentClass::Body),
        "agent weapon" => EntryKind::Agent(AgentClass::Weapon),
        _ => return None,
    })
}

/// Parses `CODE` or `CODE FROM..TO` (either date may be empty).
fn parse_role(s: &str) -> std::result::Result<Role, String> {
    let mut it = s.split_whitespace();
    let code = it.next().ok_or("empty role")?;
    if !code.bytes().all(|b| b.is_ascii_uppercase() || b == b'~') {
        return Err(format!(
            "bad code '{code}': upper-case letters and '~' only"
        ));
    }
    let (from, to) = match it.next() {
        None => (None, None),
        Some(range) => {
            let (a, b) = range
                .split_once("..")
                .ok_or_else(|| format!("bad date range '{range}': use FROM..TO"))?;
            (parse_date(a)?, parse_date(b)?)
        }
    };
    if let Some(extra) = it.next() {
        return Err(format!("unexpected '{extra}' after role"));
    }
    if let (Some(f), Some(t)) = (from, to) {
        if t < f {
            return Err(format!("range ends before it starts: {s}"));
        }
    }
    Ok(Role {
        code: code.into(),
        from,
        to,
    })
}

/// `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (the first day of the month or year); empty is `None`.
pub(crate) fn parse_date(s: &str) -> std::result::Result<Option<Date>, String> {
    if s.is_empty() {
        return Ok(None);
    }
    let bad = || format!("bad date '{s}'");
    let mut p = s.split('-');
    let y: i32 = p.next().and_then(|y| y.parse().ok()).ok_or_else(bad)?;
    let m: u8 = match p.next() {
        Some(m) => m.parse().map_err(|_| bad())?,
        None => 1,
    };
    let d: u8 = match p.next() {
        Some(d) => d.parse().map_err(|_| bad())?,
        None => 1,
    };
    if p.next().is_some() {
        return Err(bad());
    }
    Date::new(y, m, d).map(Some).ok_or_else(bad)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_entries_roles_and_continuations() {
        let t = "# c\n@person\nJoe Biden | =Biden | ?Joe ; USAGOV 2009-01-20..2017-01-20 # vp\n  ; USA\n@agent group\ntroops ; ~MIL\n";
        let v = parse("t.txt", t).unwrap();
        assert_eq!(v.len(), 2);
        assert_eq!(v[0].aliases[1].text, "Biden");
        assert!(v[0].aliases[1].exact_case);
        assert!(v[0].aliases[2].contextual && v[0].aliases[2].text == "Joe");
        assert_eq!(v[0].roles.len(), 2);
        assert_eq!(v[0].origin, "t.txt:3");
        assert!(v[1].aliases[0].plural);
    }

    #[test]
    fn errors_name_file_and_line() {
        let e = parse(
            "x.txt",
            "@country\nFrance ; FRA\nSpain ; ESP 2020-13-01..\n",
        )
        .unwrap_err();
        assert!(e.message.starts_with("x.txt:3:"), "{}", e.message);
        let e = parse("x.txt", "France ; FRA\n").unwrap_err();
        assert!(e.message.starts_with("x.txt:1:"), "{}", e.message);
        let e = parse("x.txt", "@nope\n").unwrap_err();
        assert!(e.message.contains("x.txt:1"), "{}", e.message);
        assert!(parse("x.txt", "@country\nFrance\n").is_err());
    }
}
