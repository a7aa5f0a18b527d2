//! `petrel actors "TEXT" [--date D] [--json]`: the actor mentions of a text, with their codes
//! and the dictionary entry each matched, found as `petrel code` finds them (after tagging).

use super::shared::{parse_date, ResourceArgs};
use petrel_core::{Date, Doc, DocMeta, PetrelError, Pipeline, Result};
use std::io::Write;
use std::process::ExitCode;
use stormpetrel::actors::ActorStage;

/// Flags of `petrel actors`.
#[derive(clap::Args)]
pub struct Args {
    /// The text; `-` reads standard input.
    text: String,
    /// Publication date (YYYY-MM-DD): it selects each person's role (default: the latest role).
    #[arg(long, value_parser = parse_date)]
    date: Option<Date>,
    /// Print one JSON object per mention.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    resources: ResourceArgs,
}

/// Runs the command.
pub fn run(args: Args) -> Result<ExitCode> {
    let text = super::shared::text_arg(Some(&args.text))?;
    let res = args.resources.load()?;
    let mut stages = res.nlp_stages();
    stages.push(Box::new(ActorStage::new(res.actors.clone())));
    let mut doc = Doc::new(
        DocMeta {
            date: args.date,
            ..Default::default()
        },
        text.as_str(),
    );
    Pipeline::new(stages)?.run(&mut doc)?;
    let mentions = &doc.mentions;
    let mut out = std::io::stdout().lock();
    let io = |e| PetrelError::io("standard output", e);
    for m in mentions {
        let surface = m.span.slice(&text);
        if args.json {
            let mut v = serde_json::to_value(m)
                .map_err(|e| PetrelError::new(petrel_core::ErrorKind::Other, e.to_string()))?;
            v["text"] = serde_json::Value::from(surface);
            writeln!(out, "{v}").map_err(io)?;
        } else {
            let kind = serde_json::to_value(m.kind)
                .ok()
                .and_then(|k| k.as_str().map(str::to_string))
                .unwrap_or_default();
            writeln!(
                out,
                "{:<12} {:<13} {:<32} {}",
                m.code, kind, surface, m.entry
            )
            .map_err(io)?;
        }
    }
    Ok(if mentions.is_empty() && !args.json {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
