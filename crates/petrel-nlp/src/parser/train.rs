//! Training the parser with the dynamic oracle and error exploration (reproducible: fixed seed).

use super::features::{extract, Sent};
use super::model::{best_allowed, ParseScratch, ParserModel};
use super::oracle::{costs, move_cost, Gold};
use super::state::{Move, State, N_CLASSES};
use crate::conllu::Sentence;
use crate::features::hash_lower;
use crate::perceptron::Trainer;
use crate::rng::Rng;
use crate::tagger::TagClass;
use petrel_core::Deprel;

/// A training or test sentence: word/tag hashes and the gold tree.
pub struct TreeSent {
    /// Word and tag hashes, ROOT first.
    pub sent: Sent,
    /// Gold heads per node (entry 0 unused).
    pub heads: Vec<u32>,
    /// Gold labels per node.
    pub labels: Vec<u8>,
    /// True for punctuation (UPOS PUNCT), for reporting.
    pub punct: Vec<bool>,
}

/// The tag value the parser sees for a UPOS/XPOS pair.
pub fn tag_value(c: TagClass) -> u64 {
    c.upos.index() as u64 * 64 + c.xpos as u64
}

impl TreeSent {
    /// Builds from a CoNLL-U sentence, with `tags` replacing the gold tags when given.
    pub fn new(s: &Sentence, tags: Option<&[TagClass]>) -> TreeSent {
        let mut sent = Sent::default();
        sent.reset();
        let mut heads = vec![0];
        let mut labels = vec![0];
        let mut punct = vec![false];
        for (i, w) in s.words.iter().enumerate() {
            let c = tags
                .and_then(|t| t.get(i).copied())
                .unwrap_or_else(|| TagClass::new(&w.upos, &w.xpos));
            sent.words.push(hash_lower(&w.form));
            sent.tags.push(tag_value(c));
            heads.push(if (w.head as usize) <= s.words.len() {
                w.head
            } else {
                0
            });
            labels.push(Deprel::parse(&w.deprel).0);
            punct.push(w.upos == "PUNCT");
        }
        TreeSent {
            sent,
            heads,
            labels,
            punct,
        }
    }
}

/// Options for [`train_parser`].
#[derive(Debug, Clone)]
pub struct ParseTrainOptions {
    /// Maximum number of passes over the data.
    pub epochs: usize,
    /// Seed for shuffling and exploration.
    pub seed: u64,
    /// First epoch (0-based) in which the parser follows its own predictions.
    pub explore_from: usize,
    /// Probability of following the prediction when exploring.
    pub explore_p: f64,
    /// Quantised weights below this (of 32000) are pruned from the saved model.
    pub min_weight: i16,
    /// Number of models, trained with different seeds, whose weights are summed.
    pub mixture: usize,
    /// Keep the model after the last epoch instead of the one with the best dev LAS (for
    /// training on train+dev with an epoch count fixed beforehand on dev).
    pub keep_last: bool,
}

impl Default for ParseTrainOptions {
    fn default() -> Self {
        ParseTrainOptions {
            epochs: 30,
            seed: 11,
            explore_from: 1,
            explore_p: 0.9,
            min_weight: 300,
            mixture: 2,
            keep_last: false,
        }
    }
}

/// Unlabelled and labelled attachment scores of `model` on `sents` (punctuation included).
pub fn attachment(model: &ParserModel, sents: &[TreeSent]) -> (f64, f64) {
    let mut s = ParseScratch::default();
    let (mut uas, mut las, mut n) = (0usize, 0usize, 0usize);
    for t in sents {
        s.sent.words.clone_from(&t.sent.words);
        s.sent.tags.clone_from(&t.sent.tags);
        model.parse(&mut s);
        for i in 1..t.heads.len() {
            let ok = s.state.heads[i] == t.heads[i];
            uas += ok as usize;
            las += (ok && s.state.labels[i] == t.labels[i]) as usize;
            n += 1;
        }
    }
    (uas as f64 / n.max(1) as f64, las as f64 / n.max(1) as f64)
}

fn train_one(
    trainer: &mut Trainer,
    t: &TreeSent,
    st: &mut State,
    explore: Option<(&mut Rng, f64)>,
    feats: &mut Vec<u64>,
    scores: &mut [f32],
) {
    let gold = Gold {
        heads: &t.heads,
        labels: &t.labels,
    };
    st.reset(t.heads.len() - 1);
    let mut explore = explore;
    while !st.is_terminal() {
        extract(&t.sent, st, feats);
        trainer.score(feats, scores);
        let Some(pred) = best_allowed(st, scores) else {
            break;
        };
        let c = costs(st, &gold);
        let mut min_cost = u32::MAX;
        for k in 0..N_CLASSES {
            let m = Move::from_class(k);
            if st.allows(m) {
                min_cost = min_cost.min(move_cost(st, &gold, &c, m));
            }
        }
        let mut best_gold: Option<usize> = None;
        for k in 0..N_CLASSES {
            let m = Move::from_class(k);
            if st.allows(m)
                && move_cost(st, &gold, &c, m) == min_cost
                && best_gold.is_none_or(|b| scores[k] > scores[b])
            {
                best_gold = Some(k);
            }
        }
        let Some(g) = best_gold else { break };
        let pred_cost = move_cost(st, &gold, &c, pred);
        if pred_cost > min_cost {
            trainer.update(feats, g, pred.class());
        }
        trainer.tick();
        let follow_pred = match explore.as_mut() {
            Some((rng, p)) => rng.unit() < *p,
            None => false,
        };
        st.apply(if follow_pred {
            pred
        } else {
            Move::from_class(g)
        });
    }
}

/// Trains a parser on `train`, keeping the epoch with the best LAS on `dev` (the last epoch
/// with `opts.keep_last`). With `opts.mixture > 1`, that many models are trained with different
/// seeds (in parallel threads) and their weights summed.
pub fn train_parser(
    train: &[TreeSent],
    dev: &[TreeSent],
    opts: &ParseTrainOptions,
    log: &mut dyn FnMut(&str),
) -> ParserModel {
    struct Run {
        trainer: Trainer,
        rng: Rng,
        order: Vec<usize>,
        seed: u64,
    }
    let mut runs: Vec<Run> = (0..opts.mixture.max(1) as u64)
        .map(|j| Run {
            trainer: Trainer::new(N_CLASSES),
            rng: Rng::new(opts.seed + 1000 * j),
            order: (0..train.len()).collect(),
            seed: opts.seed + 1000 * j,
        })
        .collect();
    let mut best: Option<(f64, ParserModel)> = None;
    for epoch in 0..opts.epochs {
        let t0 = std::time::Instant::now();
        std::thread::scope(|scope| {
            for run in runs.iter_mut() {
                scope.spawn(move || {
                    let mut st = State::default();
                    let mut feats = Vec::new();
                    let mut scores = vec![0.0f32; N_CLASSES];
                    run.rng.shuffle(&mut run.order);
                    for &i in &run.order {
                        let mut erng = Rng::new(run.seed ^ (epoch as u64) << 32 ^ i as u64);
                        let explore =
                            (epoch >= opts.explore_from).then_some((&mut erng, opts.explore_p));
                        train_one(
                            &mut run.trainer,
                            &train[i],
                            &mut st,
                            explore,
                            &mut feats,
                            &mut scores,
                        );
                    }
                });
            }
        });
        let trainers: Vec<&Trainer> = runs.iter().map(|r| &r.trainer).collect();
        let model = ParserModel {
            model: Trainer::freeze_sum(&trainers, opts.min_weight),
        };
        let (uas, las) = attachment(&model, dev);
        log(&format!(
            "epoch {}: dev UAS {:.4} LAS {:.4}, {} features, {:.1?}",
            epoch + 1,
            uas,
            las,
            model.model.n_features(),
            t0.elapsed()
        ));
        if opts.keep_last || best.as_ref().is_none_or(|b| las > b.0) {
            best = Some((las, model));
        }
    }
    match best {
        Some((_, m)) => m,
        None => ParserModel {
            model: Trainer::freeze_sum(
                &runs.iter().map(|r| &r.trainer).collect::<Vec<_>>(),
                opts.min_weight,
            ),
        },
    }
}
