//! The scoring rules, item by item.

use crate::GoldItem;
use serde_json::Value;
use std::collections::{BTreeSet, HashMap};
use std::fmt;

const COUNTRY_ALIASES: &[(&str, &str)] = &[("JAP", "JPN"), ("ITL", "ITA")];
const PLOVER_ALIASES: &[(&str, &str)] = &[
    ("DISAPPROVE", "ACCUSE"),
    ("DEMAND", "REQUEST"),
    ("FIGHT", "ASSAULT"),
    ("INVESTIGATE", "ACCUSE"),
];

/// One predicted event, reduced to what scoring reads.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Prediction {
    /// The gold item's id.
    pub doc_id: String,
    /// CAMEO code (or root).
    pub code: Option<String>,
    /// PLOVER type.
    pub plover: Option<String>,
    /// Source actor code.
    pub source: Option<String>,
    /// Target actor code.
    pub target: Option<String>,
}

/// Precision, recall and F1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Prf {
    /// Precision.
    pub p: f64,
    /// Recall.
    pub r: f64,
    /// F1.
    pub f1: f64,
}

impl Prf {
    fn from_counts(tp: usize, fp: usize, fn_: usize) -> Prf {
        let p = if tp + fp > 0 {
            tp as f64 / (tp + fp) as f64
        } else {
            0.0
        };
        let r = if tp + fn_ > 0 {
            tp as f64 / (tp + fn_) as f64
        } else {
            0.0
        };
        let f1 = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        Prf { p, r, f1 }
    }
}

/// All figures for one gold set.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scores {
    /// Gold items.
    pub items: usize,
    /// Predicted events.
    pub predicted_events: usize,
    /// Does the item hold any event.
    pub det: Option<Prf>,
    /// CAMEO root or PLOVER type.
    pub type_: Option<Prf>,
    /// Type plus source and target.
    pub dyad: Option<Prf>,
    /// Full CAMEO code.
    pub code: Option<Prf>,
    /// Case sets: share of items where an allowed root was predicted.
    pub case_hit_rate: Option<f64>,
    /// Case sets: share of non-political items given a violent code.
    pub case_false_alarm_rate: Option<f64>,
}

/// Rounds to three decimals and prints as Python's `repr` of a float does (`1.0`, `0.619`).
fn r3(x: f64) -> String {
    let v = (x * 1000.0).round() / 1000.0;
    if v.fract() == 0.0 {
        format!("{v:.1}")
    } else {
        format!("{v}")
    }
}

impl fmt::Display for Scores {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{:>22}: {}", "items", self.items)?;
        writeln!(f, "{:>22}: {}", "predicted_events", self.predicted_events)?;
        for (name, v) in [
            ("det", self.det),
            ("type", self.type_),
            ("dyad", self.dyad),
            ("code", self.code),
        ] {
            if let Some(v) = v {
                writeln!(
                    f,
                    "{name:>22}: {{'p': {}, 'r': {}, 'f1': {}}}",
                    r3(v.p),
                    r3(v.r),
                    r3(v.f1)
                )?;
            }
        }
        if let Some(v) = self.case_hit_rate {
            writeln!(f, "{:>22}: {}", "case_hit_rate", r3(v))?;
        }
        if let Some(v) = self.case_false_alarm_rate {
            writeln!(f, "{:>22}: {}", "case_false_alarm_rate", r3(v))?;
        }
        Ok(())
    }
}

fn alias<'a>(table: &[(&'a str, &'a str)], s: &'a str) -> &'a str {
    table
        .iter()
        .find(|(k, _)| *k == s)
        .map(|(_, v)| *v)
        .unwrap_or(s)
}

fn actor3_str(s: &str) -> Option<String> {
    if s.is_empty() {
        return None;
    }
    let up: String = s.chars().take(3).collect::<String>().to_uppercase();
    Some(alias(COUNTRY_ALIASES, &up).to_string())
}

/// Gold actor: a string, list of strings, object with `code`, or null → a set of 3-letter codes.
fn gold_actor_set(v: Option<&Value>) -> BTreeSet<String> {
    match v {
        Some(Value::String(s)) => actor3_str(s).into_iter().collect(),
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(Value::as_str)
            .filter_map(actor3_str)
            .collect(),
        Some(Value::Object(o)) => o
            .get("code")
            .and_then(Value::as_str)
            .and_then(actor3_str)
            .into_iter()
            .collect(),
        _ => BTreeSet::new(),
    }
}

fn gold_actor_one(v: Option<&Value>) -> Option<String> {
    match v {
        Some(Value::String(s)) => actor3_str(s),
        Some(Value::Object(o)) => o.get("code").and_then(Value::as_str).and_then(actor3_str),
        _ => None,
    }
}

fn root2(s: Option<&str>) -> Option<String> {
    s.filter(|c| !c.is_empty())
        .map(|c| c.chars().take(2).collect())
}

fn gold_root(e: &Value) -> Option<String> {
    let c = e
        .get("code")
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty());
    root2(c.or_else(|| e.get("root").and_then(Value::as_str)))
}

fn pred_plover(p: &Prediction) -> String {
    let up = p.plover.clone().unwrap_or_default().to_uppercase();
    alias(PLOVER_ALIASES, &up).to_string()
}

/// Scores `preds` against `gold`.
pub fn score(gold: &[GoldItem], preds: &[Prediction]) -> Scores {
    let mut by_doc: HashMap<&str, Vec<&Prediction>> = HashMap::new();
    for p in preds {
        by_doc.entry(p.doc_id.as_str()).or_default().push(p);
    }
    let mut c: HashMap<&str, usize> = HashMap::new();
    let mut add = |k: &'static str, v: usize| *c.entry(k).or_default() += v;
    for g in gold {
        let p = by_doc.get(g.id.as_str()).map(Vec::as_slice).unwrap_or(&[]);
        let gev = g.events();
        let relevant = g
            .json
            .get("relevant")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        let (has_pred, has_gold) = (!p.is_empty(), relevant || !gev.is_empty());
        add("det_tp", (has_pred && has_gold) as usize);
        add("det_fp", (has_pred && !has_gold) as usize);
        add("det_fn", (has_gold && !has_pred) as usize);
        if let Some(allowed) = gev
            .first()
            .and_then(|e| e.get("root_any"))
            .and_then(Value::as_array)
        {
            let allowed: Vec<&str> = allowed.iter().filter_map(Value::as_str).collect();
            let ok = p
                .iter()
                .any(|e| root2(e.code.as_deref()).is_some_and(|r| allowed.contains(&r.as_str())));
            add("case_hit", ok as usize);
            add("case_n", 1);
            continue;
        }
        let subtype = g
            .json
            .get("subtype")
            .is_some_and(|v| !v.is_null() && v != &Value::Bool(false) && v != "");
        if gev.is_empty() && subtype {
            add("case_quiet_n", 1);
            let alarm = p.iter().any(|e| {
                root2(e.code.as_deref())
                    .unwrap_or_else(|| "00".into())
                    .as_str()
                    >= "14"
            });
            add("case_false_alarm", alarm as usize);
            continue;
        }
        if gev.first().is_some_and(|e| e.get("plover").is_some()) {
            let gold_t: BTreeSet<String> = gev
                .iter()
                .filter_map(|x| x.get("plover").and_then(Value::as_str))
                .map(|t| alias(PLOVER_ALIASES, t).to_string())
                .collect();
            let pred_t: BTreeSet<String> = p
                .iter()
                .map(|e| pred_plover(e))
                .filter(|t| !t.is_empty())
                .collect();
            add("type_tp", gold_t.intersection(&pred_t).count());
            add("type_fp", pred_t.difference(&gold_t).count());
            add("type_fn", gold_t.difference(&pred_t).count());
            for x in gev {
                let t = alias(
                    PLOVER_ALIASES,
                    x.get("plover").and_then(Value::as_str).unwrap_or(""),
                )
                .to_string();
                let gs = gold_actor_set(x.get("source"));
                let gt = gold_actor_set(x.get("target"));
                let hit = p.iter().any(|e| {
                    pred_plover(e) == t
                        && (gs.is_empty()
                            || e.source
                                .as_deref()
                                .and_then(actor3_str)
                                .is_some_and(|s| gs.contains(&s)))
                        && (gt.is_empty()
                            || e.target
                                .as_deref()
                                .and_then(actor3_str)
                                .is_some_and(|s| gt.contains(&s)))
                });
                add("dyad_tp", hit as usize);
                add("dyad_fn", (!hit) as usize);
            }
            // Events with no PLOVER type (CAMEO 01 statements, 02 appeals) are not PLOVER
            // events: neither hits nor false positives.
            let typed = p
                .iter()
                .filter(|e| e.plover.as_deref().is_some_and(|t| !t.trim().is_empty()))
                .count();
            add("dyad_fp", typed.saturating_sub(gev.len()));
            continue;
        }
        let gold_r: BTreeSet<String> = gev.iter().filter_map(gold_root).collect();
        let pred_r: BTreeSet<String> = p.iter().filter_map(|e| root2(e.code.as_deref())).collect();
        add("type_tp", gold_r.intersection(&pred_r).count());
        add("type_fp", pred_r.difference(&gold_r).count());
        add("type_fn", gold_r.difference(&pred_r).count());
        let coded_negative = g.json.get("relevant") == Some(&Value::Bool(false))
            && g.json.to_string().contains("code");
        if gev.iter().any(|x| x.get("source").is_some()) || coded_negative {
            type Dyad = (Option<String>, Option<String>, Option<String>);
            let gold_d: BTreeSet<Dyad> = gev
                .iter()
                .map(|x| {
                    (
                        gold_root(x),
                        gold_actor_one(x.get("source")),
                        gold_actor_one(x.get("target")),
                    )
                })
                .collect();
            let pred_d: BTreeSet<Dyad> = p
                .iter()
                .map(|e| {
                    (
                        root2(e.code.as_deref()),
                        e.source.as_deref().and_then(actor3_str),
                        e.target.as_deref().and_then(actor3_str),
                    )
                })
                .collect();
            add("dyad_tp", gold_d.intersection(&pred_d).count());
            add("dyad_fp", pred_d.difference(&gold_d).count());
            add("dyad_fn", gold_d.difference(&pred_d).count());
            let gold_c: BTreeSet<Option<String>> = gev
                .iter()
                .map(|x| x.get("code").and_then(Value::as_str).map(String::from))
                .collect();
            let pred_c: BTreeSet<Option<String>> = p.iter().map(|e| e.code.clone()).collect();
            add("code_tp", gold_c.intersection(&pred_c).count());
            add("code_fp", pred_c.difference(&gold_c).count());
            add("code_fn", gold_c.difference(&pred_c).count());
        }
    }
    let get = |k: &str| c.get(k).copied().unwrap_or(0);
    let prf = |k: &str| {
        let (tp, fp, fn_) = (
            get(&format!("{k}_tp")),
            get(&format!("{k}_fp")),
            get(&format!("{k}_fn")),
        );
        (tp + fp + fn_ > 0).then(|| Prf::from_counts(tp, fp, fn_))
    };
    Scores {
        items: gold.len(),
        predicted_events: preds.len(),
        det: prf("det"),
        type_: prf("type"),
        dyad: prf("dyad"),
        code: prf("code"),
        case_hit_rate: (get("case_n") > 0).then(|| get("case_hit") as f64 / get("case_n") as f64),
        case_false_alarm_rate: (get("case_quiet_n") > 0)
            .then(|| get("case_false_alarm") as f64 / get("case_quiet_n") as f64),
    }
}
