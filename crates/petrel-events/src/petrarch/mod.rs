//! PETRARCH-2 verb dictionaries (`petrel code --verbs FILE`), translated into [`Rule`]s.
//!
//! A dictionary holds synonym sets (`&NAME` and `+WORD` lines) and verb blocks: a
//! `--- NAME [CODE] ---` header, the block's verbs (one per line, `{…}` irregular forms,
//! `+` marking the verb in a multi-word verb such as `+BREAK_DOWN` or `WIRE_+TAP`, an own
//! `[CODE]` optional), and `- PATTERN [CODE]` lines. Each verb gets a rule with the block's code,
//! and each pattern one rule per verb of the block, whose [`Pattern`] requires the pattern's
//! words around the verb (see [`Pattern::matches`]). `[A:B]` codes A from source to target
//! and B back; `[:B]` only B back; `[---]` discards the match. What cannot be translated is
//! reported as a warning naming the file and line, never dropped silently.

mod pattern;

pub use pattern::{Group, Item, Pattern, Synsets};

use crate::Rule;
use rustc_hash::FxHashSet;
use std::sync::Mutex;

/// The rules read from one verb dictionary, with a warning for each line not translated.
#[derive(Debug, Default)]
pub struct VerbDictionary {
    /// One rule per verb and per (pattern, verb) pair, in file order.
    pub rules: Vec<Rule>,
    /// `file:line: message` for each untranslatable line or unknown code.
    pub warnings: Vec<String>,
    /// Irregular forms (`{SPED}`) and base words, lower case, mapped to the verb they belong to.
    pub forms: Vec<(String, String)>,
}

/// Codes outside CAMEO (WEIS codes in old dictionaries, `174K`), kept for the process's life.
static INTERNED: Mutex<Option<FxHashSet<&'static str>>> = Mutex::new(None);

/// A `'static` copy of `code`: the ontology's own when it is a CAMEO code, else an interned one.
fn static_code(code: &str) -> &'static str {
    if let Some(c) = petrel_ontology::lookup(code) {
        return c.code;
    }
    let mut set = INTERNED.lock().unwrap_or_else(|e| e.into_inner());
    let set = set.get_or_insert_with(FxHashSet::default);
    if let Some(c) = set.get(code) {
        return c;
    }
    let c: &'static str = Box::leak(code.to_string().into_boxed_str());
    set.insert(c);
    c
}

/// `[A]`, `[A:B]`, `[:B]`, `[---]`: forward and reverse codes (`None` for `---` or empty).
fn codes(raw: &str) -> Result<(Option<String>, Option<String>), String> {
    let one = |s: &str| -> Result<Option<String>, String> {
        let s = s.trim();
        if s.is_empty() || s.chars().all(|c| c == '-') {
            Ok(None)
        } else if s.len() <= 6 && s.chars().all(|c| c.is_ascii_alphanumeric()) {
            Ok(Some(s.to_string()))
        } else {
            Err(format!("cannot read event code {s:?}"))
        }
    };
    match raw.split_once(':') {
        Some((a, b)) => Ok((one(a)?, one(b)?)),
        None => Ok((one(raw)?, None)),
    }
}

/// Splits `TEXT [CODE]` into the text and the code inside the last brackets.
fn split_code(line: &str) -> (&str, Option<&str>) {
    match (line.rfind('['), line.rfind(']')) {
        (Some(a), Some(b)) if a < b => (line[..a].trim(), Some(&line[a + 1..b])),
        _ => (line.trim(), None),
    }
}

/// Drops `<!-- … -->` (possibly over several lines, tracked by `in_comment`) and `#` comments.
fn strip_comments(line: &str, in_comment: &mut bool) -> String {
    let mut out = String::new();
    let mut rest = line;
    loop {
        if *in_comment {
            match rest.find("-->") {
                Some(e) => {
                    rest = &rest[e + 3..];
                    *in_comment = false;
                }
                None => return out,
            }
        }
        match rest.find("<!--") {
            Some(s) => {
                out.push_str(&rest[..s]);
                rest = &rest[s + 4..];
                *in_comment = true;
            }
            None => {
                out.push_str(rest);
                break;
            }
        }
    }
    match out.find('#') {
        Some(h) => out[..h].trim_end().to_string(),
        None => out.trim_end().to_string(),
    }
}

/// A verb of a block: the trigger word, the words that must stand next to it, its own code.
#[derive(Debug, Clone)]
struct Verb {
    trigger: String,
    before: Group,
    after: Group,
    code: Option<Option<String>>,
    forms: Vec<String>,
}

/// Reads a verb line: `BAN {BANS BANNED}`, `+BREAK_DOWN {+BROKE_DOWN}`, `WIRE_+TAP`, `+X [003]`.
fn verb_line(text: &str) -> Result<Verb, String> {
    let (text, code) = split_code(text);
    let code = code.map(codes).transpose()?.map(|(a, _)| a);
    let (head, forms) = match text.split_once('{') {
        Some((h, f)) => (h.trim(), f.trim_end_matches('}').trim()),
        None => (text.trim(), ""),
    };
    // `LASH OUT` is read as `LASH_OUT`.
    let words: Vec<&str> = head
        .split(|c: char| c == '_' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return Err(format!("cannot read verb {head:?}"));
    }
    // The verb is the word marked `+`, or the only or first word.
    let at = words.iter().position(|w| w.starts_with('+')).unwrap_or(0);
    let clean = |w: &str| pattern::word(w.trim_start_matches('+'));
    let trigger = words[at].trim_start_matches('+').to_lowercase();
    let before = words[..at].iter().filter_map(|w| clean(w)).collect();
    let after = words[at + 1..].iter().filter_map(|w| clean(w)).collect();
    // Each form repeats the multi-word shape; its `+` word (or first word) is the verb's form.
    let forms = forms
        .split_whitespace()
        .filter_map(|f| {
            let parts: Vec<&str> = f.split('_').filter(|w| !w.is_empty()).collect();
            let k = parts.iter().position(|w| w.starts_with('+')).unwrap_or(0);
            parts
                .get(k)
                .map(|w| w.trim_start_matches('+').to_lowercase())
        })
        .collect();
    Ok(Verb {
        trigger,
        before,
        after,
        code,
        forms,
    })
}

/// Expands the synonym sets, nested ones (`+&TIETYPES`) included, up to a small depth.
fn expand(raw: &[(String, Vec<String>)]) -> Synsets {
    let mut out = Synsets::default();
    for _round in 0..4 {
        for (name, members) in raw {
            let mut alts = Vec::new();
            for m in members {
                if let Some(inner) = m.strip_prefix('&') {
                    let key = inner.trim_end_matches('_').to_uppercase();
                    if let Some(a) = out.get(&key) {
                        alts.extend(a.clone());
                    }
                } else {
                    let seq: Vec<Item> = m
                        .split(|c: char| c == '_' || c.is_whitespace())
                        .filter(|w| !w.is_empty())
                        .filter_map(pattern::word)
                        .collect();
                    // `CASH_` keeps its exactness: the split dropped the underscore.
                    let seq = if m.trim_end().ends_with('_') && seq.len() == 1 {
                        pattern::word(m.trim()).into_iter().collect()
                    } else {
                        seq
                    };
                    if !seq.is_empty() {
                        alts.push(seq);
                    }
                }
            }
            out.insert(name.clone(), alts);
        }
    }
    out
}

/// Reads a PETRARCH-2 verb dictionary; `file` names it in rule origins and warnings.
pub fn read(file: &str, text: &str) -> VerbDictionary {
    let mut dict = VerbDictionary::default();
    let mut in_comment = false;
    // A line holding only a comment is skipped; only a blank line ends a synonym set.
    let lines: Vec<(usize, String)> = text
        .lines()
        .enumerate()
        .filter_map(|(i, l)| {
            let t = strip_comments(l, &mut in_comment);
            (l.trim().is_empty() || !t.trim().is_empty()).then_some((i + 1, t))
        })
        .collect();
    // Synonym sets first: a pattern may use one defined further down.
    let mut raw: Vec<(String, Vec<String>)> = Vec::new();
    let mut open: Option<usize> = None;
    for (_, l) in &lines {
        let t = l.trim();
        if let Some(name) = t.strip_prefix('&') {
            let name = name.split_whitespace().next().unwrap_or("");
            raw.push((name.trim_end_matches('_').to_uppercase(), Vec::new()));
            open = Some(raw.len() - 1);
        } else if let (Some(k), Some(m)) = (open, t.strip_prefix('+')) {
            raw[k].1.push(m.trim().to_string());
        } else {
            open = None;
        }
    }
    let synsets = expand(&raw);
    let mut warn = |line: usize, msg: String| dict.warnings.push(format!("{file}:{line}: {msg}"));
    let mut block: Option<(String, Option<String>)> = None;
    let mut verbs: Vec<Verb> = Vec::new();
    let mut in_synset = false;
    let mut foreign: Vec<String> = Vec::new();
    let push = |rules: &mut Vec<Rule>,
                foreign: &mut Vec<String>,
                v: &Verb,
                id: String,
                line: usize,
                code: (Option<String>, Option<String>),
                pat: Pattern| {
        let mut pat = pat;
        if !v.before.is_empty() {
            pat.pre.push(v.before.clone());
            pat.pre_touch = true;
        }
        if !v.after.is_empty() {
            pat.post.insert(0, v.after.clone());
            pat.post_touch = true;
        }
        let (fwd, rev) = code;
        for c in fwd.iter().chain(&rev) {
            if petrel_ontology::lookup(c).is_none() && !foreign.contains(c) {
                foreign.push(c.clone());
            }
        }
        let mut rule = Rule::bare(id, "---", &v.trigger, (file.to_string(), line));
        match (fwd, rev) {
            (Some(a), b) => {
                rule.code = static_code(&a);
                rule.reverse = b.map(|b| static_code(&b));
            }
            (None, Some(b)) => {
                rule.code = static_code(&b);
                pat.swap = !pat.swap;
            }
            (None, None) => rule.discard = true,
        }
        rule.tgt = pat.target_prep.clone().map(|p| vec![p]);
        rule.pattern = (pat.size() > 0 || pat.swap || pat.mutual || pat.target_prep.is_some())
            .then(|| Box::new(pat));
        rules.push(rule);
    };
    for (line, l) in &lines {
        let t = l.trim();
        if t.is_empty() {
            in_synset = false;
            continue;
        }
        if t.starts_with('&') {
            in_synset = true;
            continue;
        }
        if t.starts_with("---") {
            in_synset = false;
            let inner = t.trim_matches('-').trim();
            let (name, code) = split_code(inner);
            let code = match code.map(codes) {
                Some(Ok((a, _))) => a,
                Some(Err(e)) => {
                    warn(*line, e);
                    None
                }
                None => {
                    warn(*line, format!("block {name:?} has no [CODE]"));
                    None
                }
            };
            // The name is the first word ("--- DELAY [120] [031:031] ---" is block DELAY).
            let name = name.split_whitespace().next().unwrap_or("");
            block = Some((name.trim_end_matches('_').to_lowercase(), code));
            verbs.clear();
            continue;
        }
        if in_synset && t.starts_with('+') {
            continue;
        }
        let Some((name, block_code)) = &block else {
            warn(*line, "a line outside any verb block".into());
            continue;
        };
        if let Some(p) = t.strip_prefix('-') {
            let (ptext, code) = split_code(p);
            let Some(code) = code else {
                warn(*line, "pattern without [CODE]: not used".into());
                continue;
            };
            let code = match codes(code) {
                Ok(c) => c,
                Err(e) => {
                    warn(*line, format!("{e}: pattern not used"));
                    continue;
                }
            };
            let pat = match Pattern::parse(ptext, &synsets) {
                Ok(p) => p,
                Err(e) => {
                    warn(*line, format!("{e}: pattern not used"));
                    continue;
                }
            };
            if verbs.is_empty() {
                warn(
                    *line,
                    "pattern before any verb of its block: not used".into(),
                );
            }
            for v in &verbs {
                let id = format!("petr.{name}.{}.{line}", v.trigger);
                push(
                    &mut dict.rules,
                    &mut foreign,
                    v,
                    id,
                    *line,
                    code.clone(),
                    pat.clone(),
                );
            }
            continue;
        }
        match verb_line(t) {
            Ok(v) => {
                let code = v.code.clone().unwrap_or_else(|| block_code.clone());
                if let Some(c) = code {
                    let id = format!("petr.{name}.{}.{line}", v.trigger);
                    push(
                        &mut dict.rules,
                        &mut foreign,
                        &v,
                        id,
                        *line,
                        (Some(c), None),
                        Pattern::default(),
                    );
                }
                for f in v.forms.iter().chain(std::iter::once(&v.trigger)) {
                    dict.forms.push((f.clone(), v.trigger.clone()));
                }
                verbs.push(v);
            }
            Err(e) => warn(*line, format!("{e}: not used")),
        }
    }
    if !foreign.is_empty() {
        let shown: Vec<&str> = foreign.iter().take(8).map(String::as_str).collect();
        let (n, are) = match foreign.len() {
            1 => ("1 code is".to_string(), "a CAMEO 2.0 code"),
            n => (format!("{n} codes are"), "CAMEO 2.0 codes"),
        };
        dict.warnings.push(format!(
            "{file}: {n} not {are} ({}{}): events are written with them as given",
            shown.join(", "),
            if foreign.len() > 8 { ", …" } else { "" }
        ));
    }
    dict
}

#[cfg(test)]
mod tests {
    use super::*;

    const DICT: &str =
        "<!-- test -->\n&TIES\n+DIPLOMATIC\n# a comment\n+&MORE\n\n&MORE\n+TRADE_\n\n\
--- RESTORE [064] ---\nRESTORE {RESTORED}\n+PATCH_UP\n- * &TIES TIES [0641]  # c\n\
- NOT_* [---]\n- * (WITH +) [064:064]\n\n--- FLEE [---] ---\nFLEE {FLED}\n- * (TO +) [:0233]\n\
- * BAD! [999]\n--- KICK [174K] ---\nKICK\n";

    #[test]
    fn reads_blocks_patterns_codes_and_warns() {
        let d = read("t.verbs", DICT);
        let ids: Vec<&str> = d.rules.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids.len(), 10, "{ids:?}");
        let restore = &d.rules[0];
        assert_eq!((restore.code, restore.trigger.as_str()), ("064", "restore"));
        assert!(restore.pattern.is_none());
        let patch = &d.rules[1];
        assert_eq!(patch.trigger, "patch");
        assert!(patch.pattern.as_ref().unwrap().post_touch);
        let ties = d.rules.iter().find(|r| r.code == "0641").unwrap();
        let Item::Any(alts) = &ties.pattern.as_ref().unwrap().post[0][0] else {
            panic!("a synonym set")
        };
        assert_eq!(alts.len(), 2, "nested set expanded: {alts:?}");
        assert!(d.rules.iter().any(|r| r.discard));
        let pair = d.rules.iter().find(|r| r.reverse.is_some()).unwrap();
        assert_eq!((pair.code, pair.reverse), ("064", Some("064")));
        let flee = d.rules.iter().find(|r| r.code == "0233").unwrap();
        assert!(
            flee.pattern.as_ref().unwrap().swap,
            "[:B] is B with roles swapped"
        );
        assert!(d.forms.contains(&("fled".into(), "flee".into())));
        assert!(
            d.warnings.iter().any(|w| w.starts_with("t.verbs:20:")),
            "{:?}",
            d.warnings
        );
        assert!(
            d.warnings.iter().any(|w| w.contains("174K")),
            "{:?}",
            d.warnings
        );
        assert_eq!(static_code("174K"), static_code("174K"));
    }
}
