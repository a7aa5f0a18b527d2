//! Pass 3 of main-text finding: the chosen elements written out as blocks of text, with
//! junk, noise and link lists left out.

use super::junk::{is_junk, is_noise};
use super::stats::{is_small, Stat, Tree, BLOCK};
use ego_tree::iter::Edge;
use ego_tree::{NodeId, NodeRef};
use scraper::Node;
use std::collections::HashMap;

/// True when an element inside the main text is dropped: junk, noise, or a link list.
pub(super) fn drop_inside(
    tree: &Tree,
    node: NodeRef<'_, Node>,
    stats: &HashMap<NodeId, Stat>,
    raw: &HashMap<NodeId, u32>,
) -> bool {
    let Some(e) = node.value().as_element() else {
        return false;
    };
    let small = is_small(raw, tree, node.id());
    if is_junk(e, small) || (small && is_noise(e)) || e.name() == "h1" {
        return true;
    }
    let Some(st) = stats.get(&node.id()) else {
        return true;
    };
    match e.name() {
        "ul" | "ol" | "table" | "div" | "section" | "header" | "dl" => {
            let ld = st.link_density();
            ld > 0.5 || (ld > 0.25 && st.text < 200 && st.commas == 0)
        }
        "p" | "li" | "h2" | "h3" | "h4" | "h5" | "h6" => st.link_density() > 0.8 && st.text < 150,
        _ => false,
    }
}

/// Pass 3: the text of `roots` as blocks.
pub(super) fn write_blocks(
    tree: &Tree,
    roots: &[NodeId],
    stats: &HashMap<NodeId, Stat>,
    raw: &HashMap<NodeId, u32>,
) -> String {
    let mut blocks: Vec<String> = Vec::new();
    let mut cur = String::new();
    for &root in roots {
        let Some(root) = tree.get(root) else { continue };
        let mut skip: Option<NodeId> = None;
        let mut pre = 0u32;
        for edge in root.traverse() {
            match edge {
                Edge::Open(node) => {
                    if skip.is_some() {
                        continue;
                    }
                    match node.value() {
                        Node::Element(e) => {
                            if drop_inside(tree, node, stats, raw) {
                                skip = Some(node.id());
                                continue;
                            }
                            if BLOCK.contains(&e.name()) {
                                flush(&mut cur, &mut blocks, pre > 0);
                            }
                            pre += (e.name() == "pre") as u32;
                        }
                        Node::Text(t) => cur.push_str(t),
                        _ => {}
                    }
                }
                Edge::Close(node) => {
                    if skip == Some(node.id()) {
                        skip = None;
                        continue;
                    }
                    if skip.is_some() {
                        continue;
                    }
                    if let Some(e) = node.value().as_element() {
                        if BLOCK.contains(&e.name()) {
                            flush(&mut cur, &mut blocks, pre > 0);
                        }
                        pre -= (e.name() == "pre" && pre > 0) as u32;
                    }
                }
            }
        }
        flush(&mut cur, &mut blocks, false);
    }
    blocks.retain(|b| !super::boilerplate::is_boilerplate_line(b));
    blocks.join("\n\n")
}

pub(super) fn flush(cur: &mut String, blocks: &mut Vec<String>, keep_lines: bool) {
    let text = if keep_lines {
        cur.lines()
            .map(|l| l.trim_end())
            .collect::<Vec<_>>()
            .join("\n")
            .trim_matches('\n')
            .to_string()
    } else {
        super::meta::clean(cur)
    };
    cur.clear();
    if !text.trim().is_empty() {
        blocks.push(text);
    }
}
