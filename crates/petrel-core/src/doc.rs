//! The document that flows through the pipeline.

use crate::{ActorMention, Date, Event, Layers, Span, Token};
use serde::{Deserialize, Serialize};

/// Metadata of a document, from the input record or from HTML/WARC headers.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DocMeta {
    /// Stable id; becomes each event's `doc_id`.
    pub id: String,
    /// Publication date.
    pub date: Option<Date>,
    /// Headline.
    pub title: Option<String>,
    /// Canonical URL.
    pub url: Option<String>,
    /// Outlet or feed name.
    pub source: Option<String>,
}

/// A sentence: a span of the text and a range of the document's tokens.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    /// Bytes of the sentence in `Doc::text`.
    pub span: Span,
    /// First token index (document-level).
    pub tok_start: u32,
    /// One past the last token index.
    pub tok_end: u32,
    /// True for caption, credit or separator lines: no events are coded from them.
    pub boilerplate: bool,
    /// True when the parse gate found that the sentence cannot yield an event, so the parser
    /// left it without heads and relations (`petrel parse` and `eval-ud` parse every sentence).
    #[serde(default)]
    pub unparsed: bool,
}

impl Sentence {
    /// Token indices of this sentence.
    pub fn tokens(&self) -> std::ops::Range<usize> {
        self.tok_start as usize..self.tok_end as usize
    }
}

/// A document and every annotation layer the stages have added to it.
#[derive(Debug, Clone, Default)]
pub struct Doc {
    /// Metadata (id, date, title, url, source).
    pub meta: DocMeta,
    /// The clean text that all spans point into.
    pub text: String,
    /// Sentences in text order.
    pub sentences: Vec<Sentence>,
    /// All tokens in text order.
    pub tokens: Vec<Token>,
    /// Storage for lemmas; `Token::lemma` spans point here.
    pub lemma_buf: String,
    /// XPOS tag names; `Token::xpos` indexes this table (set by the tagger).
    pub xpos_names: &'static [&'static str],
    /// Actor mentions in text order.
    pub mentions: Vec<ActorMention>,
    /// Coded events.
    pub events: Vec<Event>,
    /// Layers filled in so far.
    pub layers: Layers,
    /// Notices from the stages about this document (a very long sentence was cut), which the
    /// runner reports as warnings; the document is coded all the same.
    pub notes: Vec<String>,
}

impl Doc {
    /// A new document holding only text and metadata.
    pub fn new(meta: DocMeta, text: impl Into<String>) -> Doc {
        Doc {
            meta,
            text: text.into(),
            layers: Layers::TEXT,
            ..Default::default()
        }
    }
    /// The surface text of token `i`.
    pub fn word(&self, i: usize) -> &str {
        self.tokens[i].span.slice(&self.text)
    }
    /// The lemma of token `i`, or its surface text before lemmatisation.
    pub fn lemma(&self, i: usize) -> &str {
        let t = &self.tokens[i];
        if t.lemma.is_empty() {
            self.word(i)
        } else {
            t.lemma.slice(&self.lemma_buf)
        }
    }
    /// Stores `lemma` for token `i` in the lemma buffer.
    pub fn set_lemma(&mut self, i: usize, lemma: &str) {
        let start = self.lemma_buf.len();
        self.lemma_buf.push_str(lemma);
        self.tokens[i].lemma = Span::new(start, self.lemma_buf.len());
    }
    /// The XPOS name of token `i` (`"_"` when untagged).
    pub fn xpos(&self, i: usize) -> &'static str {
        self.xpos_names
            .get(self.tokens[i].xpos as usize)
            .copied()
            .unwrap_or("_")
    }
    /// The text of sentence `s`.
    pub fn sentence_text(&self, s: usize) -> &str {
        self.sentences[s].span.slice(&self.text)
    }
    /// The token of an event's trigger, found in its sentence by the evidence span.
    pub fn trigger_token(&self, e: &Event) -> Option<usize> {
        self.sentences
            .get(e.sentence)?
            .tokens()
            .find(|&i| self.tokens[i].span == e.evidence.trigger)
    }
    /// Actor mentions that share a token with tokens `a..b`, found by binary search (mentions
    /// are in text order; a mention is assumed to span at most 64 tokens), so that looking up
    /// every event's phrase stays linear in the document.
    pub fn mentions_overlapping(&self, a: usize, b: usize) -> impl Iterator<Item = &ActorMention> {
        let hi = self
            .mentions
            .partition_point(|m| (m.tok_start as usize) < b);
        let lo = self.mentions[..hi].partition_point(|m| (m.tok_start as usize) + 64 <= a);
        self.mentions[lo..hi]
            .iter()
            .filter(move |m| (m.tok_end as usize) > a && (m.tok_start as usize) < b)
    }
    /// Index and mention of every actor mention whose span is exactly `span`, found by binary
    /// search (mentions are in text order), so that a lookup per event stays cheap.
    pub fn mentions_with_span(&self, span: Span) -> impl Iterator<Item = (usize, &ActorMention)> {
        let first = self.mentions.partition_point(|m| m.span.start < span.start);
        self.mentions[first..]
            .iter()
            .enumerate()
            .take_while(move |(_, m)| m.span.start == span.start)
            .filter(move |(_, m)| m.span == span)
            .map(move |(i, m)| (first + i, m))
    }
    /// Dependents of token `i`, in order.
    pub fn children(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let r = self
            .tokens
            .get(i)
            .map(|t| self.sentences[t.sentence as usize].tokens())
            .unwrap_or(0..0);
        r.filter(move |&j| self.tokens[j].head == i as u32)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lemma_buffer_and_children() {
        let mut d = Doc::new(DocMeta::default(), "Troops attacked");
        d.sentences.push(Sentence {
            span: Span::new(0, 15),
            tok_start: 0,
            tok_end: 2,
            boilerplate: false,
            unparsed: false,
        });
        d.tokens.push(Token::new(Span::new(0, 6), 0));
        d.tokens.push(Token::new(Span::new(7, 15), 0));
        assert_eq!(d.lemma(1), "attacked");
        d.set_lemma(1, "attack");
        d.set_lemma(0, "troop");
        assert_eq!(d.lemma(1), "attack");
        assert_eq!(d.lemma(0), "troop");
        d.tokens[0].head = 1;
        assert_eq!(d.children(1).collect::<Vec<_>>(), vec![0]);
        assert_eq!(d.children(0).count(), 0);
    }

    #[test]
    fn mentions_with_span_finds_every_exact_match_only() {
        let mut d = Doc::new(DocMeta::default(), "the US army and the US");
        let mention = |start: usize, end: usize, tok: u32, code: &str| ActorMention {
            span: Span::new(start, end),
            tok_start: tok,
            tok_end: tok + 1,
            head: tok,
            code: code.into(),
            country: None,
            sector: None,
            kind: crate::ActorKind::Agent,
            entry: String::new(),
        };
        d.mentions = vec![
            mention(4, 6, 1, "USA"),
            mention(4, 11, 1, "USAMIL"),
            mention(4, 6, 1, "USAGOV"),
            mention(20, 22, 5, "USA"),
        ];
        let found: Vec<(usize, &str)> = d
            .mentions_with_span(Span::new(4, 6))
            .map(|(i, m)| (i, m.code.as_str()))
            .collect();
        assert_eq!(found, vec![(0, "USA"), (2, "USAGOV")]);
        let last: Vec<usize> = d
            .mentions_with_span(Span::new(20, 22))
            .map(|(i, _)| i)
            .collect();
        assert_eq!(last, vec![3]);
        assert_eq!(d.mentions_with_span(Span::new(0, 3)).count(), 0);
        assert_eq!(d.mentions_with_span(Span::new(21, 22)).count(), 0);
    }
}
