//! The time stage: attach a date to every event.

use crate::{find_expressions, relation, resolve, DateExpr};
use petrel_core::{
    DatePrecision, DateRelation, DateSource, Doc, EventDate, Layers, Result, Stage, Upos,
};

/// Gives each event the date expression attached to its trigger, or the publication date.
#[derive(Debug, Clone, Copy, Default)]
pub struct TimeStage;

/// True when date expression `e` belongs to the clause of trigger `t`: the expression hangs
/// below the trigger without crossing another verb or a noun it precedes ("the 2008
/// bombing"), or the trigger's clause modifies it ("in 2014, when Russia invaded").
fn attached(doc: &Doc, parsed: bool, e: &DateExpr, t: usize) -> bool {
    if !parsed {
        return e.head.abs_diff(t) <= 6;
    }
    let head_of = |i: usize| doc.tokens[i].head();
    // "In 2014 Russia invaded": a date in a prepositional phrase is never a noun's modifier,
    // whatever the parse says.
    let after_preposition = e.tokens.start > 0 && doc.tokens[e.tokens.start - 1].upos == Upos::Adp;
    let mut cur = e.head;
    for _ in 0..8 {
        match head_of(cur) {
            Some(h) if h == t => return true,
            // A date before a noun dates that noun's event, not the verb above it: "condemned
            // the 2008 bombing", "since last year's election".
            Some(h)
                if !e.tokens.contains(&h)
                    && e.tokens.end <= h
                    && e.tokens.contains(&cur)
                    && !after_preposition
                    && matches!(doc.tokens[h].upos, Upos::Noun | Upos::Propn) =>
            {
                return false
            }
            Some(h) if matches!(doc.tokens[h].upos, Upos::Verb) => {
                // A verb between the date and the trigger: only a participle modifying the
                // trigger noun ("the call scheduled for Tuesday") lets it through.
                if head_of(h) == Some(t) && doc.tokens[h].deprel.base() == "acl" {
                    return true;
                }
                break;
            }
            Some(h) => cur = h,
            None => break,
        }
    }
    let mut cur = t;
    for _ in 0..2 {
        match head_of(cur) {
            Some(h) if e.tokens.contains(&h) => return true,
            Some(h) => cur = h,
            None => break,
        }
    }
    false
}

/// Verbs whose open complement happens after them ("decided to admit", "agreed to hand over").
const DECISIONS: &[&str] = &[
    "decide", "agree", "promise", "pledge", "vow", "plan", "intend", "expect", "schedule",
    "prepare", "aim", "threaten", "vote", "resolve",
];

/// Whether `t` is the open complement of a verb of deciding or promising.
fn complement_of_decision(doc: &Doc, t: usize) -> bool {
    doc.tokens[t].deprel.as_str() == "xcomp"
        && doc.tokens[t]
            .head()
            .is_some_and(|h| DECISIONS.contains(&doc.lemma(h).to_ascii_lowercase().as_str()))
}

/// Verbs that say when their subject, an event noun, happened.
const OCCURRING: &[&str] = &[
    "occur", "happen", "take", "begin", "start", "end", "come", "erupt", "break",
];

/// The verb of occurring whose subject is the event noun `t` ("the blast occurred").
fn occurrence_verb(doc: &Doc, parsed: bool, t: usize) -> Option<usize> {
    if !parsed || doc.tokens[t].upos != Upos::Noun || doc.tokens[t].deprel.base() != "nsubj" {
        return None;
    }
    let h = doc.tokens[t].head()?;
    let lemma = doc.lemma(h).to_ascii_lowercase();
    // "take place", not "take effect" (when an agreement applies is not when it was made).
    let place = || {
        doc.sentences[doc.tokens[h].sentence as usize]
            .tokens()
            .any(|j| doc.tokens[j].head() == Some(h) && doc.word(j).eq_ignore_ascii_case("place"))
    };
    (OCCURRING.contains(&lemma.as_str()) && (lemma != "take" || place())).then_some(h)
}

/// The verb whose date a verb `t` with none of its own shares: the head of a conjoined verb,
/// or of a participial adverbial clause ("…, accusing them of abuse").
fn shared_date_head(doc: &Doc, parsed: bool, t: usize) -> Option<usize> {
    if !parsed || doc.tokens[t].upos != Upos::Verb {
        return None;
    }
    let h = doc.tokens[t].head()?;
    let shares = match doc.tokens[t].deprel.as_str() {
        "conj" => true,
        "advcl" => doc.xpos(t) == "VBG",
        _ => false,
    };
    (shares && doc.tokens[h].upos == Upos::Verb).then_some(h)
}

impl Stage for TimeStage {
    fn name(&self) -> &'static str {
        "time"
    }
    fn requires(&self) -> Layers {
        Layers::EVENTS
    }
    fn provides(&self) -> Layers {
        Layers::DATES
    }
    fn process(&self, doc: &mut Doc) -> Result<()> {
        let parsed = doc.layers.contains(Layers::PARSE);
        let pubdate = doc.meta.date;
        let mut cache: Option<(usize, Vec<DateExpr>)> = None;
        for k in 0..doc.events.len() {
            let s = doc.events[k].sentence;
            if cache.as_ref().is_none_or(|(cs, _)| *cs != s) {
                cache = Some((s, find_expressions(doc, doc.sentences[s].tokens())));
            }
            let exprs = &cache.as_ref().map(|c| &c.1).cloned().unwrap_or_default();
            let t = doc.trigger_token(&doc.events[k]);
            // An intent (CAMEO 03: "plans to meet in April") looks ahead unless it is told in
            // the past ("agreed in April to hand them over"); so does the complement of a
            // decision or promise ("decided to admit them in March").
            // The trigger's own tense, whatever the coder judged of the future.
            let tense = t.filter(|_| parsed).map(|t| relation(doc, t, false));
            let future = doc.events[k].modality.future
                || (doc.events[k].code.starts_with("03") && tense != Some(DateRelation::Before))
                || t.is_some_and(|t| parsed && complement_of_decision(doc, t));
            let found = t.and_then(|t| {
                let own = exprs.iter().find(|e| attached(doc, parsed, e, t));
                // A conjoined or adverbial verb with no date of its own shares its head's:
                // "lashed out Sunday night, accusing them", "killed a guard and wounded a nurse".
                own.or_else(|| {
                    let h = shared_date_head(doc, parsed, t)?;
                    exprs.iter().find(|e| attached(doc, parsed, e, h))
                })
                .or_else(|| {
                    // "The blast occurred at 10:35 on Friday": an event noun that is the
                    // subject of a verb of occurring takes that verb's date.
                    let h = occurrence_verb(doc, parsed, t)?;
                    exprs.iter().find(|e| attached(doc, parsed, e, h))
                })
            });
            let date = match found.and_then(|e| resolve(e.kind, pubdate, future).map(|r| (e, r))) {
                Some((e, (value, precision))) => {
                    let span = doc.tokens[e.tokens.start]
                        .span
                        .cover(doc.tokens[e.tokens.end - 1].span);
                    Some(EventDate {
                        value,
                        precision,
                        source: DateSource::Text,
                        expression: Some(span.slice(&doc.text).to_string()),
                        relation: None,
                    })
                }
                None => pubdate.map(|value| EventDate {
                    value,
                    precision: DatePrecision::Day,
                    source: DateSource::Publication,
                    expression: None,
                    // An intent is expressed when told ("agrees to end the uprising"): its
                    // own tense, not that of what it intends, relates it to the report.
                    relation: Some(if doc.events[k].modality.future {
                        DateRelation::After
                    } else {
                        tense.unwrap_or(DateRelation::Overlaps)
                    }),
                }),
            };
            doc.events[k].date = date;
        }
        Ok(())
    }
}
