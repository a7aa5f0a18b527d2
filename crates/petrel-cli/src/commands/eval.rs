//! `petrel eval GOLD.jsonl [--events OUT.jsonl]`: code a gold file and score it.

use super::shared::ResourceArgs;
use petrel_core::{Doc, Event, PetrelError, Result};
use std::path::PathBuf;
use std::process::ExitCode;
use stormpetrel::eval::{read_gold, score, Prediction};
use stormpetrel::ingest::{Inputs, ReadOptions, Warning};
use stormpetrel::output::{JsonlSink, Sink};
use stormpetrel::runner::{run_stream, RunObserver};

/// Flags of `petrel eval`.
#[derive(clap::Args)]
pub struct Args {
    /// A gold file: JSON lines with `id`, `text`, `date` and gold `events`.
    gold: PathBuf,
    /// Also write the coded events (JSON lines) to this file.
    #[arg(long, value_name = "OUT.jsonl")]
    events: Option<PathBuf>,
    /// Score every event, including negated and hypothetical ones.
    #[arg(long, default_value = "asserted", value_parser = ["asserted", "all"])]
    modality: String,
    /// Print the scores as one JSON object.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    resources: ResourceArgs,
}

struct Collect<'a> {
    preds: Vec<Prediction>,
    sink: Option<JsonlSink<'a>>,
    keep: fn(&Event) -> bool,
}

impl RunObserver for Collect<'_> {
    fn warning(&mut self, w: &Warning) {
        eprintln!("petrel: warning: {w}");
    }
    fn failed(&mut self, doc_id: &str, e: &PetrelError) {
        eprintln!("petrel: warning: {doc_id}: coding failed: {e}");
    }
    fn doc(&mut self, doc: &Doc) -> Result<()> {
        for e in doc.events.iter().filter(|e| (self.keep)(e)) {
            let info = stormpetrel::ontology::lookup(&e.code);
            self.preds.push(Prediction {
                doc_id: doc.meta.id.clone(),
                code: Some(e.code.clone()),
                plover: e
                    .plover
                    .clone()
                    .or_else(|| info.and_then(|c| c.plover).map(String::from)),
                source: e.source.as_ref().map(|a| a.code.clone()),
                target: e.target.as_ref().map(|a| a.code.clone()),
            });
        }
        let keep = self.keep;
        if let Some(s) = &mut self.sink {
            s.write_doc(doc, &keep)?;
        }
        Ok(())
    }
}

fn all(_: &Event) -> bool {
    true
}

/// Runs the command.
pub fn run(args: Args) -> Result<ExitCode> {
    let gold = read_gold(&args.gold)?;
    let res = args.resources.load()?;
    let pipeline = stormpetrel::pipeline(&res)?;
    let sink = match &args.events {
        Some(p) => {
            let f = std::fs::File::create(p).map_err(|e| PetrelError::io(p.display(), e))?;
            Some(JsonlSink::new(Box::new(std::io::BufWriter::new(f))))
        }
        None => None,
    };
    let keep = if args.modality == "all" {
        all
    } else {
        stormpetrel::is_asserted
    };
    let mut obs = Collect {
        preds: Vec::new(),
        sink,
        keep,
    };
    let inputs = Inputs::new([args.gold.clone()], ReadOptions::default());
    run_stream(inputs, &pipeline, super::shared::jobs(None)?, 256, &mut obs)?;
    if let Some(s) = &mut obs.sink {
        s.finish()?;
    }
    let scores = score(&gold, &obs.preds);
    if args.json {
        let f = |p: Option<stormpetrel::eval::Prf>| {
            p.map(|p| serde_json::json!({"p": p.p, "r": p.r, "f1": p.f1}))
        };
        let v = serde_json::json!({
            "items": scores.items, "predicted_events": scores.predicted_events,
            "det": f(scores.det), "type": f(scores.type_), "dyad": f(scores.dyad), "code": f(scores.code),
            "case_hit_rate": scores.case_hit_rate, "case_false_alarm_rate": scores.case_false_alarm_rate,
        });
        println!("{v}");
    } else {
        print!("{scores}");
    }
    Ok(ExitCode::SUCCESS)
}
