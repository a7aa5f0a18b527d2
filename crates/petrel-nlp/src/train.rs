//! Reproducible training of the shipped models from CoNLL-U files.
//!
//! The parser is trained on tags predicted by jackknifed taggers (each fold tagged by a tagger
//! trained on the other folds), so that it sees the kind of tagging errors it meets at run time.

use crate::conllu::{read_file, Sentence};
use crate::parser::{train_parser, ParseTrainOptions, ParserModel, TreeSent};
use crate::tagger::{train_tagger, TagClass, TagScratch, TagTrainOptions, TaggerModel};
use petrel_core::Result;
use std::path::Path;

/// Tags `sents` with `model`.
pub fn predict_tags(model: &TaggerModel, sents: &[Sentence]) -> Vec<Vec<TagClass>> {
    let mut scratch = TagScratch::default();
    let mut out = Vec::new();
    sents
        .iter()
        .map(|s| {
            model.tag(s.words.iter().map(|w| w.form.as_str()), &mut scratch, &mut out);
            out.iter().map(|&c| model.classes[c as usize]).collect()
        })
        .collect()
}

/// Tags every sentence of `train` with a tagger trained on the other `folds - 1` folds.
pub fn jackknife_tags(train: &[Sentence], folds: usize, opts: &TagTrainOptions, log: &mut dyn FnMut(&str)) -> Vec<Vec<TagClass>> {
    let folds = folds.max(2);
    let mut tags = vec![Vec::new(); train.len()];
    for f in 0..folds {
        let rest: Vec<Sentence> = train.iter().enumerate().filter(|(i, _)| i % folds != f).map(|(_, s)| s.clone()).collect();
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

/// Trains a tagger from CoNLL-U files.
pub fn train_tagger_files(train: &Path, dev: &Path, opts: &TagTrainOptions, log: &mut dyn FnMut(&str)) -> Result<TaggerModel> {
    let (train, dev) = (read_file(train)?, read_file(dev)?);
    Ok(train_tagger(&train, &dev, opts, log))
}

/// Trains a parser from CoNLL-U files: train tags come from `folds` jackknifed taggers (gold tags
/// when `folds < 2`), dev tags from `tagger`.
pub fn train_parser_files(
    train: &Path,
    dev: &Path,
    tagger: &TaggerModel,
    folds: usize,
    tag_opts: &TagTrainOptions,
    opts: &ParseTrainOptions,
    log: &mut dyn FnMut(&str),
) -> Result<ParserModel> {
    let (train, dev) = (read_file(train)?, read_file(dev)?);
    let train_tags = if folds >= 2 { Some(jackknife_tags(&train, folds, tag_opts, log)) } else { None };
    let dev_tags = predict_tags(tagger, &dev);
    let train_trees: Vec<TreeSent> =
        train.iter().enumerate().map(|(i, s)| TreeSent::new(s, train_tags.as_ref().map(|t| t[i].as_slice()))).collect();
    let dev_trees: Vec<TreeSent> = dev.iter().zip(&dev_tags).map(|(s, t)| TreeSent::new(s, Some(t))).collect();
    Ok(train_parser(&train_trees, &dev_trees, opts, log))
}
