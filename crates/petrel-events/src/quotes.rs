//! Quotations, including those that run over several sentences: “… . … .” the official said.
//! Every event inside the quote is attributed to the speaker named where it closes (or opens).

use crate::arguments::{actor_of, subject, MentionIndex};
use crate::modality::{
    adjacent_speaker, is_inner_cue, is_speaker_head, phrase_span, resolved_name,
};
use crate::tree::Tree;
use crate::RuleSet;
use petrel_core::{Attribution, Doc, Layers, Span};

fn is_open(w: &str) -> bool {
    matches!(w, "“" | "«" | "``")
}
fn is_close(w: &str) -> bool {
    matches!(w, "”" | "»" | "''")
}

/// A quotation: its token range (document-level, quote marks included) and its speaker.
pub struct Quote {
    /// Tokens inside the quotation marks.
    pub tokens: std::ops::Range<usize>,
    /// Who said it.
    pub attribution: Attribution,
}

/// Every attributed quotation of the document, in order.
pub fn quotes(doc: &Doc, idx: &MentionIndex, rules: &RuleSet) -> Vec<Quote> {
    let mut out = Vec::new();
    let parsed = doc.layers.contains(Layers::PARSE);
    // The latest attributed quotation: its attribution and the sentence where it closed.
    let mut last: Option<(Attribution, usize)> = None;
    for_each_pair(doc, |(s0, i0), (s, i)| {
        // The speaker is named after the quote closes, else before it opens.
        let after = i + 1..doc.sentences[s].tok_end as usize;
        let before = (doc.sentences[s0].tok_start as usize..i0).rev();
        let attr = speaker_among(doc, idx, rules, s, after.clone(), parsed)
            .or_else(|| tagged_after(doc, idx, s, i, parsed))
            .or_else(|| signed(doc, idx, after))
            .or_else(|| speaker_among(doc, idx, rules, s0, before, parsed))
            .or_else(|| introduced(doc, idx, s0, i0, parsed))
            .or_else(|| reported_before(doc, idx, rules, s0, i0, parsed))
            .or_else(|| {
                // A quotation with no speaker of its own that follows one in the
                // sentence before goes on quoting the same speaker: "“…,” he said.
                // “…”".
                // Not a phrase quoted inside another sentence ("called on them to
                // “really call out Russia”"): that is the sentence's own.
                let (prev, prev_end) = last.as_ref()?;
                let opens_sentence = i0 == doc.sentences[s0].tok_start as usize;
                (*prev_end + 1 >= s0 && opens_sentence).then(|| prev.clone())
            });
        if let Some(attribution) = attr {
            last = Some((attribution.clone(), s));
            out.push(Quote {
                tokens: i0..i + 1,
                attribution,
            });
        }
    });
    out
}

/// Calls `f` with the (sentence, token) of each pair of quotation marks, opening then closing,
/// in text order; the pairing reads only the words, not the parse.
pub(crate) fn for_each_pair(doc: &Doc, mut f: impl FnMut((usize, usize), (usize, usize))) {
    let mut open_at: Option<(usize, usize)> = None;
    for s in 0..doc.sentences.len() {
        for i in doc.sentences[s].tokens() {
            let w = doc.word(i);
            let straight = w == "\"";
            if is_open(w) || (straight && open_at.is_none()) {
                open_at = Some((s, i));
            } else if is_close(w) || (straight && open_at.is_some()) {
                if let Some(open) = open_at.take() {
                    f(open, (s, i));
                }
            }
        }
    }
}

/// The quotation holding token `t`, found by binary search (quotations are in text order and
/// do not overlap), so that finding each event's quotation stays linear in the document.
pub fn around(quotes: &[Quote], t: usize) -> Option<&Quote> {
    let i = quotes.partition_point(|q| q.tokens.end <= t);
    quotes.get(i).filter(|q| q.tokens.contains(&t))
}

fn speaker_at(
    doc: &Doc,
    idx: &MentionIndex,
    s: usize,
    v: usize,
    parsed: bool,
) -> Option<Attribution> {
    let tree = Tree::new(doc, s, parsed);
    let subj = if parsed {
        subject(&tree, v).map(|(h, _)| h)
    } else {
        None
    };
    let subj = subj
        .filter(|&h| is_speaker_head(&tree, h))
        .or_else(|| adjacent_speaker(&tree, v).filter(|_| parsed))
        .or(subj);
    let (mention, bytes) = match subj {
        Some(h) if is_speaker_head(&tree, h) => (actor_of(&tree, idx, h), phrase_span(&tree, h)),
        Some(_) => return None,
        None => {
            let m = tree
                .range
                .clone()
                .filter(|&j| j != v)
                .min_by_key(|&j| j.abs_diff(v))
                .and_then(|j| idx.at(j))?;
            (Some(m), doc.mentions[m].span)
        }
    };
    Some(spoken(doc, bytes, mention, tree.lemma(v)))
}

/// A quotation signed after a dash: "“…” ― Krystal Correa", "“…” — a senior official".
fn signed(doc: &Doc, idx: &MentionIndex, mut after: std::ops::Range<usize>) -> Option<Attribution> {
    let dash = after.next()?;
    if !matches!(doc.word(dash), "―" | "—" | "–" | "--" | "-") {
        return None;
    }
    let first = after.next()?;
    let mut last = after
        .take_while(|&j| !matches!(doc.word(j), "," | ";" | "(" | "“" | "\""))
        .last()
        .unwrap_or(first);
    while last > first && doc.tokens[last].upos == petrel_core::Upos::Punct {
        last -= 1;
    }
    if !doc
        .word(first)
        .chars()
        .next()
        .is_some_and(char::is_alphabetic)
    {
        return None;
    }
    let bytes = doc.tokens[first].span.cover(doc.tokens[last].span);
    let mention = (first..=last).find_map(|j| idx.at(j));
    Some(spoken(doc, bytes, mention, "―"))
}

/// The speaker of the first verb of saying among `tokens` of sentence `s`.
fn speaker_among(
    doc: &Doc,
    idx: &MentionIndex,
    rules: &RuleSet,
    s: usize,
    mut tokens: impl Iterator<Item = usize>,
    parsed: bool,
) -> Option<Attribution> {
    let v = tokens.find(|&j| {
        doc.tokens[j].upos == petrel_core::Upos::Verb
            && rules.is_speech_verb(&doc.lemma(j).to_lowercase())
    })?;
    speaker_at(doc, idx, s, v, parsed)
}

/// A quotation closed by a comma and tagged with any verb: "“…,” she continued", "“…?” he
/// asked", "“…,” the article read". The speaker is the subject of the first verb within four
/// words of the close.
fn tagged_after(
    doc: &Doc,
    idx: &MentionIndex,
    s: usize,
    close: usize,
    parsed: bool,
) -> Option<Attribution> {
    let start = doc.sentences[s].tok_start as usize;
    // The comma may sit inside a closing inner quotation: "…decade,’”".
    let comma = |j: usize| matches!(doc.word(j), "," | "?" | "!");
    let inner_close = |j: usize| matches!(doc.word(j), "'" | "’" | "''");
    if close <= start + 1 || !(comma(close - 1) || (inner_close(close - 1) && comma(close - 2))) {
        return None;
    }
    let end = (doc.sentences[s].tok_end as usize).min(close + 5);
    let v = (close + 1..end).find(|&j| doc.tokens[j].upos == petrel_core::Upos::Verb)?;
    speaker_at(doc, idx, s, v, parsed)
}

/// A quotation that opens a sentence right after one told in reported speech continues it:
/// "…, Schiff said. “The other factor is …”". The speaker is the subject of that sentence's
/// last verb of saying.
fn reported_before(
    doc: &Doc,
    idx: &MentionIndex,
    rules: &RuleSet,
    s: usize,
    open: usize,
    parsed: bool,
) -> Option<Attribution> {
    if s == 0 || open != doc.sentences[s].tok_start as usize {
        return None;
    }
    let prev = &doc.sentences[s - 1];
    // A verb of thinking ("he didn't suggest retaliation") reports no quotation.
    let tokens = (prev.tok_start as usize..prev.tok_end as usize)
        .rev()
        .filter(|&j| !is_inner_cue(&doc.lemma(j).to_lowercase()));
    speaker_among(doc, idx, rules, s - 1, tokens, parsed)
}

/// A quotation opened after a colon, a verb and a comma, or an "according to" phrase:
/// "Limbaugh continued: “…”", "She continued, “…”", "According to the ministry, “…”". The
/// speaker is the subject of the verb before the colon or comma, else the name that opens the
/// sentence; or the "according to" phrase.
fn introduced(
    doc: &Doc,
    idx: &MentionIndex,
    s: usize,
    open: usize,
    parsed: bool,
) -> Option<Attribution> {
    let start = doc.sentences[s].tok_start as usize;
    if open <= start + 1 {
        return None;
    }
    match doc.word(open - 1) {
        ":" => {
            let v = (start..open - 1)
                .rev()
                .take(3)
                .find(|&j| doc.tokens[j].upos == petrel_core::Upos::Verb);
            match v {
                Some(v) => speaker_at(doc, idx, s, v, parsed),
                None => colon_speaker(&Tree::new(doc, s, parsed), idx, open),
            }
        }
        // "She continued, “…”": the subject of the verb just before the comma.
        "," => according_to(&Tree::new(doc, s, parsed), idx, open).or_else(|| {
            let v = open - 2;
            (v >= start && doc.tokens[v].upos == petrel_core::Upos::Verb)
                .then(|| speaker_at(doc, idx, s, v, parsed))
                .flatten()
        }),
        _ => None,
    }
}

/// "…, according to Ukrainian officials" / "According to the ministry, …": the attribution of
/// every event of the sentence outside the phrase itself, anywhere in the sentence. The speaker
/// is the noun phrase after "according to".
pub fn according_to(tree: &Tree, idx: &MentionIndex, t: usize) -> Option<Attribution> {
    let doc = tree.doc;
    let a = tree.range.clone().find(|&i| {
        tree.word_is(i, "according")
            && i + 1 < tree.range.end
            && tree.word_is(i + 1, "to")
            && i + 2 < tree.range.end
    })?;
    // The phrase's noun: the head of "according" in the parse, else the first noun after it.
    let head = tree
        .head(a)
        .filter(|&h| h > a + 1 && tree.parsed)
        .or_else(|| {
            (a + 2..tree.range.end).find(|&j| {
                matches!(
                    tree.upos(j),
                    petrel_core::Upos::Noun | petrel_core::Upos::Propn | petrel_core::Upos::Pron
                )
            })
        })?;
    let start = a;
    let mut end = if tree.parsed {
        tree.range
            .clone()
            .filter(|&j| j == head || tree.ancestors(j).any(|x| x == head))
            .max()
            .unwrap_or(head)
    } else {
        head
    };
    while end > head && tree.upos(end) == petrel_core::Upos::Punct {
        end -= 1;
    }
    let bytes = doc.tokens[a + 2].span.cover(doc.tokens[end].span);
    if (start..=end).contains(&t) {
        return None;
    }
    let mention = actor_of(tree, idx, head);
    Some(spoken(doc, bytes, mention, "according to"))
}

/// "Pence: Trump was mocking the campaign", "PENCE: …": a sentence that opens with a short name
/// and a colon is that speaker's. The name is one to four capitalised words, no verb among
/// them; events after the colon are attributed to it.
pub fn colon_speaker(tree: &Tree, idx: &MentionIndex, t: usize) -> Option<Attribution> {
    let doc = tree.doc;
    let start = tree.range.start;
    let colon = (start + 1..tree.range.end.min(start + 5)).find(|&j| doc.word(j) == ":")?;
    // "BAGHDAD: …" at the head of an article is a dateline, not a speaker.
    let dateline = (start..colon).all(|j| !doc.word(j).chars().any(char::is_lowercase));
    let first_sentences = doc
        .sentences
        .iter()
        .take(2)
        .any(|x| x.tok_start as usize == start);
    if t <= colon
        || (dateline && first_sentences)
        || !(start..colon).all(|j| {
            doc.word(j).chars().next().is_some_and(char::is_uppercase)
                && matches!(
                    tree.upos(j),
                    petrel_core::Upos::Propn | petrel_core::Upos::Noun | petrel_core::Upos::Adj
                )
        })
    {
        return None;
    }
    let bytes = doc.tokens[start].span.cover(doc.tokens[colon - 1].span);
    let mention = (start..colon).find_map(|j| idx.at(j));
    Some(spoken(doc, bytes, mention, ":"))
}

/// The attribution to the speaker written at `bytes`, an actor when `mention` is one.
pub(crate) fn spoken(doc: &Doc, bytes: Span, mention: Option<usize>, cue: &str) -> Attribution {
    Attribution {
        speaker: mention.map(|m| doc.mentions[m].code.clone()),
        text: bytes.slice(&doc.text).to_string(),
        cue: cue.to_string(),
        span: None,
        bytes: Some(bytes),
        resolved: mention.and_then(|m| resolved_name(doc, m)),
    }
}
