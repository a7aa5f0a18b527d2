//! `petrel parse [TEXT|-] [--format conllu|json]`: segment, tag, lemmatise and parse text.

use petrel_core::{Doc, Pipeline, Result};
use std::io::Write;
use std::process::ExitCode;
use stormpetrel::nlp::{output, stages, Nlp};

/// Output formats.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Format {
    /// CoNLL-U.
    Conllu,
    /// One JSON object per sentence.
    Json,
}

/// Flags of `petrel parse`.
#[derive(clap::Args)]
pub struct Args {
    /// Text to parse; `-` or nothing reads standard input.
    text: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "conllu")]
    format: Format,
}

/// Runs the command.
pub fn run(a: Args) -> Result<ExitCode> {
    let text = super::shared::text_arg(a.text.as_deref())?;
    let nlp = Nlp::embedded()?;
    let pipeline = Pipeline::new(stages(&nlp))?;
    let mut doc = Doc::new(Default::default(), text);
    pipeline.run(&mut doc)?;
    let out = match a.format {
        Format::Conllu => output::to_conllu(&doc),
        Format::Json => output::to_json_lines(&doc),
    };
    let _ = std::io::stdout().lock().write_all(out.as_bytes());
    Ok(ExitCode::SUCCESS)
}
