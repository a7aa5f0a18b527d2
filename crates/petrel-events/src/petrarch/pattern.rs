//! One PETRARCH verb pattern ("- SAID * (TO +) [082]") read into word groups around the verb,
//! and matched on a sentence: words before the verb in its clause, words after it in its
//! subtree, in order.

use crate::tree::Tree;
use rustc_hash::FxHashMap;

/// One word of a pattern, or a synonym set standing for any of several word sequences.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// A word; `exact` (a trailing `_` in the file) matches the surface form only, otherwise
    /// the lemma matches too ("RESOLUTION" matches "resolutions").
    Word {
        /// Lower-case text.
        text: String,
        /// Surface form only.
        exact: bool,
    },
    /// `&SYNSET`: any one of these consecutive word sequences.
    Any(Vec<Vec<Item>>),
}

/// Words that must stand next to each other (joined by `_` in the file).
pub type Group = Vec<Item>;

/// The word constraints of a pattern, with the roles it marks.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Pattern {
    /// Groups before the verb, in order.
    pub pre: Vec<Group>,
    /// Groups after the verb, in order.
    pub post: Vec<Group>,
    /// The last `pre` group ends right before the verb (`NOT_*`).
    pub pre_touch: bool,
    /// The first `post` group starts right after the verb (`*_OUT`).
    pub post_touch: bool,
    /// `$` after the verb or `+` before it: the subject is the target, the later actor the source.
    pub swap: bool,
    /// `%`: conjoined subjects act on each other.
    pub mutual: bool,
    /// `(PREP +)`: the preposition that introduces the target.
    pub target_prep: Option<String>,
}

/// The synonym sets of a dictionary, by name without `&` and trailing `_`, expanded.
pub type Synsets = FxHashMap<String, Vec<Vec<Item>>>;

/// Reads one word of a pattern or synset (`CASH_`, `RESOLUTION`); `None` for an empty one.
pub fn word(raw: &str) -> Option<Item> {
    let exact = raw.ends_with('_');
    let text = raw.trim_end_matches('_').to_lowercase();
    (!text.is_empty()).then_some(Item::Word { text, exact })
}

impl Pattern {
    /// How many words the pattern requires (its specificity).
    pub fn size(&self) -> usize {
        self.pre.iter().chain(&self.post).map(Vec::len).sum()
    }

    /// Reads the text between `-` and the code, e.g. `SAID * (TO {BANNED PARTIES}) $`.
    pub fn parse(text: &str, synsets: &Synsets) -> Result<Pattern, String> {
        let spaced = text
            .replace('(', " ( ")
            .replace(')', " ) ")
            .replace('{', " ")
            .replace('}', " ");
        let mut p = Pattern::default();
        let mut seen_verb = false;
        let mut paren: Option<Option<String>> = None;
        let mut cur: Group = Vec::new();
        let flush = |cur: &mut Group, p: &mut Pattern, seen_verb: bool| {
            if !cur.is_empty() {
                let g = std::mem::take(cur);
                if seen_verb {
                    p.post.push(g)
                } else {
                    p.pre.push(g)
                }
            }
        };
        for tok in spaced.split_whitespace() {
            match tok {
                "(" => {
                    flush(&mut cur, &mut p, seen_verb);
                    paren = Some(None);
                    continue;
                }
                ")" => {
                    flush(&mut cur, &mut p, seen_verb);
                    paren = None;
                    continue;
                }
                _ => {}
            }
            flush(&mut cur, &mut p, seen_verb);
            let parts: Vec<&str> = tok.split('_').collect();
            for (k, part) in parts.iter().enumerate() {
                // `CASH_` splits into "CASH" and "": a trailing underscore marks an exact word.
                let exact_next =
                    parts.get(k + 1).is_some_and(|n| n.is_empty()) && k + 2 == parts.len();
                match *part {
                    "" => continue,
                    "*" => {
                        if seen_verb {
                            return Err("more than one `*`".into());
                        }
                        p.pre_touch = k > 0 && !cur.is_empty();
                        flush(&mut cur, &mut p, seen_verb);
                        seen_verb = true;
                        p.post_touch = k + 1 < parts.len() && !parts[k + 1].is_empty();
                    }
                    "$" => {
                        flush(&mut cur, &mut p, seen_verb);
                        p.swap |= seen_verb;
                    }
                    "+" => {
                        flush(&mut cur, &mut p, seen_verb);
                        p.swap |= !seen_verb;
                        if let Some(Some(prep)) = &paren {
                            p.target_prep = Some(prep.clone());
                        }
                    }
                    "%" => {
                        flush(&mut cur, &mut p, seen_verb);
                        p.mutual = true;
                    }
                    "^" => flush(&mut cur, &mut p, seen_verb),
                    s if s.starts_with('&') => {
                        let name = s[1..].trim_end_matches('_').to_uppercase();
                        let alts = synsets
                            .get(&name)
                            .ok_or_else(|| format!("unknown synonym set &{name}"))?;
                        cur.push(Item::Any(alts.clone()));
                    }
                    // `BY/WITH`: either word.
                    s if s.contains('/') && s.split('/').all(|w| plain(w)) => {
                        let alts = s.split('/').filter_map(word).map(|w| vec![w]).collect();
                        cur.push(Item::Any(alts));
                    }
                    s if plain(s) => {
                        let raw = if exact_next {
                            format!("{s}_")
                        } else {
                            s.to_string()
                        };
                        let w = word(&raw).ok_or("empty word")?;
                        if let (Some(None), Item::Word { text, .. }) = (&paren, &w) {
                            paren = Some(Some(text.clone()));
                        }
                        cur.push(w);
                    }
                    s => return Err(format!("cannot read {s:?}")),
                }
            }
        }
        flush(&mut cur, &mut p, seen_verb);
        if !seen_verb {
            return Err("no `*` for the verb".into());
        }
        Ok(p)
    }

    /// Whether the pattern's words stand around trigger `t` of `tree`: the `pre` groups in order
    /// before it within its head's subtree (its clause and the verb that governs it), the `post`
    /// groups in order after it within its own subtree (word order alone when unparsed).
    pub fn matches(&self, tree: &Tree, t: usize) -> bool {
        let r = &tree.range;
        let scope = if tree.parsed {
            tree.head(t).unwrap_or(t)
        } else {
            t
        };
        let in_pre = |j: usize| !tree.parsed || j == scope || under(tree, j, scope);
        let in_post = |j: usize| !tree.parsed || under(tree, j, t);
        // The `pre` groups, matched backwards from the verb so that the nearest words count.
        let mut end = t;
        for (k, g) in self.pre.iter().enumerate().rev() {
            let touch = self.pre_touch && k + 1 == self.pre.len();
            let mut found = None;
            let mut start = end;
            while start > r.start {
                start -= 1;
                if let Some(len) = items_at(tree, start, g, end, &in_pre) {
                    if !touch || start + len == end {
                        found = Some(start);
                        break;
                    }
                }
                if touch {
                    // Only a group ending right at the verb will do.
                    if end - start >= 8 {
                        break;
                    }
                }
            }
            match found {
                Some(s) => end = s,
                None => return false,
            }
        }
        let mut start = t + 1;
        for (k, g) in self.post.iter().enumerate() {
            let touch = self.post_touch && k == 0;
            let mut found = None;
            let mut s = start;
            while s < r.end {
                if let Some(len) = items_at(tree, s, g, r.end, &in_post) {
                    found = Some(s + len);
                    break;
                }
                if touch {
                    break;
                }
                s += 1;
            }
            match found {
                Some(e) => start = e,
                None => return false,
            }
        }
        true
    }
}

/// A plain word of a pattern: letters, digits, apostrophes, hyphens and dots.
fn plain(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '\'' | '-' | '.'))
}

/// Whether `j` lies in the subtree of `top` (strictly below it).
fn under(tree: &Tree, j: usize, top: usize) -> bool {
    tree.ancestors(j).any(|a| a == top)
}

/// The number of tokens `items` cover when they start at `s` (ending by `end`), if they do.
fn items_at(
    tree: &Tree,
    s: usize,
    items: &[Item],
    end: usize,
    ok: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let mut j = s;
    for item in items {
        match item {
            Item::Word { text, exact } => {
                if j >= end || !ok(j) || !word_matches(tree, j, text, *exact) {
                    return None;
                }
                j += 1;
            }
            Item::Any(alts) => {
                j += alts.iter().find_map(|a| items_at(tree, j, a, end, ok))?;
            }
        }
    }
    Some(j - s)
}

/// A token matches a pattern word by its surface form, or by its lemma unless `exact`.
fn word_matches(tree: &Tree, j: usize, text: &str, exact: bool) -> bool {
    tree.word_is(j, text) || (!exact && tree.lemma(j) == text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(t: &str) -> Item {
        Item::Word {
            text: t.into(),
            exact: false,
        }
    }

    #[test]
    fn reads_groups_roles_and_adjacency() {
        let mut syn = Synsets::default();
        syn.insert(
            "TIETYPES".into(),
            vec![vec![w("military")], vec![w("economic")]],
        );
        let p = Pattern::parse("SAID * (TO {BANNED PARTIES}) $", &syn).unwrap();
        assert_eq!(p.pre, vec![vec![w("said")]]);
        assert_eq!(
            p.post,
            vec![vec![w("to")], vec![w("banned")], vec![w("parties")]]
        );
        assert!(p.swap && !p.pre_touch && !p.post_touch);
        let p = Pattern::parse("NOT_* (FOR +)", &syn).unwrap();
        assert!(p.pre_touch && !p.swap);
        assert_eq!(p.target_prep.as_deref(), Some("for"));
        let p = Pattern::parse("*_OUT &TIETYPES_TIES", &syn).unwrap();
        assert!(p.post_touch);
        assert_eq!(p.post[1].len(), 2);
        assert_eq!(p.size(), 3);
        let p = Pattern::parse("* (BY/WITH +)", &syn).unwrap();
        assert!(matches!(&p.post[0][0], Item::Any(a) if a.len() == 2));
        let p = Pattern::parse("% * OFF_", &syn).unwrap();
        assert!(p.mutual);
        assert_eq!(
            p.post,
            vec![vec![Item::Word {
                text: "off".into(),
                exact: true
            }]]
        );
        assert!(Pattern::parse("* &NOSUCH", &syn).is_err());
        assert!(Pattern::parse("SAID WOULD", &syn).is_err());
        assert!(Pattern::parse("* * X", &syn).is_err());
    }
}
