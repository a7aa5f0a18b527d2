//! The event coder stage: match rules on each sentence, pick the most specific rule per
//! trigger, find source and target, attach modality and evidence.

use crate::arguments::{self, actor_of, with_conjuncts, MentionIndex};
use crate::matching::satisfied;
use crate::modality::{
    advised, conditional_consequence, modality, obligation, readiness, HYPOTHETICAL_AUX,
};
use crate::quotes::{self, Quote};
use crate::recode;
use crate::topic;
use crate::tree::Tree;
use crate::{Rule, RuleSet};
use petrel_core::words::is_title_case;
use petrel_core::{ActorKind, ActorRef, Doc, Event, Evidence, Layers, Result, Stage, Upos};
use std::sync::Arc;

/// The event coding stage. Cheap to clone; the rule set is shared.
#[derive(Clone)]
pub struct EventCoder {
    rules: Arc<RuleSet>,
}

/// A rule that fired on a trigger, before actors are attached (shown by `petrel explain`).
#[derive(Debug, Clone)]
pub struct Match<'r> {
    /// Trigger token (document-level index).
    pub trigger: usize,
    /// The winning rule.
    pub rule: &'r Rule,
    /// Why the match was dropped, if it was.
    pub dropped: Option<&'static str>,
    /// The trigger of the event whose complement this one is ("threatened to impose"): such an
    /// event is coded as not asserted, with that event as its parent.
    pub complement_of: Option<usize>,
}

/// Nouns of armed units whose arrival is a deployment, not a visit.
const ARRIVING_FORCES: &[&str] = &[
    "troop",
    "troops",
    "unit",
    "force",
    "forces",
    "soldier",
    "battalion",
    "battlegroup",
    "brigade",
    "regiment",
    "reinforcement",
    "peacekeeper",
    "marine",
    "paratrooper",
];

/// Verbs of harm done to people, whose passive's doer is only ever its agent.
const HARM_VERBS: &[&str] = &[
    "kill",
    "wound",
    "injure",
    "hurt",
    "execute",
    "murder",
    "assassinate",
    "shoot",
    "abduct",
    "kidnap",
    "release",
    "free",
    "expel",
    "deport",
];

/// Whether a "to" and a base-form verb follow call `t` within a few words, before any other
/// verb or punctuation ("a call by top leaders to delay the polls").
fn call_to_act(tree: &Tree, t: usize) -> bool {
    let end = (t + 7).min(tree.range.end);
    (t + 1..end)
        .take_while(|&j| !matches!(tree.upos(j), Upos::Punct | Upos::Verb | Upos::Aux))
        .any(|j| {
            tree.doc.word(j).eq_ignore_ascii_case("to")
                && j + 1 < tree.range.end
                && tree.doc.xpos(j + 1) == "VB"
        })
}

/// Verbs whose object "call" is an appeal, not a telephone call ("faced a call to resign",
/// "heeded the call", "rejected calls").
const APPEAL_HOSTS: &[&str] = &[
    "face",
    "resist",
    "reject",
    "ignore",
    "heed",
    "issue",
    "echo",
    "repeat",
    "reiterate",
    "back",
    "support",
    "endorse",
    "dismiss",
    "rebuff",
    "renew",
    "answer",
];

/// Words that make a probe a spacecraft ("Mars probe", "lunar probe").
const SPACE_WORDS: &[&str] = &[
    "space",
    "mars",
    "lunar",
    "moon",
    "venus",
    "jupiter",
    "saturn",
    "mercury",
    "solar",
    "robotic",
    "unmanned",
    "interplanetary",
    "comet",
    "asteroid",
    "titan",
];

/// Offices whose capitalised first word names a portfolio, not an act ("Planning Minister").
const OFFICE_TITLES: &[&str] = &[
    "minister",
    "ministry",
    "secretary",
    "commissioner",
    "department",
    "committee",
    "spokesman",
    "spokeswoman",
    "director",
    "chief",
];

/// Whether token `i` is the "striker" of a hunger striker, who plays no game.
fn hunger_striker(doc: &Doc, i: usize) -> bool {
    i > 0
        && doc.word(i - 1).eq_ignore_ascii_case("hunger")
        && matches!(doc.lemma(i), "striker" | "strikers")
}

/// Economic figures whose movement a statement may report.
const FIGURES: &[&str] = &[
    "price",
    "inflation",
    "credit",
    "output",
    "growth",
    "economy",
    "gdp",
    "export",
    "import",
    "sale",
    "profit",
    "earning",
    "revenue",
    "unemployment",
    "rate",
    "index",
    "production",
    "deficit",
    "surplus",
    "spending",
    "borrowing",
    "lending",
    "demand",
    "investment",
    "claim",
    "figure",
    "payroll",
    "confidence",
    "sentiment",
    "order",
    "shipment",
];

/// Verbs of a figure's movement.
const MOVES: &[&str] = &[
    "rise",
    "fall",
    "grow",
    "expand",
    "shrink",
    "slow",
    "increase",
    "decline",
    "drop",
    "climb",
    "inch",
    "jump",
    "edge",
    "ease",
    "tumble",
    "surge",
    "swell",
    "slip",
    "dip",
    "soar",
    "plunge",
    "rebound",
    "contract",
    "accelerate",
];

/// Whether the statement at `t` is a body's release of a figure's movement ("the government
/// said consumer prices inched up 0.1 percent", "prices rose, the Fed said"). A person who says
/// so, a minister in a budget speech, makes a statement.
fn reports_figures(tree: &Tree, idx: &MentionIndex, t: usize) -> bool {
    let moves = |c: usize| {
        MOVES.contains(&tree.lemma(c))
            && tree
                .deps(c, "nsubj")
                .any(|n| FIGURES.contains(&tree.lemma(n)))
    };
    let figures = tree.deps(t, "ccomp").any(moves)
        || (matches!(tree.rel(t), "parataxis" | "ccomp" | "advcl")
            && tree.head(t).is_some_and(moves));
    // Looked up only for a release of figures: most statements report none.
    figures
        && !arguments::subject(tree, t).is_some_and(|(s, _)| {
            tree.upos(s) == Upos::Pron
                || std::iter::once(s)
                    .chain(tree.deps(s, "compound"))
                    .chain(tree.deps(s, "appos"))
                    .chain(tree.deps(s, "nmod:desc"))
                    .any(|w| PERSON_SPEAKERS.contains(&tree.lemma(w)))
                || idx.at(s).is_some_and(|m| {
                    matches!(
                        tree.doc.mentions[m].kind,
                        petrel_core::ActorKind::Person | petrel_core::ActorKind::Coreference
                    )
                })
        })
}

/// Whether trigger `t` is the verb of an undated clause opened by "since", "until" or "till",
/// or (for an event noun) that verb's subject or object.
fn dated_by_clause(tree: &Tree, t: usize, nominal: bool) -> bool {
    let clause = if nominal && matches!(tree.rel(t), "nsubj" | "nsubj:pass" | "obj") {
        tree.head(t).unwrap_or(t)
    } else {
        t
    };
    // "has since criticised" is an adverb; the clause's opener comes before its other words.
    let opens = |d: usize| {
        tree.doc.children(clause).all(|c| c >= d)
            && (d == tree.range.start || tree.lemma(d - 1) != "have")
    };
    tree.rel(clause) == "advcl"
        && tree
            .deps(clause, "mark")
            .any(|d| matches!(tree.lemma(d), "since" | "until" | "till") && opens(d))
        // "since UN sanctions were imposed in 1990" is dated, like "the 2014 invasion".
        && !topic::has_own_date(tree, clause)
}

/// Whether `code` is of roots 01–13: words and cooperation, short of protest and force.
fn verbal_root(code: &str) -> bool {
    code.get(..2)
        .and_then(|r| r.parse::<u8>().ok())
        .is_some_and(|r| r <= 13)
}

/// Speakers in office whose word on the economy is a statement.
const PERSON_SPEAKERS: &[&str] = &[
    "minister",
    "chancellor",
    "secretary",
    "president",
    "governor",
    "premier",
    "leader",
];

/// Verbs of a lasting struggle, whose participle after a noun describes it ("an alliance
/// fighting Indian rule").
const STRUGGLES: &[&str] = &["fight", "battle", "resist", "combat", "occupy", "besiege"];

impl EventCoder {
    /// A coder over `rules`.
    pub fn new(rules: Arc<RuleSet>) -> EventCoder {
        EventCoder { rules }
    }

    /// The rule set.
    pub fn rules(&self) -> &RuleSet {
        &self.rules
    }

    /// Every rule match in sentence `s`, including those later dropped, with the reason.
    pub fn matches(&self, doc: &Doc, s: usize) -> Vec<Match<'_>> {
        let tree = Tree::new(doc, s, doc.layers.contains(Layers::PARSE));
        self.sentence_matches(&tree, &MentionIndex::new(doc), self.is_sports_document(doc))
    }

    /// Whether a document is about sport or entertainment: three or more different words of
    /// `discards.txt` in it (BBC News: 360 of 511 sport articles, 4 of 417 politics articles).
    /// Then no sentence of it codes conflict, even one without such a word ("City did fight
    /// back").
    pub fn is_sports_document(&self, doc: &Doc) -> bool {
        let mut seen: Vec<String> = Vec::new();
        let mut buf = String::new();
        for i in 0..doc.tokens.len() {
            crate::lower::lower_into(doc.word(i), &mut buf);
            if self.rules.is_discard(&buf) && !hunger_striker(doc, i) && !seen.contains(&buf) {
                seen.push(buf.clone());
                if seen.len() >= 3 {
                    return true;
                }
            }
        }
        false
    }

    fn sentence_matches<'r>(
        &'r self,
        tree: &Tree,
        idx: &MentionIndex,
        sports_doc: bool,
    ) -> Vec<Match<'r>> {
        let mut out: Vec<Match> = Vec::new();
        let mut title_case: Option<bool> = None;
        for i in tree.range.clone() {
            let upos = tree.upos(i);
            let compound = self.rules.hyphen_compound(tree.doc, i, tree.lemma(i));
            let lemma = compound.as_deref().unwrap_or(tree.lemma(i));
            // A participle modifying a noun ("the occupied territories") describes, it does not assert.
            let attributive = tree.parsed
                && tree.rel(i) == "amod"
                && tree.head(i).is_some_and(|h| h > i)
                && (i == tree.range.start
                    || matches!(
                        tree.upos(i - 1),
                        Upos::Det | Upos::Adj | Upos::Adp | Upos::Adv | Upos::Pron | Upos::Num
                    ));
            // "Occupying forces detained …", "invading troops": a participle before an agent
            // noun describes the agent, however the parser attached it.
            let describes_agent = tree.doc.word(i).ends_with("ing")
                && i + 1 < tree.range.end
                && tree.upos(i + 1) == Upos::Noun
                && idx
                    .at(i + 1)
                    .is_some_and(|m| tree.doc.mentions[m].kind == petrel_core::ActorKind::Agent)
                && (i == tree.range.start
                    || matches!(tree.upos(i - 1), Upos::Det | Upos::Adj | Upos::Adp));
            // "in occupied East Jerusalem", "the annexed Crimean peninsula": a participle
            // between a preposition or article and a name describes the place; so does a past
            // participle between a preposition and a noun, however parsed ("from occupied land").
            let describes_place = tree.doc.word(i).ends_with("ed")
                && i > tree.range.start
                && i + 1 < tree.range.end
                && matches!(tree.upos(i - 1), Upos::Adp | Upos::Det)
                && (tree.upos(i + 1) == Upos::Propn
                    || (tree.upos(i - 1) == Upos::Adp
                        && tree.doc.xpos(i) == "VBN"
                        && tree.upos(i + 1) == Upos::Noun));
            // "his two murdered American colleagues", "Saddam's jailed aides", tagged a past
            // tense: a participle after a possessive or an article (and a number) and before a
            // modifier or noun describes them.
            let possessive = |j: usize| {
                tree.upos(j) == Upos::Det || matches!(tree.doc.xpos(j), "PRP$" | "WP$" | "POS")
            };
            let describes_people = tree.doc.word(i).ends_with("ed")
                && i > tree.range.start
                && i + 1 < tree.range.end
                && (possessive(i - 1)
                    || (i > tree.range.start + 1
                        && tree.upos(i - 1) == Upos::Num
                        && possessive(i - 2)))
                && matches!(tree.upos(i + 1), Upos::Adj | Upos::Noun);
            // "a multi-party alliance fighting Indian rule rejected …", "militias battling the
            // army": a participle of lasting struggle after a noun says who the noun is.
            // A headline's noun with such a participle has nothing else to say: "Palestinians
            // fighting Israeli raids" reports the fight.
            let describes_fighter = tree.parsed
                && tree.doc.xpos(i) == "VBG"
                && tree.rel(i) == "acl"
                // "days of fighting", "a pause in fighting" name the fight itself.
                && tree.deps(i, "case").chain(tree.deps(i, "mark")).next().is_none()
                && STRUGGLES.contains(&tree.lemma(i))
                && tree.head(i).is_some_and(|h| {
                    h < i
                        && matches!(tree.upos(h), Upos::Noun | Upos::Propn)
                        && tree.head(h).is_some()
                });
            let verbish = !attributive
                && !describes_fighter
                && !describes_agent
                && !describes_place
                && !describes_people
                && (matches!(upos, Upos::Verb | Upos::X)
                    || (upos == Upos::Adj && tree.doc.word(i).ends_with("ed")));
            // "the Multi-Fibre Agreement", "the Gulf War": a capitalised noun inside a sentence
            // (not a title-case headline) is part of a name, not an event.
            let in_name = i > tree.range.start
                && tree.doc.word(i).starts_with(char::is_uppercase)
                && !matches!(
                    tree.doc.word(i - 1),
                    "\"" | "\u{201c}" | "'" | "\u{2018}" | "(" | ":"
                )
                && !*title_case.get_or_insert_with(|| {
                    is_title_case(tree.range.clone().map(|j| tree.doc.word(j)))
                });
            // "Planning Minister Julio De Vido", "Trade Secretary": a capitalised word before
            // an office names the office, at the start of a sentence too.
            let names_office = tree.doc.word(i).starts_with(char::is_uppercase)
                && i + 1 < tree.range.end
                && tree.doc.word(i + 1).starts_with(char::is_uppercase)
                && OFFICE_TITLES
                    .iter()
                    .any(|w| tree.doc.word(i + 1).eq_ignore_ascii_case(w))
                && !*title_case.get_or_insert_with(|| {
                    is_title_case(tree.range.clone().map(|j| tree.doc.word(j)))
                });
            let verbish = verbish && !names_office;
            let nounish = matches!(upos, Upos::Noun | Upos::X) && !in_name && !names_office;
            let mut best: Option<&Rule> = None;
            let lower;
            let form = if self.rules.has_verb_forms() {
                lower = tree.doc.word(i).to_lowercase();
                lower.as_str()
            } else {
                lemma
            };
            let verb_rules = self.rules.verb_rules_at(lemma, form).filter(|_| verbish);
            let noun_rules = self.rules.noun_rules(lemma).filter(|_| nounish);
            for r in verb_rules.chain(noun_rules) {
                if satisfied(tree, i, r) && best.is_none_or(|b| r.specificity() > b.specificity()) {
                    best = Some(r);
                }
            }
            if let Some(rule) = best {
                out.push(Match {
                    trigger: i,
                    rule,
                    dropped: None,
                    complement_of: None,
                });
            }
        }
        self.suppress(tree, idx, sports_doc, &mut out);
        out
    }

    fn suppress(&self, tree: &Tree, idx: &MentionIndex, sports_doc: bool, ms: &mut [Match]) {
        // Plain verbs of saying only report: what they report is an event of its own (with the
        // statement as its parent), never their topic or complement. A dictionary may give
        // them a code of their own (PETRARCH's SAID), which does not change that. "Told Iran
        // to stop" is an order, not a report: its complement has not happened.
        let reports = |m: &Match| {
            m.rule.weak
                || (matches!(tree.lemma(m.trigger), "say" | "tell" | "state" | "add")
                    && m.rule.xcomp.is_empty())
        };
        let triggers: Vec<(usize, bool)> = ms.iter().map(|m| (m.trigger, reports(m))).collect();
        // Acts that someone obliged to do them demands ("should release the prisoners").
        let demandable: Vec<usize> = ms
            .iter()
            .filter(|m| recode::demand_code(&m.rule.code).is_some())
            .map(|m| m.trigger)
            .collect();
        let is_strong_trigger = |t: usize| triggers.iter().any(|&(x, weak)| x == t && !weak);
        // Appeals and demands, which ask for what they govern.
        let asking: Vec<usize> = ms
            .iter()
            .filter(|m| matches!(&m.rule.code[..2], "02" | "10"))
            .map(|m| m.trigger)
            .collect();
        // Only verbal events (statements, appeals, intents, consultations, support, inquiries,
        // demands, criticism, rejections, threats, protests, sanctions) take another event as
        // their topic; material acts do not ("killed in an attack" is two events).
        let communicative: Vec<usize> = ms
            .iter()
            .filter(|m| {
                !reports(m)
                    && matches!(
                        &m.rule.code[..2],
                        "01" | "02"
                            | "03"
                            | "04"
                            | "05"
                            | "09"
                            | "10"
                            | "11"
                            | "12"
                            | "13"
                            | "14"
                            | "16"
                    )
            })
            .map(|m| m.trigger)
            .collect();
        let is_communicative = |t: usize| communicative.contains(&t);
        let mut buf = String::new();
        let sports = !ms.is_empty()
            && (sports_doc
                || tree.range.clone().any(|i| {
                    crate::lower::lower_into(tree.doc.word(i), &mut buf);
                    self.rules.is_discard(&buf) && !hunger_striker(tree.doc, i)
                }));
        for m in ms.iter_mut() {
            let t = m.trigger;
            // "Mr Blair is said to be frustrated": an evidential passive reports a rumour, and
            // nobody makes a statement.
            if m.rule.weak
                && tree.parsed
                && tree.lemma(t) == "say"
                && tree.deps(t, "aux:pass").next().is_some()
                && tree.deps(t, "xcomp").next().is_some()
            {
                m.dropped = Some("\"is said to\" reports a rumour, not a statement");
                continue;
            }
            // "two French reporters held hostage in Iraq were still alive", "captives held in
            // Gaza": a captivity that describes people in another clause goes on; it is no
            // fresh kidnapping ("Dozens of civilians being held by Hamas" as a headline is).
            if !m.rule.nominal
                && tree.parsed
                && m.rule.code.starts_with("181")
                && tree.lemma(t) == "hold"
                && tree.rel(t) == "acl"
                && tree
                    .head(t)
                    .is_some_and(|n| tree.head(n).is_some() && tree.upos(n) != Upos::Verb)
            {
                m.dropped = Some("a captivity that describes people goes on; it is not reported");
                continue;
            }
            // "the economic plans agreed in Lisbon in 2000", "spending planned by the Tories",
            // "a Toronto group planning to launch a spacecraft": an intent in a participle that
            // describes a noun is background, not a statement of intent.
            if !m.rule.nominal
                && tree.parsed
                && m.rule.code.starts_with("03")
                && tree.rel(t) == "acl"
                && matches!(tree.doc.xpos(t), "VBN" | "VBG")
                // A noun that names an actor is the subject the parser missed ("the House
                // of Representatives agreed to extend it").
                && tree.head(t).is_some_and(|n| {
                    tree.upos(n) == Upos::Noun
                        && idx.at(n).is_none()
                        // "both sides agreed to strengthen patrols", misparsed.
                        && !matches!(
                            tree.lemma(n),
                            "side" | "party" | "partner" | "country" | "nation" | "member"
                        )
                        && !tree
                            .deps(n, "amod")
                            .chain(tree.deps(n, "compound"))
                            .any(|k| idx.at(k).is_some())
                })
                && tree.deps(t, "aux").next().is_none()
            {
                m.dropped = Some("an intent in a participle that describes a noun is background");
                continue;
            }
            // "my privilege to have worked closely with him", "proud to have served": a perfect
            // infinitive under a noun or an adjective looks back on what was done.
            if !m.rule.nominal
                && tree.parsed
                && tree.deps(t, "mark").any(|d| tree.word_is(d, "to"))
                && tree.deps(t, "aux").any(|a| tree.lemma(a) == "have")
                && tree
                    .head(t)
                    .is_some_and(|h| matches!(tree.upos(h), Upos::Noun | Upos::Adj))
            {
                m.dropped = Some("a perfect infinitive under a noun or adjective is background");
                continue;
            }
            // "did not refer a new proposal, as it had supported the deal": an earlier act given
            // as a reason is background.
            if !m.rule.nominal
                && tree.parsed
                && tree.rel(t) == "advcl"
                && tree.doc.xpos(t) == "VBN"
                && tree
                    .deps(t, "mark")
                    .any(|d| matches!(tree.lemma(d), "as" | "because" | "since"))
                && tree
                    .deps(t, "aux")
                    .any(|a| tree.doc.word(a).eq_ignore_ascii_case("had"))
            {
                m.dropped = Some("an earlier act given as a reason is background");
                continue;
            }
            // "allowed out for the first time since Israel's siege began", "until the army
            // withdraws": a clause that the report is dated by is background, like the same
            // phrase with a noun ("since the start of the war"). So are its subject and object.
            if tree.parsed && dated_by_clause(tree, t, m.rule.nominal) {
                m.dropped = Some("a \"since\" or \"until\" clause dates the report; background");
                continue;
            }
            // "Alan Wass appeared in court accused of the same offences", "a policewoman
            // accused in the prison abuse scandal": a participle that describes a suspect is
            // no accusation made.
            if !m.rule.nominal
                && tree.parsed
                && m.rule.code.starts_with("112")
                && tree.lemma(t) == "accuse"
                && tree.rel(t) == "acl"
                && tree.doc.xpos(t) == "VBN"
                && tree.deps(t, "obl:agent").next().is_none()
                && tree.deps_exact(t, "obj").next().is_none()
                && tree.deps_exact(t, "nsubj").next().is_none()
                // A headline's "Labour accused of broken pledge" reports the accusation.
                && tree.head(t).is_some_and(|n| tree.head(n).is_some())
            {
                m.dropped = Some("a participle that describes a suspect is no accusation");
                continue;
            }
            // "the treatment they received while detained": a bare participle after "while"
            // is the state the clause is set in, not an act.
            if !m.rule.nominal
                && tree.parsed
                && tree.doc.xpos(t) == "VBN"
                && tree.deps(t, "mark").any(|d| tree.word_is(d, "while"))
                && tree
                    .deps(t, "nsubj")
                    .chain(tree.deps(t, "nsubj:pass"))
                    .chain(tree.deps(t, "aux:pass"))
                    .next()
                    .is_none()
            {
                m.dropped = Some("a participle after \"while\" is a state, not an act");
                continue;
            }
            // "sentencing experts", "a rallying cry", "in fighting mood": a gerund of this kind
            // right before the noun it modifies names a kind of thing, not an act.
            if !m.rule.nominal
                && tree.parsed
                && tree.doc.xpos(t) == "VBG"
                && MODIFIER_GERUNDS.contains(&tree.lemma(t))
                && matches!(tree.rel(t), "amod" | "compound")
                && tree.head(t) == Some(t + 1)
                && tree.upos(t + 1) == Upos::Noun
            {
                m.dropped = Some("a gerund that modifies a noun names a kind, not an act");
                continue;
            }
            // "EU member states agreed": "states" after "member" is the noun, whatever the
            // tagger says.
            if !m.rule.nominal
                && tree.lemma(t) == "state"
                && t > tree.range.start
                && tree.doc.word(t - 1).eq_ignore_ascii_case("member")
            {
                m.dropped = Some("\"member states\" are countries, not a statement");
                continue;
            }
            // "The Pope said Mass for the victims": a service, which a parser may read as the
            // subject after the verb; no statement.
            if !m.rule.nominal
                && tree.lemma(t) == "say"
                && t + 1 < tree.range.end
                && matches!(tree.doc.word(t + 1), "Mass" | "prayers")
            {
                m.dropped = Some("to say Mass or prayers is a service, not a statement");
                continue;
            }
            // "the first units are due to arrive in their new positions": troops that arrive
            // are deployed; they make no visit.
            if !m.rule.nominal
                && tree.parsed
                && m.rule.code == "042"
                && tree.lemma(t) == "arrive"
                && arguments::subject(&tree, t)
                    .is_some_and(|(s, _)| ARRIVING_FORCES.contains(&tree.lemma(s)))
            {
                m.dropped = Some("troops that arrive are deployed, not visiting");
                continue;
            }
            // "aid workers", "an appeals court": an event noun inside the name of an actor is
            // no event.
            if m.rule.nominal
                && tree.parsed
                && tree.rel(t) == "compound"
                && tree.head(t).is_some_and(|h| {
                    h > t
                        && tree.upos(h) == Upos::Noun
                        && idx.at(h).is_some()
                        && (idx.at(t) == idx.at(h) || CLASSIFIED_BODIES.contains(&tree.lemma(h)))
                })
            {
                m.dropped = Some("an event noun that modifies an actor's noun");
                continue;
            }
            // "called Labour 'a brilliant machine'", "called Putin a liar": to call someone
            // something names them; it is no telephone call.
            if !m.rule.nominal && m.rule.code == "041" && tree.lemma(t) == "call" {
                let after = idx
                    .at(t + 1)
                    .map(|k| tree.doc.mentions[k].tok_end as usize)
                    .filter(|&e| e < tree.range.end);
                if after.is_some_and(|e| {
                    matches!(
                        tree.doc.word(e),
                        "\"" | "\u{201c}" | "'" | "\u{2018}" | "a" | "an"
                    )
                }) {
                    m.dropped = Some("calling someone something names them");
                    continue;
                }
            }
            if m.rule.discard {
                m.dropped = Some("a discard pattern (`discard`, or `[---]` in a verb dictionary)");
                continue;
            }
            // "said Syria must withdraw": the withdrawal, coded, is the demand itself; so is
            // what someone should do ("said Israel should release the prisoners").
            let modals: &[&str] = if m.rule.must {
                &["must"]
            } else if m.rule.should {
                &["should", "ought"]
            } else {
                &[]
            };
            if !modals.is_empty()
                && triggers.iter().any(|&(x, _)| {
                    x != t
                        && (m.rule.must || demandable.contains(&x))
                        && tree.deps(x, "aux").any(|a| modals.contains(&tree.lemma(a)))
                        && tree.ancestors(x).any(|a| a == t)
                })
            {
                m.dropped = Some("what must be done is coded as a demand of its own");
                continue;
            }
            if tree.parsed {
                if let Some(h) = tree.head(t) {
                    let rel = tree.rel(t);
                    if rel == "xcomp" && is_strong_trigger(h) {
                        m.complement_of = Some(h);
                    } else if m.rule.nominal
                        && matches!(rel, "obj" | "nsubj:pass" | "nsubj")
                        && is_strong_trigger(h)
                    {
                        m.dropped = Some("object of another event's verb");
                    } else if m.rule.nominal
                        && (rel == "appos"
                            || (rel.starts_with("nmod") && tree.case_of(t) == Some("for")))
                        && asking.contains(&h)
                    {
                        // "calls for an Israel-Hamas ceasefire", "a demand for talks": what
                        // an appeal or a demand is for has not happened.
                        m.dropped = Some("what another event's noun is for");
                    }
                }
                if m.dropped.is_none()
                    && m.complement_of.is_none()
                    && topic::governing_event(tree, t, &is_communicative).is_some()
                {
                    m.dropped = Some("topic of another event (\"condemned the attack\")");
                }
                if m.dropped.is_none()
                    && m.rule.nominal
                    && !topic::nominal_is_asserted(tree, idx, t)
                {
                    m.dropped = Some("nominal event with no actor and no verb asserting it");
                }
            }
            // "Biden faces calls from his party", "growing calls to resign": calls in the plural
            // are appeals, not telephone calls, unless the words say so ("phone calls").
            // So is a call someone faces, heeds, rejects or issues ("faced a call by Lord
            // Mackay to publish the advice").
            let appeal_verb = tree.rel(t) == "obj"
                && tree
                    .head(t)
                    .is_some_and(|h| APPEAL_HOSTS.contains(&tree.lemma(h)));
            if m.rule.nominal
                && m.rule.code == "041"
                && tree.lemma(t) == "call"
                && (tree.doc.xpos(t) == "NNS" || appeal_verb)
                && !tree.has_dep_lemma(t, "compound", &["phone", "telephone", "video"])
            {
                m.dropped = Some("calls in the plural, or faced or heeded, are appeals");
            }
            // "a campaign of violence blamed on Islamic separatists", "the local heads, accused
            // of political meddling": a participle of blame that describes a noun the clause is
            // about is background, not a fresh accusation (a headline's "Minister accused of
            // fraud", whose noun heads the sentence, still is one).
            if tree.parsed
                && !m.rule.nominal
                && m.rule.code.starts_with("112")
                && tree.rel(t) == "acl"
                && tree.doc.xpos(t) == "VBN"
                && tree.deps_exact(t, "obj").next().is_none()
                && tree.head(t).is_some_and(|h| tree.rel(h) != "root")
            {
                m.dropped = Some("a participle of blame that describes a noun");
            }
            // "the group, considered a terrorist organisation by Uganda": a participle of
            // judgement set off by a comma, with its judge in a "by" phrase and no subject,
            // describes the noun before it (the parser reads it as a verb with an object).
            if tree.parsed
                && !m.rule.nominal
                && matches!(tree.lemma(t), "consider" | "regard" | "deem")
                && t > tree.range.start
                && tree.doc.word(t - 1) == ","
                && tree.deps(t, "nsubj").next().is_none()
                && tree.deps(t, "obl").any(|o| tree.case_of(o) == Some("by"))
            {
                m.dropped = Some("a participle of judgement that describes a noun");
            }
            // "British Mars probe Beagle 2", "the Cassini space probe": a probe sent into
            // space is a craft, no inquiry.
            if m.rule.nominal
                && tree.lemma(t) == "probe"
                && (tree.has_dep_lemma(t, "compound", SPACE_WORDS)
                    || tree.has_dep_lemma(t, "amod", SPACE_WORDS))
            {
                m.dropped = Some("a space probe is a craft");
            }
            // "announced the review via press release": a press or news release is a document.
            if m.rule.nominal
                && tree.lemma(t) == "release"
                && tree.has_dep_lemma(t, "compound", &["press", "news", "media"])
            {
                m.dropped = Some("a press release is a document");
            }
            // "a call by top leaders to delay the polls", "the call for a ceasefire": a call to
            // do something or for something is an appeal.
            if m.rule.nominal
                && m.rule.code == "041"
                && tree.lemma(t) == "call"
                && (tree
                    .deps_exact(t, "acl")
                    .chain(tree.deps_exact(t, "xcomp"))
                    .any(|j| tree.deps(j, "mark").any(|k| tree.lemma(k) == "to"))
                    || tree.deps(t, "nmod").any(|n| tree.case_of(n) == Some("for"))
                    // "workers in Indonesia call for an end to …", "a call by top leaders to
                    // delay the polls", the phrase or the infinitive hung elsewhere.
                    || (t + 1 < tree.range.end && tree.doc.word(t + 1).eq_ignore_ascii_case("for"))
                    || call_to_act(tree, t))
            {
                m.dropped = Some("a call to act or for something is an appeal");
            }
            // "German domestic demand was sluggish", "strong consumer demand", "Chinese demand":
            // demand in the economic sense.
            if m.rule.nominal && crate::growth::market_demand(tree, t) {
                m.dropped = Some("demand in the economic sense");
            }
            // A sports or entertainment document codes nothing; a sentence with such a word in
            // another document codes no conflict ("the striker attacked").
            if sports_doc || (sports && m.rule.code >= "10") {
                m.dropped = Some("sports or entertainment context");
            }
        }
    }

    /// Codes the events of one sentence and appends them to `out`.
    pub fn code_sentence(
        &self,
        doc: &Doc,
        idx: &MentionIndex,
        s: usize,
        quotes: &[Quote],
        sports_doc: bool,
        out: &mut Vec<Event>,
    ) {
        // The parse gate leaves unparsed only sentences in which no rule can match.
        if doc.sentences[s].boilerplate || doc.sentences[s].unparsed {
            return;
        }
        let tree = Tree::new(doc, s, doc.layers.contains(Layers::PARSE));
        let first = out.len();
        for m in self
            .sentence_matches(&tree, idx, sports_doc)
            .into_iter()
            .filter(|m| m.dropped.is_none())
        {
            let mut modality = modality(&tree, idx, &self.rules, m.trigger);
            let quote = quotes::around(quotes, m.trigger);
            if modality.reported.is_none() {
                modality.reported = quote
                    .map(|q| q.attribution.clone())
                    .or_else(|| quotes::according_to(&tree, idx, m.trigger))
                    .or_else(|| quotes::colon_speaker(&tree, idx, m.trigger));
            } else if let Some(q) = quote {
                // Inside a quotation, the quoted speaker reports it, whoever the quote says
                // said it: "I think", "they say" and a cue with no subject are that speaker's
                // own words.
                modality.reported = Some(q.attribution.clone());
            }
            let (mut code, mut plover, mut rule_id) =
                (m.rule.code, m.rule.plover.clone(), m.rule.id.clone());
            if let Some(c) = crate::weapons::weapon_code(&tree, m.trigger, code) {
                code = c;
                rule_id.push_str("+weapon");
            }
            // The trigger is the verb `lemma` in a parsed sentence.
            let verb_is =
                |lemma: &str| tree.parsed && !m.rule.nominal && tree.lemma(m.trigger) == lemma;
            // "warned of the potential for miscarriages of justice", "warned of a humanitarian
            // catastrophe": a warning of a danger is a pessimistic comment; one of reprisals
            // ("warned of serious consequences") stays a threat.
            if code == "130"
                && verb_is("warn")
                && tree
                    .deps(m.trigger, "obl")
                    .any(|o| tree.case_of(o) == Some("of"))
                && !(m.trigger + 1..tree.range.end.min(m.trigger + 7))
                    .any(|j| REPRISALS.contains(&tree.lemma(j)))
            {
                code = "012";
                plover = None;
                rule_id.push_str("+danger");
            }
            // "agreed with his comments", "agrees with the Tory idea": to agree with a view is
            // to say so, not to promise to cooperate.
            if code.starts_with("03")
                && tree.parsed
                && tree.lemma(m.trigger) == "agree"
                && tree
                    .deps(m.trigger, "obl")
                    .any(|o| tree.case_of(o) == Some("with") && VIEWS.contains(&tree.lemma(o)))
            {
                code = "010";
                plover = None;
                rule_id.push_str("+view");
            }
            // "Charged with murder" is a charge in law (173), not an accusation in words.
            if code == "112" && crate::legal::legal_charge(&tree, m.trigger) {
                code = "173";
                plover = None;
                rule_id.push_str("+legal");
            }
            // "It blamed fluctuating oil prices": blame laid on a thing accuses no one.
            if code == "112" && crate::blame::blames_thing(&tree, m.trigger) {
                code = "012";
                plover = None;
                rule_id.push_str("+thing");
            }
            // "Ivory Coast facing UN sanctions", "risks arrest": what someone faces or risks
            // now has not happened yet ("faced shelling" has; charges faced are laid).
            if m.rule.nominal
                && tree.parsed
                && (pending(&tree, m.trigger, code)
                    || crate::unasserted::object_of_infinitive(&tree, m.trigger))
            {
                modality.hypothetical = true;
            }
            // What another event's verb takes as its complement has not happened (yet).
            if m.complement_of.is_some() {
                modality.hypothetical = true;
                rule_id.push_str("+complement");
            }
            let ready = readiness(&tree, m.trigger);
            let obliged = obligation(&tree, m.trigger);
            // Recoded as what the speaker says another should do (an appeal, not a demand).
            let mut advice = false;
            // Codes outside CAMEO (from a user's verb dictionary) are not recoded.
            if !modality.negated
                && m.complement_of.is_none()
                && petrel_ontology::lookup(code).is_some()
            {
                let recoded = if obliged && advised(&tree, m.trigger) {
                    recode::appeal_code(code).map(|c| (c, "advice"))
                } else if obliged {
                    recode::demand_code(code).map(|c| (c, "obligation"))
                } else if conditional_consequence(&tree, m.trigger) {
                    // A threat's condition belongs to what is threatened; the threat is made.
                    let irrealis = tree
                        .deps(m.trigger, "aux")
                        .any(|a| HYPOTHETICAL_AUX.contains(&tree.lemma(a)));
                    if code.starts_with("13") && !irrealis {
                        modality.hypothetical = false;
                    }
                    recode::threat_code(code).map(|c| (c, "conditional-threat"))
                } else if (ready || (modality.future && !modality.hypothetical))
                    // "The call will take place on Tuesday" is a planned consultation, not an
                    // actor's intent to meet ("Putin will meet Erdogan").
                    && !(m.rule.nominal && code.starts_with("04"))
                    && !predicted_occurrence(&tree, m.trigger)
                {
                    recode::intent_code(code)
                        .map(|c| (c, "intent"))
                        .or_else(|| recode::threat_code(code).map(|c| (c, "threat")))
                } else {
                    None
                };
                if let Some((c, why)) = recoded {
                    code = c;
                    plover = None;
                    modality.hypothetical = false;
                    advice = why == "advice";
                    rule_id = format!("{rule_id}+{why}");
                } else if modality.future
                    && (matches!(&code[..2], "01" | "02")
                        || (predicted_occurrence(&tree, m.trigger) && !code.starts_with("04")))
                {
                    // "is due to announce", "will call on": a statement or an appeal not yet
                    // made, for which CAMEO has no intent code; "attacks will take place": a
                    // prediction, no one's intent or threat.
                    modality.hypothetical = true;
                } else if obliged
                    && !matches!(&code[..2], "01" | "10")
                    && (tree.deps(m.trigger, "aux").any(|a| tree.lemma(a) == "must")
                        || tree.deps(m.trigger, "mark").any(|k| tree.word_is(k, "to")))
                {
                    // "The ICC must investigate the crime", "has to deploy": what someone must
                    // do, with no demand code for it, has not been done.
                    modality.hypothetical = true;
                }
            }
            // A question asserts nothing, whatever mood its verb is recoded for ("Should the
            // UK approve the treaty?").
            if crate::mood::questioned(&tree, m.trigger)
                || crate::mood::as_compared(&tree, m.trigger)
            {
                modality.hypothetical = true;
            }
            // "Lots of people say", "there are people who say", "when people asked": people
            // with no number are anyone, so what they say or do short of protest and force is
            // generic, not an event. "2,000 people turned out to welcome" stays.
            if verbal_root(code) && generic_people(&tree, idx, m.trigger) {
                modality.hypothetical = true;
            }
            // "Has regular meetings with", "often say": a habit of talk or cooperation, not an
            // occasion. Force done routinely ("soldiers routinely beat detainees") is still
            // force reported.
            if verbal_root(code) && crate::habitual::habitual(&tree, m.trigger) {
                modality.hypothetical = true;
            }
            let (mut sources, mut targets) = self.arguments(&tree, idx, m.trigger, m.rule);
            let pattern = m.rule.pattern.as_deref();
            if pattern.is_some_and(|p| p.swap) {
                std::mem::swap(&mut sources, &mut targets);
            }
            // "Japan will not recognise the junta", "they would not support the plans": a
            // cooperative act its actor says it will not do is a rejection, made now. "Did not
            // sign" reports nothing, and neither does "will not talk about it", which refuses
            // no one, or an unnamed "they would not agree".
            if modality.negated
                && !targets.is_empty()
                && !sources.is_empty()
                && modality.future
                && !modality.hypothetical
                && m.complement_of.is_none()
                && petrel_ontology::lookup(code).is_some()
            {
                if let Some(c) = recode::refusal_code(code) {
                    code = c;
                    plover = None;
                    modality.negated = false;
                    rule_id.push_str("+refusal");
                }
            }
            // "The Madrid train bombings", "the Jakarta bombing": a capital that names an
            // attack is where it happened, not the government that carried it out.
            if m.rule.nominal && matches!(&code[..2], "18" | "19" | "20") {
                // "15 killed in Iraq hotel explosion": with no one else hit, the place where
                // it happened is.
                // "after Gaza hospital bombing", "the US embassy bombing": a country or city
                // that names the thing hit names whom it hit.
                let hit = |s: usize| {
                    set_in_place(doc, &tree, s, m.trigger)
                        || names_thing_hit(doc, &tree, s, m.trigger)
                };
                if targets.is_empty() {
                    targets.extend(sources.iter().copied().filter(|&s| hit(s)));
                }
                sources.retain(|&s| !names_place(doc, &tree, s, m.trigger) && !hit(s));
            }
            // "his Middle East trip", "a Gaza visit": a place compounded with a visit is where
            // it went.
            if m.rule.nominal && code.starts_with("042") {
                let (places, actors): (Vec<usize>, Vec<usize>) = sources
                    .iter()
                    .partition(|&&s| names_destination(doc, &tree, s, m.trigger));
                if !places.is_empty() {
                    sources = actors;
                    if targets.is_empty() {
                        targets = places;
                    }
                }
            }
            if code.starts_with("084") && sources.is_empty() {
                sources.extend(arguments::keeper(&tree, idx, m.trigger));
            }
            // "He kept on talking about the past", "she also talks of improving discipline",
            // "talking up the dollar": one speaker who talks about something with no one named
            // to talk with makes a statement, not a consultation.
            if code == "040"
                && verb_is("talk")
                && tree.upos(m.trigger) == Upos::Verb
                && lone_talker(&tree, m.trigger)
            {
                code = "010";
                plover = None;
                rule_id.push_str("+speech");
            }
            // "Officials have warned banks face hard times", "warns IMF head": a warning aimed
            // at no one that holds out nothing its speaker would do is a pessimistic comment.
            if code == "130"
                && verb_is("warn")
                && targets.is_empty()
                && !crate::matching::warning_threatens(&tree, m.trigger)
            {
                code = "012";
                plover = None;
                rule_id.push_str("+comment");
            }
            // "Schroeder voiced concerns about the strength of the euro": concern aimed at no
            // one is a pessimistic comment, not disapproval of an actor.
            if code == "111"
                && targets.is_empty()
                && matches!(
                    m.rule.id.as_str(),
                    "disapprove.express.concern" | "disapprove.voice" | "disapprove.raise.concern"
                )
                && tree
                    .deps_exact(m.trigger, "obj")
                    .any(|o| matches!(tree.lemma(o), "concern" | "alarm" | "fear"))
            {
                code = "012";
                plover = None;
                rule_id.push_str("+comment");
            }
            let feud = (matches!(&code[..2], "18" | "19" | "20")
                && politicians_feud(doc, &sources, &targets))
                || (code.starts_with("19") && party_quarrel(doc, &sources, &targets))
                || (code.starts_with("19")
                    && officials_quarrel(doc, doc.lemma(m.trigger), &sources, &targets));
            let mut sources: Vec<Option<ActorRef>> = sources
                .into_iter()
                .map(|x| Some(actor_ref(doc, x)))
                .collect();
            if sources.is_empty() {
                let speaker = modality
                    .reported
                    .as_ref()
                    .and_then(|a| a.speaker.clone().map(|c| (c, a.text.clone())));
                let first_person = tree.parsed
                    && arguments::subject(&tree, m.trigger)
                        .is_some_and(|(h, _)| matches!(tree.lemma(h), "we" | "i" | "us"));
                sources.push(match speaker {
                    Some((code, text)) if first_person => Some(ref_from_code(code, text)),
                    _ => None,
                });
            }
            // "Troops are said to have killed three": a hedge, not a statement.
            if m.rule.weak && tree.parsed && crate::mood::evidential(&tree, m.trigger) {
                continue;
            }
            // "was killed as he arrived at the checkpoint": an arrival by no one named is no
            // visit.
            if !m.rule.nominal
                && code == "042"
                && tree.lemma(m.trigger) == "arrive"
                && sources.iter().flatten().next().is_none()
            {
                continue;
            }
            // "The Bank of England said consumer credit rose by £1.5bn": a release of economic
            // figures is data, not a political statement.
            if m.rule.weak && tree.parsed && reports_figures(&tree, idx, m.trigger) {
                continue;
            }
            // A plain statement is an event when a political actor makes it: a company's, an
            // analyst's or a reporter's remark is not. Nor is what voters or advocates say
            // someone should do.
            if ((m.rule.weak && sources.iter().flatten().next().is_some()) || m.rule.should)
                && !sources.iter().flatten().any(political_ref)
            {
                continue;
            }
            // A threat or warning named by a noun with no one making it is mostly a risk ("the
            // real threat to Labour", "nuclear threats in Iran", "threats to the economy").
            if m.rule.nominal && code.starts_with("13") && sources.iter().flatten().next().is_none()
            {
                continue;
            }
            // "Hurricane Ivan, which slammed into the coast": a storm, a quake or a flood does
            // nothing that event data codes, whatever the verb.
            if !matches!(&code[..2], "18" | "19" | "20") && disaster_acts(&tree, m.trigger) {
                continue;
            }
            // Violence (18–20) done by a quake, a storm or a crash is a disaster, by a company
            // ("the airline launched operations") a word sense of business, a fight against
            // a thing or in court a figure of speech, and "shot a 66" a golfer's score: none
            // is an event, nor is a threat or an intent made of such a verb ("vowed to fight
            // any move", "will fight to get in there").
            if (matches!(&code[..2], "18" | "19" | "20")
                || matches!(&m.rule.code[..2], "18" | "19" | "20"))
                && (disaster_subject(&tree, m.trigger)
                    || crate::figurative::contest(&tree, idx, m.trigger)
                    || crate::figurative::calendar_clash(&tree, m.trigger)
                    || crate::figurative::space_flight(&tree, m.trigger)
                    || crate::figurative::game_score(&tree, m.trigger)
                    || sources
                        .iter()
                        .flatten()
                        .any(|a| a.sector.as_deref() == Some("BUS")))
            {
                continue;
            }
            // The noun "comment" declines one only as "no comment".
            if code == "011"
                && m.rule.nominal
                && tree.lemma(m.trigger) == "comment"
                && !tree.deps(m.trigger, "det").any(|d| tree.lemma(d) == "no")
            {
                continue;
            }
            if m.rule.code.starts_with("07")
                && (crate::figurative::helping_to_do(&tree, m.trigger)
                    || crate::growth::helped_by_change(&tree, m.trigger))
            {
                continue;
            }
            if m.rule.nominal && crate::growth::explosion_of_things(&tree, m.trigger) {
                continue;
            }
            if code == "014" && crate::figurative::regarding(&tree, m.trigger) {
                continue;
            }
            if code.starts_with("02") && crate::legal::legal_appeal(&tree, m.trigger) {
                continue;
            }
            // A participle that modifies a noun names a state, not an act: "protected
            // designation of origin", "the banned party", "wounded soldiers".
            if !m.rule.nominal && crate::figurative::attributive(&tree, m.trigger) {
                continue;
            }
            if code.starts_with("192") && crate::figurative::occupied_place(&tree, m.trigger) {
                continue;
            }
            if code.starts_with("08") && crate::figurative::taking_office(&tree, m.trigger) {
                continue;
            }
            if code.starts_with("087") && crate::figurative::civil_withdrawal(&tree, m.trigger) {
                continue;
            }
            // Statements are not checked, but "the pound added 0.5%" says nothing.
            if (!code.starts_with("01") || tree.lemma(m.trigger) == "add")
                && crate::figurative::market_move(&tree, m.trigger)
            {
                continue;
            }
            if code == "175" && crate::figurative::crackdown_on_thing(&tree, idx, m.trigger) {
                continue;
            }
            if code.starts_with("14") && crate::figurative::showing(&tree, m.trigger) {
                continue;
            }
            if code.starts_with("041") && crate::figurative::naming_call(&tree, m.trigger) {
                continue;
            }
            // "Attacked the government's record", "an attack on Labour's plans", "Blair
            // attacked Howard": criticism.
            if matches!(&code[..2], "18" | "19" | "20")
                && (crate::figurative::verbal_attack(&tree, m.trigger) || feud)
            {
                code = "111";
                plover = None;
                rule_id.push_str("+verbal");
            }
            if let Some(c) = crate::weapons::state_bombing(
                &tree,
                m.trigger,
                code,
                sources.iter().flatten().next(),
            ) {
                code = c;
                plover = None;
                rule_id.push_str("+state");
            }
            let violent = matches!(&code[..2], "18" | "19" | "20");
            // "A boy was shot, the health ministry says": who reports violence is not who did
            // it, unless the report says so ("the army said it killed…" names "it").
            // One who decides or wants to do it ("the army decided to strike") is its doer.
            if let Some(speaker) = modality
                .reported
                .as_ref()
                .filter(|a| !crate::modality::MIND_CUES.contains(&a.cue.as_str()))
                .and_then(|a| a.bytes)
            {
                for src in sources.iter_mut().filter(|_| violent) {
                    if src.as_ref().is_some_and(|a| a.span == speaker) {
                        *src = None;
                    }
                }
            }
            let source_country = sources.iter().flatten().find_map(|a| a.country.clone());
            let mut targets: Vec<Option<ActorRef>> = targets
                .into_iter()
                .map(|x| {
                    let victims = violent
                        .then(|| victims_elsewhere(doc, x, source_country.as_deref()))
                        .flatten();
                    Some(victims.unwrap_or_else(|| actor_ref(doc, x)))
                })
                .collect();
            // "Militants set off a bomb near a US convoy in Baghdad": an attacker whose country
            // comes only from the sentence around it, where that is its victim's own, is of the
            // other state the sentence names (Iraq), if it names one.
            if violent {
                let victims: Vec<&str> = targets
                    .iter()
                    .flatten()
                    .filter_map(|t| t.country.as_deref())
                    .collect();
                for src in sources.iter_mut().flatten() {
                    let own_victims = !victims.is_empty()
                        && victims.iter().all(|&v| Some(v) == src.country.as_deref())
                        && targets
                            .iter()
                            .flatten()
                            .any(|t| t.country.is_some() && !takes_country_from_context(doc, t));
                    if own_victims && takes_country_from_context(doc, src) {
                        let m = doc.mentions_with_span(src.span).next().map(|(i, _)| i);
                        if let Some(other) = m.and_then(|m| {
                            other_state(doc, m, src.country.as_deref().unwrap_or(""), true)
                        }) {
                            src.code = format!("{other}{}", src.code.get(3..).unwrap_or(""));
                            src.country = Some(other);
                        }
                    }
                }
            }
            // "X said Y must withdraw": X demands of Y; "should withdraw": X appeals to Y.
            if obliged && (code.starts_with("10") || advice) {
                if let Some(sp) = modality
                    .reported
                    .as_ref()
                    .and_then(|a| a.speaker.clone().map(|c| (c, a.text.clone())))
                {
                    targets = std::mem::take(&mut sources);
                    sources = vec![Some(ref_from_code(sp.0, sp.1))];
                }
            }
            // "India and Pakistan held talks", "China and ASEAN agree to end tariffs": with no
            // target, each party of a reciprocal event or an agreement acts towards the others.
            // With "trade", "exchange" or "clash" they do, whatever a fallback found as target.
            let mutual = sources.len() >= 2
                && sources.iter().all(Option::is_some)
                && ((targets.is_empty()
                    && (is_reciprocal(code)
                        || pattern.is_some_and(|p| p.mutual)
                        || doc.lemma(m.trigger) == "agree"))
                    || MUTUAL_VERBS.contains(&doc.lemma(m.trigger)));
            if targets.is_empty() {
                targets.push(None);
            }
            let tok = &doc.tokens[m.trigger];
            let mode = if code == m.rule.code {
                m.rule.mode.clone()
            } else {
                None
            }
            .or_else(|| {
                petrel_ontology::lookup(code).and_then(|c| c.plover_mode.map(String::from))
            });
            let unknown_doer = unknown_doer(&tree, m.trigger, code, m.rule.nominal);
            for src in &sources {
                let others: Vec<Option<ActorRef>>;
                let targets = if mutual {
                    others = sources.iter().filter(|o| *o != src).cloned().collect();
                    &others
                } else {
                    &targets
                };
                for tgt in targets {
                    let tgt = tgt.clone().filter(|t| {
                        src.as_ref()
                            .is_none_or(|s| s.code != t.code || two_people(doc, s, t))
                    });
                    if src.is_none() && tgt.is_some() && unknown_doer {
                        continue;
                    }
                    // `[A:B]` in a verb dictionary: B is coded back from target to source.
                    let back = m.rule.reverse.map(|b| (b, tgt.clone(), src.clone(), false));
                    let there = (code, src.clone(), tgt, true);
                    for (code, src, tgt, forward) in std::iter::once(there).chain(back) {
                        let dup = out[first..].iter().any(|e| {
                            e.code == code
                                && same_actor(&e.source, &src)
                                && same_actor(&e.target, &tgt)
                        });
                        if dup {
                            continue;
                        }
                        out.push(Event {
                            sentence: s,
                            code: code.to_string(),
                            plover: plover.clone().filter(|_| forward),
                            mode: if forward { mode.clone() } else { None },
                            source: src,
                            target: tgt,
                            modality: modality.clone(),
                            date: None,
                            location: None,
                            evidence: Evidence {
                                trigger: tok.span,
                                text: doc.word(m.trigger).to_string(),
                                rule: rule_id.clone(),
                                trigger_chars: Default::default(),
                            },
                            parent: None,
                        });
                    }
                }
            }
        }
    }

    /// Mention indices of the sources and targets of a match.
    fn arguments(
        &self,
        tree: &Tree,
        idx: &MentionIndex,
        t: usize,
        rule: &Rule,
    ) -> (Vec<usize>, Vec<usize>) {
        if !tree.parsed {
            let (s, g) = arguments::surface_arguments(tree, idx, t);
            return (
                s.into_iter().collect(),
                g.into_iter().filter(|g| Some(*g) != s).collect(),
            );
        }
        let resolve = |heads: &[usize]| -> Vec<usize> {
            let mut v = Vec::new();
            for &h in heads {
                for c in with_conjuncts(tree, h) {
                    if let Some(m) = actor_of(tree, idx, c) {
                        arguments::push_with_coordinated(tree, idx, m, &mut v);
                    }
                }
                if !v.is_empty() {
                    break;
                }
            }
            v
        };
        if rule.nominal {
            let (src, tgt) = arguments::noun_arguments(tree, idx, t, rule);
            let mut s = resolve(&src);
            let mut g: Vec<usize> = resolve(&tgt)
                .into_iter()
                .filter(|g| !s.contains(g))
                .collect();
            // "shot by the Israeli army during a raid on Bethlehem": who does an act of force
            // carries out the raid, the attack or the operation it was part of, and with no
            // target of its own the operation is aimed at whom the act was.
            if s.is_empty() && matches!(&rule.code[..2], "18" | "19" | "20") {
                let (doer, patients) = arguments::doer_of_frame(tree, idx, t);
                s = resolve(&doer);
                if !s.is_empty() && g.is_empty() {
                    g = resolve(&patients);
                    g.retain(|m| !s.contains(m));
                }
            }
            // "Four Israeli settlers killed in attack in the occupied West Bank": the attack in
            // whose course a passive's named victims fell was on them, not on its place, unless
            // it names whom it was on ("in a raid on Jenin"). An attack that names no actor at
            // all stays unasserted ("wounded in the attack").
            if matches!(&rule.code[..2], "18" | "19" | "20") {
                let victims: Vec<usize> = arguments::victims_of_frame(tree, idx, t)
                    .into_iter()
                    .collect();
                let on = tree
                    .deps(t, "nmod")
                    .any(|n| matches!(tree.case_of(n), Some("on" | "against")));
                let v: Vec<usize> = resolve(&victims)
                    .into_iter()
                    .filter(|m| !s.contains(m))
                    .collect();
                if !on && !v.is_empty() && !(g.is_empty() && s.is_empty()) {
                    g = v;
                }
            }
            if g.is_empty() {
                if let Some(doer) = place_attack_doer(tree, idx, t, &s, rule) {
                    return (resolve(&[doer]), s);
                }
                // "Syria risks US sanctions": who faces the event is its target.
                if pending(tree, t, &rule.code) {
                    let facing = tree.head(t).and_then(|h| arguments::subject(tree, h));
                    let g: Vec<usize> =
                        resolve(&facing.map(|(x, _)| x).into_iter().collect::<Vec<_>>())
                            .into_iter()
                            .filter(|g| !s.contains(g))
                            .collect();
                    return (s, g);
                }
            }
            return (s, g);
        }
        let subject = arguments::subject(tree, t);
        let passive = subject.is_some_and(|(_, p)| p);
        let (mut src_heads, mut tgt_heads) = match subject {
            Some((subj, true)) => (
                arguments::agent(tree, t).into_iter().collect::<Vec<_>>(),
                vec![subj],
            ),
            Some((subj, false)) => (vec![subj], Vec::new()),
            None => (Vec::new(), Vec::new()),
        };
        // "five Palestinians killed in an Israeli air strike": with no agent, a passive's attack
        // names its doer.
        if passive && src_heads.is_empty() {
            src_heads.extend(arguments::attack_owner(tree, idx, t));
        }
        // "The government ordered the leaders to be arrested": who orders it done does it.
        if passive && src_heads.is_empty() {
            src_heads.extend(arguments::orderer(tree, t));
        }
        // "migrants deported to Libya from Italy": the state someone is sent away from sent
        // them.
        if passive
            && src_heads.is_empty()
            && matches!(
                tree.lemma(t),
                "deport" | "expel" | "extradite" | "repatriate"
            )
        {
            src_heads.extend(tree.deps(t, "obl").filter(|&o| {
                tree.case_of(o) == Some("from")
                    && idx.at(o).is_some_and(|m| {
                        tree.doc.mentions[m].kind == petrel_core::ActorKind::Country
                    })
            }));
        }
        // "six journalists have been killed as Israel shells Gaza": the attack going on as they
        // fell names its doer.
        if passive && src_heads.is_empty() && matches!(&rule.code[..2], "18" | "19" | "20") {
            src_heads.extend(arguments::concurrent_attacker(tree, idx, t));
        }
        // "war broke out between X and Y": X acts, Y is acted upon.
        if let Some(b) = tree
            .deps(t, "obl")
            .find(|&o| tree.case_of(o) == Some("between"))
        {
            if src_heads.iter().all(|&h| actor_of(tree, idx, h).is_none()) {
                src_heads = vec![b];
                let conj = tree.conjuncts(b);
                let s = resolve(&src_heads).into_iter().take(1).collect::<Vec<_>>();
                return (s, resolve(&conj));
            }
        }
        tgt_heads.extend(arguments::verb_targets(tree, t, rule));
        // "Hundreds killed in Israeli air raid on Gaza hospital": with no named victims, whom
        // the attack they fell in was on.
        if passive
            && matches!(&rule.code[..2], "18" | "19" | "20")
            && tgt_heads.iter().all(|&h| actor_of(tree, idx, h).is_none())
        {
            tgt_heads.extend(arguments::attack_victim(tree, idx, t));
        }
        // "Baghdad car bombs kill 11": with no other target, the place the bombs hit.
        if !passive && tgt_heads.iter().all(|&h| actor_of(tree, idx, h).is_none()) {
            if let Some((subj, _)) = subject {
                tgt_heads.extend(arguments::blast_place(tree, idx, subj));
            }
        }
        // Where the parse gives no argument at all (a misparse, a headline fragment), fall back
        // to the nearest mention on that side of the trigger.
        let (near_src, near_tgt) = arguments::surface_arguments(tree, idx, t);
        // A passive's subject undergoes the act: the nearest name before the verb is in its
        // phrase ("a sergeant who defected to North Korea has been released"), not the doer.
        let marked_passive = passive
            && tree
                .deps(t, "aux:pass")
                .chain(tree.deps(t, "nsubj:pass"))
                .next()
                .is_some();
        // So does the subject of a reduced passive ("Jordan cancels Biden summit after hundreds
        // killed").
        let reduced = passive && tree.deps_exact(t, "nsubj").next().is_some();
        // "Over 175 killed as Israeli resumes Gaza attacks": a name before a passive of harm
        // with no agent is never its doer.
        let harmed = passive && HARM_VERBS.contains(&tree.lemma(t));
        let surface_source = src_heads.is_empty() && !marked_passive && !reduced && !harmed;
        // "420 children killed or injured every day", misparsed with no subject and no object:
        // a verb of violence with neither, and no object after it, has its patient before it.
        let patient_before = surface_source
            && subject.is_none()
            && matches!(tree.doc.xpos(t), "VBN" | "VBD")
            && tree.rel(t) != "acl:relcl"
            && (arguments::held_captive(tree, t)
                || (arguments::always_transitive(tree.lemma(t))
                    && tree.deps_exact(t, "obj").next().is_none()))
            && (t + 1 >= tree.range.end
                || arguments::held_captive(tree, t)
                // "Palestinian shot dead in West Bank".
                || (tree.lemma(t) == "shoot" && tree.doc.word(t + 1).eq_ignore_ascii_case("dead"))
                || matches!(
                    tree.upos(t + 1),
                    Upos::Adp | Upos::Cconj | Upos::Adv | Upos::Sconj
                )
                || matches!(
                    tree.doc.word(t + 1),
                    "," | "." | ";" | ":" | "?" | "!" | ")"
                ));
        let mut s = if patient_before {
            let owner: Vec<usize> = arguments::attack_owner(tree, idx, t)
                .or_else(|| arguments::agent(tree, t))
                .into_iter()
                .collect();
            resolve(&owner)
        } else if surface_source {
            near_src.into_iter().collect()
        } else {
            resolve(&src_heads)
        };
        // "Japanese researchers say": researchers act for no state.
        if let (false, &[h]) = (passive, src_heads.as_slice()) {
            s.retain(|&m| !arguments::private_subject(tree, idx, h, m));
        }
        // "said Adrian Hughes, currency strategist with HSBC in London": a person no one knows
        // is not the place where he works ("civil defence in Gaza" is Gaza's).
        if rule.weak && !surface_source && src_heads.iter().all(|&h| tree.upos(h) == Upos::Propn) {
            s.retain(|&m| {
                let head = tree.doc.mentions[m].head as usize;
                src_heads.contains(&head)
                    || !tree
                        .case_of(head)
                        .is_some_and(|c| matches!(c, "in" | "at" | "near" | "outside"))
            });
        }

        // A title misparsed as a second subject ("Lib Dem Norman Baker accused", with "Lib"
        // and "Norman" both subjects; "UN special rapporteur says"): the other subject names
        // the actor.
        if let (true, false, Some(&subj)) = (s.is_empty(), passive, src_heads.first()) {
            let title: Vec<usize> = tree
                .deps_exact(t, "nsubj")
                .filter(|&x| {
                    x < subj
                        && (x + 1..subj)
                            .all(|j| matches!(tree.head(j), Some(h) if h == x || h == subj))
                })
                .collect();
            s = resolve(&title);
        }
        // "India, Myanmar sign three accords", "China, ASEAN agree": a headline lists its
        // subjects with a comma, which the parser reads as a vocative, a discourse word, a
        // second subject or an apposition. With a plural verb, each listed actor of another
        // code is a subject too.
        if let (false, true, Some(&subj)) = (
            passive,
            matches!(tree.doc.xpos(t), "VBP" | "VB"),
            src_heads.last(),
        ) {
            let listed: Vec<usize> = tree
                .deps_exact(t, "vocative")
                .chain(tree.deps_exact(t, "discourse"))
                .chain(tree.deps_exact(t, "nsubj"))
                .filter(|&v| v + 2 == subj && tree.doc.word(v + 1) == ",")
                .chain(
                    tree.deps_exact(subj, "appos")
                        .filter(|&a| a == subj + 2 && tree.doc.word(subj + 1) == ","),
                )
                .collect();
            let codes: Vec<String> = s
                .iter()
                .map(|&m| tree.doc.mentions[m].code.clone())
                .collect();
            for m in resolve(&listed) {
                if !s.contains(&m) && !codes.contains(&tree.doc.mentions[m].code) && !s.is_empty() {
                    s.push(m);
                }
            }
        }
        // A candidate that is itself an actor ("aid to Serbia") beats one that only names an
        // actor in a modifier ("in line with Western efforts").
        let direct: Vec<usize> = tgt_heads
            .iter()
            .copied()
            .filter(|&h| idx.at(h).is_some())
            .collect();
        let mut g: Vec<usize> = resolve(&direct);
        if g.is_empty() {
            g = resolve(&tgt_heads);
        }
        // "Egypt condemned the attack on Israel" is not aimed at Israel.
        let judging = matches!(&rule.code[..2], "11" | "12");
        let judged_victim = |m: usize| {
            judging && arguments::victim_of_judged_act(tree, t, tree.doc.mentions[m].head as usize)
        };
        g.retain(|&m| !judged_victim(m));
        // Where a meeting is held names no one it is with; the place of a visit is its host.
        // One speaker who talks about something with no one named makes a statement, which
        // may be aimed at what it is about ("talked about the Labour manifesto").
        let meeting = rule.code.starts_with("04")
            && !matches!(rule.code, "042" | "043")
            && !(tree.lemma(t) == "talk" && tree.upos(t) == Upos::Verb && lone_talker(tree, t));
        // "denied his cabinet was split over Labour plans", "said the minister had misled
        // parliament", "said the Lib Dems' proposals were uncosted": a denial, accusation or
        // criticism of a clause, also one quoted before its verb of saying, is aimed at the
        // clause's subject, not at whatever else it names.
        let criticises = rule.code.starts_with("111");
        // "Biden warns Israel risks losing support over Gaza bombing": a comment on a clause
        // (a warning, a hope, an admission) is aimed at the clause's subject first.
        let comments = rule.code.starts_with("01")
            && !rule.weak
            && (rule.plain_ccomp || !rule.ccomp.is_empty())
            && tree.deps_exact(t, "obj").next().is_none()
            && tree.deps_exact(t, "iobj").next().is_none()
            // "warned Tony Blair on 7 March that", with the addressee read as a bare oblique.
            && !tree.deps(t, "obl").any(|o| {
                tree.case_of(o).is_none() && !crate::matching::is_time_phrase(tree, o)
            });
        let reported: Vec<usize> = if rule.code == "016"
            || comments
            || ((criticises || rule.code.starts_with("112")) && !rule.ccomp.is_empty())
        {
            tree.deps(t, "ccomp")
                .chain((tree.rel(t) == "parataxis").then(|| tree.head(t)).flatten())
                .collect()
        } else {
            Vec::new()
        };
        let aimed_at_clause = !reported.is_empty();
        if g.is_empty() {
            let sub = arguments::subtree_target(
                tree,
                idx,
                t,
                rule.no_obj_target,
                !s.is_empty(),
                !meeting,
                rule.weak,
            )
            .filter(|m| {
                !s.contains(m)
                    && !judged_victim(*m)
                    && !arguments::in_means_phrase(
                        tree,
                        t,
                        tree.doc.mentions[*m].head as usize,
                        rule,
                    )
            });
            if rule.weak {
                // A plain statement with no addressee is aimed at whom it is about (see
                // statement_target.rs).
                let near = near_tgt.filter(|_| tgt_heads.is_empty() && !rule.no_obj_target);
                g.extend(crate::statement_target::statement_target(
                    tree, idx, t, &s, sub, near,
                ));
            } else if !aimed_at_clause {
                g.extend(sub);
            } else {
                // Who the denied clause is about, unless it is the speaker's own side:
                // "Iran denied that the US had evidence" is aimed at the US. An accusation is
                // aimed at its own side too ("the Tories said ministers had misled MPs"), but
                // never at the speaker.
                let accuses = rule.code.starts_with("11");
                let own = |m: usize| {
                    let b = &tree.doc.mentions[m];
                    s.iter().any(|&x| {
                        let a = &tree.doc.mentions[x];
                        if accuses {
                            a.code == b.code
                        } else {
                            a.country == b.country
                        }
                    })
                };
                let about: Vec<usize> = reported
                    .iter()
                    .flat_map(|&c| {
                        tree.deps_exact(c, "nsubj")
                            .chain(tree.deps_exact(c, "nsubj:pass"))
                    })
                    .collect();
                // Private people are not whom a comment is about ("warned that the global
                // population is consuming more than the planet can produce").
                let private = |m: usize| comments && lone_private(&tree.doc.mentions[m]);
                g.extend(
                    resolve(&about)
                        .into_iter()
                        .filter(|&m| !own(m) && !private(m)),
                );
                // Criticism of a clause whose subject names no one ("said it was wrong to put
                // China under the embargo") is aimed at whom the clause names.
                if g.is_empty() && (criticises || comments) {
                    g.extend(sub);
                }
            }
        }
        if patient_before && near_src.is_some() {
            g = near_src.into_iter().collect();
        }
        // The word-order fallback is for misparses; a plain statement has its own. Where a
        // meeting is held is not whom it is with ("will meet at Gleneagles in Scotland").
        if g.is_empty()
            && tgt_heads.is_empty()
            && !rule.no_obj_target
            && !rule.weak
            && (!aimed_at_clause || criticises || comments)
        {
            g.extend(near_tgt.filter(|&m| {
                let head = tree.doc.mentions[m].head as usize;
                !(meeting
                    && tree.parsed
                    && (arguments::in_place_phrase(tree, head)
                        || arguments::in_topic_phrase(tree, head)))
            }));
        }
        // "the Knesset passed a law barring spouses": a law, a plan or a resolution that does
        // something is its maker's act.
        if s.is_empty() && !passive && tree.rel(t) == "acl" && tree.doc.xpos(t) == "VBG" {
            if let Some(v) = tree
                .head(t)
                .filter(|&h| tree.rel(h) == "obj")
                .and_then(|h| tree.head(h))
            {
                if let Some((subj, false)) = arguments::subject(tree, v) {
                    s = resolve(&[subj]);
                }
            }
        }
        // A source guessed from word order does not take the place of the noun a passive
        // relative clause modifies ("aid workers who were kidnapped" are not kidnappers), nor
        // of a passive's subject ("five Palestinians killed in Gaza": they are the victims).
        if surface_source && (passive || tree.rel(t) == "acl:relcl") {
            s.retain(|m| !g.contains(m));
        }
        // "miners demonstrated in Oruro": where a protest is held is not whom it is aimed at.
        if matches!(rule.code.get(..3), Some("140" | "141" | "142" | "143")) {
            g.retain(|&m| !held_in(tree, m));
        }
        // "criticised the plan on BBC Radio 4": an outlet one speaks on carries the words.
        if matches!(
            &rule.code[..2],
            "01" | "02" | "03" | "04" | "05" | "10" | "11" | "12" | "13"
        ) {
            g.retain(|&m| !on_air(tree, m));
        }
        // "Rockets fired from Gaza": where fire comes from is who fires it, never whom it hits.
        // A town taken "from" someone is taken from its holder (192), who stays the target.
        if matches!(&rule.code[..2], "18" | "19" | "20") && !rule.code.starts_with("192") {
            let origin: Vec<usize> = tree
                .deps(t, "obl")
                .filter(|&o| tree.case_of(o) == Some("from"))
                .filter_map(|o| idx.at(o))
                .collect();
            g.retain(|m| !origin.contains(m));
            // It beats a source guessed from word order ("Israel says rockets fired from …").
            if let (Some(&o), true) = (origin.first(), s.is_empty() || surface_source) {
                s = vec![o];
            }
        }
        // "killing 12 people and wounding more than 30, officials said": the speaker of a tag
        // that closes the sentence is no one the act was done to, however parsed.
        if let Some((v, phrase)) =
            crate::modality::closing_tag(tree, &self.rules).filter(|&(v, _)| v != t)
        {
            g.retain(|&m| !(t < v && phrase.contains(&(tree.doc.mentions[m].head as usize))));
        }
        let g = g.into_iter().filter(|g| !s.contains(g)).collect();
        (s, g)
    }
}

/// Whether mention `m` is a named outlet in an "on" phrase of a verb ("said on Sky News",
/// "criticised the plan on GMTV's Sunday programme"): the medium of what was said.
fn on_air(tree: &Tree, m: usize) -> bool {
    let men = &tree.doc.mentions[m];
    let h = arguments::phrase_head(tree, men.head as usize);
    // Right after "on", "on the" or "on Wednesday's", however it was parsed.
    let s = men.tok_start as usize;
    let word = |k: usize| {
        s.checked_sub(k)
            .filter(|&j| j >= tree.range.start)
            .map(|j| tree.doc.word(j))
    };
    let after_on = word(1) == Some("on")
        || (word(1) == Some("the") && word(2) == Some("on"))
        || (word(1) == Some("'s") && word(3) == Some("on"));
    men.kind == petrel_core::ActorKind::Organisation
        && men.code.get(3..).is_some_and(|s| s.contains("MED"))
        && ((tree.rel(h) == "obl" && tree.case_of(h) == Some("on")) || after_on)
}

/// Whether mention `m` is a place named in a phrase of location ("in Oruro", "in the city of
/// Oruro").
fn held_in(tree: &Tree, m: usize) -> bool {
    let men = &tree.doc.mentions[m];
    let mut h = men.head as usize;
    // "in the city of Oruro": the place noun carries the preposition.
    if tree.case_of(h) == Some("of") {
        if let Some(p) = tree.head(h).filter(|&p| {
            matches!(
                tree.lemma(p),
                "city" | "town" | "village" | "capital" | "region" | "province" | "district"
            )
        }) {
            h = p;
        }
    }
    men.kind == petrel_core::ActorKind::Country
        && men.sector.is_none()
        && matches!(
            tree.case_of(h),
            Some("in" | "near" | "outside" | "across" | "throughout" | "around")
        )
}

/// "Israeli forces kill two in occupied West Bank raid", "Israel steps up Gaza assault": an
/// attack noun whose only actor is a place compounded with it, set in the clause of a verb that
/// kills, arrests or carries the attack out, is done by that verb's subject to that place.
/// Returns the subject's head, if it names an actor of another state than the place.
fn place_attack_doer(
    tree: &Tree,
    idx: &MentionIndex,
    t: usize,
    sources: &[usize],
    rule: &Rule,
) -> Option<usize> {
    if !matches!(&rule.code[..2], "18" | "19" | "20") || sources.is_empty() {
        return None;
    }
    let doc = tree.doc;
    let places = sources.iter().all(|&m| {
        let men = &doc.mentions[m];
        men.kind == petrel_core::ActorKind::Country
            && men.sector.is_none()
            && tree.rel(men.head as usize) == "compound"
            && tree.head(men.head as usize) == Some(t)
    });
    if !places {
        return None;
    }
    // "arrests an activist in West Bank raids": the parser may hang the phrase on the object.
    let set_in =
        matches!(tree.rel(t), "obl" | "nmod") && matches!(tree.case_of(t), Some("in" | "during"));
    let v = if set_in {
        tree.ancestors(t)
            .take(3)
            .find(|&a| tree.upos(a) == Upos::Verb)?
    } else {
        tree.head(t)?
    };
    let carried_out = tree.rel(t) == "obj" && CARRYING_OUT.contains(&tree.lemma(v));
    if !(set_in || carried_out) || tree.upos(v) != Upos::Verb {
        return None;
    }
    // "US Marines die in Fallujah car bombing": who dies, suffers or flees in an attack
    // undergoes it.
    if matches!(
        tree.lemma(v),
        "die" | "perish" | "suffer" | "survive" | "escape" | "flee" | "drown"
    ) {
        return None;
    }
    // The subject itself names a political actor ("Israeli businesses register losses during
    // Gaza violence" names no doer).
    let (subj, passive) = arguments::subject(tree, v)?;
    let doer = idx.at(subj)?;
    let men = &doc.mentions[doer];
    let political = is_political(&men.code, men.country.as_deref(), men.sector.as_deref());
    let state = |m: usize| doc.mentions[m].country.as_deref();
    (!passive && political && sources.iter().all(|&m| state(m) != state(doer))).then_some(subj)
}

/// Verbs that carry out an attack named by their object ("launched", "stepped up", "waged").
const CARRYING_OUT: &[&str] = &[
    "launch",
    "conduct",
    "carry",
    "step",
    "intensify",
    "expand",
    "begin",
    "start",
    "continue",
    "escalate",
    "resume",
    "mount",
    "stage",
    "wage",
    "order",
];

/// Events that two parties do with each other: consultations and negotiations (04), diplomatic
/// and material cooperation (05, 06), and the intent to meet or negotiate (036).
fn is_reciprocal(code: &str) -> bool {
    matches!(code.get(..2), Some("04" | "05" | "06")) || code.starts_with("036")
}

/// Verbs whose coordinated subjects act on each other ("Hezbollah and Israeli forces traded
/// fire", "the two sides exchanged accusations", "protesters and police clashed").
const MUTUAL_VERBS: &[&str] = &["trade", "exchange", "clash", "swap"];

/// Whether the actors of an event (mention indices) are politicians of one country, each a
/// named person or a pronoun or surname that refers to one, in government, opposition, party or
/// legislature: such a one's "attack" on another is in words ("Blair attacked Howard").
fn politicians_feud(doc: &Doc, sources: &[usize], targets: &[usize]) -> bool {
    let politician = |&m: &usize| {
        let men = &doc.mentions[m];
        let person = match men.kind {
            petrel_core::ActorKind::Person => true,
            petrel_core::ActorKind::Coreference => {
                let w = men.span.slice(&doc.text);
                w.starts_with(char::is_uppercase) && w != "It" && w != "They"
                    || matches!(w, "he" | "she" | "him" | "her")
            }
            _ => false,
        };
        let political = men.sector.as_deref().is_some_and(|s| {
            ["GOV", "OPP", "PTY", "LEG"]
                .iter()
                .any(|p| s.starts_with(p))
        });
        person
            .then_some(men.country.as_deref())
            .flatten()
            .filter(|_| political)
    };
    let countries: Vec<Option<&str>> = sources.iter().chain(targets).map(politician).collect();
    !sources.is_empty()
        && !targets.is_empty()
        && countries.iter().all(|c| c.is_some() && *c == countries[0])
}

/// Whether a party is a side of the event and no side bears arms: parties "attack" plans,
/// "clash" over taxes and "battle" their hard left in words ("Labour and the Tories have
/// clashed over tax").
fn party_quarrel(doc: &Doc, sources: &[usize], targets: &[usize]) -> bool {
    let sides = || sources.iter().chain(targets).map(|&m| &doc.mentions[m]);
    sides().any(|m| m.code.ends_with("PTY"))
        && sides().all(|m| !ARMED_SECTORS.iter().any(|a| m.code.contains(a)))
}

/// Whether officials, judges, lawmakers or former officers, and no one who bears arms, are
/// every side of a clash, a fight or a battle: a quarrel in words ("the judge clashed with
/// ministers over inquiries", "lawmakers fought over the reforms").
fn officials_quarrel(doc: &Doc, lemma: &str, sources: &[usize], targets: &[usize]) -> bool {
    let civil = |&m: &usize| {
        let men = &doc.mentions[m];
        !ARMED_SECTORS.iter().any(|a| men.code.contains(a))
            && men
                .sector
                .as_deref()
                .is_some_and(|s| CIVIL_OFFICES.iter().any(|c| s.starts_with(c)))
    };
    matches!(
        lemma,
        "clash" | "fight" | "battle" | "feud" | "spar" | "tussle"
    ) && !sources.is_empty()
        && !targets.is_empty()
        && sources.iter().chain(targets).all(civil)
}

/// Sectors of officers who hold no arms: government, courts, lawmakers, parties, the
/// opposition and former officers.
const CIVIL_OFFICES: &[&str] = &["GOV", "JUD", "LEG", "PTY", "OPP", "ELI"];

/// Gerunds that mostly name a kind of thing before a noun: "sentencing experts", "a rallying
/// cry", "fighting mood", "the negotiating table", "voting rights".
const MODIFIER_GERUNDS: &[&str] = &[
    "sentence",
    "rally",
    "fight",
    "negotiate",
    "vote",
    "plan",
    "govern",
    "campaign",
    "bargain",
    "protest",
    "march",
    "strike",
    "boycott",
];

/// Sectors of actors who bear arms.
pub(crate) const ARMED_SECTORS: &[&str] = &["MIL", "REB", "COP", "SPY", "INS", "UAF"];

/// Nouns of a war or unrest that goes on in a place ("the Gaza war", "Iraq violence").
pub(crate) const THEATRES: &[&str] = &[
    "war",
    "conflict",
    "crisis",
    "fighting",
    "violence",
    "unrest",
    "bloodshed",
];

/// Whether mention `m` names where the event noun `t` happened, not who did it: a capital read
/// as its government ("Madrid" as ESPGOV) as a compound of `t`, a country or city after a
/// preposition of place ("in Baghdad blast"), or a place that names a war ("the Gaza war", "the
/// Iraq war"; not "the Israel-Hamas war", whose compound names its sides).
fn names_place(doc: &Doc, tree: &Tree, m: usize, t: usize) -> bool {
    let men = &doc.mentions[m];
    let theatre = THEATRES.contains(&tree.lemma(t))
        && !men.span.slice(&doc.text).contains('-')
        && !doc
            .text
            .get(men.span.end as usize..)
            .is_some_and(|rest| rest.starts_with('-'))
        && !doc
            .text
            .get(..men.span.start as usize)
            .is_some_and(|before| before.ends_with('-'));
    men.kind == petrel_core::ActorKind::Country
        && (men.code.ends_with("GOV") || theatre || set_in_place(doc, tree, m, t))
        && compounded(tree, men, t)
}

/// Whether mention `m` is a country or city compounded with the event noun `t` after a
/// preposition of place, or a territory or town at war, not an abbreviation: "killed in Iraq
/// attack", "in Baghdad blast", "the Gaza assault".
fn set_in_place(doc: &Doc, tree: &Tree, m: usize, t: usize) -> bool {
    let men = &doc.mentions[m];
    // "damaged in Turkish shelling": a state's adjective that the tagger reads as a common noun
    // names the doer; a place is a proper noun.
    let name = doc.tokens[men.head as usize].upos == Upos::Propn;
    men.kind == petrel_core::ActorKind::Country
        && men.sector.is_none()
        && name
        && ((men.tok_start as usize)
            .checked_sub(1)
            .is_some_and(|b| matches!(doc.word(b), "in" | "In" | "at" | "near"))
            // "the Gaza attack", "a West Bank raid": a territory or town names where it hit
            // (but "the Gaza war" where a war goes on, see `names_place`).
            || (crate::arguments::is_territory(men.span.slice(&doc.text))
                && !THEATRES.contains(&tree.lemma(t))))
        // "wounded in Somali attack", with "Somali" tagged as a name: a state's adjective names
        // the doer.
        && !petrel_actors::is_demonym(men.span.slice(&doc.text))
        // "killed in US strike": a state's abbreviation stands for its adjective, the doer.
        && !men
            .span
            .slice(&doc.text)
            .chars()
            .all(|c| c.is_uppercase() || c == '.')
        && compounded(tree, men, t)
}

/// Whether mention `m` is a country or city compounded with a building or other target that
/// is itself compounded with the attack noun `t`: the thing hit ("Gaza hospital bombing").
fn names_thing_hit(doc: &Doc, tree: &Tree, m: usize, t: usize) -> bool {
    let men = &doc.mentions[m];
    let h = men.head as usize;
    // A building or other target, compounded with `t` (the parser may hang the name on
    // either); "air", "rocket" or "terror" say how, not what.
    let thing = |x: usize| {
        x != t
            && tree.upos(x) == Upos::Noun
            && crate::arguments::THINGS_HIT.contains(&tree.lemma(x))
            && tree.rel(x) == "compound"
            && tree.head(x) == Some(t)
            && doc.mentions_with_span(doc.tokens[x].span).next().is_none()
    };
    men.kind == petrel_core::ActorKind::Country
        && men.sector.is_none()
        && tree.rel(h) == "compound"
        && tree
            .head(h)
            .is_some_and(|x| thing(x) || (x == t && (h + 1..t).any(thing)))
}

/// Whether a token of mention `men` is a compound of `t` or of the noun compounded with `t`.
fn compounded(tree: &Tree, men: &petrel_core::ActorMention, t: usize) -> bool {
    (men.tok_start as usize..men.tok_end as usize).any(|i| {
        tree.rel(i) == "compound"
            && tree
                .head(i)
                .is_some_and(|h| h == t || tree.head(h) == Some(t))
    })
}

/// Whether the event noun `t` is what its clause's subject faces or risks, in the present or
/// the future: a sanction, an arrest or an expulsion still to come.
fn pending(tree: &Tree, t: usize, code: &str) -> bool {
    // Violence faced is mostly going on ("Gaza faces heavy bombardment"), and criticism faced
    // has been voiced; sanctions, arrest and expulsion faced are still to come.
    matches!(code.get(..2), Some("16" | "17"))
        && tree.rel(t) == "obj"
        && tree.lemma(t) != "charge"
        && tree
            .head(t)
            .is_some_and(|h| matches!(tree.lemma(h), "face" | "risk") && tree.doc.xpos(h) != "VBD")
}

/// Whether mention `m` is a country or region compounded with the visit noun `t` ("his Middle
/// East trip"): the visit's destination.
fn names_destination(doc: &Doc, tree: &Tree, m: usize, t: usize) -> bool {
    let men = &doc.mentions[m];
    men.kind == petrel_core::ActorKind::Country && compounded(tree, men, t)
}

/// Whether an event has a source or a target.
fn has_actor(e: &Event) -> bool {
    e.source.is_some() || e.target.is_some()
}

/// When a sentence has an event with an actor, events with neither source nor target are
/// background ("amid the fighting", "the aid"), not events of their own: they are dropped, in
/// this sentence and in every earlier one (the coder has always done so for the whole document
/// so far; those after the last event with an actor go at the end of the document). `clean`
/// is how many leading events are known to have an actor, so that each event is looked at
/// once however long the document; returns whether anything was looked at.
fn drop_actorless_extras(events: &mut Vec<Event>, first: usize, clean: &mut usize) -> bool {
    if !events[first..].iter().any(has_actor) {
        return false;
    }
    let tail = events.split_off(*clean);
    events.extend(tail.into_iter().filter(has_actor));
    *clean = events.len();
    true
}

/// Sectors of actors that take part in politics without a country of their own in the code
/// (`ELI`: former officials).
const POLITICAL_SECTORS: &[&str] = &[
    "GOV", "MIL", "COP", "REB", "OPP", "LEG", "JUD", "SPY", "INS", "UAF", "SEP", "PTY", "NGO",
    "IGO", "ELI",
];

/// Nouns for natural disasters, accidents and wild animals, which kill and destroy without an
/// actor ("A great white shark … killed a woman").
const DISASTERS: &[&str] = &[
    "shark",
    "crocodile",
    "alligator",
    "tiger",
    "lion",
    "leopard",
    "elephant",
    "snake",
    "wolf",
    "locust",
    "pest",
    "earthquake",
    "quake",
    "tremor",
    "storm",
    "hurricane",
    "typhoon",
    "cyclone",
    "tornado",
    "flood",
    "flooding",
    "tsunami",
    "landslide",
    "mudslide",
    "avalanche",
    "wildfire",
    "fire",
    "blaze",
    "drought",
    "heatwave",
    "crash",
    "accident",
    "collision",
    "derailment",
    "disease",
    "virus",
    "epidemic",
    "pandemic",
    "outbreak",
    "infection",
    "illness",
    "flu",
    "influenza",
    "cholera",
    "malaria",
    "measles",
    "ebola",
    "aids",
    "famine",
    "aftershock",
    "eruption",
    "lightning",
    "collapse",
    "cave-in",
    "stampede",
    "capsizing",
    "sinking",
];

/// Whether the acting subject of trigger `t` (the `by` agent of a passive) is a disaster.
fn disaster_subject(tree: &Tree, t: usize) -> bool {
    if !tree.parsed {
        return false;
    }
    let s = acting_subject(tree, t);
    disaster_acts(tree, t)
        || disaster_just_before(tree, t, |d| disaster(tree, d))
            .is_some_and(|d| s.is_none_or(|s| s < d || !crate::matching::is_actor(tree, s)))
        || accidental_blast(tree, t)
        || died_in_accident(tree, t)
}

/// Whether an event on trigger `t` with no source would hide who did it. A name that acts on
/// `t` but that no dictionary resolves ("Ms Kite told the court", "said John Reade, an analyst
/// at UBS", "Shell has signed a deal with Qatar") is somebody: a blank source there misleads,
/// and such doers are mostly private. Violence keeps its victims whoever did it (roots 18–20),
/// since a headline's capitals make common nouns look like names ("Bomb kills one"). A
/// statement (root 01) needs its speaker whatever the subject; only an agentless passive ("the
/// government was told that") keeps a blank source, since its sentence names no speaker.
fn unknown_doer(tree: &Tree, t: usize, code: &str, nominal: bool) -> bool {
    if !tree.parsed {
        return false;
    }
    let doer = acting_subject(tree, t);
    let named = !matches!(&code[..2], "18" | "19" | "20")
        && doer.is_some_and(|d| {
            tree.upos(d) == Upos::Propn
                || (tree.upos(d) == Upos::Pron && matches!(tree.lemma(d), "he" | "she" | "it"))
        });
    let agentless_passive =
        !nominal && matches!(arguments::subject(tree, t), Some((_, true))) && doer.is_none();
    named || (code.starts_with("01") && !agentless_passive)
}

/// Whether "talk" at `t` is one speaker's talk about something: a topic ("about", "of") or
/// a particle ("talk up"), no one to talk with or to, and a subject that is neither plural nor
/// coordinated ("the two leaders talked about Afghanistan" consult).
fn lone_talker(tree: &Tree, t: usize) -> bool {
    let partner = tree
        .deps(t, "obl")
        .any(|o| matches!(tree.case_of(o), Some("with" | "to")))
        || tree.deps(t, "obj").next().is_some();
    let topic = tree
        .deps(t, "obl")
        .any(|o| matches!(tree.case_of(o), Some("about" | "of")))
        || tree
            .deps(t, "compound:prt")
            .any(|p| matches!(tree.lemma(p), "up" | "down"));
    let several = acting_subject(tree, t).is_none_or(|s| {
        matches!(tree.doc.xpos(s), "NNS" | "NNPS") || !tree.conjuncts(s).is_empty()
    });
    // "met Berlusconi and Schroeder to talk about Turkey": the meeting's talk.
    let purpose = tree.deps(t, "mark").any(|m| tree.word_is(m, "to"));
    !partner && topic && !several && !purpose
}

/// Whether the doer of `t` is "people" with no number or quantity ("people say", "lots of
/// people", "people who work with the patient"): anyone, not an actor. "The Afghan people",
/// "Iraq's people" are a nation.
fn generic_people(tree: &Tree, idx: &MentionIndex, t: usize) -> bool {
    // "Lots of people", "many of the people": the people under a word of quantity.
    let people = |d: usize| {
        if matches!(
            tree.lemma(d),
            "lot" | "lots" | "many" | "most" | "some" | "plenty"
        ) {
            tree.deps(d, "nmod")
                .find(|&n| tree.case_of(n) == Some("of"))
                .unwrap_or(d)
        } else {
            d
        }
    };
    tree.parsed
        && acting_subject(tree, t).map(people).is_some_and(|d| {
            matches!(tree.lemma(d), "people" | "person")
                && tree.deps(d, "nummod").next().is_none()
                && !tree
                    .deps(d, "amod")
                    .chain(tree.deps(d, "compound"))
                    .chain(tree.deps(d, "nmod:poss"))
                    .any(|a| idx.at(a).is_some())
        })
}

/// The subject of `t`, or the "by" agent of a passive.
fn acting_subject(tree: &Tree, t: usize) -> Option<usize> {
    match arguments::subject(tree, t) {
        Some((s, false)) => Some(s),
        _ => arguments::agent(tree, t),
    }
}

/// Whether a disaster noun is itself the subject of `t` ("Hurricane Ivan slammed into the
/// coast", "a coal mine explosion killed 33").
fn disaster_acts(tree: &Tree, t: usize) -> bool {
    tree.parsed
        && acting_subject(tree, t)
            .is_some_and(|s| disaster(tree, s) || tree.deps(s, "appos").any(|a| disaster(tree, a)))
}

/// Whether `s` names a disaster: "the quake", "a gas explosion", a named storm ("Hurricane
/// Ivan", "Tropical Storm Jeanne").
fn disaster(tree: &Tree, s: usize) -> bool {
    DISASTERS.contains(&tree.lemma(s))
        // "swarms of locusts", "a wave of floods".
        || tree.deps(s, "nmod").any(|n| {
            tree.case_of(n) == Some("of") && DISASTERS.contains(&tree.lemma(n))
        })
        || accidental_blast(tree, s)
        || (tree.upos(s) == petrel_core::Upos::Propn
            && tree.deps(s, "compound").any(|c| {
                DISASTERS
                    .iter()
                    .any(|d| d.eq_ignore_ascii_case(tree.lemma(c)))
            }))
        || (tree.upos(s) == petrel_core::Upos::Propn && named_storm(tree.doc, s))
}

/// Tokens around a name within which its storm must be named in full: a bounded look keeps the
/// time per event constant on any input.
const STORM_LOOKBACK: usize = 400;

/// Whether the document names the word at `s` as a storm near it ("Hurricane Ivan", "Typhoon
/// Songda"), so that "Ivan has killed 60 people" is the storm's doing, and so is a headline's
/// "Jeanne Heads for Bahamas After Killing 3" above "Tropical Storm Jeanne headed …".
fn named_storm(doc: &petrel_core::Doc, s: usize) -> bool {
    let name = doc.word(s);
    let end = (s + STORM_LOOKBACK).min(doc.tokens.len());
    (s.saturating_sub(STORM_LOOKBACK).max(1)..end).any(|i| {
        i != s && doc.word(i) == name && crate::storms::STORM_WORDS.contains(&doc.word(i - 1))
    })
}

/// The disaster noun that a verb follows in its own stretch of words (no verb, auxiliary or
/// punctuation between them), which acts when the verb's subject, if any, comes before it or
/// names no actor: the parser may hang the verb elsewhere ("the worst earthquake in ten years
/// killed 80", read as "years killed" or with the main clause's subject).
fn disaster_just_before(tree: &Tree, t: usize, disaster: impl Fn(usize) -> bool) -> Option<usize> {
    use petrel_core::Upos;
    if tree.upos(t) != Upos::Verb {
        return None;
    }
    (tree.range.start..t)
        .rev()
        .take(6)
        .take_while(|&i| !matches!(tree.upos(i), Upos::Verb | Upos::Aux | Upos::Punct))
        // "rocket fire from Gaza kills": fire may be a weapon's.
        .find(|&i| tree.upos(i) == Upos::Noun && tree.lemma(i) != "fire" && disaster(i))
}

/// Whether trigger `t` tells of deaths in a disaster or an accident: "killed in a helicopter
/// crash", "died in the flood", "killed as a quake jolts the island", or a clause hung on a crash
/// ("the plane crashed, killing 32"), also when the parser hung it elsewhere ("a bus and a truck
/// collided …, killing 24").
fn died_in_accident(tree: &Tree, t: usize) -> bool {
    let disaster = |n: usize| DISASTERS.contains(&tree.lemma(n)) || accidental_blast(tree, n);
    tree.deps(t, "obl")
        .any(|o| tree.case_of(o) == Some("in") && disaster(o))
        // "six people are killed as a strong earthquake jolts an island".
        || tree.deps(t, "advcl").any(|a| {
            tree.deps(a, "mark")
                .any(|m| matches!(tree.lemma(m), "as" | "when" | "after"))
                && tree.deps(a, "nsubj").any(disaster)
        })
        || (tree.rel(t) == "advcl" && tree.head(t).is_some_and(|h| is_accident_verb(tree, h)))
        || (tree.doc.xpos(t) == "VBG"
            && (tree.range.start..t)
                .rev()
                .find(|&v| tree.upos(v) == petrel_core::Upos::Verb)
                // "a carriage derailed and dragged other cars into a ravine, killing four".
                .is_some_and(|v| {
                    is_accident_verb(tree, v)
                        || (tree.rel(v) == "conj"
                            && tree.head(v).is_some_and(|h| is_accident_verb(tree, h)))
                }))
        || (tree.rel(t) == "conj"
            && tree
                .head(t)
                .is_some_and(|h| h < t && died_in_accident(tree, h)))
}

/// Whether `v` is a verb of an accident: "crashed", "collided", "plunged".
fn is_accident_verb(tree: &Tree, v: usize) -> bool {
    matches!(
        tree.lemma(v),
        "crash" | "collide" | "derail" | "capsize" | "sink" | "overturn" | "plunge" | "collapse"
    )
}

/// Whether noun `n` is an explosion of an accident: "a gas explosion", "a boiler blast", "a
/// blast in a coal mine".
fn accidental_blast(tree: &Tree, n: usize) -> bool {
    let cause = |d: usize| ACCIDENT_CAUSES.contains(&tree.lemma(d));
    matches!(tree.lemma(n), "explosion" | "blast")
        && (tree
            .deps(n, "compound")
            .chain(tree.deps(n, "amod"))
            .any(cause)
            || tree
                .deps(n, "nmod")
                .filter(|&m| tree.case_of(m) == Some("in"))
                .any(|m| {
                    matches!(
                        tree.lemma(m),
                        "mine" | "pit" | "colliery" | "factory" | "plant" | "refinery"
                    ) && tree
                        .deps(m, "compound")
                        .chain(tree.deps(m, "amod"))
                        .all(|d| tree.lemma(d) != "land")
                }))
}

/// What explodes by accident.
const ACCIDENT_CAUSES: &[&str] = &[
    "gas",
    "methane",
    "boiler",
    "pipeline",
    "chemical",
    "accidental",
    "industrial",
    "firework",
    "fireworks",
    "mine",
    "mining",
    "coal",
    "factory",
    "plant",
    "fuel",
    "tanker",
];

/// Sectors of actors that speak and act outside politics: business, the media, education and
/// health ("Russian analysts", "French media").
const NONPOLITICAL_SECTORS: &[&str] = &["BUS", "MED", "EDU", "HLH"];

/// A political actor: a state or a people, an organisation of states, or an agent of
/// government, force or opposition ("officials", "troops", "rebels"); not a country's business,
/// media, schools or hospitals.
pub(crate) fn is_political(code: &str, country: Option<&str>, sector: Option<&str>) -> bool {
    (country.is_some() && !sector.is_some_and(|x| NONPOLITICAL_SECTORS.contains(&x)))
        || code.starts_with("IGO")
        || sector.is_some_and(|x| POLITICAL_SECTORS.contains(&x))
}

/// Whether an event's actor is political (see [`is_political`]).
fn political_ref(a: &ActorRef) -> bool {
    is_political(&a.code, a.country.as_deref(), a.sector.as_deref())
}

/// Whether sentence `s` names a political actor (see [`is_political`]).
fn names_political_actor(doc: &Doc, s: usize) -> bool {
    let range = doc.sentences[s].tokens();
    doc.mentions_overlapping(range.start, range.end).any(|m| {
        range.contains(&(m.tok_start as usize))
            && m.entry != petrel_actors::UNNAMED_PERSON
            && is_political(&m.code, m.country.as_deref(), m.sector.as_deref())
    })
}

/// Whether an event's actor is a titled person no dictionary knows ("Mr Lacroix"), who is no
/// agent of politics by himself.
fn unnamed_person(doc: &Doc, a: &ActorRef) -> bool {
    doc.mentions_with_span(a.span)
        .any(|(_, m)| m.entry == petrel_actors::UNNAMED_PERSON)
}

/// Event data codes what political actors do. In a sentence that names no political actor, an
/// event with no political source or target is not one ("IBM said it had built the fastest
/// computer", "investors sent stocks higher", "the storm blasted the coast"): it is dropped.
fn drop_apolitical(doc: &Doc, events: &mut Vec<Event>, first: usize) {
    let political = |a: &Option<ActorRef>| {
        a.as_ref()
            .is_some_and(|a| political_ref(a) && !unnamed_person(doc, a))
    };
    let tail = events.split_off(first);
    events.extend(
        tail.into_iter()
            .filter(|e| political(&e.source) || political(&e.target)),
    );
}

/// Sectors of private people and bodies: civilians, business, media, schools, hospitals.
pub(crate) const PRIVATE_SECTORS: &[&str] = &["CVL", "BUS", "MED", "EDU", "HLH"];

/// Whether mention `b` is one word naming private people or bodies ("people", "companies"):
/// no one in particular.
pub(crate) fn lone_private(b: &petrel_core::ActorMention) -> bool {
    b.tok_end - b.tok_start == 1
        && b.sector
            .as_deref()
            .is_some_and(|x| PRIVATE_SECTORS.contains(&x))
}

/// An appeal, intent, meeting, cooperation, aid, concession or inquiry (roots 02–09) with no
/// source and only private people or bodies as its target is no event: "to help people find
/// what they want", "a duty to offer hope to the millions". Violence, coercion and protest keep
/// their victims ("dozens of civilians killed"); a statement whose speaker is unresolved is
/// still a statement.
fn drop_unsourced_private(events: &mut Vec<Event>, first: usize) {
    let private = |e: &Event| {
        e.source.is_none()
            && e.code.as_bytes().first() == Some(&b'0')
            && !e.code.starts_with("01")
            && e.target.as_ref().is_some_and(|t| {
                t.sector
                    .as_deref()
                    .is_some_and(|x| PRIVATE_SECTORS.contains(&x))
            })
    };
    if events[first..].iter().any(private) {
        let tail = events.split_off(first);
        events.extend(tail.into_iter().filter(|e| !private(e)));
    }
}

/// An asserted event with both a source and a target: what a later meeting noun refers to.
fn has_dyad(e: &Event) -> bool {
    e.source.is_some() && e.target.is_some() && e.modality.is_factual()
}

/// "The talks", "the video call": a definite meeting noun with no actors of its own refers back
/// to the dyad of the latest earlier asserted event that has both a source and a target.
/// `last` is the index of that event, which the caller's loop keeps (see [`has_dyad`]), so that
/// no sentence searches all earlier events.
fn inherit_dyad(doc: &Doc, events: &mut [Event], first: usize, last: Option<usize>) {
    let (before, new) = events.split_at_mut(first);
    let Some(prev) = last.and_then(|i| before.get(i)) else {
        return;
    };
    for e in new
        .iter_mut()
        .filter(|e| e.source.is_none() && e.target.is_none() && e.code.starts_with("04"))
    {
        let trig = doc.trigger_token(e);
        let definite = trig.is_some_and(|t| {
            let sent = doc.sentences[e.sentence].tokens();
            sent.clone().any(|j| {
                doc.tokens[j].head == t as u32
                    && doc.tokens[j].deprel.as_str() == "det"
                    && doc.word(j).eq_ignore_ascii_case("the")
            })
        });
        if definite
            && doc
                .tokens
                .get(trig.unwrap_or(0))
                .is_some_and(|t| t.upos == Upos::Noun)
        {
            e.source = prev.source.clone();
            e.target = prev.target.clone();
            e.evidence.rule = format!("{}+antecedent", e.evidence.rule);
        }
    }
}

/// A protest, demonstration or strike with no stated target is taken to be aimed at the
/// protesters' own government (the usual convention of event data sets): "thousands of
/// Algerians marched in Algiers" is DZA -> DZAGOV. The target has no text span, and the rule
/// id says `+own-government`.
fn protest_own_government(events: &mut [Event]) {
    for e in events
        .iter_mut()
        .filter(|e| e.code.starts_with("14") && e.target.is_none())
    {
        let Some(country) = e
            .source
            .as_ref()
            .filter(|s| !s.code.contains("GOV"))
            .and_then(|s| s.code.get(..3))
            .filter(|c| petrel_ontology::is_state(c))
            .map(String::from)
        else {
            continue;
        };
        e.target = Some(ref_from_code(format!("{country}GOV"), String::new()));
        e.evidence.rule.push_str("+own-government");
    }
}

/// Whether `a` and `b` are mentions of two different named people ("Blair praised Gordon
/// Brown") or bodies ("the Lib Dems accused Labour"): the target stays though both have the
/// same code.
fn two_people(doc: &Doc, a: &ActorRef, b: &ActorRef) -> bool {
    // A pronoun counts as the person it was resolved to ("he insisted he still trusted Mr
    // Blair": Brown and Blair).
    let person = |r: &ActorRef| {
        doc.mentions_with_span(r.span).map(|(_, m)| m).find(|m| {
            !m.entry.is_empty()
                && (m.kind == ActorKind::Person
                    || (m.kind == ActorKind::Coreference
                        && ["he", "she", "him", "her"]
                            .iter()
                            .any(|p| doc.word(m.head as usize).eq_ignore_ascii_case(p))))
        })
    };
    // "Blair praised his chancellor": an officer someone calls his own is another person.
    let own_officer = |r: &ActorRef| {
        doc.mentions_with_span(r.span).any(|(_, m)| {
            let h = m.head as usize;
            m.kind == ActorKind::Agent
                && OFFICES.contains(&doc.lemma(h))
                // The possessive comes before the noun, in its sentence.
                && (doc.sentences[doc.tokens[h].sentence as usize].tokens().start..h).any(|j| {
                    doc.tokens[j].head == h as u32
                        && doc.tokens[j].deprel.as_str() == "nmod:poss"
                        && ["his", "her", "their"]
                            .iter()
                            .any(|p| doc.word(j).eq_ignore_ascii_case(p))
                })
        })
    };
    if (person(a).is_some() && own_officer(b)) || (own_officer(a) && person(b).is_some()) {
        return true;
    }
    // "The prime minister said he had discussed the claims with the chancellor": two offices
    // of one government are two people, and so are a person and a group of officers
    // ("Raynsford held frank discussions with fellow ministers").
    let office = |r: &ActorRef| {
        doc.mentions_with_span(r.span)
            .map(|(_, m)| m)
            .find(|m| {
                matches!(m.kind, ActorKind::Agent | ActorKind::Coreference)
                    && OFFICES.contains(&doc.lemma(m.head as usize))
            })
            .map(|m| {
                (
                    doc.lemma(m.head as usize),
                    doc.xpos(m.head as usize) == "NNS",
                )
            })
    };
    // A pronoun taken for someone of another office, who is named after it ("he had discussed
    // the claims with the chancellor", "he" being the prime minister), is another person too;
    // an office named before the pronoun is mostly what the pronoun refers to ("the home
    // secretary admitted he was wrong").
    let other_office = |p: &ActorRef, o: &ActorRef, office: &str| {
        o.span.start > p.span.start
            && person(p)
                .is_some_and(|m| m.kind == ActorKind::Coreference && !m.entry.contains(office))
    };
    match (office(a), office(b)) {
        (Some((x, false)), Some((y, false))) if x != y => return true,
        (Some((_, true)), _) if person(b).is_some() => return true,
        (_, Some((_, true))) if person(a).is_some() => return true,
        (Some((x, false)), None) if other_office(b, a, x) => return true,
        (None, Some((y, false))) if other_office(a, b, y) => return true,
        _ => {}
    }
    // "The Lib Dems say Labour is …": two named parties or other bodies of one code.
    let body = |r: &ActorRef| {
        doc.mentions_with_span(r.span)
            .map(|(_, m)| m)
            .find(|m| m.kind == ActorKind::Organisation && !m.entry.is_empty())
    };
    if matches!((body(a), body(b)), (Some(x), Some(y)) if x.entry != y.entry) {
        return true;
    }
    // Two pronouns are mostly one person, whatever coreference found ("Asked if he would quit,
    // he said").
    matches!((person(a), person(b)), (Some(x), Some(y))
        if x.entry != y.entry
            && (x.kind == ActorKind::Person || y.kind == ActorKind::Person))
}

/// Bodies and people whose kind an event noun before them names ("an appeals court", "aid
/// workers", "peace envoys").
const CLASSIFIED_BODIES: &[&str] = &[
    "court",
    "worker",
    "agency",
    "group",
    "envoy",
    "activist",
    "tribunal",
    "committee",
    "commission",
    "negotiator",
    "monitor",
    "inspector",
];

/// What a warning may hold out as a threat ("warned of serious consequences").
const REPRISALS: &[&str] = &[
    "consequence",
    "retaliation",
    "reprisal",
    "response",
    "action",
    "attack",
    "strike",
    "war",
    "force",
    "sanction",
    "measure",
    "step",
    "punishment",
    "revenge",
    "retribution",
    "military",
    "preemptive",
    "pre-emptive",
    "retaliatory",
];

/// Nouns of what someone thinks or says, which one agrees with by saying so.
const VIEWS: &[&str] = &[
    "comment",
    "view",
    "remark",
    "assessment",
    "analysis",
    "idea",
    "opinion",
    "statement",
    "argument",
    "claim",
    "point",
    "criticism",
    "verdict",
    "conclusion",
    "finding",
    "sentiment",
];

/// Nouns of one person's office ("his chancellor", "her deputy"), not of a body ("his
/// government").
const OFFICES: &[&str] = &[
    "chancellor",
    "minister",
    "secretary",
    "deputy",
    "spokesman",
    "spokeswoman",
    "ambassador",
    "envoy",
    "adviser",
    "advisor",
    "aide",
    "counterpart",
    "predecessor",
    "successor",
    "colleague",
    "president",
    "premier",
    "general",
    "commander",
];

fn same_actor(a: &Option<ActorRef>, b: &Option<ActorRef>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x.code == y.code,
        (None, None) => true,
        _ => false,
    }
}

fn actor_ref(doc: &Doc, m: usize) -> ActorRef {
    let men = &doc.mentions[m];
    ActorRef {
        code: men.code.clone(),
        country: men.country.clone(),
        sector: men.sector.clone(),
        text: men.span.slice(&doc.text).to_string(),
        span: men.span,
        chars: Default::default(),
    }
}

/// "An Israeli air strike on Gaza killed five people": victims named by a bare noun take
/// their country from the sentence, and the attacker's is the likeliest there. When such a
/// target of violence (mention `m`) has the attacker's country only by that context, and the
/// sentence names another state, the victims are that state's (the nearest such mention);
/// civilians, refugees and reporters also take the state named last in the two sentences
/// before.
/// Civilian victims with no attacker's country but a context one are of the state the sentence
/// places the attack in ("in Baghdad"), when that differs.
fn victims_elsewhere(doc: &Doc, m: usize, attacker: Option<&str>) -> Option<ActorRef> {
    let men = &doc.mentions[m];
    let country = men.country.as_deref()?;
    let bare = men.kind == petrel_core::ActorKind::Agent
        && men.tokens().all(|j| {
            doc.word(j)
                .chars()
                .next()
                .is_some_and(|c| !c.is_uppercase())
        });
    if !bare || country.len() != 3 {
        return None;
    }
    // "Bombs in Baghdad killed 18 people as the US defence secretary …": bare victims whose
    // state the sentence gave them from another actor are of the state the attack is placed in.
    let placed = || {
        (!men.entry.contains(" + ") && men.code.starts_with(country) && men.code.ends_with("CVL"))
            .then(|| other_state(doc, m, country, true))
            .flatten()
    };
    let new_country = if Some(country) == attacker {
        // Beyond the sentence only for those no state sends against its own people on
        // purpose: troops that fire on protesters may well be their own state's.
        let unarmed = ["CVL", "REF", "MED"].iter().any(|x| men.code.ends_with(x));
        other_state(doc, m, country, false)
            .or_else(|| unarmed.then(|| state_before(doc, m, country)).flatten())?
    } else {
        placed()?
    };
    let mut r = actor_ref(doc, m);
    r.code = format!("{new_country}{}", r.code.get(3..).unwrap_or(""));
    r.country = Some(new_country);
    Some(r)
}

/// Whether actor `a` is a bare agent noun ("militants", "gunmen") whose country came from the
/// sentence or article around it, not from its own words.
fn takes_country_from_context(doc: &Doc, a: &ActorRef) -> bool {
    doc.mentions_with_span(a.span).any(|(_, m)| {
        m.kind == petrel_core::ActorKind::Agent
            && !m.entry.contains(" + ")
            && m.tokens().all(|j| {
                let opens = doc.sentences[doc.tokens[j].sentence as usize]
                    .tokens()
                    .start
                    == j;
                opens
                    || doc
                        .word(j)
                        .chars()
                        .next()
                        .is_some_and(|c| !c.is_uppercase())
            })
    })
}

/// The state other than `country` that mention `m`'s sentence names nearest to it (a
/// country, a city or a metonym), if any; with `placed`, only one named as a place ("in
/// Baghdad", "near Tikrit", "in western Thailand").
fn other_state(doc: &Doc, m: usize, country: &str, placed: bool) -> Option<String> {
    let men = &doc.mentions[m];
    let sentence = doc.sentences[doc.tokens[men.head as usize].sentence as usize].tokens();
    // A place names where, not whose: after "in" or "near" (with at most one word between),
    // and not the modifier of a noun ("a US ammunition dump").
    let is_place = |o: &petrel_core::ActorMention| {
        let (t, end) = (o.tok_start as usize, o.tok_end as usize);
        let modifier = end < sentence.end && matches!(doc.tokens[end].upos, Upos::Noun);
        !modifier
            && (1..=2).any(|k| {
                t >= sentence.start + k
                    && matches!(
                        doc.word(t - k).to_lowercase().as_str(),
                        "in" | "near" | "outside" | "across" | "inside"
                    )
            })
    };
    doc.mentions
        .iter()
        .filter(|o| {
            sentence.contains(&(o.tok_start as usize))
                && (!placed || is_place(o))
                && names_other_state(o, country)
        })
        .min_by_key(|o| o.tok_start.abs_diff(men.tok_start))
        .and_then(|o| o.country.clone())
}

/// The state other than `country` named last in the two sentences before mention `m`'s ("Israeli
/// air strikes hit Gaza. The raid killed dozens of people": Gaza), if any.
fn state_before(doc: &Doc, m: usize, country: &str) -> Option<String> {
    let s = doc.tokens[doc.mentions[m].head as usize].sentence as usize;
    let from = doc.sentences[s.saturating_sub(2)].tokens().start;
    let to = doc.sentences[s].tokens().start;
    doc.mentions
        .iter()
        .filter(|o| (from..to).contains(&(o.tok_start as usize)) && names_other_state(o, country))
        .max_by_key(|o| o.tok_start)
        .and_then(|o| o.country.clone())
}

/// Whether mention `o` names a state other than `country` (a country, a city or a metonym, not
/// a bare sector word).
fn names_other_state(o: &petrel_core::ActorMention, country: &str) -> bool {
    o.kind == petrel_core::ActorKind::Country
        && o.country
            .as_deref()
            .is_some_and(|c| c != country && c.len() == 3)
        && petrel_ontology::actor_code::sector_name(o.code.get(..3).unwrap_or("")).is_none()
}

fn ref_from_code(code: String, text: String) -> ActorRef {
    let parsed = petrel_ontology::ActorCode::parse(&code);
    let country = parsed.as_ref().map(|p| p.country.to_string());
    let sector = parsed.as_ref().and_then(|p| p.sector()).map(String::from);
    ActorRef {
        code,
        country,
        sector,
        text,
        span: Default::default(),
        chars: Default::default(),
    }
}

impl Stage for EventCoder {
    fn name(&self) -> &'static str {
        "events"
    }
    fn requires(&self) -> Layers {
        Layers::SENTENCES | Layers::TOKENS | Layers::ACTORS
    }
    fn provides(&self) -> Layers {
        Layers::EVENTS
    }
    fn process(&self, doc: &mut Doc) -> Result<()> {
        let idx = MentionIndex::new(doc);
        let quotes = quotes::quotes(doc, &idx, &self.rules);
        let sports_doc = self.is_sports_document(doc);
        let mut events = Vec::new();
        let mut last_dyad = None;
        let mut clean = 0;
        for s in 0..doc.sentences.len() {
            let first = events.len();
            self.code_sentence(doc, &idx, s, &quotes, sports_doc, &mut events);
            inherit_dyad(doc, &mut events, first, last_dyad);
            protest_own_government(&mut events[first..]);
            if events.len() > first && !names_political_actor(doc, s) {
                drop_apolitical(doc, &mut events, first);
            }
            drop_unsourced_private(&mut events, first);
            let clean_before = clean;
            // Dropping moves the events after `clean_before`, so the latest dyad is looked for
            // again among them.
            let from = if drop_actorless_extras(&mut events, first, &mut clean) {
                clean_before.min(first)
            } else {
                first
            };
            if let Some(i) = events[from..].iter().rposition(has_dyad) {
                last_dyad = Some(from + i);
            }
        }
        // Actorless events after the document's last event with an actor are background too,
        // and so are all of them in an article of several sentences that gives none an actor
        // ("a surprise attack", "demand for laundry products slowed"). A one-sentence document,
        // such as a gold item, keeps them.
        if clean > 0 || doc.sentences.len() > 1 {
            let tail = events.split_off(clean);
            events.extend(tail.into_iter().filter(has_actor));
        }
        let topics = crate::commerce::Topics::of(&self.rules, doc);
        if topics.commercial(doc) {
            // A brief keeps its violence: "Could the war boost arms sales? Israel is dropping
            // tonnes of bombs on Gaza."
            let brief = crate::commerce::is_brief(doc);
            crate::commerce::keep_political(&mut events, brief);
        } else if crate::commerce::is_sports_brief(&self.rules, doc) || topics.sports_brief(doc) {
            crate::commerce::keep_political(&mut events, true);
        } else if topics.sports_article() || crate::commerce::score_headline(doc) {
            // Under a result's headline, "Canada fought off Brazil" is the game's.
            crate::commerce::keep_political(&mut events, false);
        }
        // Economic cooperation, done or intended, takes a partner: "invest in public
        // services", "the dollar traded at $1.20" and "the airline is investing in new
        // aircraft" name none.
        events.retain(|e| !(matches!(e.code.as_str(), "061" | "0311") && e.target.is_none()));
        crate::commerce::drop_business_only(&mut events);
        crate::storms::drop_weather_force(doc, &mut events);
        crate::parents::link(doc, &self.rules, &mut events);
        crate::parents::drop_petrarch_parents(doc, &self.rules, &mut events);
        crate::parents::drop_own_speech(&mut events);
        crate::speaking::merge_speaking_participles(doc, &mut events);
        crate::parents::share_complement_targets(doc, &mut events);
        crate::offsets::fill_char_spans(&doc.text, &mut events);
        doc.events = events;
        Ok(())
    }
}

/// "Terrorist attacks will take place", "more strikes will happen": an event noun that is the
/// subject of a verb of occurring is predicted, not planned or threatened by anyone (a meeting
/// that will take place is scheduled, see the caller).
fn predicted_occurrence(tree: &Tree, t: usize) -> bool {
    tree.upos(t) == Upos::Noun
        && tree.rel(t) == "nsubj"
        && tree.head(t).is_some_and(|h| {
            matches!(tree.lemma(h), "happen" | "occur" | "follow" | "ensue")
                || (tree.lemma(h) == "take"
                    && tree.deps_exact(h, "obj").any(|o| tree.lemma(o) == "place"))
        })
}
