//! Scoring reported speech against gold attributions (PolNeAR), beside a say/tell baseline.
//!
//! Every coded event counts, whatever its modality. An event is inside a gold content span when
//! its trigger lies inside a fragment of a `Content` annotation; it is marked when its modality
//! has `reported` set. Coverage is the share of inside events that are marked, precision the
//! share of marked events that are inside, speaker accuracy the share of marked inside events
//! whose speaker overlaps the gold source of an attribution whose content holds the trigger.

use crate::attribution::AttributionDoc;
use petrel_core::{Doc, ErrorKind, Event, PetrelError, Result, Span};
use std::collections::HashSet;

/// Words that do not count in the word-overlap fallback of speaker matching.
const DETERMINERS: [&str; 28] = [
    "a", "an", "the", "this", "that", "these", "those", "some", "any", "each", "every", "all",
    "both", "either", "neither", "no", "another", "such", "what", "which", "whose", "my", "your",
    "his", "her", "its", "our", "their",
];

/// How one system (petrel or the baseline) treated one coded event.
#[derive(Debug, Clone, PartialEq)]
pub struct Marking {
    /// The event is marked as reported speech.
    pub marked: bool,
    /// The speaker as written (empty when none is named).
    pub speaker: String,
    /// The cue: a reporting verb's lemma, or "according to".
    pub cue: String,
    /// Where the speaker is in the text, when it could be located.
    pub speaker_span: Option<Span>,
    /// Marked, inside a content span, and the speaker matches a gold source.
    pub speaker_right: bool,
}

/// What went wrong with one event, for error listings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slip {
    /// Inside a content span but not marked.
    Missed,
    /// Marked and inside, but the speaker matches no gold source.
    WrongSpeaker,
    /// Marked but outside every content span.
    FalseAlarm,
}

impl Slip {
    /// A short name: `missed`, `wrong speaker` or `false alarm`.
    pub fn as_str(self) -> &'static str {
        match self {
            Slip::Missed => "missed",
            Slip::WrongSpeaker => "wrong speaker",
            Slip::FalseAlarm => "false alarm",
        }
    }
}

/// The verdict on one coded event.
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteOutcome {
    /// Index of the event in [`Doc::events`].
    pub event: usize,
    /// The trigger lies inside a gold content span.
    pub inside: bool,
    /// Indices in [`AttributionDoc::attributions`] of those whose content holds the trigger.
    pub attributions: Vec<usize>,
    /// How petrel marked it.
    pub petrel: Marking,
    /// How the say/tell baseline marked it.
    pub baseline: Marking,
}

impl QuoteOutcome {
    /// petrel's error on this event, if any.
    pub fn slip(&self) -> Option<Slip> {
        match (self.inside, self.petrel.marked) {
            (true, false) => Some(Slip::Missed),
            (true, true) if !self.petrel.speaker_right => Some(Slip::WrongSpeaker),
            (false, true) => Some(Slip::FalseAlarm),
            _ => None,
        }
    }
}

/// Counts for one system; the events inside content spans are in [`QuoteScores::inside`].
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct SystemScores {
    /// Events marked as reported.
    pub marked: usize,
    /// Marked events inside a content span.
    pub inside_marked: usize,
    /// Of those, events whose speaker matches a gold source.
    pub speaker_right: usize,
}

/// Attribution-scoring figures, summed over documents with [`QuoteScores::add_doc`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QuoteScores {
    /// Documents scored.
    pub documents: usize,
    /// Gold attributions.
    pub attributions: usize,
    /// Gold `Content` annotations.
    pub content_spans: usize,
    /// Coded events (every modality).
    pub coded_events: usize,
    /// Coded events whose trigger lies inside a content span.
    pub inside: usize,
    /// petrel's figures.
    pub petrel: SystemScores,
    /// The say/tell baseline's figures.
    pub baseline: SystemScores,
}

impl QuoteScores {
    /// Scores `doc`, coded from `gold.text`, adds its figures and returns one outcome per coded
    /// event; an error when the coded text is not the gold text.
    pub fn add_doc(&mut self, gold: &AttributionDoc, doc: &Doc) -> Result<Vec<QuoteOutcome>> {
        if doc.text != gold.text {
            return Err(PetrelError::new(
                ErrorKind::Other,
                format!("{}: the coded text differs from the gold text", gold.id),
            ));
        }
        self.documents += 1;
        self.attributions += gold.attributions.len();
        self.content_spans += gold.contents.len();
        self.coded_events += doc.events.len();
        let mut out = Vec::with_capacity(doc.events.len());
        for (i, e) in doc.events.iter().enumerate() {
            let t = e.evidence.trigger;
            let inside = gold.contents.iter().flatten().any(|&c| holds(c, t));
            let attributions: Vec<usize> = (0..gold.attributions.len())
                .filter(|&a| gold.attributions[a].content.iter().any(|&c| holds(c, t)))
                .collect();
            let sources: Vec<&[Span]> = attributions
                .iter()
                .map(|&a| gold.attributions[a].source.as_slice())
                .collect();
            let mut petrel = petrel_marking(doc, e);
            petrel.speaker_right =
                inside && petrel.marked && speaker_matches(gold, &sources, &petrel);
            let mut baseline = baseline_marking(doc, e);
            baseline.speaker_right =
                inside && baseline.marked && speaker_matches(gold, &sources, &baseline);
            self.inside += inside as usize;
            for (s, m) in [(&mut self.petrel, &petrel), (&mut self.baseline, &baseline)] {
                s.marked += m.marked as usize;
                s.inside_marked += (m.marked && inside) as usize;
                s.speaker_right += m.speaker_right as usize;
            }
            out.push(QuoteOutcome {
                event: i,
                inside,
                attributions,
                petrel,
                baseline,
            });
        }
        Ok(out)
    }
}

/// petrel's own marking: `modality.reported`, its speaker where the coder found it, else
/// located with [`locate`].
fn petrel_marking(doc: &Doc, e: &Event) -> Marking {
    match &e.modality.reported {
        Some(r) => Marking {
            marked: true,
            speaker: r.text.clone(),
            cue: r.cue.clone(),
            speaker_span: r
                .bytes
                .filter(|b| b.end > b.start)
                .or_else(|| locate(doc, e.sentence, e.evidence.trigger, &r.text)),
            speaker_right: false,
        },
        None => unmarked(),
    }
}

fn unmarked() -> Marking {
    Marking {
        marked: false,
        speaker: String::new(),
        cue: String::new(),
        speaker_span: None,
        speaker_right: false,
    }
}

/// The baseline: an event is reported when its sentence has a token whose lemma is "say" or
/// "tell" (the one nearest the trigger is the cue). The speaker is the actor mention of the
/// sentence nearest the cue, else the cue's subject phrase (`nsubj`); its span is known, so it
/// is not searched for.
fn baseline_marking(doc: &Doc, e: &Event) -> Marking {
    let Some(sentence) = doc.sentences.get(e.sentence) else {
        return unmarked();
    };
    let toks = sentence.tokens();
    let cue = toks
        .clone()
        .filter(|&i| {
            let l = doc.lemma(i);
            l.eq_ignore_ascii_case("say") || l.eq_ignore_ascii_case("tell")
        })
        .min_by_key(|&i| distance(doc.tokens[i].span, e.evidence.trigger));
    let Some(cue) = cue else {
        return unmarked();
    };
    let at = doc.tokens[cue].span;
    let mention = doc
        .mentions_overlapping(toks.start, toks.end)
        .filter(|m| m.tok_start as usize >= toks.start && m.tok_end as usize <= toks.end)
        .min_by_key(|m| distance(m.span, at))
        .map(|m| m.span);
    let span = mention.or_else(|| subject_phrase(doc, cue));
    Marking {
        marked: true,
        speaker: span.map_or(String::new(), |s| s.slice(&doc.text).to_string()),
        cue: doc.lemma(cue).to_lowercase(),
        speaker_span: span,
        speaker_right: false,
    }
}

/// The span of the phrase headed by the `nsubj` of token `v` (its subtree's first to last token).
fn subject_phrase(doc: &Doc, v: usize) -> Option<Span> {
    let subj = doc
        .children(v)
        .find(|&c| doc.tokens[c].deprel.base() == "nsubj")?;
    let toks = doc.sentences[doc.tokens[subj].sentence as usize].tokens();
    let under = |mut j: usize| {
        for _ in 0..toks.len() {
            if j == subj {
                return true;
            }
            match doc.tokens[j].head() {
                Some(h) if toks.contains(&h) => j = h,
                _ => return false,
            }
        }
        false
    };
    let mut phrase = toks.clone().filter(|&j| under(j));
    let first = phrase.next()?;
    let last = phrase.next_back().unwrap_or(first);
    Some(doc.tokens[first].span.cover(doc.tokens[last].span))
}

/// Where `speaker` is written for an event of sentence `s` with `trigger`: the whole-word,
/// case-sensitive occurrence nearest the trigger within the sentence, else within the whole
/// text; `None` when the speaker is empty or written nowhere.
pub fn locate(doc: &Doc, s: usize, trigger: Span, speaker: &str) -> Option<Span> {
    if speaker.trim().is_empty() {
        return None;
    }
    let sentence = doc.sentences.get(s).map(|x| x.span);
    let whole = Span::new(0, doc.text.len());
    sentence
        .and_then(|r| nearest(&doc.text, r, trigger, speaker))
        .or_else(|| nearest(&doc.text, whole, trigger, speaker))
}

fn nearest(text: &str, within: Span, trigger: Span, needle: &str) -> Option<Span> {
    let base = within.start as usize;
    let hay = within.slice(text);
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    hay.match_indices(needle)
        .map(|(i, _)| Span::new(base + i, base + i + needle.len()))
        .filter(|m| {
            let before = text[..m.start as usize].chars().next_back();
            let after = text[m.end as usize..].chars().next();
            let starts = needle.chars().next();
            let ends = needle.chars().next_back();
            // Not glued to a letter or digit on either side ("he" is not found in "the").
            let glued = (word(before) && word(starts)) || (word(after) && word(ends));
            !glued
        })
        .min_by_key(|&m| distance(m, trigger))
}

/// True when a system's speaker matches one of the gold `sources` (one per attribution whose
/// content holds the trigger). When the speaker was located in the text, its span must overlap
/// a source fragment (so a pronoun is right when the gold source is that pronoun). When it
/// could not be located, it must share a word with a source's text, ignoring case, determiners
/// and a possessive "s". An attribution without a source never matches.
pub fn speaker_matches(gold: &AttributionDoc, sources: &[&[Span]], m: &Marking) -> bool {
    match m.speaker_span {
        Some(at) => sources
            .iter()
            .flat_map(|s| s.iter())
            .any(|&g| overlaps(at, g)),
        None => {
            let ours = content_words(&m.speaker);
            sources
                .iter()
                .filter(|s| !s.is_empty())
                .any(|s| !ours.is_disjoint(&content_words(&gold.text_of(s))))
        }
    }
}

/// Lower-cased runs of letters and digits, without determiners and a possessive "s".
fn content_words(s: &str) -> HashSet<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| !w.is_empty() && w != "s" && !DETERMINERS.contains(&w.as_str()))
        .collect()
}

/// `outer` covers `inner`.
fn holds(outer: Span, inner: Span) -> bool {
    outer.start <= inner.start && inner.end <= outer.end
}

fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

/// Bytes between two spans (0 when they touch or overlap).
fn distance(a: Span, b: Span) -> u32 {
    if a.end <= b.start {
        b.start - a.end
    } else {
        a.start.saturating_sub(b.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::brat::parse_brat;
    use petrel_core::{ActorKind, ActorMention, Deprel, DocMeta, Sentence, Token};

    /// Three sentences: a reported clause with a named speaker, a quotation whose speaker is a
    /// pronoun, and a plain report.
    const TEXT: &str = "Mayor Lina Oduya said the guards closed the dam. \
\"Engineers will inspect it,\" she told them. Farmers protested in the valley.";

    /// Whitespace tokens (punctuation split off), lemmas for said/told, one parse arc.
    fn doc() -> Doc {
        let mut d = Doc::new(DocMeta::default(), TEXT);
        let mut s = 0;
        let mut start = None;
        for (i, c) in TEXT
            .char_indices()
            .chain(std::iter::once((TEXT.len(), ' ')))
        {
            let punct = matches!(c, '.' | ',' | '"');
            if let Some(b) = start.filter(|_| c == ' ' || punct) {
                d.tokens.push(Token::new(Span::new(b, i), s));
                start = None;
            }
            if punct {
                d.tokens.push(Token::new(Span::new(i, i + 1), s));
                if c == '.' {
                    let first = d.sentences.last().map_or(0, |x: &Sentence| x.tok_end);
                    let from = d.tokens[first as usize].span.start as usize;
                    d.sentences.push(Sentence {
                        span: Span::new(from, i + 1),
                        tok_start: first,
                        tok_end: d.tokens.len() as u32,
                        boilerplate: false,
                        unparsed: false,
                    });
                    s += 1;
                }
            } else if c != ' ' && start.is_none() {
                start = Some(i);
            }
        }
        for i in 0..d.tokens.len() {
            match d.word(i) {
                "said" => d.set_lemma(i, "say"),
                "told" => d.set_lemma(i, "tell"),
                _ => {}
            }
        }
        let tok = |w: &str| (0..d.tokens.len()).find(|&i| d.word(i) == w).unwrap();
        let (she, told, mayor) = (tok("she"), tok("told"), tok("Mayor"));
        d.tokens[she].head = told as u32;
        d.tokens[she].deprel = Deprel::parse("nsubj");
        d.mentions.push(ActorMention {
            span: d.tokens[mayor].span.cover(d.tokens[mayor + 2].span),
            tok_start: mayor as u32,
            tok_end: mayor as u32 + 3,
            head: mayor as u32 + 2,
            code: "XYZGOV".into(),
            country: None,
            sector: None,
            kind: ActorKind::Person,
            entry: "Lina Oduya".into(),
        });
        d
    }

    /// An event on `word`, reported from `speaker` (built from JSON, so that fields added to
    /// the event types with a serde default need no change here).
    fn event(d: &Doc, word: &str, speaker: Option<&str>) -> Event {
        let i = (0..d.tokens.len()).find(|&i| d.word(i) == word).unwrap();
        let t = d.tokens[i].span;
        let reported =
            speaker.map(|s| serde_json::json!({"speaker": null, "text": s, "cue": "say"}));
        serde_json::from_value(serde_json::json!({
            "sentence": d.tokens[i].sentence, "code": "010", "plover": null, "mode": null,
            "source": null, "target": null, "date": null, "location": null,
            "modality": {"negated": false, "hypothetical": false, "future": false, "reported": reported},
            "evidence": {"trigger": {"start": t.start, "end": t.end}, "text": word, "rule": "test"},
        }))
        .unwrap()
    }

    /// Character offsets of `w` in TEXT (ASCII, so bytes).
    fn at(w: &str) -> String {
        let s = TEXT.find(w).unwrap();
        format!("{s} {}", s + w.len())
    }

    fn gold() -> AttributionDoc {
        let ann = format!(
            "T1\tSource {}\tMayor Lina Oduya\nT2\tCue {}\tsaid\nT3\tContent {}\tthe guards closed the dam\n\
E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n\
T4\tContent {}\tEngineers will inspect it,\nT5\tSource {}\tshe\nT6\tCue {}\ttold\n\
E2\tAttribution:T6 Content:T4 Source:T5\n",
            at("Mayor Lina Oduya"),
            at("said"),
            at("the guards closed the dam"),
            at("Engineers will inspect it,"),
            at("she"),
            at("told"),
        );
        let brat = parse_brat("g.ann", &ann).unwrap();
        AttributionDoc::new("g.ann", "g", TEXT.to_string(), &brat).unwrap()
    }

    #[test]
    fn scores_petrel_and_the_baseline() {
        let gold = gold();
        let mut d = doc();
        d.events = vec![
            event(&d, "closed", Some("Lina Oduya")),
            event(&d, "inspect", Some("Engineers")),
            event(&d, "protested", Some("Farmers")),
            event(&d, "dam", None),
        ];
        let mut s = QuoteScores::default();
        let out = s.add_doc(&gold, &d).unwrap();
        assert_eq!(
            (
                s.documents,
                s.attributions,
                s.content_spans,
                s.coded_events,
                s.inside
            ),
            (1, 2, 2, 4, 3)
        );
        let slips: Vec<_> = out.iter().map(QuoteOutcome::slip).collect();
        assert_eq!(
            slips,
            vec![
                None,
                Some(Slip::WrongSpeaker),
                Some(Slip::FalseAlarm),
                Some(Slip::Missed)
            ]
        );
        let petrel = SystemScores {
            marked: 3,
            inside_marked: 2,
            speaker_right: 1,
        };
        assert_eq!(s.petrel, petrel);
        assert_eq!(out[1].attributions, vec![1]);
        let b: Vec<_> = out.iter().map(|o| o.baseline.speaker.as_str()).collect();
        assert_eq!(b, vec!["Mayor Lina Oduya", "she", "", "Mayor Lina Oduya"]);
        let baseline = SystemScores {
            marked: 3,
            inside_marked: 3,
            speaker_right: 3,
        };
        assert_eq!(s.baseline, baseline);
        d.text.push(' ');
        assert!(s.add_doc(&gold, &d).is_err());
    }

    #[test]
    fn speakers_are_located_as_whole_words_near_the_trigger() {
        let d = doc();
        let told = event(&d, "inspect", None);
        let she = locate(&d, told.sentence, told.evidence.trigger, "she").unwrap();
        assert_eq!(she.slice(&d.text), "she");
        assert_eq!(she.start as usize, TEXT.find(" she ").unwrap() + 1);
        let farmers = event(&d, "protested", None);
        let found = locate(&d, farmers.sentence, farmers.evidence.trigger, "the guards");
        assert_eq!(found.map(|s| s.start as usize), TEXT.find("the guards"));
        assert_eq!(locate(&d, 0, farmers.evidence.trigger, "he"), None);
        assert_eq!(locate(&d, 0, farmers.evidence.trigger, " "), None);
    }

    #[test]
    fn unlocated_speakers_match_by_a_shared_content_word() {
        let gold = gold();
        let sources = [gold.attributions[0].source.as_slice()];
        let m = |s: &str| Marking {
            marked: true,
            speaker: s.into(),
            cue: "say".into(),
            speaker_span: None,
            speaker_right: false,
        };
        assert!(speaker_matches(&gold, &sources, &m("the mayor's office")));
        assert!(speaker_matches(&gold, &sources, &m("ODUYA")));
        assert!(!speaker_matches(&gold, &sources, &m("the")));
        assert!(!speaker_matches(&gold, &sources, &m("")));
        assert!(!speaker_matches(&gold, &[&[]], &m("Mayor")));
    }
}
