//! The parse gate: after tagging and lemmas, before parsing, it marks the sentences that cannot
//! yield an event, so that the parser (most of the pipeline's time) skips them.
//!
//! A sentence is parsed when any of these holds; otherwise no later stage reads its parse:
//! - a token could trigger a rule: a verb-like token (VERB, X, or an ADJ ending in `-ed`) whose
//!   lemma has verb rules, or a noun-like one (NOUN, X) whose lemma has noun rules (the coder's
//!   own first test, before it reads any dependency), and every word the rule requires as an
//!   object, subject, particle, preposition or complement occurs in the sentence; and the
//!   sentence names a political actor (the actor stage runs before the gate), or may borrow
//!   one: a first-person subject or a demand that a quotation's speaker makes, or a definite
//!   meeting noun that takes an earlier event's dyad. The coder drops every event of a sentence
//!   that names no political actor unless the event has one, and an event's actors are the
//!   sentence's mentions or borrowed ones, so without these nothing in it counts. A company,
//!   a newspaper, a school or a titled person no dictionary knows ("Mr Parton") is named but
//!   no political actor ("Citigroup said…"), though a protest by a state's people or bodies
//!   is aimed at that state's government, so such a sentence is parsed for protest rules;
//! - a token is a verb of saying and the sentence has a quotation mark: the verb's subject may
//!   name the speaker of a quotation that holds events in other sentences;
//! - a verb tags a quotation ("…,” she continued", "She added, “…”"), or a verb of saying
//!   comes just before a sentence that opens with one: the verb's subject is its speaker.
//!   These two hold only for a quotation that may hold an event (a sentence inside it passes
//!   the other tests) or whose speaker such a quotation may go on quoting: the speaker of a
//!   quotation with no event is attributed nothing;
//! - `it` refers back to an actor: coreference reads the parse to tell an expletive `it` from
//!   one that refers back, and the mentions are found again after the parse when it was an
//!   expletive ([`petrel_actors::ExpletiveCheck`]).

use crate::{Rule, RuleSet};
use petrel_core::{ActorKind, Doc, Layers, Result, Stage, Upos};
use std::sync::Arc;

/// Marks the sentences the parser may skip ([`petrel_core::Sentence::unparsed`]).
#[derive(Clone)]
pub struct ParseGate {
    rules: Arc<RuleSet>,
}

impl ParseGate {
    /// A gate over the rules the coder will use.
    pub fn new(rules: Arc<RuleSet>) -> ParseGate {
        ParseGate { rules }
    }

    /// Why sentence `s` of a tagged and lemmatised `doc` needs its parse, if it does.
    /// `scratch` is reused across calls so that the check allocates nothing per token.
    /// `quoting` says whether the sentence holds part of a quotation.
    pub fn needs_parse(&self, doc: &Doc, s: usize, scratch: &mut Scratch, quoting: bool) -> Need {
        let range = doc.sentences[s].tokens();
        scratch.fill(doc, range.clone());
        if self.may_yield_event(doc, range.clone(), scratch, quoting) {
            return Need::Event;
        }
        let quoted = range.clone().any(|i| is_quote_mark(doc.word(i)));
        let speech =
            quoted && (0..range.len()).any(|k| self.rules.is_speech_verb(scratch.lemma(k)));
        if speech || self.tags_a_quotation(doc, s, scratch, quoted) {
            Need::Speaker
        } else {
            Need::Nothing
        }
    }

    /// Whether the sentence over `range` (its lemmas in `scratch`) may yield an event.
    fn may_yield_event(
        &self,
        doc: &Doc,
        range: std::ops::Range<usize>,
        scratch: &mut Scratch,
        quoting: bool,
    ) -> bool {
        let mut unit = std::mem::take(&mut scratch.unit);
        let (mut political, mut of_a_state) = (false, false);
        let mut referring_it = false;
        for m in doc.mentions_overlapping(range.start, range.end) {
            let (country, sector) = (m.country.as_deref(), m.sector.as_deref());
            political |= crate::coder::is_political(&m.code, country, sector)
                && m.entry != petrel_actors::UNNAMED_PERSON;
            of_a_state |= m.code.get(..3).is_some_and(petrel_ontology::is_state);
            let word = doc.word(m.tok_start as usize);
            referring_it |= m.kind == ActorKind::Coreference
                && (!word.is_ascii() || word.bytes().any(|b| b | 0x20 == b't'))
                && has_it(word, &mut unit);
        }
        scratch.unit = unit;
        if referring_it {
            return true;
        }
        let allow = Allow {
            all: political || (quoting && scratch.speaker_may_act()),
            meetings: !political && may_borrow_actor(doc, range.clone(), scratch, quoting),
            protests: of_a_state,
        };
        (allow.all || allow.meetings || allow.protests)
            && self.may_trigger(doc, range, scratch, allow)
    }

    /// Whether a token of the sentence could trigger a rule that `allow` admits (the coder's
    /// own first test).
    fn may_trigger(
        &self,
        doc: &Doc,
        range: std::ops::Range<usize>,
        scratch: &Scratch,
        allow: Allow,
    ) -> bool {
        let verbs = allow.all || allow.protests;
        let mut lower = String::new();
        range.enumerate().any(|(k, i)| {
            let compound = self.rules.hyphen_compound(doc, i, scratch.lemma(k));
            let lemma = compound.as_deref().unwrap_or(scratch.lemma(k));
            let upos = doc.tokens[i].upos;
            let word = doc.word(i);
            let verbish =
                matches!(upos, Upos::Verb | Upos::X) || (upos == Upos::Adj && word.ends_with("ed"));
            let nounish = matches!(upos, Upos::Noun | Upos::X);
            let possible =
                |verb: bool| move |r: &Rule| allow.admits(r, verb) && scratch.may_satisfy(r);
            (verbish
                && verbs
                && if self.rules.has_verb_forms() {
                    crate::lower::lower_into(word, &mut lower);
                    self.rules.verb_rules_at(lemma, &lower).any(possible(true))
                } else {
                    self.rules.verb_rules(lemma).any(possible(true))
                })
                || (nounish && self.rules.noun_rules(lemma).any(possible(false)))
        })
    }

    /// Whether sentence `s` names the speaker of a quotation by a verb whose subject the
    /// quotation rules read from the parse: a verb after a closing comma ("…,” she continued"),
    /// a verb before a colon or comma that opens one ("She continued, “…”"), or a verb of
    /// saying before a sentence that opens with one.
    /// `quoted` says whether the sentence has a quotation mark at all.
    fn tags_a_quotation(&self, doc: &Doc, s: usize, scratch: &Scratch, quoted: bool) -> bool {
        let range = doc.sentences[s].tokens();
        let verb = |j: usize| doc.tokens[j].upos == Upos::Verb;
        let marks = range.clone().filter(|_| quoted);
        for i in marks.filter(|&i| is_quote_mark(doc.word(i))) {
            let before = (i > range.start).then(|| doc.word(i - 1));
            let closes = matches!(before, Some("," | "?" | "!" | "'" | "’" | "''"));
            if closes && (i + 1..range.end.min(i + 6)).any(verb) {
                return true;
            }
            let opens = matches!(before, Some(":" | ","));
            if opens && (range.start..i).rev().take(4).any(verb) {
                return true;
            }
        }
        doc.sentences.get(s + 1).is_some_and(|next| {
            next.tok_start < next.tok_end
                && is_quote_mark(doc.word(next.tok_start as usize))
                && (0..range.len()).any(|k| self.rules.is_speech_verb(scratch.lemma(k)))
        })
    }
}

/// Why a sentence needs its parse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// It cannot yield an event or name a speaker: the parser may skip it.
    Nothing,
    /// It may name the speaker of a quotation: needed only if an event may lie in one.
    Speaker,
    /// It may yield an event, or coreference reads its parse.
    Event,
}

/// Which rules may fire in a sentence, by the actors it names or may borrow.
#[derive(Clone, Copy)]
struct Allow {
    /// Any rule: the sentence names a political actor, or a quotation's speaker may act in it.
    all: bool,
    /// Meeting nouns (noun rules of CAMEO 04), which may take an earlier event's dyad.
    meetings: bool,
    /// Protests (CAMEO 14): a protest by a state's people or bodies with no target is aimed at
    /// that state's government, a political actor.
    protests: bool,
}

impl Allow {
    /// Whether rule `r` (a verb rule if `verb`, else a noun rule) may fire.
    fn admits(self, r: &Rule, verb: bool) -> bool {
        self.all
            || (self.meetings && !verb && r.code.starts_with("04"))
            || (self.protests && r.code.starts_with("14"))
    }
}

/// Whether an event in a sentence that names no political actor could still get one from
/// elsewhere: the speaker of a quotation around it as the source of a first-person subject ("we
/// will strike") or of a demand ("they must leave"), or a definite meeting noun ("the talks")
/// taking the dyad of an earlier event. Events with no political actor in a sentence that names
/// none are dropped, so nothing else in such a sentence can yield one (but see
/// [`Allow::protests`]).
fn may_borrow_actor(
    doc: &Doc,
    mut range: std::ops::Range<usize>,
    scratch: &Scratch,
    quoting: bool,
) -> bool {
    (quoting && scratch.speaker_may_act()) || range.any(|i| doc.word(i).eq_ignore_ascii_case("the"))
}

/// Which sentences may name the speaker of a quotation that may hold an event, given the
/// quotations as (opening, closing) sentence pairs in text order. [`crate::quotes`] looks for
/// a quotation's speaker in the sentence where it closes, where it opens and the one before,
/// and a quotation with none goes on quoting the speaker of one that closed at most a
/// sentence before it opened. So for every run of quotations chained that way, if a sentence
/// inside any of them may yield an event, each from the sentence before it opens to the one
/// where it closes may name a speaker that counts.
fn speakers_needed(pairs: &[(usize, usize)], needs: &[Need]) -> Vec<bool> {
    let mut out = vec![false; needs.len()];
    let mut i = 0;
    while i < pairs.len() {
        let mut end = pairs[i].1;
        let mut j = i + 1;
        while j < pairs.len() && pairs[j].0 <= end + 1 {
            end = end.max(pairs[j].1);
            j += 1;
        }
        let run = pairs.get(i..j).unwrap_or(&[]);
        let eventful =
            |&(a, b): &(usize, usize)| needs.get(a..=b).is_some_and(|n| n.contains(&Need::Event));
        if run.iter().any(eventful) {
            for &(a, b) in run {
                if let Some(span) = out.get_mut(a.saturating_sub(1)..=b) {
                    span.fill(true);
                }
            }
        }
        i = j;
    }
    out
}

/// The quotation marks that [`crate::quotes`] pairs.
pub(crate) fn is_quote_mark(w: &str) -> bool {
    matches!(w, "\"" | "“" | "”" | "«" | "»" | "``" | "''")
}

/// A token that is, or holds between hyphens or slashes, a unit that actor matching reads as
/// `it` (after its normalisation: "It", "it's").
fn has_it(word: &str, buf: &mut String) -> bool {
    let mut found = false;
    petrel_actors::normalize::split_units(word, |a, b| {
        buf.clear();
        petrel_actors::normalize::normalize_into(&word[a..b], buf);
        found |= buf == "it";
    });
    found
}

/// The lower-cased lemmas of one sentence, in one reused buffer.
#[derive(Debug, Default)]
pub struct Scratch {
    text: String,
    ends: Vec<usize>,
    unit: String,
}

impl Scratch {
    fn fill(&mut self, doc: &Doc, range: std::ops::Range<usize>) {
        self.text.clear();
        self.ends.clear();
        for i in range {
            let l = doc.lemma(i);
            if l.bytes().any(|b| b.is_ascii_uppercase()) || !l.is_ascii() {
                self.text.extend(l.chars().flat_map(char::to_lowercase));
            } else {
                self.text.push_str(l);
            }
            self.ends.push(self.text.len());
        }
    }

    /// A first-person pronoun (the subject a quotation's speaker fills) or a word of
    /// obligation ("must", "should", "ought", "has to", "need to": a demand by the speaker).
    fn speaker_may_act(&self) -> bool {
        let n = self.ends.len();
        (0..n).any(|k| match self.lemma(k) {
            "we" | "i" | "us" | "must" | "should" | "ought" => true,
            "have" | "need" => (k + 1..n.min(k + 4)).any(|j| self.lemma(j) == "to"),
            _ => false,
        })
    }

    fn lemma(&self, k: usize) -> &str {
        let start = if k == 0 { 0 } else { self.ends[k - 1] };
        &self.text[start..self.ends[k]]
    }

    fn has_any(&self, words: &[String]) -> bool {
        words.is_empty()
            || words.iter().any(|w| {
                w == "*" || w == "@actor" || (0..self.ends.len()).any(|k| self.lemma(k) == w)
            })
    }

    /// False only when a word the rule requires (an object, subject, particle, preposition or
    /// complement lemma) is nowhere in the sentence, so no parse could satisfy it.
    fn may_satisfy(&self, r: &Rule) -> bool {
        self.has_any(&r.obj)
            && self.has_any(&r.subj)
            && self.has_any(&r.prt)
            && self.has_any(&r.prep)
            && self.has_any(&r.xcomp)
    }
}

impl Stage for ParseGate {
    fn name(&self) -> &'static str {
        "gate"
    }
    fn requires(&self) -> Layers {
        Layers::TAGS | Layers::LEMMAS | Layers::ACTORS
    }
    fn provides(&self) -> Layers {
        Layers::NONE
    }
    fn process(&self, doc: &mut Doc) -> Result<()> {
        let mut scratch = Scratch::default();
        // Whether each sentence has a token inside a quotation (marks included).
        let mut quoting = vec![false; doc.sentences.len()];
        let mut pairs = Vec::new();
        crate::quotes::for_each_pair(doc, |(s0, _), (s1, _)| {
            quoting[s0..=s1].fill(true);
            pairs.push((s0, s1));
        });
        let needs: Vec<Need> = (0..doc.sentences.len())
            .map(|s| self.needs_parse(doc, s, &mut scratch, quoting[s]))
            .collect();
        let speakers = speakers_needed(&pairs, &needs);
        for (s, sentence) in doc.sentences.iter_mut().enumerate() {
            sentence.unparsed = match needs[s] {
                Need::Event => false,
                Need::Speaker => !speakers[s],
                Need::Nothing => true,
            };
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_speaker_counts_for_a_run_of_quotations_that_may_hold_an_event() {
        use Need::*;
        let needs = [
            Nothing, Speaker, Nothing, Event, Speaker, Nothing, Nothing, Speaker, Nothing,
        ];
        // The quotation over sentences 2-3 opens right after the one in sentence 1 closes, so
        // it may go on quoting its speaker; the one in sentence 7 stands alone and holds none.
        let got = speakers_needed(&[(1, 1), (2, 3), (7, 7)], &needs);
        let want = [true, true, true, true, false, false, false, false, false];
        assert_eq!(got, want);
        assert_eq!(speakers_needed(&[], &needs), [false; 9]);
    }
}
