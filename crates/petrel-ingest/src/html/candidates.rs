//! Pass 2 of main-text finding: paragraphs score their ancestors; the best candidate moves up
//! to an ancestor that holds a split article, and takes along its siblings that belong.

use super::junk::class_weight;
use super::stats::{tag_of, Stat, Tree};
use ego_tree::{NodeId, NodeRef};
use scraper::Node;
use std::collections::HashMap;

/// True for elements that hold a paragraph of prose.
pub(super) fn is_paragraph(tag: &str, st: &Stat) -> bool {
    match tag {
        "p" | "pre" | "td" | "blockquote" => true,
        "div" | "section" | "article" | "span" | "font" | "li" => {
            !st.block_child || st.direct >= 100
        }
        _ => false,
    }
}

pub(super) fn initial_score(node: NodeRef<'_, Node>) -> f32 {
    let Some(e) = node.value().as_element() else {
        return 0.0;
    };
    let tag = match e.name() {
        "div" | "article" | "main" => 5.0,
        "pre" | "td" | "blockquote" | "section" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    };
    tag + 25.0 * class_weight(e) as f32
}

/// Pass 2: candidate containers and their link-density-scaled scores.
pub(super) fn score(tree: &Tree, stats: &HashMap<NodeId, Stat>) -> HashMap<NodeId, f32> {
    let mut scores: HashMap<NodeId, f32> = HashMap::new();
    for (&id, st) in stats {
        let Some(node) = tree.get(id) else { continue };
        if st.text < 25 || !is_paragraph(tag_of(node), st) {
            continue;
        }
        let s = 1.0 + st.commas as f32 + (st.text as f32 / 100.0).min(3.0);
        for (level, anc) in node.ancestors().take(3).enumerate() {
            if !anc.value().is_element() || matches!(tag_of(anc), "html" | "body") {
                break;
            }
            let entry = scores.entry(anc.id()).or_insert_with(|| initial_score(anc));
            *entry += s / (level as f32 + 1.0);
        }
    }
    for (id, s) in scores.iter_mut() {
        let ld = stats.get(id).map_or(0.0, Stat::link_density);
        *s *= 1.0 - ld;
    }
    scores
}

/// The top candidate and the siblings that belong with it, in document order.
pub(super) fn with_siblings(
    tree: &Tree,
    top: NodeId,
    top_score: f32,
    stats: &HashMap<NodeId, Stat>,
    scores: &HashMap<NodeId, f32>,
) -> Vec<NodeId> {
    let Some(node) = tree.get(top) else {
        return vec![top];
    };
    let Some(parent) = node.parent() else {
        return vec![top];
    };
    let threshold = (top_score * 0.2).max(10.0);
    let mut out = Vec::new();
    for sib in parent.children() {
        let id = sib.id();
        if id == top {
            out.push(id);
            continue;
        }
        let Some(st) = stats.get(&id) else { continue };
        let good = scores.get(&id).is_some_and(|&s| s >= threshold)
            || (tag_of(sib) == "p"
                && ((st.text > 80 && st.link_density() < 0.25)
                    || (st.text > 0 && st.link == 0 && ends_sentence(sib))));
        if good {
            out.push(id);
        }
    }
    out
}

pub(super) fn ends_sentence(node: NodeRef<'_, Node>) -> bool {
    let mut last = String::new();
    for d in node.descendants() {
        if let Node::Text(t) = d.value() {
            if !t.trim().is_empty() {
                last = t.trim_end().to_string();
            }
        }
    }
    last.ends_with(['.', '!', '?', '"', '\u{201d}'])
}

/// Moves the top candidate up to the first scored ancestor that scores higher, unless an
/// ancestor on the way scores under a third of the last.
pub(super) fn rise(
    tree: &Tree,
    top: NodeId,
    top_score: f32,
    scores: &HashMap<NodeId, f32>,
) -> (NodeId, f32) {
    let Some(node) = tree.get(top) else {
        return (top, top_score);
    };
    let threshold = top_score / 3.0;
    let mut last = top_score;
    for anc in node.ancestors() {
        if matches!(tag_of(anc), "html" | "body") || !anc.value().is_element() {
            break;
        }
        let Some(&s) = scores.get(&anc.id()) else {
            continue;
        };
        if s < threshold {
            break;
        }
        if s > last {
            return (anc.id(), s);
        }
        last = s;
    }
    (top, top_score)
}

/// Moves the top candidate up to an ancestor that also holds most of the other strong
/// candidates (an article split into several containers).
pub(super) fn climb(
    tree: &Tree,
    top: NodeId,
    top_score: f32,
    scores: &HashMap<NodeId, f32>,
) -> (NodeId, f32) {
    let mut alts: Vec<(NodeId, f32)> = scores
        .iter()
        .filter(|(&id, &s)| id != top && s >= 0.75 * top_score)
        .map(|(&id, &s)| (id, s))
        .collect();
    alts.sort_by(|a, b| b.1.total_cmp(&a.1));
    alts.truncate(5);
    if alts.len() < 3 {
        return (top, top_score);
    }
    let Some(node) = tree.get(top) else {
        return (top, top_score);
    };
    // The ancestors of each strong candidate, collected once: on a deeply nested page,
    // walking them again for every ancestor of the top would cost depth squared.
    let alt_ancestors: Vec<std::collections::HashSet<NodeId>> = alts
        .iter()
        .map(|(id, _)| {
            tree.get(*id)
                .map(|n| n.ancestors().map(|a| a.id()).collect())
                .unwrap_or_default()
        })
        .collect();
    for anc in node.ancestors() {
        if matches!(tag_of(anc), "html" | "body") || !anc.value().is_element() {
            break;
        }
        let held = alt_ancestors
            .iter()
            .filter(|set| set.contains(&anc.id()))
            .count();
        if held >= 3 {
            return (
                anc.id(),
                scores
                    .get(&anc.id())
                    .copied()
                    .unwrap_or(top_score)
                    .max(top_score),
            );
        }
    }
    (top, top_score)
}
