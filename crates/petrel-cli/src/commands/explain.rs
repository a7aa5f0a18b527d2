//! `petrel explain "TEXT"`: the parse, the actors, the rules that matched and the events.

use super::shared::{parse_date, ResourceArgs};
use petrel_core::{Date, Doc, DocMeta, Result};
use std::io::Write;
use std::process::ExitCode;
use stormpetrel::events::{arguments::MentionIndex, EventCoder};
use stormpetrel::output::EventRecord;

/// Flags of `petrel explain`.
#[derive(clap::Args)]
pub struct Args {
    /// The text to explain; `-` reads standard input.
    text: String,
    /// Publication date (YYYY-MM-DD), which selects actors' roles and resolves dates.
    #[arg(long, value_parser = parse_date)]
    date: Option<Date>,
    #[command(flatten)]
    resources: ResourceArgs,
}

/// Runs the command.
pub fn run(args: Args) -> Result<ExitCode> {
    let text = super::shared::text_arg(Some(&args.text))?;
    let res = args.resources.load()?;
    let pipeline = stormpetrel::pipeline_parsing_all(&res)?;
    let mut doc = Doc::new(
        DocMeta {
            id: "explain".into(),
            date: args.date,
            ..Default::default()
        },
        text,
    );
    pipeline.run(&mut doc)?;
    let coder = EventCoder::new(res.rules.clone());
    let idx = MentionIndex::new(&doc);
    let mut out = std::io::stdout().lock();
    let w = &mut out;
    let io = |e| petrel_core::PetrelError::io("standard output", e);
    writeln!(w, "pipeline: {}", pipeline.names().join(" → ")).map_err(io)?;
    for (s, sent) in doc.sentences.iter().enumerate() {
        writeln!(
            w,
            "\n# sentence {s}{}: {}",
            if sent.boilerplate {
                " (boilerplate: not coded)"
            } else {
                ""
            },
            doc.sentence_text(s)
        )
        .map_err(io)?;
        for i in sent.tokens() {
            let t = &doc.tokens[i];
            let head = t
                .head()
                .map(|h| (h - sent.tok_start as usize + 1).to_string())
                .unwrap_or_else(|| "0".into());
            let actor = idx
                .at(i)
                .map(|m| format!("  [{}]", doc.mentions[m].code))
                .unwrap_or_default();
            writeln!(
                w,
                "  {:>3} {:<18} {:<14} {:<6} {:<5} {:>3} {:<12}{actor}",
                i - sent.tok_start as usize + 1,
                doc.word(i),
                doc.lemma(i),
                t.upos.as_str(),
                doc.xpos(i),
                head,
                t.deprel.as_str()
            )
            .map_err(io)?;
        }
        for m in doc
            .mentions
            .iter()
            .filter(|m| sent.tokens().contains(&(m.tok_start as usize)))
        {
            writeln!(
                w,
                "  actor  {:<10} {:?} \"{}\" (entry: {})",
                m.code,
                m.kind,
                m.span.slice(&doc.text),
                m.entry
            )
            .map_err(io)?;
        }
        for m in coder.matches(&doc, s) {
            let status = m
                .dropped
                .map(|r| format!("dropped: {r}"))
                .unwrap_or_else(|| "fired".into());
            writeln!(
                w,
                "  rule   {:<28} {:<5} on \"{}\" ({status}; {}:{})",
                m.rule.id,
                m.rule.code,
                doc.word(m.trigger),
                m.rule.origin.0,
                m.rule.origin.1
            )
            .map_err(io)?;
        }
        for (n, e) in doc
            .events
            .iter()
            .enumerate()
            .filter(|(_, e)| e.sentence == s)
        {
            let r = EventRecord::new(&doc, e, n);
            let flags = r.modality_flags();
            writeln!(
                w,
                "  event  {} {} [{}] {} -> {}{}{}{}",
                r.code,
                r.name,
                r.plover.unwrap_or("-"),
                r.source.map(|a| a.code.as_str()).unwrap_or("-"),
                r.target.map(|a| a.code.as_str()).unwrap_or("-"),
                if flags.is_empty() {
                    String::new()
                } else {
                    format!(" ({flags})")
                },
                r.date
                    .map(|d| format!(" date {} ({:?})", d.value, d.source))
                    .unwrap_or_default(),
                r.location
                    .map(|l| format!(" at {} ({})", l.name, l.country.as_deref().unwrap_or("-")))
                    .unwrap_or_default(),
            )
            .map_err(io)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
