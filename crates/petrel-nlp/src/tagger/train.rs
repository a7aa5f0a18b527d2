//! Training the tagger on a CoNLL-U treebank (reproducible: fixed seed, fixed order).

use super::features::{extract, WordFeats};
use super::model::{argmax, TagScratch, TaggerModel};
use super::tagset::TagClass;
use crate::conllu::Sentence;
use crate::perceptron::{IdMap, Model, Trainer};
use crate::rng::Rng;
use std::collections::HashMap;

/// Options for [`train_tagger`].
#[derive(Debug, Clone)]
pub struct TagTrainOptions {
    /// Maximum number of passes over the training data.
    pub epochs: usize,
    /// Seed for shuffling.
    pub seed: u64,
    /// Train a second pass that sees the first pass's classes of the following words.
    pub second_pass: bool,
    /// Keep the model after the last epoch instead of the one that scores best on dev (for
    /// training on train+dev with an epoch count fixed beforehand on dev).
    pub keep_last: bool,
}

impl Default for TagTrainOptions {
    fn default() -> Self {
        TagTrainOptions {
            epochs: 12,
            seed: 7,
            second_pass: true,
            keep_last: false,
        }
    }
}

fn class_table(train: &[Sentence]) -> (Vec<TagClass>, HashMap<(String, String), u8>) {
    let mut counts: HashMap<(String, String), usize> = HashMap::new();
    for s in train {
        for w in &s.words {
            *counts.entry((w.upos.clone(), w.xpos.clone())).or_default() += 1;
        }
    }
    let mut pairs: Vec<_> = counts.into_iter().collect();
    pairs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    pairs.truncate(255);
    let classes = pairs
        .iter()
        .map(|((u, x), _)| TagClass::new(u, x))
        .collect();
    let index = pairs
        .into_iter()
        .enumerate()
        .map(|(i, (k, _))| (k, i as u8))
        .collect();
    (classes, index)
}

fn gold(s: &Sentence, index: &HashMap<(String, String), u8>) -> Vec<u8> {
    s.words
        .iter()
        .map(|w| {
            index
                .get(&(w.upos.clone(), w.xpos.clone()))
                .copied()
                .unwrap_or(0)
        })
        .collect()
}

/// The tag dictionary (frequent unambiguous words) and the lexicon (majority class of words seen ≥ 3 times).
fn dictionaries(
    train: &[Sentence],
    index: &HashMap<(String, String), u8>,
) -> (IdMap<u32, u8>, IdMap<u32, u8>) {
    let mut counts: HashMap<&str, HashMap<u8, usize>> = HashMap::new();
    for s in train {
        for (w, g) in s.words.iter().zip(gold(s, index)) {
            *counts
                .entry(w.form.as_str())
                .or_default()
                .entry(g)
                .or_default() += 1;
        }
    }
    let mut dict = IdMap::default();
    let mut lexicon = IdMap::default();
    for (word, tags) in counts {
        let n: usize = tags.values().sum();
        if let Some((&tag, &m)) = tags
            .iter()
            .max_by_key(|(t, c)| (**c, std::cmp::Reverse(**t)))
        {
            let key = (crate::features::hash_exact(word) >> 32) as u32;
            if n >= 20 && m as f64 / n as f64 >= 0.995 {
                dict.insert(key, tag);
            }
            if n >= 3 {
                lexicon.insert(key, tag);
            }
        }
    }
    (dict, lexicon)
}

/// Token accuracy of `model` on `sents` (joint class, i.e. UPOS and XPOS both right).
pub fn accuracy(model: &TaggerModel, sents: &[Sentence]) -> (f64, f64) {
    let mut scratch = TagScratch::default();
    let mut out = Vec::new();
    let (mut joint, mut upos, mut n) = (0usize, 0usize, 0usize);
    for s in sents {
        model.tag(
            s.words.iter().map(|w| w.form.as_str()),
            &mut scratch,
            &mut out,
        );
        for (w, &c) in s.words.iter().zip(&out) {
            let c = model.classes[c as usize];
            upos += (c.upos.as_str() == w.upos) as usize;
            joint += (c.upos.as_str() == w.upos && c.xpos_name() == w.xpos) as usize;
            n += 1;
        }
    }
    (
        upos as f64 / n.max(1) as f64,
        joint as f64 / n.max(1) as f64,
    )
}

/// The training material shared by both passes.
struct Data {
    classes: Vec<TagClass>,
    tagdict: IdMap<u32, u8>,
    lexicon: IdMap<u32, u8>,
    golds: Vec<Vec<u8>>,
    feats: Vec<Vec<WordFeats>>,
}

/// Trains one pass; returns the best model on `dev` and its dev UPOS accuracy.
fn fit(
    d: &Data,
    first: Option<&Model>,
    dev: &[Sentence],
    opts: &TagTrainOptions,
    log: &mut dyn FnMut(&str),
) -> (Model, f64) {
    let second = first.is_some();
    let mut trainer = Trainer::new(d.classes.len());
    let mut order: Vec<usize> = (0..d.feats.len()).collect();
    let mut rng = Rng::new(opts.seed);
    let mut scores = vec![0.0f32; d.classes.len()];
    let mut fv = Vec::new();
    let mut best: Option<(f64, Model)> = None;
    for epoch in 0..opts.epochs {
        rng.shuffle(&mut order);
        let (mut right, mut total) = (0, 0);
        for &si in &order {
            let ws = &d.feats[si];
            let (mut p1, mut p2) = (1000u64, 1001u64);
            for (k, &g) in d.golds[si].iter().enumerate() {
                let i = k + 2;
                let guess = match d.tagdict.get(&((ws[i].exact >> 32) as u32)) {
                    Some(&c) => c as usize,
                    None => {
                        extract(ws, i, p1, p2, second, &mut fv);
                        trainer.score(&fv, &mut scores);
                        let guess = argmax(&scores);
                        trainer.update(&fv, g as usize, guess);
                        trainer.tick();
                        guess
                    }
                };
                right += (guess == g as usize) as usize;
                total += 1;
                p2 = p1;
                p1 = guess as u64;
            }
        }
        let frozen = trainer.freeze(2);
        let (model, second_model) = match first {
            Some(f) => (f.pruned(1), Some(frozen)),
            None => (frozen, None),
        };
        let m = TaggerModel {
            classes: d.classes.clone(),
            tagdict: d.tagdict.clone(),
            lexicon: d.lexicon.clone(),
            model,
            second: second_model,
            skip_margin: i32::MAX,
        };
        let (upos, joint) = accuracy(&m, dev);
        log(&format!(
            "pass {} epoch {}: train {:.4}, dev UPOS {:.4}, UPOS+XPOS {:.4}",
            1 + second as usize,
            epoch + 1,
            right as f64 / total.max(1) as f64,
            upos,
            joint
        ));
        if opts.keep_last || best.as_ref().is_none_or(|b| upos > b.0) {
            let keep = if second { m.second } else { Some(m.model) };
            if let Some(k) = keep {
                best = Some((upos, k));
            }
        }
    }
    match best {
        Some((acc, m)) => (m, acc),
        None => (trainer.freeze(2), 0.0),
    }
}

/// Trains a tagger on `train`, keeping the epoch that scores best on `dev` (the last epoch with
/// `opts.keep_last`); `log` receives progress lines. With `opts.second_pass`, a second pass is
/// trained on first-pass classes predicted by jackknifing (each fold tagged by a first pass
/// trained on the others).
pub fn train_tagger(
    train: &[Sentence],
    dev: &[Sentence],
    opts: &TagTrainOptions,
    log: &mut dyn FnMut(&str),
) -> TaggerModel {
    let (classes, index) = class_table(train);
    let (tagdict, lexicon) = dictionaries(train, &index);
    let golds: Vec<Vec<u8>> = train.iter().map(|s| gold(s, &index)).collect();
    let shell = TaggerModel {
        classes: classes.clone(),
        tagdict: tagdict.clone(),
        lexicon: lexicon.clone(),
        model: Trainer::new(1).freeze(2),
        second: None,
        skip_margin: i32::MAX,
    };
    let feats: Vec<Vec<WordFeats>> = train
        .iter()
        .map(|s| {
            let mut v = vec![WordFeats::pad(1), WordFeats::pad(2)];
            v.extend(s.words.iter().map(|w| WordFeats::new(&w.form)));
            v.extend([WordFeats::pad(3), WordFeats::pad(4)]);
            shell.fill_lexicon(&mut v);
            v
        })
        .collect();
    let mut data = Data {
        classes,
        tagdict,
        lexicon,
        golds,
        feats,
    };
    let (first, _) = fit(&data, None, dev, opts, log);
    if opts.second_pass && train.len() >= 8 {
        let one_pass = TagTrainOptions {
            second_pass: false,
            ..opts.clone()
        };
        let tags = crate::train::jackknife_tags(train, 4, &one_pass, log);
        for (ws, ts) in data.feats.iter_mut().zip(&tags) {
            for (w, t) in ws[2..].iter_mut().zip(ts) {
                w.first = data.classes.iter().position(|c| c == t).unwrap_or(999) as u64;
            }
        }
        let (second, _) = fit(&data, Some(&first), dev, opts, log);
        return TaggerModel {
            classes: data.classes,
            tagdict: data.tagdict,
            lexicon: data.lexicon,
            model: first,
            second: Some(second),
            skip_margin: super::model::SKIP_MARGIN,
        };
    }
    TaggerModel {
        classes: data.classes,
        tagdict: data.tagdict,
        lexicon: data.lexicon,
        model: first,
        second: None,
        skip_margin: super::model::SKIP_MARGIN,
    }
}
