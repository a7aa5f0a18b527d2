//! Scoring coded event dates against TimeML gold, and a publication-date baseline.
//!
//! A gold event's date is the DATE time expression that a TLINK (IS_INCLUDED, DURING,
//! SIMULTANEOUS or INCLUDES, either direction) joins to one of its instances: the creation
//! time makes it a "document date", any other a "text date" (which wins; the first such TLINK
//! in file order). A coded event aligns with the gold event its trigger overlaps.

use crate::period::{parse_gold_value, Period};
use crate::timeml::{LinkEnd, TimeMlDoc};
use petrel_core::{Doc, ErrorKind, PetrelError, Result};
use std::collections::HashMap;

const DATE_RELATIONS: [&str; 4] = ["IS_INCLUDED", "DURING", "SIMULTANEOUS", "INCLUDES"];

/// Where a gold event's date comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateClass {
    /// A date expression in the text.
    Text,
    /// The document's creation time.
    Document,
}

/// A gold event's date, as linked in the gold.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldDate {
    /// Index of the event in [`TimeMlDoc::events`].
    pub event: usize,
    /// Text or document date.
    pub class: DateClass,
    /// Index of the linked expression in [`TimeMlDoc::timexes`] (`None` for the creation time).
    pub timex: Option<usize>,
    /// The TIMEX3 value, e.g. `1998-01` or `PRESENT_REF`.
    pub value: String,
    /// The period it names; `None` when it cannot be scored (`PAST_REF`, a quarter, a time).
    pub period: Option<Period>,
}

/// The gold date of every event that has one, in event order.
pub fn gold_dates(gold: &TimeMlDoc) -> Vec<GoldDate> {
    let event_of_eid: HashMap<&str, usize> = gold
        .events
        .iter()
        .enumerate()
        .map(|(i, e)| (e.eid.as_str(), i))
        .collect();
    let dates: HashMap<&str, usize> = gold
        .timexes
        .iter()
        .enumerate()
        .filter(|(_, t)| t.kind == "DATE")
        .map(|(i, t)| (t.tid.as_str(), i))
        .collect();
    let mut text: HashMap<usize, usize> = HashMap::new();
    let mut document = vec![false; gold.events.len()];
    for l in gold
        .tlinks
        .iter()
        .filter(|l| DATE_RELATIONS.contains(&l.rel_type.as_str()))
    {
        let (eiid, tid) = match (&l.from, &l.to) {
            (LinkEnd::Instance(e), LinkEnd::Time(t)) | (LinkEnd::Time(t), LinkEnd::Instance(e)) => {
                (e, t)
            }
            _ => continue,
        };
        let Some(&ev) = gold
            .instances
            .get(eiid)
            .and_then(|eid| event_of_eid.get(eid.as_str()))
        else {
            continue;
        };
        if *tid == gold.dct_tid {
            document[ev] = true;
        } else if let Some(&t) = dates.get(tid.as_str()) {
            text.entry(ev).or_insert(t);
        }
    }
    (0..gold.events.len())
        .filter_map(|ev| {
            if let Some(&t) = text.get(&ev) {
                let v = gold.timexes[t].value.as_str();
                let period = match v {
                    "PRESENT_REF" => Some(Period::day(gold.dct)),
                    v => parse_gold_value(v),
                };
                Some(GoldDate {
                    event: ev,
                    class: DateClass::Text,
                    timex: Some(t),
                    value: v.to_string(),
                    period,
                })
            } else {
                document[ev].then(|| GoldDate {
                    event: ev,
                    class: DateClass::Document,
                    timex: None,
                    value: gold.dct.to_string(),
                    period: Some(Period::day(gold.dct)),
                })
            }
        })
        .collect()
}

/// How the coder and the baseline did on one aligned gold event with a scorable date.
#[derive(Debug, Clone, PartialEq)]
pub struct DateOutcome {
    /// The gold date (its event indexes [`TimeMlDoc::events`]).
    pub gold: GoldDate,
    /// Index of the aligned event in [`Doc::events`].
    pub coded: usize,
    /// The coded event's date, if it has one.
    pub predicted: Option<Period>,
    /// Inside the gold period and at least as fine (for a document date: the creation day).
    pub at_granularity: bool,
    /// The same period at the same precision.
    pub exact: bool,
    /// `at_granularity` for the publication day.
    pub baseline_at_granularity: bool,
    /// `exact` for the publication day.
    pub baseline_exact: bool,
}

/// Figures for one class of gold dates, over the aligned events.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct ClassScores {
    /// Gold events of this class with a scorable date.
    pub gold: usize,
    /// Those aligned with a coded event.
    pub aligned: usize,
    /// Aligned events dated inside the gold period, at least as finely.
    pub at_granularity: usize,
    /// Aligned events dated with the gold period and precision.
    pub exact: usize,
    /// `at_granularity` for the publication-date baseline.
    pub baseline_at_granularity: usize,
    /// `exact` for the publication-date baseline.
    pub baseline_exact: usize,
}

/// Date-scoring figures, summed over documents with [`DateScores::add_doc`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DateScores {
    /// Documents scored.
    pub files: usize,
    /// Gold events.
    pub gold_events: usize,
    /// Gold events whose linked date cannot be scored (`PAST_REF`, quarters, times).
    pub unscorable_gold: usize,
    /// Coded events (every modality).
    pub coded_events: usize,
    /// Gold events aligned with a coded event, with or without a gold date.
    pub aligned_events: usize,
    /// Coded events aligned with at least one gold event.
    pub aligned_coded: usize,
    /// Events with a date in the text.
    pub text: ClassScores,
    /// Events dated by the creation time only.
    pub document: ClassScores,
}

impl DateScores {
    /// Scores `doc`, coded from `gold.text`, and adds its figures; returns the outcomes of its
    /// aligned events. An error when the coded text is not the gold text.
    pub fn add_doc(&mut self, gold: &TimeMlDoc, doc: &Doc) -> Result<Vec<DateOutcome>> {
        if doc.text != gold.text {
            return Err(PetrelError::new(
                ErrorKind::Other,
                format!("{}: the coded text differs from the gold text", gold.id),
            ));
        }
        let aligned: Vec<Option<usize>> = gold
            .events
            .iter()
            .map(|g| {
                doc.events.iter().position(|e| {
                    let t = e.evidence.trigger;
                    t.start < g.span.end && g.span.start < t.end
                })
            })
            .collect();
        self.files += 1;
        self.gold_events += gold.events.len();
        self.coded_events += doc.events.len();
        self.aligned_events += aligned.iter().flatten().count();
        let mut hit = vec![false; doc.events.len()];
        aligned.iter().flatten().for_each(|&i| hit[i] = true);
        self.aligned_coded += hit.iter().filter(|&&h| h).count();
        let dct = Period::day(gold.dct);
        let mut out = Vec::new();
        for g in gold_dates(gold) {
            let Some(gp) = g.period else {
                self.unscorable_gold += 1;
                continue;
            };
            let class = match g.class {
                DateClass::Text => &mut self.text,
                DateClass::Document => &mut self.document,
            };
            class.gold += 1;
            let Some(coded) = aligned[g.event] else {
                continue;
            };
            let predicted = doc.events[coded].date.as_ref().map(|d| Period {
                start: d.value,
                precision: d.precision,
            });
            let o = DateOutcome {
                coded,
                predicted,
                at_granularity: predicted.is_some_and(|p| p.within(gp)),
                exact: predicted == Some(gp),
                baseline_at_granularity: dct.within(gp),
                baseline_exact: dct == gp,
                gold: g,
            };
            class.aligned += 1;
            class.at_granularity += o.at_granularity as usize;
            class.exact += o.exact as usize;
            class.baseline_at_granularity += o.baseline_at_granularity as usize;
            class.baseline_exact += o.baseline_exact as usize;
            out.push(o);
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeml::parse_timeml;
    use petrel_core::{
        Date, DatePrecision, DateSource, DocMeta, Event, EventDate, Evidence, Modality, Span,
    };

    const DOC: &str = r#"<TimeML><DOCID>d</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2003-05-14" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
<TEXT>Ana <EVENT eid="e1">met</EVENT> Bo in <TIMEX3 tid="t1" type="DATE" value="2003-04">April</TIMEX3>. They <EVENT eid="e2">talk</EVENT> <TIMEX3 tid="t2" type="DATE" value="PRESENT_REF">now</TIMEX3>. Cy <EVENT eid="e3">left</EVENT>. Di <EVENT eid="e4">wrote</EVENT> <TIMEX3 tid="t3" type="DATE" value="PAST_REF">before</TIMEX3>. Ed <EVENT eid="e5">ran</EVENT>.</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1"/><MAKEINSTANCE eventID="e2" eiid="ei2"/>
<MAKEINSTANCE eventID="e3" eiid="ei3"/><MAKEINSTANCE eventID="e4" eiid="ei4"/>
<TLINK relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t0"/>
<TLINK relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
<TLINK relType="INCLUDES" timeID="t2" relatedToEventInstance="ei2"/>
<TLINK relType="DURING" eventInstanceID="ei3" relatedToTime="t0"/>
<TLINK relType="BEFORE" eventInstanceID="ei4" relatedToTime="t1"/>
<TLINK relType="SIMULTANEOUS" eventInstanceID="ei4" relatedToTime="t3"/>
</TimeML>"#;

    fn event(text: &str, word: &str, date: Option<(&str, DatePrecision)>) -> Event {
        let start = text.find(word).unwrap();
        Event {
            sentence: 0,
            code: "040".into(),
            plover: None,
            mode: None,
            source: None,
            target: None,
            modality: Modality::default(),
            date: date.map(|(v, precision)| EventDate {
                value: Date::parse(v).unwrap(),
                precision,
                source: DateSource::Text,
                expression: None,
                relation: None,
            }),
            location: None,
            evidence: Evidence {
                trigger: Span::new(start, start + word.len()),
                text: word.into(),
                rule: "test".into(),
                trigger_chars: Default::default(),
            },
            parent: None,
        }
    }

    #[test]
    fn gold_dates_prefer_text_and_skip_unscorable_values() {
        let gold = parse_timeml("d.tml", "d", DOC).unwrap();
        let g = gold_dates(&gold);
        let got: Vec<_> = g
            .iter()
            .map(|g| (g.event, g.class, g.value.as_str(), g.period.is_some()))
            .collect();
        assert_eq!(
            got,
            vec![
                (0, DateClass::Text, "2003-04", true),
                (1, DateClass::Text, "PRESENT_REF", true),
                (2, DateClass::Document, "2003-05-14", true),
                (3, DateClass::Text, "PAST_REF", false),
            ]
        );
    }

    #[test]
    fn scores_coder_and_baseline_on_aligned_events() {
        let gold = parse_timeml("d.tml", "d", DOC).unwrap();
        let t = gold.text.as_str();
        let mut doc = Doc::new(DocMeta::default(), t);
        doc.events = vec![
            event(t, "met", Some(("2003-04-10", DatePrecision::Day))),
            event(t, "talk", Some(("2003-05-12", DatePrecision::Week))),
            event(t, "left", Some(("2003-05-14", DatePrecision::Day))),
            event(t, "ran", None),
        ];
        let mut s = DateScores::default();
        let out = s.add_doc(&gold, &doc).unwrap();
        assert_eq!(out.len(), 3);
        assert_eq!(
            (
                s.files,
                s.gold_events,
                s.coded_events,
                s.aligned_events,
                s.aligned_coded
            ),
            (1, 5, 4, 4, 4)
        );
        assert_eq!(s.unscorable_gold, 1);
        let text = ClassScores {
            gold: 2,
            aligned: 2,
            at_granularity: 1,
            exact: 0,
            baseline_at_granularity: 1,
            baseline_exact: 1,
        };
        assert_eq!(
            s.text, text,
            "a day in April is right; a week is coarser than today"
        );
        let document = ClassScores {
            gold: 1,
            aligned: 1,
            at_granularity: 1,
            exact: 1,
            baseline_at_granularity: 1,
            baseline_exact: 1,
        };
        assert_eq!(s.document, document);
        doc.text.push(' ');
        assert!(s.add_doc(&gold, &doc).is_err());
    }
}
