//! The time stage: attach a date to every event.

use crate::{find_expressions, relation, resolve, tense::in_headline, DateExpr};
use petrel_core::{
    Date, DatePrecision, DateRelation, DateSource, Doc, EventDate, Layers, Result, Stage, Upos,
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
    // "said Thursday", "attacked on Monday": a date right after the verb is its own, whatever
    // the parse made of it.
    if right_after(doc, e, t) {
        return true;
    }
    // "…NATO's creation 50 years ago, the State Department said": a verb that follows the
    // clause it reports takes no date from before it.
    if e.tokens.end <= t && reports_clause_before(doc, t) {
        return false;
    }
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
                if head_of(h) == Some(t)
                    && doc.tokens[h].deprel.base() == "acl"
                    && matches!(doc.tokens[t].upos, Upos::Noun | Upos::Propn)
                {
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

/// Whether date expression `e` follows verb `t` at once, or after "on": "said Thursday",
/// "attacked on Monday".
fn right_after(doc: &Doc, e: &DateExpr, t: usize) -> bool {
    let on = |j: usize| doc.word(j).eq_ignore_ascii_case("on");
    doc.tokens[t].upos == Upos::Verb
        && (e.tokens.start == t + 1 || (e.tokens.start == t + 2 && on(t + 1)))
}

/// Whether token `c` hangs from `h` with the base relation `rel`.
fn is_child(doc: &Doc, c: usize, h: usize, rel: &str) -> bool {
    doc.tokens[c].head() == Some(h) && doc.tokens[c].deprel.base() == rel
}

/// The text of date expression `e`.
fn expression_text(doc: &Doc, e: &DateExpr) -> String {
    let span = doc.tokens[e.tokens.start]
        .span
        .cover(doc.tokens[e.tokens.end - 1].span);
    span.slice(&doc.text).to_string()
}

/// Verbs of reporting: what a news report says its sources said.
const REPORTING: &[&str] = &[
    "say", "tell", "add", "report", "announce", "state", "claim", "warn", "note", "insist",
    "confirm", "deny", "allege", "write", "explain", "argue", "accuse", "charge",
];

/// Whether token `t` is a verb of reporting.
fn is_reporting(doc: &Doc, t: usize) -> bool {
    doc.tokens[t].upos == Upos::Verb
        && REPORTING
            .iter()
            .any(|r| r.eq_ignore_ascii_case(doc.lemma(t)))
}

/// Whether verb `v` is a simple past: "said", or a participle with no auxiliary before it, as
/// the tagger may read "announced yesterday" (not "has said", "was announced").
fn told_in_past(doc: &Doc, v: usize) -> bool {
    match doc.xpos(v) {
        "VBD" => true,
        "VBN" => {
            let start = doc.sentences[doc.tokens[v].sentence as usize].tok_start as usize;
            (v.saturating_sub(3).max(start)..v).all(|j| doc.tokens[j].upos != Upos::Aux)
        }
        _ => false,
    }
}

/// How many sentences at a document's head are searched for the day of its reports.
const LEAD_SENTENCES: usize = 3;

/// The day a news report's statements were made, as its lead gives it: the first verb of
/// reporting in the first sentences with a date attached that names a day ("officials said
/// Friday"). Returns the day and the expression.
fn report_day(doc: &Doc, parsed: bool, pubdate: Option<Date>) -> Option<(Date, String)> {
    if !parsed {
        return None;
    }
    let recent = |d: Date| pubdate.is_none_or(|p| d <= p && p.add_days(-7) < d);
    // A wire dateline names the day of the story: "WASHINGTON, March 12 (Xinhua) --".
    if let Some(first) = doc.sentences.first() {
        let range = first.tokens();
        let place = doc.word(range.start);
        let capitals = place.len() >= 2 && place.chars().all(|c| !c.is_lowercase());
        if capitals {
            let exprs = find_expressions(doc, range.clone());
            if let Some(e) = exprs.iter().find(|e| e.tokens.start < range.start + 6) {
                if let Some((d, DatePrecision::Day)) = resolve(e.kind, pubdate, false) {
                    if recent(d) {
                        return Some((d, expression_text(doc, e)));
                    }
                }
            }
        }
    }
    for s in doc.sentences.iter().take(LEAD_SENTENCES) {
        let range = s.tokens();
        let verbs: Vec<usize> = range
            .clone()
            // A bare participle may be a reduced relative ("a bulletin sent by the FBI"): only
            // a verb of reporting is read as a misread past there.
            .filter(|&v| {
                doc.tokens[v].upos == Upos::Verb
                    && (doc.xpos(v) == "VBD" || (is_reporting(doc, v) && told_in_past(doc, v)))
            })
            .collect();
        if verbs.is_empty() {
            continue;
        }
        let exprs = find_expressions(doc, range);
        // By distance, not by the parse: the parse gate may leave a lead unparsed, and the
        // day must not depend on it.
        for &v in &verbs {
            for e in exprs.iter().filter(|e| attached(doc, false, e, v)) {
                if let Some((d, DatePrecision::Day)) = resolve(e.kind, pubdate, false) {
                    if recent(d) {
                        return Some((d, expression_text(doc, e)));
                    }
                }
            }
        }
    }
    None
}

/// Whether `t`, a verb of reporting, follows a clause it reports: it hangs from that clause as parataxis, or its
/// clausal complement comes before it.
fn reports_clause_before(doc: &Doc, t: usize) -> bool {
    let tok = &doc.tokens[t];
    if !is_reporting(doc, t) {
        return false;
    }
    if tok.deprel.base() == "parataxis" && tok.head().is_some_and(|h| h < t) {
        return true;
    }
    doc.sentences[tok.sentence as usize]
        .tokens()
        .take_while(|&c| c < t)
        .any(|c| is_child(doc, c, t, "ccomp") || is_child(doc, c, t, "parataxis"))
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

/// The event noun whose date a past relative or participial clause `t` shares: "the January 1998
/// bombing that killed a guard", "the Oct. 23 shooting, which wounded two".
fn modified_noun(doc: &Doc, parsed: bool, t: usize) -> Option<usize> {
    // Not a clause in the present: that describes a state ("the zone it occupies").
    if !parsed || doc.tokens[t].deprel.base() != "acl" || matches!(doc.xpos(t), "VBZ" | "VBP") {
        return None;
    }
    let h = doc.tokens[t].head()?;
    matches!(doc.tokens[h].upos, Upos::Noun | Upos::Propn).then_some(h)
}

/// A "when" clause under `t` that says when `t` happened: "were killed when two helicopters
/// crashed last February".
fn when_clause(doc: &Doc, parsed: bool, t: usize) -> Option<usize> {
    if !parsed {
        return None;
    }
    let sentence = || doc.sentences[doc.tokens[t].sentence as usize].tokens();
    sentence().find(|&c| {
        is_child(doc, c, t, "advcl")
            && sentence().any(|m| {
                (is_child(doc, m, c, "mark") || is_child(doc, m, c, "advmod"))
                    && doc.word(m).eq_ignore_ascii_case("when")
            })
    })
}

/// Whether date expression `e` is what something is planned or set "for" ("for early March").
fn for_a_date(doc: &Doc, e: &DateExpr) -> bool {
    let mut i = e.tokens.start;
    while i > 0 && matches!(doc.word(i - 1), "early" | "mid" | "late" | "the") {
        i -= 1;
    }
    i > 0 && doc.word(i - 1).eq_ignore_ascii_case("for")
}

/// The infinitive complement of verb `t` ("invited them to join"), if it has one: its
/// `xcomp`, or a "to" clause a parser hung on its object instead.
fn infinitive_complement(doc: &Doc, t: usize) -> Option<usize> {
    let sentence = || doc.sentences[doc.tokens[t].sentence as usize].tokens();
    sentence()
        .find(|&c| is_child(doc, c, t, "xcomp"))
        .or_else(|| {
            let obj = sentence().find(|&o| is_child(doc, o, t, "obj"))?;
            sentence().find(|&c| {
                is_child(doc, c, obj, "acl")
                    && doc.tokens[c].upos == Upos::Verb
                    && sentence().any(|m| {
                        is_child(doc, m, c, "mark") && doc.word(m).eq_ignore_ascii_case("to")
                    })
            })
        })
}

/// Verbs of scheduled events, which a simple present with a weekday puts in the future.
const SCHEDULED: &[&str] = &[
    "meet", "visit", "hold", "travel", "arrive", "begin", "start", "open", "vote", "speak",
    "convene", "host", "fly", "attend", "sign", "resume", "gather", "address", "hear",
];

/// Whether `t` is a verb of a scheduled event in the simple present with no auxiliary ("meet",
/// "meets"): with a bare weekday, news uses it for the timetable ("Arafat meets Albright
/// Monday"), while "Israeli attacks kill 33 on Sunday" tells the past as headlines do.
fn simple_present(doc: &Doc, t: usize) -> bool {
    let sentence = || doc.sentences[doc.tokens[t].sentence as usize].tokens();
    // A bare form counts only with a subject of its own: not "to accede on Friday".
    let finite = match doc.xpos(t) {
        "VBP" | "VBZ" => true,
        "VB" => sentence().any(|s| is_child(doc, s, t, "nsubj")),
        _ => false,
    };
    finite
        && SCHEDULED
            .iter()
            .any(|v| v.eq_ignore_ascii_case(doc.lemma(t)))
        && !sentence().any(|a| is_child(doc, a, t, "aux"))
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
            let t = doc.trigger_token(&doc.events[k]);
            // An intent (CAMEO 03: "plans to meet in April") looks ahead unless it is told in
            // the past ("agreed in April to hand them over"); so does the complement of a
            // decision or promise ("decided to admit them in March").
            // The trigger's own tense, whatever the coder judged of the future.
            let tense = t.filter(|_| parsed).map(|t| relation(doc, t, false));
            // What is told in the past or perfect happened by the report: a later date in its
            // clause belongs to something else ("has invited them to a ceremony on March 12").
            let past = tense == Some(DateRelation::Before) && !doc.events[k].modality.future;
            let later = |e: &DateExpr| {
                resolve(e.kind, pubdate, false).is_some_and(|(d, _)| pubdate.is_some_and(|p| d > p))
            };
            let exprs: Vec<DateExpr> = cache
                .as_ref()
                .map(|c| {
                    c.1.iter()
                        .filter(|e| !(past && later(e)))
                        .cloned()
                        .collect()
                })
                .unwrap_or_default();
            let exprs = &exprs;
            let future = doc.events[k].modality.future
                || (doc.events[k].code.starts_with("03") && tense != Some(DateRelation::Before))
                || t.is_some_and(|t| parsed && complement_of_decision(doc, t));
            let found = t.and_then(|t| {
                // A date right after the verb is its own before any other the parse hangs
                // on it: "…last year that killed 224 people, police said today".
                let own = exprs
                    .iter()
                    .find(|e| parsed && right_after(doc, e, t))
                    .or_else(|| exprs.iter().find(|e| attached(doc, parsed, e, t)));
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
                .or_else(|| {
                    // The noun, or the event noun it belongs to: "the 1998 bombing of an
                    // abortion clinic that killed a guard".
                    let mut n = modified_noun(doc, parsed, t)?;
                    for _ in 0..3 {
                        if let Some(e) = exprs.iter().find(|e| attached(doc, parsed, e, n)) {
                            return Some(e);
                        }
                        // Up through "of" phrases and appositives: "the bombing of a
                        // Birmingham, Ala., abortion clinic that killed a guard".
                        if !matches!(doc.tokens[n].deprel.base(), "nmod" | "appos") {
                            break;
                        }
                        n = doc.tokens[n].head()?;
                    }
                    None
                })
                .or_else(|| {
                    let c = when_clause(doc, parsed, t)?;
                    exprs.iter().find(|e| attached(doc, parsed, e, c))
                })
                .or_else(|| {
                    // "invited them to join the bloc in July 1997": a past verb with no date
                    // shares a past date of its infinitive complement.
                    // Not a decision or plan, whose complement comes after it ("did not plan to
                    // remove him on Thursday").
                    let lemma = doc.lemma(t).to_ascii_lowercase();
                    if !parsed
                        || relation(doc, t, false) != DateRelation::Before
                        || DECISIONS.contains(&lemma.as_str())
                    {
                        return None;
                    }
                    let c = infinitive_complement(doc, t)?;
                    exprs.iter().find(|e| {
                        attached(doc, parsed, e, c)
                            && resolve(e.kind, pubdate, false)
                                .is_some_and(|(d, _)| pubdate.is_none_or(|p| d < p))
                    })
                })
            });
            // A bare weekday with a simple present looks ahead: "they meet Monday"; so does a
            // date a plan is "for" ("was planned for early March", "set for Tuesday").
            let future = future
                || found.is_some_and(|e| for_a_date(doc, e))
                || found.is_some_and(|e| {
                    // The publication's own weekday is that day: "meet on Sunday" in Sunday's paper.
                    matches!(e.kind, crate::DateKind::Weekday(w)
                        if pubdate.is_none_or(|p| p.weekday() != w))
                        && t.is_some_and(|t| parsed && simple_present(doc, t))
                        && !t.is_some_and(|t| in_headline(doc, t))
                });
            let date = match found.and_then(|e| resolve(e.kind, pubdate, future).map(|r| (e, r))) {
                Some((e, (value, precision))) => Some(EventDate {
                    value,
                    precision,
                    source: DateSource::Text,
                    expression: Some(expression_text(doc, e)),
                    relation: None,
                }),
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
        // "…, the official said": a past report with no date of its own was made on the day
        // the lead gives for the document's reports.
        // Only events that need it make the lead be read.
        let undated_reports: Vec<usize> = (0..doc.events.len())
            .filter(|&k| {
                let e = &doc.events[k];
                let undated = e.date.as_ref().is_some_and(|d| {
                    d.source == DateSource::Publication && d.relation == Some(DateRelation::Before)
                });
                undated
                    && doc.trigger_token(e).is_some_and(|t| {
                        is_reporting(doc, t) && told_in_past(doc, t) && !in_headline(doc, t)
                    })
            })
            .collect();
        if undated_reports.is_empty() {
            return Ok(());
        }
        if let Some((day, expression)) = report_day(doc, parsed, pubdate) {
            for k in undated_reports {
                doc.events[k].date = Some(EventDate {
                    value: day,
                    precision: DatePrecision::Day,
                    source: DateSource::Context,
                    expression: Some(expression.clone()),
                    relation: None,
                });
            }
        }
        Ok(())
    }
}
