//! Scoring extracted text against a reference, as the article-extraction benchmarks do:
//! per page, counts of shared and unshared token n-grams (n = 1 is a bag of tokens; the
//! benchmark uses 4-gram shingles), normalised per page; precision and recall are averaged
//! over pages and F1 is their harmonic mean.

use std::collections::HashMap;

/// Precision, recall and F1 over a set of pages.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Prf {
    /// Mean precision.
    pub precision: f64,
    /// Mean recall.
    pub recall: f64,
    /// Harmonic mean of the two.
    pub f1: f64,
}

/// Word tokens (runs of alphanumerics and `_`), as Python's `\w+`.
pub fn tokens(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|t| !t.is_empty())
        .collect()
}

/// Normalised (true positive, false positive, false negative) shares of one page's n-grams.
pub fn page_counts(truth: &str, pred: &str, n: usize) -> (f64, f64, f64) {
    let (t, p) = (grams(truth, n), grams(pred, n));
    let (mut tp, mut fp, mut fn_) = (0i64, 0i64, 0i64);
    for (k, &tc) in &t {
        let pc = p.get(k).copied().unwrap_or(0);
        tp += tc.min(pc);
        fn_ += (tc - pc).max(0);
    }
    for (k, &pc) in &p {
        fp += (pc - t.get(k).copied().unwrap_or(0)).max(0);
    }
    let sum = (tp + fp + fn_) as f64;
    if sum == 0.0 {
        return (0.0, 0.0, 0.0);
    }
    (tp as f64 / sum, fp as f64 / sum, fn_ as f64 / sum)
}

fn grams(text: &str, n: usize) -> HashMap<Vec<&str>, i64> {
    let toks = tokens(text);
    let mut m: HashMap<Vec<&str>, i64> = HashMap::new();
    if toks.is_empty() {
        return m;
    }
    let n = n.max(1).min(toks.len());
    for w in toks.windows(n) {
        *m.entry(w.to_vec()).or_default() += 1;
    }
    m
}

/// Mean precision and recall over pages (pages with nothing predicted count for recall only),
/// and their F1.
pub fn prf(pages: &[(f64, f64, f64)]) -> Prf {
    let prec = |&(tp, fp, fn_): &(f64, f64, f64)| {
        if fp == 0.0 && fn_ == 0.0 {
            1.0
        } else if tp == 0.0 && fp == 0.0 {
            0.0
        } else {
            tp / (tp + fp)
        }
    };
    let rec = |&(tp, fp, fn_): &(f64, f64, f64)| {
        if fp == 0.0 && fn_ == 0.0 {
            1.0
        } else if tp == 0.0 && fn_ == 0.0 {
            0.0
        } else {
            tp / (tp + fn_)
        }
    };
    let ps: Vec<f64> = pages.iter().filter(|c| c.0 + c.1 > 0.0).map(prec).collect();
    let rs: Vec<f64> = pages.iter().filter(|c| c.0 + c.2 > 0.0).map(rec).collect();
    let mean = |v: &[f64]| {
        if v.is_empty() {
            0.0
        } else {
            v.iter().sum::<f64>() / v.len() as f64
        }
    };
    let (precision, recall) = (mean(&ps), mean(&rs));
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    Prf {
        precision,
        recall,
        f1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perfect_partial_and_empty() {
        let t = "one two three four five";
        assert_eq!(prf(&[page_counts(t, t, 4)]).f1, 1.0);
        let half = page_counts("a b c d", "a b x y", 1);
        assert_eq!(half, (2.0 / 6.0, 2.0 / 6.0, 2.0 / 6.0));
        let r = prf(&[half, page_counts("a b", "", 1)]);
        assert_eq!((r.precision, r.recall), (0.5, 0.25));
        assert_eq!(
            tokens("U.S. troops' 3rd_wave"),
            ["U", "S", "troops", "3rd_wave"]
        );
    }
}
