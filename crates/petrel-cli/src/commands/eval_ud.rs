//! `petrel eval-ud FILE.conllu`: tag and parse a UD treebank with gold tokens and score it.

use petrel_core::Result;
use std::path::PathBuf;
use std::process::ExitCode;
use stormpetrel::nlp::{eval_ud, Nlp};

/// Flags of `petrel eval-ud`.
#[derive(clap::Args)]
pub struct Args {
    /// A CoNLL-U treebank.
    file: PathBuf,
    /// Tagger model file instead of the built-in one (needs --parser too).
    #[arg(long, requires = "parser")]
    tagger: Option<PathBuf>,
    /// Parser model file instead of the built-in one (needs --tagger too).
    #[arg(long, requires = "tagger")]
    parser: Option<PathBuf>,
}

/// Runs the command.
pub fn run(a: Args) -> Result<ExitCode> {
    let nlp = match (&a.tagger, &a.parser) {
        (Some(t), Some(p)) => Nlp::from_files(t, p)?,
        _ => Nlp::embedded()?,
    };
    let s = eval_ud(&nlp, &a.file)?;
    println!("sentences  {}", s.sentences);
    println!("words      {}", s.words);
    println!("UPOS       {:.2}", 100.0 * s.upos);
    println!("XPOS       {:.2}", 100.0 * s.xpos);
    println!("Lemmas     {:.2}", 100.0 * s.lemma);
    println!("UAS        {:.2}", 100.0 * s.uas);
    println!("LAS        {:.2}", 100.0 * s.las);
    println!(
        "tokens/s   {:.0} (wall clock), {:.0} (thread CPU time)",
        s.tokens_per_sec, s.tokens_per_cpu_sec
    );
    Ok(ExitCode::SUCCESS)
}
