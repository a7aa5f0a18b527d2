//! [`ActorDict`]: every entry, indexed once into a trie over normalised words.

use crate::entry::{AgentClass, Alias, EntryKind, RawEntry};
use crate::normalize::{normalize_into, split_units};
use crate::{data, format, petrarch, Role};
use petrel_core::{Date, PetrelError, Result};
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

/// Match flag: every letter of the matched text must be upper case (acronyms such as `US`, `UN`).
pub(crate) const UPPER: u8 = 1;
/// Match flag: the matched text must start with a capital (names that are also common words).
pub(crate) const CAP: u8 = 2;
/// Match flag: the alias is a plural form.
pub(crate) const PLURAL: u8 = 4;
/// Match flag: the match needs the entry's country elsewhere in the document.
pub(crate) const CONTEXT: u8 = 8;
/// Match flag: the word after a leading "the" must start with a capital ("the West" is a
/// bloc, "the west of the country" a direction).
pub(crate) const CAP_AFTER_THE: u8 = 16;

/// An indexed dictionary entry.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Canonical name (the first alias).
    pub name: Box<str>,
    /// What the entry names.
    pub kind: EntryKind,
    /// Codes with their date ranges.
    pub roles: Vec<Role>,
    /// `file:line` where it was defined.
    pub origin: Box<str>,
}

impl Entry {
    /// The code in force on `date` (the latest role without a date), if any.
    pub fn code_on(&self, date: Option<Date>) -> Option<&str> {
        crate::role::select(&self.roles, date).map(|r| &*r.code)
    }
}

/// What a trie node that ends an alias points to.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Target {
    pub entry: u32,
    pub flags: u8,
}

/// Immutable, shareable actor dictionary: entries, a word vocabulary and a trie of aliases.
#[derive(Debug, Default)]
pub struct ActorDict {
    entries: Vec<Entry>,
    vocab: FxHashMap<Box<str>, u32>,
    edges: FxHashMap<(u32, u32), u32>,
    targets: Vec<Option<Target>>,
    surnames: HashMap<usize, Vec<Box<str>>>,
    common: FxHashSet<Box<str>>,
}

/// Where a builder takes entries from, in order; later sources win for the same name.
enum Source {
    Embedded,
    Ours(String, String),
    OursFile(PathBuf),
    PetrarchActors(PathBuf),
    PetrarchAgents(PathBuf),
}

/// Builds an [`ActorDict`] from our embedded data, our-format files and PETRARCH files.
#[derive(Default)]
pub struct ActorDictBuilder {
    sources: Vec<Source>,
}

impl ActorDictBuilder {
    /// Adds the dictionaries compiled into the library.
    pub fn with_embedded(mut self) -> Self {
        self.sources.push(Source::Embedded);
        self
    }
    /// Adds entries in our format from a string; `name` is used in errors.
    pub fn ours_text(mut self, name: &str, text: &str) -> Self {
        self.sources
            .push(Source::Ours(name.to_string(), text.to_string()));
        self
    }
    /// Adds an our-format dictionary file.
    pub fn ours_file(mut self, path: impl Into<PathBuf>) -> Self {
        self.sources.push(Source::OursFile(path.into()));
        self
    }
    /// Adds a PETRARCH/TABARI actors file.
    pub fn petrarch_actors(mut self, path: impl Into<PathBuf>) -> Self {
        self.sources.push(Source::PetrarchActors(path.into()));
        self
    }
    /// Adds a PETRARCH/TABARI agents file.
    pub fn petrarch_agents(mut self, path: impl Into<PathBuf>) -> Self {
        self.sources.push(Source::PetrarchAgents(path.into()));
        self
    }
    /// Reads every source and indexes the entries.
    pub fn build(self) -> Result<Arc<ActorDict>> {
        let mut raw = Vec::new();
        for s in self.sources {
            match s {
                Source::Embedded => {
                    for (name, text) in data::FILES {
                        raw.extend(format::parse(name, text)?);
                    }
                }
                Source::Ours(name, text) => raw.extend(format::parse(&name, &text)?),
                Source::OursFile(p) => {
                    raw.extend(format::parse(&p.display().to_string(), &read(&p)?)?)
                }
                Source::PetrarchActors(p) => raw.extend(petrarch::parse_actors(
                    &p.display().to_string(),
                    &read(&p)?,
                )?),
                Source::PetrarchAgents(p) => raw.extend(petrarch::parse_agents(
                    &p.display().to_string(),
                    &read(&p)?,
                )?),
            }
        }
        Ok(Arc::new(ActorDict::index(raw)))
    }
}

fn read(p: &std::path::Path) -> Result<String> {
    let bytes = std::fs::read(p).map_err(|e| PetrelError::io(p.display(), e))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

impl ActorDict {
    /// The dictionaries compiled into the library, indexed on first use and shared after.
    pub fn embedded() -> Result<Arc<ActorDict>> {
        static EMBEDDED: OnceLock<Arc<ActorDict>> = OnceLock::new();
        if let Some(d) = EMBEDDED.get() {
            return Ok(d.clone());
        }
        let d = ActorDict::builder().with_embedded().build()?;
        Ok(EMBEDDED.get_or_init(|| d).clone())
    }
    /// A builder with no source yet.
    pub fn builder() -> ActorDictBuilder {
        ActorDictBuilder::default()
    }
    /// All entries.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }
    /// Entry `i`.
    pub fn entry(&self, i: u32) -> &Entry {
        &self.entries[i as usize]
    }
    /// The entry that a name (any case, with or without punctuation) resolves to, if any.
    pub fn lookup(&self, name: &str) -> Option<&Entry> {
        let mut node = 0u32;
        let mut buf = String::new();
        let mut ok = true;
        split_units(name, |a, b| {
            buf.clear();
            normalize_into(&name[a..b], &mut buf);
            if buf.is_empty() || !ok {
                return;
            }
            match self.word_id(&buf).and_then(|w| self.step(node, w)) {
                Some(n) => node = n,
                None => ok = false,
            }
        });
        if !ok || node == 0 {
            return None;
        }
        self.target(node).map(|t| self.entry(t.entry))
    }
    /// True when `word` (already lower case) is a common English word.
    pub fn is_common_word(&self, word: &str) -> bool {
        self.common.contains(word)
    }

    pub(crate) fn word_id(&self, norm: &str) -> Option<u32> {
        self.vocab.get(norm).copied()
    }
    pub(crate) fn step(&self, node: u32, word: u32) -> Option<u32> {
        self.edges.get(&(node, word)).copied()
    }
    pub(crate) fn target(&self, node: u32) -> Option<Target> {
        self.targets.get(node as usize).copied().flatten()
    }
    /// The person entry whose surname is one edit from `norm` and starts with the same letter,
    /// when exactly one such entry exists (each surname counts as the entry it resolves to on
    /// its own). Only people with a role after 2000 are candidates.
    pub(crate) fn fuzzy_person(&self, norm: &str) -> Option<u32> {
        let n = norm.chars().count();
        let first = norm.chars().next()?;
        let mut buf = [0u8; 4];
        let initial: &str = first.encode_utf8(&mut buf);
        let mut found: Option<u32> = None;
        for len in n.saturating_sub(1)..=n + 1 {
            let names = self.surnames.get(&len).map_or(&[][..], Vec::as_slice);
            // The names are sorted, so those with this initial are one run.
            let start = names.partition_point(|s| &**s < initial);
            let run = names[start..].iter().take_while(|s| s.starts_with(first));
            for s in run {
                if !crate::fuzzy::within_one_edit(norm, s) {
                    continue;
                }
                let t = self
                    .word_id(s)
                    .and_then(|w| self.step(0, w))
                    .and_then(|node| self.target(node));
                let Some(t) = t.filter(|t| self.entry(t.entry).kind == EntryKind::Person) else {
                    continue;
                };
                match found {
                    Some(f) if f != t.entry => return None,
                    _ => found = Some(t.entry),
                }
            }
        }
        found
    }

    fn index(raw: Vec<RawEntry>) -> ActorDict {
        let mut d = ActorDict {
            targets: vec![None],
            ..Default::default()
        };
        d.common = data::COMMON_WORDS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(Box::from)
            .collect();
        for e in raw {
            let id = d.entries.len() as u32;
            let mut aliases = e.aliases.clone();
            if matches!(
                e.kind,
                EntryKind::Agent(AgentClass::Person | AgentClass::Body | AgentClass::Weapon)
            ) {
                aliases.extend(e.aliases.iter().filter(|a| !a.plural).map(|a| Alias {
                    text: pluralize(&a.text),
                    plural: true,
                    ..a.clone()
                }));
            }
            let modern = e
                .roles
                .iter()
                .any(|r| r.to.map_or(!r.is_default(), |t| t.year >= 2000));
            for a in &aliases {
                d.insert(a, id, e.kind, e.kind == EntryKind::Person && modern);
            }
            let name = e.aliases.first().map(|a| a.text.as_str()).unwrap_or("");
            d.entries.push(Entry {
                name: name.into(),
                kind: e.kind,
                roles: e.roles,
                origin: e.origin.into(),
            });
        }
        d.surnames.values_mut().for_each(|v| {
            v.sort();
            v.dedup();
        });
        d
    }

    /// Adds alias `a` of entry `id` to the trie (a later alias replaces an earlier one with the
    /// same words), with its match flags; `surname` also offers its last word to the
    /// misspelling fallback.
    fn insert(&mut self, a: &Alias, id: u32, kind: EntryKind, surname: bool) {
        let mut words: Vec<u32> = Vec::new();
        let mut buf = String::new();
        let mut last = String::new();
        split_units(&a.text, |s, t| {
            buf.clear();
            normalize_into(&a.text[s..t], &mut buf);
            if !buf.is_empty() {
                last.clone_from(&buf);
                let next = self.vocab.len() as u32;
                words.push(*self.vocab.entry(Box::from(buf.as_str())).or_insert(next));
            }
        });
        if words.is_empty() {
            return;
        }
        let mut node = 0u32;
        for &w in &words {
            node = match self.edges.get(&(node, w)) {
                Some(&n) => n,
                None => {
                    let n = self.targets.len() as u32;
                    self.targets.push(None);
                    self.edges.insert((node, w), n);
                    n
                }
            };
        }
        let agent = matches!(kind, EntryKind::Agent(_));
        let mut flags = if a.plural { PLURAL } else { 0 } | if a.contextual { CONTEXT } else { 0 };
        let letters: Vec<char> = a.text.chars().filter(|c| c.is_alphabetic()).collect();
        if !agent && letters.len() <= 5 && letters.iter().all(|c| c.is_uppercase()) {
            flags |= UPPER;
        }
        let capitalised = a.text.starts_with(char::is_uppercase);
        if a.exact_case
            || (!agent
                && (capitalised || (words.len() == 1 && self.common.contains(last.as_str()))))
        {
            flags |= CAP;
        }
        if !agent
            && a.text
                .strip_prefix("the ")
                .is_some_and(|rest| rest.starts_with(char::is_uppercase))
        {
            flags |= CAP_AFTER_THE;
        }
        self.targets[node as usize] = Some(Target { entry: id, flags });
        let n = last.chars().count();
        if surname && flags & UPPER == 0 && n >= 5 && !self.common.contains(last.as_str()) {
            self.surnames
                .entry(n)
                .or_default()
                .push(Box::from(last.as_str()));
        }
    }
}

/// The regular English plural of the last word of `s`.
fn pluralize(s: &str) -> String {
    let lower = s.to_lowercase();
    if lower.ends_with("man") {
        return format!("{}en", &s[..s.len() - 2]);
    }
    if lower.ends_with("ss")
        || lower.ends_with("sh")
        || lower.ends_with("ch")
        || lower.ends_with('x')
    {
        return format!("{s}es");
    }
    if lower.ends_with('y')
        && !lower.ends_with("ay")
        && !lower.ends_with("ey")
        && !lower.ends_with("oy")
    {
        return format!("{}ies", &s[..s.len() - 1]);
    }
    if lower.ends_with('s') {
        return s.to_string();
    }
    format!("{s}s")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals() {
        assert_eq!(pluralize("minister"), "ministers");
        assert_eq!(pluralize("spokesman"), "spokesmen");
        assert_eq!(pluralize("authority"), "authorities");
        assert_eq!(pluralize("attorney"), "attorneys");
        assert_eq!(pluralize("police"), "polices");
    }

    #[test]
    fn later_sources_win_and_lookup_normalises() {
        let d = ActorDict::builder()
            .ours_text("a", "@country\nFreedonia | Freedonian ; FRE\n")
            .ours_text("b", "@country\nFreedonian ; FREGOV\n")
            .build()
            .unwrap();
        assert_eq!(d.lookup("FREEDONIA").unwrap().code_on(None), Some("FRE"));
        assert_eq!(
            d.lookup("freedonian's").unwrap().code_on(None),
            Some("FREGOV")
        );
        assert!(d.lookup("Sylvania").is_none());
    }
}
