//! Reproducible training of the shipped models from CoNLL-U files.
//!
//! The parser is trained on tags predicted by jackknifed taggers (each fold tagged by a tagger
//! trained on the other folds), so that it sees the kind of tagging errors it meets at run time.
//!
//! The shipped models are built in two steps. First, trained on EWT train alone, dev chooses
//! the epoch counts (tagger: 12 epochs per pass, dev UPOS being flat after pass-2 epoch 6;
//! parser: 30 epochs, where dev UAS is highest, dev LAS being flat after epoch 20). Then the final models are retrained with the same seeds and epoch counts on EWT train+dev
//! (several train files, see [`TrainConfig::also_train`]), keeping the last epoch, since dev
//! no longer measures anything; the parser's jackknifed training tags then come from
//! train+dev folds:
//!
//! ```text
//! cargo run --release -p petrel-nlp --example train_models -- all 4 --with-dev
//! ```
//!
//! or, with the CLI (`D` = the EWT directory):
//!
//! ```text
//! petrel train tagger --train D/en_ewt-ud-train.conllu --also-train D/en_ewt-ud-dev.conllu \
//!     --dev D/en_ewt-ud-dev.conllu --out tagger.bin
//! petrel train parser --train D/en_ewt-ud-train.conllu --also-train D/en_ewt-ud-dev.conllu \
//!     --dev D/en_ewt-ud-dev.conllu --tagger tagger.bin --out parser.bin
//! ```

use crate::conllu::{read_file, Sentence};
use crate::parser::{train_parser, ParseTrainOptions, ParserModel, TreeSent};
use crate::tagger::{train_tagger, TagClass, TagScratch, TagTrainOptions, TaggerModel};
use petrel_core::Result;
use std::path::Path;

/// Reads and concatenates CoNLL-U files, in order.
pub fn read_files(paths: &[&Path]) -> Result<Vec<Sentence>> {
    let mut out = Vec::new();
    for p in paths {
        out.extend(read_file(p)?);
    }
    Ok(out)
}

/// Tags `sents` with `model`.
pub fn predict_tags(model: &TaggerModel, sents: &[Sentence]) -> Vec<Vec<TagClass>> {
    let mut scratch = TagScratch::default();
    let mut out = Vec::new();
    sents
        .iter()
        .map(|s| {
            model.tag(
                s.words.iter().map(|w| w.form.as_str()),
                &mut scratch,
                &mut out,
            );
            out.iter().map(|&c| model.classes[c as usize]).collect()
        })
        .collect()
}

/// Tags every sentence of `train` with a tagger trained on the other `folds - 1` folds (each
/// keeping the epoch that scores best on its held-out fold, whatever `opts.keep_last` says).
pub fn jackknife_tags(
    train: &[Sentence],
    folds: usize,
    opts: &TagTrainOptions,
    log: &mut dyn FnMut(&str),
) -> Vec<Vec<TagClass>> {
    let folds = folds.max(2);
    let opts = &TagTrainOptions {
        keep_last: false,
        ..opts.clone()
    };
    let mut tags = vec![Vec::new(); train.len()];
    for f in 0..folds {
        let rest: Vec<Sentence> = train
            .iter()
            .enumerate()
            .filter(|(i, _)| i % folds != f)
            .map(|(_, s)| s.clone())
            .collect();
        let held: Vec<usize> = (0..train.len()).filter(|i| i % folds == f).collect();
        let held_sents: Vec<Sentence> = held.iter().map(|&i| train[i].clone()).collect();
        let model = train_tagger(&rest, &held_sents, opts, &mut |_| {});
        let (upos, _) = crate::tagger::accuracy(&model, &held_sents);
        log(&format!("jackknife fold {}/{folds}: UPOS {upos:.4}", f + 1));
        for (i, t) in held.into_iter().zip(predict_tags(&model, &held_sents)) {
            tags[i] = t;
        }
    }
    tags
}

/// Trains a tagger from CoNLL-U files (the `train` files concatenated).
pub fn train_tagger_files(
    train: &[&Path],
    dev: &Path,
    opts: &TagTrainOptions,
    log: &mut dyn FnMut(&str),
) -> Result<TaggerModel> {
    let (train, dev) = (read_files(train)?, read_file(dev)?);
    Ok(train_tagger(&train, &dev, opts, log))
}

/// Trains a parser from CoNLL-U files (the `train` files concatenated): train tags come from
/// `folds` jackknifed one-pass taggers (gold tags when `folds < 2`; two-pass jackknifing did not
/// help), dev tags from `tagger`.
pub fn train_parser_files(
    train: &[&Path],
    dev: &Path,
    tagger: &TaggerModel,
    folds: usize,
    tag_opts: &TagTrainOptions,
    opts: &ParseTrainOptions,
    log: &mut dyn FnMut(&str),
) -> Result<ParserModel> {
    let (train, dev) = (read_files(train)?, read_file(dev)?);
    let one_pass = TagTrainOptions {
        second_pass: false,
        ..tag_opts.clone()
    };
    let train_tags = if folds >= 2 {
        Some(jackknife_tags(&train, folds, &one_pass, log))
    } else {
        None
    };
    let dev_tags = predict_tags(tagger, &dev);
    let train_trees: Vec<TreeSent> = train
        .iter()
        .enumerate()
        .map(|(i, s)| TreeSent::new(s, train_tags.as_ref().map(|t| t[i].as_slice())))
        .collect();
    let dev_trees: Vec<TreeSent> = dev
        .iter()
        .zip(&dev_tags)
        .map(|(s, t)| TreeSent::new(s, Some(t)))
        .collect();
    Ok(train_parser(&train_trees, &dev_trees, opts, log))
}

/// Which model [`train_to_file`] trains.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModelKind {
    /// The POS tagger.
    Tagger,
    /// The dependency parser.
    Parser,
}

/// Everything `petrel train` needs.
#[derive(Debug, Clone)]
pub struct TrainConfig {
    /// Tagger or parser.
    pub kind: ModelKind,
    /// Training treebank (CoNLL-U).
    pub train: std::path::PathBuf,
    /// More training treebanks, appended to `train` (e.g. the dev set, once the epoch count is
    /// fixed). When not empty, the last epoch is kept instead of the best on `dev`.
    pub also_train: Vec<std::path::PathBuf>,
    /// Development treebank, for choosing the epoch.
    pub dev: std::path::PathBuf,
    /// Where to write the model.
    pub out: std::path::PathBuf,
    /// Epochs (default: 12 for the tagger, 30 for the parser).
    pub epochs: Option<usize>,
    /// Random seed (default: fixed per model).
    pub seed: Option<u64>,
    /// Tagger model for the parser's dev tags (default: the embedded tagger).
    pub tagger: Option<std::path::PathBuf>,
    /// Jackknife folds for the parser's training tags (0 or 1 = gold tags).
    pub folds: usize,
}

/// Trains the model described by `cfg` and writes it; returns the model size in bytes.
pub fn train_to_file(cfg: &TrainConfig, log: &mut dyn FnMut(&str)) -> Result<usize> {
    let mut tag_opts = TagTrainOptions::default();
    let mut parse_opts = ParseTrainOptions::default();
    if let Some(e) = cfg.epochs {
        tag_opts.epochs = e;
        parse_opts.epochs = e;
    }
    if let Some(s) = cfg.seed {
        tag_opts.seed = s;
        parse_opts.seed = s;
    }
    tag_opts.keep_last = !cfg.also_train.is_empty();
    parse_opts.keep_last = !cfg.also_train.is_empty();
    let train: Vec<&Path> = std::iter::once(cfg.train.as_path())
        .chain(cfg.also_train.iter().map(|p| p.as_path()))
        .collect();
    let bytes = match cfg.kind {
        ModelKind::Tagger => train_tagger_files(&train, &cfg.dev, &tag_opts, log)?.to_bytes(),
        ModelKind::Parser => {
            let tagger = match &cfg.tagger {
                Some(p) => {
                    let b = std::fs::read(p)
                        .map_err(|e| petrel_core::PetrelError::io(p.display(), e))?;
                    std::sync::Arc::new(TaggerModel::from_bytes(&b, &p.display().to_string())?)
                }
                None => crate::Nlp::embedded()?.tagger.clone(),
            };
            let opts = TagTrainOptions {
                seed: tag_opts.seed,
                ..TagTrainOptions::default()
            };
            train_parser_files(
                &train,
                &cfg.dev,
                &tagger,
                cfg.folds,
                &opts,
                &parse_opts,
                log,
            )?
            .to_bytes()
        }
    };
    std::fs::write(&cfg.out, &bytes)
        .map_err(|e| petrel_core::PetrelError::io(cfg.out.display(), e))?;
    Ok(bytes.len())
}
