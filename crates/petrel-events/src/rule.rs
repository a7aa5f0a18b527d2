//! One coding rule and the parser for the rule file format (see `rules/README.md`).

use crate::petrarch::Pattern;
use petrel_core::{PetrelError, Result};

/// A coding rule: a trigger lemma plus structural constraints, giving a CAMEO code.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    /// Stable id carried in each event's evidence, e.g. `sanction.impose`.
    pub id: String,
    /// CAMEO code, validated against the ontology.
    pub code: &'static str,
    /// Trigger lemma (lower case).
    pub trigger: String,
    /// True when the trigger is a noun (nominal event), false for a verb.
    pub nominal: bool,
    /// The trigger (or its `xcomp`) must have an object with one of these lemmas.
    pub obj: Vec<String>,
    /// The rule does not fire when the trigger's object has one of these lemmas.
    pub not_obj: Vec<String>,
    /// The object must have a compound or adjective with one of these lemmas ("a hunger
    /// strike", "a general strike").
    pub obj_mod: Vec<String>,
    /// The acting subject (the agent of a passive) must have one of these lemmas, or be an
    /// actor for `@actor` ("the flooding threatens crops" is no threat).
    pub subj: Vec<String>,
    /// The trigger must have a plain clausal complement ("warned that forces were massing"),
    /// one that is neither conditional nor a readiness or future claim.
    pub plain_ccomp: bool,
    /// The plain clausal complement must have one of these head lemmas ("said the war was
    /// illegal"); not negated.
    pub ccomp: Vec<String>,
    /// The plain clausal complement's subject names an actor ("said Iran had failed to
    /// comply", not "said the talks had failed").
    pub about_actor: bool,
    /// The plain clausal complement says what someone must do ("said Libya must hand over").
    pub must: bool,
    /// The plain clausal complement says what someone should do ("said Blair should set out an
    /// exit strategy").
    pub should: bool,
    /// The trigger must have a particle with one of these lemmas ("pull out").
    pub prt: Vec<String>,
    /// The trigger must have a prepositional dependent with one of these prepositions; it gives the target.
    pub prep: Vec<String>,
    /// The trigger must have an open clausal complement with one of these lemmas ("agree to meet").
    pub xcomp: Vec<String>,
    /// For each (preposition, lemmas): the trigger must have a phrase with that preposition
    /// ("as", "with") whose head, a word conjoined with or modifying it, or its "of" phrase
    /// has one of the lemmas ("described the ban as ridiculous", "bombarded it with data",
    /// "with a barrage of requests").
    pub phrases: Vec<(String, Vec<String>)>,
    /// Prepositions that may introduce the target; `None` uses the default list.
    pub tgt: Option<Vec<String>>,
    /// For nominal rules: "X of Y" names the actor (source), not the target.
    pub of_source: bool,
    /// For verbs: the direct object is never the target (e.g. "deploy troops").
    pub no_obj_target: bool,
    /// The trigger itself must have a direct object ("pressed Iran to stop").
    pub needs_obj: bool,
    /// PLOVER type to report instead of the code's mapping.
    pub plover: Option<String>,
    /// PLOVER mode to report instead of the code's default.
    pub mode: Option<String>,
    /// A plain statement: the events it reports stay events of their own, with it as parent.
    pub weak: bool,
    /// Rule file and line, for error messages and `petrel explain`.
    pub origin: (String, usize),
    /// Word-order constraints of a PETRARCH verb pattern (`--verbs`), with its roles.
    pub pattern: Option<Box<Pattern>>,
    /// The code of the event back from target to source (`[A:B]` in a PETRARCH dictionary).
    pub reverse: Option<&'static str>,
    /// A `[---]` pattern: when it wins at a trigger, the trigger yields no event.
    pub discard: bool,
}

/// The weight of a constraint list: none 0, only wildcards (`*`, `@actor`, `@none`) 1, named
/// lemmas 2.
fn weight(list: &[String]) -> usize {
    match list {
        [] => 0,
        l if l.iter().all(|x| x == "*" || x == "@actor" || x == "@none") => 1,
        _ => 2,
    }
}

impl Rule {
    /// A rule with a trigger and a code and no constraint.
    pub fn bare(id: String, code: &'static str, trigger: &str, origin: (String, usize)) -> Rule {
        Rule {
            id,
            code,
            trigger: trigger.to_lowercase(),
            nominal: false,
            obj: vec![],
            not_obj: vec![],
            obj_mod: vec![],
            subj: vec![],
            plain_ccomp: false,
            ccomp: vec![],
            about_actor: false,
            must: false,
            should: false,
            prt: vec![],
            prep: vec![],
            xcomp: vec![],
            phrases: vec![],
            tgt: None,
            of_source: false,
            no_obj_target: false,
            needs_obj: false,
            plover: None,
            mode: None,
            weak: false,
            origin,
            pattern: None,
            reverse: None,
            discard: false,
        }
    }

    /// How many constraints the rule has; more specific rules win over less specific ones, and
    /// a named list is more specific than a wildcard (`xcomp=withdraw` beats `xcomp=*`).
    pub fn specificity(&self) -> usize {
        2 * self.pattern.as_ref().map_or(0, |p| p.size())
            + weight(&self.obj)
            + weight(&self.obj_mod)
            + weight(&self.subj)
            + weight(&self.prt)
            + weight(&self.prep)
            + weight(&self.xcomp)
            + self.phrases.iter().map(|(_, l)| weight(l)).sum::<usize>()
            + weight(&self.ccomp)
            + self.needs_obj as usize
            + 2 * (self.plain_ccomp as usize
                + self.about_actor as usize
                + self.must as usize
                + self.should as usize)
            + self.code.len()
    }

    /// Parses one non-comment line `CODE ID TRIGGER [constraint ...]`.
    pub fn parse(line: &str, file: &str, lineno: usize) -> Result<Rule> {
        let mut f = line.split_whitespace();
        let (Some(code), Some(id), Some(trigger)) = (f.next(), f.next(), f.next()) else {
            return Err(PetrelError::resource(
                file,
                lineno,
                "expected `CODE ID TRIGGER [constraints]`",
            ));
        };
        let code = petrel_ontology::lookup(code)
            .ok_or_else(|| {
                PetrelError::resource(file, lineno, format!("unknown CAMEO code {code:?}"))
            })?
            .code;
        let (nominal, trigger) = match trigger.strip_prefix('@') {
            Some(t) => (true, t),
            None => (false, trigger),
        };
        if trigger.is_empty() {
            return Err(PetrelError::resource(file, lineno, "empty trigger"));
        }
        let mut rule = Rule::bare(id.to_string(), code, trigger, (file.to_string(), lineno));
        rule.nominal = nominal;
        for c in f {
            let list = |v: &str| {
                v.split('|')
                    .filter(|s| !s.is_empty())
                    .map(str::to_lowercase)
                    .collect::<Vec<_>>()
            };
            match c.split_once('=') {
                Some(("obj", v)) => rule.obj = list(v),
                Some(("notobj", v)) => rule.not_obj = list(v),
                Some(("objmod", v)) => rule.obj_mod = list(v),
                Some(("subj", v)) => rule.subj = list(v),
                Some(("prt", v)) => rule.prt = list(v),
                Some(("prep", v)) => rule.prep = list(v),
                Some(("xcomp", v)) => rule.xcomp = list(v),
                Some((p @ ("as" | "with"), v)) => rule.phrases.push((p.to_string(), list(v))),
                Some(("ccomp", v)) => {
                    rule.plain_ccomp = true;
                    rule.ccomp = list(v);
                }
                Some(("about", "@actor")) => {
                    rule.plain_ccomp = true;
                    rule.about_actor = true;
                }
                Some(("tgt", v)) => rule.tgt = Some(list(v)),
                Some(("mode", v)) => rule.mode = Some(v.to_string()),
                Some(("plover", v)) => rule.plover = Some(v.to_uppercase()),
                Some(("of", "src")) => rule.of_source = true,
                None if c == "weak" => rule.weak = true,
                None if c == "noobj" => rule.no_obj_target = true,
                None if c == "dobj" => rule.needs_obj = true,
                None if c == "discard" => rule.discard = true,
                None if c == "ccomp" => rule.plain_ccomp = true,
                None if c == "must" => {
                    rule.plain_ccomp = true;
                    rule.must = true;
                }
                None if c == "should" => {
                    rule.plain_ccomp = true;
                    rule.should = true;
                }
                _ => {
                    return Err(PetrelError::resource(
                        file,
                        lineno,
                        format!("unknown constraint {c:?}"),
                    ))
                }
            }
        }
        Ok(rule)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_constraints_and_rejects_bad_lines() {
        let r = Rule::parse(
            "163 sanction.impose impose obj=sanction|embargo tgt=on|against",
            "t.rules",
            3,
        )
        .unwrap();
        assert_eq!(r.code, "163");
        assert_eq!(r.obj, vec!["sanction", "embargo"]);
        assert_eq!(
            r.tgt.as_deref(),
            Some(&["on".to_string(), "against".to_string()][..])
        );
        assert!(!r.nominal);
        let n = Rule::parse("154 mobilize.deployment @deployment of=src", "t.rules", 4).unwrap();
        assert!(n.nominal && n.of_source);
        let a = Rule::parse("111 x say ccomp=fail about=@actor", "t.rules", 5).unwrap();
        assert!(a.plain_ccomp && a.about_actor);
        let d = Rule::parse("111 x describe as=absurd|Farce", "t.rules", 6).unwrap();
        assert_eq!(
            d.phrases,
            vec![(
                "as".to_string(),
                vec!["absurd".to_string(), "farce".to_string()]
            )]
        );
        let e = Rule::parse("999 x y", "t.rules", 7).unwrap_err();
        assert!(e.message.starts_with("t.rules:7:"), "{}", e.message);
        assert!(Rule::parse("190 only-two", "t.rules", 8).is_err());
        assert!(Rule::parse("190 a attack bogus=1", "t.rules", 9).is_err());
        assert!(r.specificity() > Rule::parse("160 x impose", "t", 1).unwrap().specificity());
    }
}
