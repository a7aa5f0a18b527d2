//! CSV with a header row (RFC 4180 quoting).

use crate::record::span_str;
use crate::{io_err, EventRecord, Sink};
use petrel_core::{ActorRef, DocMeta, Result};
use std::io::Write;

const HEADER: &str = "doc_id,event_id,sentence,code,root,name,plover,mode,quad_class,goldstein,source_code,source_text,target_code,target_text,modality,speaker,date,date_precision,date_source,trigger,trigger_span,rule,sentence_text";

/// Columns added after [`HEADER`] when the rows are event clusters.
const CLUSTER_HEADER: &str =
    ",cluster_id,num_mentions,num_documents,num_sources,first_reported,last_reported";

/// Writes events as CSV.
pub struct CsvSink<'w> {
    out: Box<dyn Write + 'w>,
    header_done: bool,
    raw: bool,
}

impl<'w> CsvSink<'w> {
    /// A sink over `out`.
    pub fn new(out: Box<dyn Write + 'w>) -> Self {
        CsvSink {
            out,
            header_done: false,
            raw: false,
        }
    }
    /// Writes text cells as they are (`true`) instead of defusing formulas (the default).
    pub fn raw_cells(mut self, raw: bool) -> Self {
        self.raw = raw;
        self
    }
}

/// Quotes a field when it holds a comma, quote or line break.
pub fn quote(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn actor(a: Option<&ActorRef>) -> (String, String) {
    a.map(|a| (a.code.clone(), a.text.clone()))
        .unwrap_or_default()
}

impl Sink for CsvSink<'_> {
    fn write_record(&mut self, r: &EventRecord, _meta: &DocMeta) -> Result<()> {
        if !self.header_done {
            let extra = if r.cluster.is_some() {
                CLUSTER_HEADER
            } else {
                ""
            };
            writeln!(self.out, "{HEADER}{extra}").map_err(io_err)?;
            self.header_done = true;
        }
        {
            let (sc, st) = actor(r.source);
            let (tc, tt) = actor(r.target);
            let speaker = r
                .modality
                .reported
                .as_ref()
                .map(|a| a.text.clone())
                .unwrap_or_default();
            let (dv, dp, ds) = r
                .date
                .map(|d| {
                    (
                        d.value.to_string(),
                        format!("{:?}", d.precision).to_lowercase(),
                        format!("{:?}", d.source).to_lowercase(),
                    )
                })
                .unwrap_or_default();
            let mut fields = vec![
                r.doc_id.to_string(),
                r.event_id.clone(),
                r.sentence.to_string(),
                r.code.to_string(),
                r.root.to_string(),
                r.name.to_string(),
                r.plover.unwrap_or("").to_string(),
                r.mode.unwrap_or("").to_string(),
                r.quad_class.to_string(),
                r.goldstein.to_string(),
                sc,
                st,
                tc,
                tt,
                r.modality_flags(),
                speaker,
                dv,
                dp,
                ds,
                r.evidence.text.clone(),
                span_str(r.evidence.trigger),
                r.evidence.rule.clone(),
                r.sentence_text.to_string(),
            ];
            if let Some(c) = r.cluster {
                let day =
                    |d: Option<petrel_core::Date>| d.map(|d| d.to_string()).unwrap_or_default();
                fields.extend([
                    c.id.to_string(),
                    c.num_mentions.to_string(),
                    c.num_documents.to_string(),
                    c.num_sources.to_string(),
                    day(c.first_reported),
                    day(c.last_reported),
                ]);
            }
            // Numbers (quad class, Goldstein, spans, counts) stay numbers; text cells are
            // defused against formula injection unless asked not to.
            const NUMERIC: [usize; 4] = [2, 8, 9, 20];
            let line: Vec<String> = fields
                .iter()
                .enumerate()
                .map(|(i, f)| {
                    if self.raw || NUMERIC.contains(&i) || i >= 23 {
                        quote(f)
                    } else {
                        quote(&crate::defuse(f))
                    }
                })
                .collect();
            writeln!(self.out, "{}", line.join(",")).map_err(io_err)?;
        }
        Ok(())
    }
    fn finish(&mut self) -> Result<()> {
        if !self.header_done {
            writeln!(self.out, "{HEADER}").map_err(io_err)?;
            self.header_done = true;
        }
        self.out.flush().map_err(io_err)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn quotes_only_when_needed() {
        assert_eq!(super::quote("plain"), "plain");
        assert_eq!(super::quote("a,b"), "\"a,b\"");
        assert_eq!(super::quote("say \"no\""), "\"say \"\"no\"\"\"");
    }
}
