//! Readers for PETRARCH/TABARI dictionaries: actor files and agent files.
//!
//! Actors: a name line (`WORD_WORD_ [CODE]`), `+SYNONYM` lines, and role lines
//! `[CODE]`, `[CODE >YYMMDD]`, `[CODE <YYMMDD]`, `[CODE YYMMDD-YYMMDD]` (six or eight digits;
//! six-digit years up to 30 are 20xx). `#` starts a comment, `<!-- ... -->` blocks are skipped.
//! A slash list of codes keeps the first; `---`-style codes are kept as discards (the text is
//! consumed, no mention is made). A role whose date cannot be read is dropped.
//!
//! Agents: `!SET! = A, B` substitution sets, then `NAME {PLURALS} [~CODE]` (or `[CODE~]`);
//! `!SET!` in a name expands to each member; `{}` means no plural. A line without a `[code]`
//! is skipped (Phoenix has one); a code without `~` is read as a suffix (`~CODE`).
//!
//! Known limits: TABARI's stem matching (a name without a final `_` also matching longer
//! words) is not reproduced; names match as whole words.

use crate::entry::{AgentClass, Alias, EntryKind, RawEntry};
use crate::Role;
use petrel_core::{Date, PetrelError, Result};
use std::collections::HashMap;

/// Parses a PETRARCH actors file.
pub fn parse_actors(file: &str, text: &str) -> Result<Vec<RawEntry>> {
    let mut out = Vec::new();
    let mut cur: Option<RawEntry> = None;
    for (n, line) in content_lines(text) {
        let line = line.as_str();
        if let Some(syn) = line.strip_prefix('+') {
            let (name, codes) = split_codes(syn);
            let e = cur
                .as_mut()
                .ok_or_else(|| PetrelError::resource(file, n, "synonym before any actor"))?;
            if let Some(a) = alias(name) {
                e.aliases.push(a);
            }
            add_roles(e, codes, file, n)?;
        } else if line.starts_with('[') {
            let e = cur
                .as_mut()
                .ok_or_else(|| PetrelError::resource(file, n, "code before any actor"))?;
            add_roles(e, line, file, n)?;
        } else {
            flush(&mut cur, &mut out);
            let (name, codes) = split_codes(line);
            let Some(a) = alias(name) else {
                return Err(PetrelError::resource(
                    file,
                    n,
                    format!("no name in '{line}'"),
                ));
            };
            let mut e = RawEntry {
                aliases: vec![a],
                roles: Vec::new(),
                kind: EntryKind::Country,
                origin: format!("{file}:{n}"),
            };
            add_roles(&mut e, codes, file, n)?;
            cur = Some(e);
        }
    }
    flush(&mut cur, &mut out);
    Ok(out)
}

/// Parses a PETRARCH agents file.
pub fn parse_agents(file: &str, text: &str) -> Result<Vec<RawEntry>> {
    let mut sets: HashMap<String, Vec<String>> = HashMap::new();
    let mut out = Vec::new();
    for (n, line) in content_lines(text) {
        let line = line.as_str();
        if line.starts_with('!') {
            if let Some((name, members)) = line.split_once('=') {
                let members = members
                    .split(',')
                    .map(|m| m.trim().to_string())
                    .filter(|m| !m.is_empty())
                    .collect();
                sets.insert(name.trim().to_string(), members);
                continue;
            }
        }
        let Some(open) = line.find('[') else { continue };
        let close = line[open..]
            .find([']', '}'])
            .map(|c| open + c)
            .ok_or_else(|| PetrelError::resource(file, n, "unclosed ["))?;
        let mut code: String = line[open + 1..close]
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_uppercase();
        if !code.contains('~') {
            code.insert(0, '~');
        }
        let head = &line[..open];
        let (name, plurals) = match (head.find('{'), head.find('}')) {
            (Some(a), Some(b)) if a < b => (&head[..a], Some(&head[a + 1..b])),
            _ => (head, None),
        };
        let mut aliases = Vec::new();
        for name in expand(name.trim(), &sets) {
            if let Some(a) = alias(&name) {
                aliases.push(a);
            }
        }
        if let Some(p) = plurals {
            for name in p.split([',', ' ']).filter(|s| !s.is_empty()) {
                for name in expand(name, &sets) {
                    if let Some(mut a) = alias(&name) {
                        a.plural = true;
                        aliases.push(a);
                    }
                }
            }
        }
        if aliases.is_empty() {
            return Err(PetrelError::resource(file, n, "agent without a name"));
        }
        let class = agent_class(&aliases[0].text);
        out.push(RawEntry {
            aliases,
            roles: vec![Role::undated(&code)],
            kind: EntryKind::Agent(class),
            origin: format!("{file}:{n}"),
        });
    }
    Ok(out)
}

fn agent_class(name: &str) -> AgentClass {
    const BODIES: [&str; 18] = [
        "ministry",
        "government",
        "army",
        "police",
        "court",
        "council",
        "parliament",
        "party",
        "agency",
        "force",
        "forces",
        "military",
        "administration",
        "committee",
        "assembly",
        "organization",
        "union",
        "company",
    ];
    match name.rsplit(' ').next() {
        Some(w) if BODIES.contains(&w) => AgentClass::Body,
        _ => AgentClass::Person,
    }
}

fn expand(name: &str, sets: &HashMap<String, Vec<String>>) -> Vec<String> {
    for (k, members) in sets {
        if let Some(i) = name.find(k.as_str()) {
            let (pre, post) = (&name[..i], &name[i + k.len()..]);
            return members
                .iter()
                .flat_map(|m| expand(&format!("{pre}{m}{post}"), sets))
                .collect();
        }
    }
    vec![name.to_string()]
}

fn flush(cur: &mut Option<RawEntry>, out: &mut Vec<RawEntry>) {
    if let Some(e) = cur.take() {
        if !e.roles.is_empty() {
            out.push(e);
        }
    }
}

/// Non-empty lines with their 1-based numbers, comments removed and trimmed.
fn content_lines(text: &str) -> impl Iterator<Item = (usize, String)> + '_ {
    let mut in_block = false;
    text.lines().enumerate().filter_map(move |(i, raw)| {
        let line = strip(raw, &mut in_block).trim().to_string();
        (!line.is_empty()).then_some((i + 1, line))
    })
}

/// Removes `#` comments and `<!-- -->` blocks (which may span lines).
fn strip<'a>(line: &'a str, in_block: &mut bool) -> std::borrow::Cow<'a, str> {
    let mut s = line;
    if *in_block {
        match s.find("-->") {
            Some(i) => {
                *in_block = false;
                s = &s[i + 3..];
            }
            None => return "".into(),
        }
    }
    if let Some(i) = s.find("<!") {
        let rest = &s[i..];
        let before = &s[..i];
        return match rest.find("-->") {
            Some(j) => {
                let mut t = before.to_string();
                t.push_str(&strip(&rest[j + 3..], in_block));
                t.into()
            }
            None => {
                *in_block = true;
                before.into()
            }
        };
    }
    match s.find('#') {
        Some(i) => s[..i].into(),
        None => s.into(),
    }
}

fn split_codes(s: &str) -> (&str, &str) {
    match s.find('[') {
        Some(i) => (&s[..i], &s[i..]),
        None => (s, ""),
    }
}

fn alias(name: &str) -> Option<Alias> {
    let t: String = name.trim().replace('_', " ").trim().to_lowercase();
    (!t.is_empty()).then_some(Alias {
        text: t,
        exact_case: false,
        plural: false,
        contextual: false,
    })
}

fn add_roles(e: &mut RawEntry, mut s: &str, file: &str, n: usize) -> Result<()> {
    while let Some(open) = s.find('[') {
        let close = s[open..]
            .find(']')
            .map(|c| open + c)
            .ok_or_else(|| PetrelError::resource(file, n, "unclosed ["))?;
        if let Some(r) = parse_role(&s[open + 1..close]) {
            e.roles.push(r);
        }
        s = &s[close + 1..];
    }
    Ok(())
}

/// `CODE`, `CODE >D`, `CODE <D`, `CODE D-D`; `None` when a date cannot be read.
fn parse_role(body: &str) -> Option<Role> {
    let body = body.trim();
    let (code, rest) = match body.find(|c: char| c.is_whitespace() || c == '<' || c == '>') {
        Some(i) => (&body[..i], body[i..].trim()),
        None => (body, ""),
    };
    let code = code.split('/').next().unwrap_or(code).to_uppercase();
    if code.is_empty()
        || !code
            .bytes()
            .all(|b| b.is_ascii_graphic() && !b.is_ascii_digit())
    {
        return None;
    }
    let (from, to) = if rest.is_empty() {
        (None, None)
    } else if let Some(d) = rest.strip_prefix('>') {
        (Some(date(d.trim())?), None)
    } else if let Some(d) = rest.strip_prefix('<') {
        (None, Some(date(d.trim())?))
    } else {
        let (a, b) = rest.split_once('-')?;
        (Some(date(a.trim())?), Some(date(b.trim())?))
    };
    Some(Role {
        code: code.into(),
        from,
        to,
    })
}

fn date(s: &str) -> Option<Date> {
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (y, rest) = match s.len() {
        6 => {
            let yy: i32 = s[..2].parse().ok()?;
            (if yy <= 30 { 2000 + yy } else { 1900 + yy }, &s[2..])
        }
        8 => (s[..4].parse().ok()?, &s[4..]),
        _ => return None,
    };
    Date::new(y, rest[..2].parse().ok()?, rest[2..].parse().ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actors_with_synonyms_dates_and_comments() {
        let t = "<!-- head\n more -->\nGOLLUM # c\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n#\t[x]\n\t[HOBREB > 990816]\nU.S. [USA] [USAGOV >090120]\nISILDUR [+++]\nBAD [AAA 9008223-911221] [AAA]\n";
        let v = parse_actors("p.txt", t).unwrap();
        assert_eq!(v.len(), 4);
        assert_eq!(v[0].aliases.len(), 2);
        assert_eq!(v[0].roles.len(), 3);
        assert_eq!(v[0].roles[0].to, Date::new(1995, 6, 1));
        assert_eq!(v[0].roles[2].from, Date::new(1999, 8, 16));
        assert_eq!(v[1].roles.len(), 2);
        assert_eq!(&*v[2].roles[0].code, "+++");
        assert_eq!(v[3].origin, "p.txt:11");
    }

    #[test]
    fn agents_with_sets_and_plurals() {
        let t = "!MINST! = MINISTER, MINISTRY\nFOREIGN_!MINST! [~GOV]\nPOLICE {} [ ~COP]\nTHIEF {THIEVES} [~CRM]\nMSF {}  [NGO~]\nNOCODE\nBAD [GOV\n";
        let e = parse_agents("a.txt", t).unwrap_err();
        assert!(e.message.starts_with("a.txt:7:"), "{}", e.message);
        let v = parse_agents("a.txt", &t.replace("BAD [GOV\n", "")).unwrap();
        assert_eq!(
            v[0].aliases
                .iter()
                .map(|a| a.text.as_str())
                .collect::<Vec<_>>(),
            vec!["foreign minister", "foreign ministry"]
        );
        assert_eq!(&*v[1].roles[0].code, "~COP");
        assert!(v[2].aliases[1].plural);
        assert_eq!(&*v[3].roles[0].code, "NGO~");
    }
}
