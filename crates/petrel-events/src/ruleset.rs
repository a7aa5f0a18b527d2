//! The rule dictionary: every rule file, indexed by trigger lemma, plus the word lists the
//! coder needs (speech verbs, sports and entertainment discards, words of commerce and politics).

use crate::Rule;
use petrel_core::{PetrelError, Result};
use rustc_hash::{FxHashMap, FxHashSet};
use std::path::Path;

/// The rule files compiled into the binary, by name.
pub const EMBEDDED: &[(&str, &str)] = &[
    (
        "01_statement.rules",
        include_str!("../rules/01_statement.rules"),
    ),
    ("02_appeal.rules", include_str!("../rules/02_appeal.rules")),
    ("03_intent.rules", include_str!("../rules/03_intent.rules")),
    (
        "04_consult.rules",
        include_str!("../rules/04_consult.rules"),
    ),
    (
        "05_support.rules",
        include_str!("../rules/05_support.rules"),
    ),
    (
        "06_cooperate.rules",
        include_str!("../rules/06_cooperate.rules"),
    ),
    ("07_aid.rules", include_str!("../rules/07_aid.rules")),
    ("08_yield.rules", include_str!("../rules/08_yield.rules")),
    (
        "09_investigate.rules",
        include_str!("../rules/09_investigate.rules"),
    ),
    ("10_demand.rules", include_str!("../rules/10_demand.rules")),
    (
        "11_disapprove.rules",
        include_str!("../rules/11_disapprove.rules"),
    ),
    ("12_reject.rules", include_str!("../rules/12_reject.rules")),
    (
        "13_threaten.rules",
        include_str!("../rules/13_threaten.rules"),
    ),
    (
        "14_protest.rules",
        include_str!("../rules/14_protest.rules"),
    ),
    (
        "15_force_posture.rules",
        include_str!("../rules/15_force_posture.rules"),
    ),
    (
        "16_reduce_relations.rules",
        include_str!("../rules/16_reduce_relations.rules"),
    ),
    ("17_coerce.rules", include_str!("../rules/17_coerce.rules")),
    (
        "18_assault.rules",
        include_str!("../rules/18_assault.rules"),
    ),
    ("19_fight.rules", include_str!("../rules/19_fight.rules")),
    (
        "20_mass_violence.rules",
        include_str!("../rules/20_mass_violence.rules"),
    ),
];

const SPEECH_VERBS: &str = include_str!("../rules/speech_verbs.txt");
const DISCARDS: &str = include_str!("../rules/discards.txt");
const COMMERCE: &str = include_str!("../rules/commerce.txt");
const POLITICS: &str = include_str!("../rules/politics.txt");
const SPORTS: &str = include_str!("../rules/sports.txt");
const SPORTS_NEWS: &str = include_str!("../rules/sports_news.txt");

/// All rules, indexed by trigger lemma for verbs and for nouns, and the coder's word lists.
#[derive(Debug, Default)]
pub struct RuleSet {
    rules: Vec<Rule>,
    verbs: FxHashMap<String, Vec<usize>>,
    nouns: FxHashMap<String, Vec<usize>>,
    speech: FxHashSet<String>,
    discards: FxHashSet<String>,
    commerce: FxHashSet<String>,
    politics: FxHashSet<String>,
    sports: FxHashSet<String>,
    sports_news: FxHashSet<String>,
    /// Surface forms of verbs from PETRARCH dictionaries (`sped`, `called`), to rule indices.
    forms: FxHashMap<String, Vec<usize>>,
    /// Verbs a PETRARCH dictionary has taken over from the built-in rules.
    petrarch_verbs: FxHashSet<String>,
    /// Named word lists (`define NAME a|b|c`), which constraints use as `$NAME`.
    lists: FxHashMap<String, String>,
}

fn words(text: &str) -> FxHashSet<String> {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(str::to_lowercase)
        .collect()
}

impl RuleSet {
    /// The rules and word lists compiled into the binary.
    pub fn embedded() -> Result<RuleSet> {
        let mut set = RuleSet {
            speech: words(SPEECH_VERBS),
            discards: words(DISCARDS),
            commerce: words(COMMERCE),
            politics: words(POLITICS),
            sports: words(SPORTS),
            sports_news: words(SPORTS_NEWS),
            ..Default::default()
        };
        for (name, text) in EMBEDDED {
            set.add_text(name, text)?;
        }
        Ok(set)
    }

    /// Adds the rules of a user rule file (same format) to the set.
    pub fn add_file(&mut self, path: &Path) -> Result<()> {
        let text = std::fs::read_to_string(path).map_err(|e| PetrelError::io(path.display(), e))?;
        self.add_text(&path.display().to_string(), &text)
    }

    /// Adds rules from text; errors name `file:line`.
    pub fn add_text(&mut self, file: &str, text: &str) -> Result<()> {
        for (i, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            if let Some(def) = line.strip_prefix("define ") {
                let (name, words) = def
                    .trim()
                    .split_once(char::is_whitespace)
                    .filter(|(n, w)| !n.is_empty() && !w.trim().is_empty())
                    .ok_or_else(|| {
                        PetrelError::resource(file, i + 1, "expected `define NAME a|b|c`")
                    })?;
                let words = self.expand(words.trim(), file, i + 1)?;
                self.lists.insert(name.to_string(), words);
                continue;
            }
            let line = self.expand(line, file, i + 1)?;
            let rule = Rule::parse(&line, file, i + 1)?;
            if self.rules.iter().any(|r| r.id == rule.id) {
                return Err(PetrelError::resource(
                    file,
                    i + 1,
                    format!("duplicate rule id {:?}", rule.id),
                ));
            }
            let idx = self.rules.len();
            let map = if rule.nominal {
                &mut self.nouns
            } else {
                &mut self.verbs
            };
            map.entry(rule.trigger.clone()).or_default().push(idx);
            self.rules.push(rule);
        }
        Ok(())
    }

    /// `line` with each `$NAME` item of a `|` list replaced by the words of list `NAME`; a lone
    /// `$` stays the dollar sign.
    fn expand(&self, line: &str, file: &str, lineno: usize) -> Result<String> {
        if !line.contains('$') {
            return Ok(line.to_string());
        }
        let mut out = String::with_capacity(line.len());
        let mut rest = line;
        while let Some(at) = rest.find('$') {
            out.push_str(&rest[..at]);
            let name_len = rest[at + 1..]
                .find(|c: char| c == '|' || c.is_whitespace())
                .unwrap_or(rest.len() - at - 1);
            let name = &rest[at + 1..at + 1 + name_len];
            // A lone `$` is the dollar sign, a lemma of its own ("promised $5m").
            if name.is_empty() {
                out.push('$');
                rest = &rest[at + 1..];
                continue;
            }
            let words = self.lists.get(name).ok_or_else(|| {
                PetrelError::resource(file, lineno, format!("unknown word list ${name}"))
            })?;
            out.push_str(words);
            rest = &rest[at + 1 + name_len..];
        }
        out.push_str(rest);
        Ok(out)
    }

    /// Adds a PETRARCH-2 verb dictionary ([`crate::petrarch`]); returns its warnings (lines not
    /// translated, codes outside CAMEO). The dictionary's verbs replace the rules loaded
    /// before it (the built-in ones, `--rules` files) for the same verbs.
    pub fn add_verbs_file(&mut self, path: &Path) -> Result<Vec<String>> {
        let text = std::fs::read_to_string(path).map_err(|e| PetrelError::io(path.display(), e))?;
        Ok(self.add_verbs_text(&path.display().to_string(), &text))
    }

    /// Adds a PETRARCH-2 verb dictionary from text (see [`RuleSet::add_verbs_file`]).
    pub fn add_verbs_text(&mut self, file: &str, text: &str) -> Vec<String> {
        let dict = crate::petrarch::read(file, text);
        for rule in dict.rules {
            // The first dictionary to list a verb takes it over from the rules loaded before.
            if self.petrarch_verbs.insert(rule.trigger.clone()) {
                self.verbs.remove(&rule.trigger);
            }
            let idx = self.rules.len();
            self.verbs
                .entry(rule.trigger.clone())
                .or_default()
                .push(idx);
            self.rules.push(rule);
        }
        for (form, verb) in dict.forms {
            let idx: Vec<usize> = self.verbs.get(&verb).cloned().unwrap_or_default();
            let slot = self.forms.entry(form).or_default();
            for i in idx {
                if !slot.contains(&i) {
                    slot.push(i);
                }
            }
        }
        dict.warnings
    }

    /// Rules whose verb trigger is `lemma`, or whose PETRARCH verb has `lower` (a lower-cased
    /// surface form) as an irregular form.
    pub fn verb_rules_at<'a>(&'a self, lemma: &str, lower: &str) -> impl Iterator<Item = &'a Rule> {
        let extra = if self.forms.is_empty() || lower == lemma {
            None
        } else {
            self.forms.get(lower)
        };
        // A form a dictionary lists ("said") is that dictionary's: the built-in rules of its
        // lemma ("say") do not apply to it.
        let builtin_only = extra.is_some() && !self.petrarch_verbs.contains(lemma);
        let lemma_rules = if builtin_only { "" } else { lemma };
        // Rules of `lemma` itself come first; their key tells the form's rules to skip them.
        let same: Option<&'a String> = self.verbs.get_key_value(lemma).map(|(k, _)| k);
        self.verb_rules(lemma_rules).chain(
            extra
                .into_iter()
                .flatten()
                .map(|&i| &self.rules[i])
                .filter(move |r| Some(&r.trigger) != same),
        )
    }

    /// For a verb written with a hyphenated prefix that the tokeniser split off ("test-fired"
    /// as "test", "-", "fired"), the whole lemma ("test-fire") when rules have it as a trigger.
    pub fn hyphen_compound(&self, doc: &petrel_core::Doc, i: usize, lemma: &str) -> Option<String> {
        let t = &doc.tokens;
        if i < 2 || doc.word(i - 1) != "-" {
            return None;
        }
        let joined =
            t[i - 2].span.end == t[i - 1].span.start && t[i - 1].span.end == t[i].span.start;
        let whole = format!("{}-{lemma}", doc.word(i - 2).to_lowercase());
        (joined && self.verbs.contains_key(&whole)).then_some(whole)
    }

    /// Whether any PETRARCH verb dictionary was added (the coder then checks surface forms).
    pub fn has_verb_forms(&self) -> bool {
        !self.forms.is_empty()
    }

    /// Every rule, in file order.
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }
    /// Rules whose verb trigger is `lemma`.
    pub fn verb_rules(&self, lemma: &str) -> impl Iterator<Item = &Rule> {
        self.verbs
            .get(lemma)
            .into_iter()
            .flatten()
            .map(|&i| &self.rules[i])
    }
    /// Rules whose noun trigger is `lemma`.
    pub fn noun_rules(&self, lemma: &str) -> impl Iterator<Item = &Rule> {
        self.nouns
            .get(lemma)
            .into_iter()
            .flatten()
            .map(|&i| &self.rules[i])
    }
    /// True for a verb of saying ("say", "tell", "announce").
    pub fn is_speech_verb(&self, lemma: &str) -> bool {
        self.speech.contains(lemma)
    }
    /// True for a word that marks sports or entertainment context.
    pub fn is_discard(&self, lower: &str) -> bool {
        self.discards.contains(lower)
    }
    /// True for a word of business, technology or culture news (`commerce.txt`).
    pub fn is_commerce(&self, lower: &str) -> bool {
        self.commerce.contains(lower)
    }
    /// True for a word that names a sport or its competitions (`sports.txt`).
    pub fn is_sport(&self, lower: &str) -> bool {
        self.sports.contains(lower)
    }
    /// True for a word of sports reporting (`sports.txt` or `sports_news.txt`).
    pub fn is_sports_news(&self, lower: &str) -> bool {
        self.sports.contains(lower) || self.sports_news.contains(lower)
    }
    /// True for a word of political news (`politics.txt`).
    pub fn is_politics(&self, lower: &str) -> bool {
        self.politics.contains(lower)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_rules_load_and_cover_every_root() {
        let set = RuleSet::embedded().unwrap();
        for r in 1..=20 {
            let root = format!("{r:02}");
            assert!(
                set.rules().iter().any(|x| x.code.starts_with(&root)),
                "no rule for root {root}"
            );
        }
        assert!(set.verb_rules("attack").next().is_some());
        assert!(set.is_speech_verb("say"));
    }

    #[test]
    fn duplicate_ids_are_refused_with_file_and_line() {
        let mut set = RuleSet::default();
        let e = set
            .add_text("x.rules", "190 a attack\n\n190 a assault\n")
            .unwrap_err();
        assert!(e.message.starts_with("x.rules:3:"), "{}", e.message);
    }

    #[test]
    fn word_lists_expand_and_unknown_ones_are_refused() {
        let mut set = RuleSet::default();
        set.add_text(
            "x.rules",
            "define bad absurd|farce\ndefine worse $bad|sham\n111 a say ccomp=$worse|wrong\n0331 m pledge obj=$|pound\n",
        )
        .unwrap();
        assert_eq!(set.rules[0].ccomp, vec!["absurd", "farce", "sham", "wrong"]);
        assert_eq!(set.rules[1].obj, vec!["$", "pound"]);
        let e = set
            .add_text("y.rules", "111 b say ccomp=$nope\n")
            .unwrap_err();
        assert!(e.message.starts_with("y.rules:1:"), "{}", e.message);
        assert!(set.add_text("z.rules", "define onlyname\n").is_err());
    }
}
