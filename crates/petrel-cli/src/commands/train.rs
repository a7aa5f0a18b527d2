//! `petrel train tagger|parser --train X.conllu [--also-train Z.conllu] --dev Y.conllu --out MODEL`:
//! train a model.

use petrel_core::Result;
use std::path::PathBuf;
use std::process::ExitCode;
use stormpetrel::nlp::train::{train_to_file, ModelKind, TrainConfig};

/// Which model to train.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Kind {
    /// The POS tagger.
    Tagger,
    /// The dependency parser.
    Parser,
}

/// Flags of `petrel train`.
#[derive(clap::Args)]
pub struct Args {
    /// Model to train.
    kind: Kind,
    /// Training treebank (CoNLL-U).
    #[arg(long)]
    train: PathBuf,
    /// More training treebanks appended to --train (repeatable), e.g. the dev set once the epoch
    /// count is fixed; the last epoch is then kept instead of the best on --dev.
    #[arg(long)]
    also_train: Vec<PathBuf>,
    /// Development treebank, used to choose the epoch.
    #[arg(long)]
    dev: PathBuf,
    /// Output model file.
    #[arg(long)]
    out: PathBuf,
    /// Number of epochs.
    #[arg(long)]
    epochs: Option<usize>,
    /// Random seed.
    #[arg(long)]
    seed: Option<u64>,
    /// Parser only: tagger model for dev tags (default: the built-in tagger).
    #[arg(long)]
    tagger: Option<PathBuf>,
    /// Parser only: jackknife folds for training tags (0 = gold tags).
    #[arg(long, default_value_t = 4)]
    folds: usize,
}

/// Runs the command.
pub fn run(a: Args) -> Result<ExitCode> {
    let kind = match a.kind {
        Kind::Tagger => ModelKind::Tagger,
        Kind::Parser => ModelKind::Parser,
    };
    let cfg = TrainConfig {
        kind,
        train: a.train,
        also_train: a.also_train,
        dev: a.dev,
        out: a.out,
        epochs: a.epochs,
        seed: a.seed,
        tagger: a.tagger,
        folds: a.folds,
    };
    let bytes = train_to_file(&cfg, &mut |line| eprintln!("{line}"))?;
    eprintln!("wrote {} ({bytes} bytes)", cfg.out.display());
    Ok(ExitCode::SUCCESS)
}
