//! Pass 1 of main-text finding: text length, link-text length and commas under every
//! element, leaving out junk subtrees; and the raw text length used to tell a wrapper of the
//! whole page from a boilerplate block.

use super::junk::is_junk;
use ego_tree::iter::Edge;
use ego_tree::{NodeId, NodeRef};
use scraper::Node;
use std::collections::HashMap;

/// Tags that start a new block of text.
pub(super) const BLOCK: [&str; 33] = [
    "address",
    "article",
    "blockquote",
    "center",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "ul",
    "br",
];

/// The parsed page.
pub(super) type Tree = ego_tree::Tree<Node>;

/// Counts under one element.
#[derive(Default, Clone, Copy)]
pub(super) struct Stat {
    /// Characters of text (whitespace collapsed).
    pub(super) text: u32,
    /// Characters of text inside links.
    pub(super) link: u32,
    /// Commas in the text.
    pub(super) commas: u32,
    /// Characters of text in the element's own text nodes.
    pub(super) direct: u32,
    /// True when a block-level element is a child.
    pub(super) block_child: bool,
}

impl Stat {
    /// Share of the text inside links.
    pub(super) fn link_density(&self) -> f32 {
        if self.text == 0 {
            0.0
        } else {
            self.link as f32 / self.text as f32
        }
    }
}

/// Whitespace-collapsed character count of `s`.
pub(super) fn text_len(s: &str) -> u32 {
    let mut n = 0u32;
    let mut in_space = true;
    for c in s.chars() {
        if c.is_whitespace() {
            if !in_space {
                n += 1;
            }
            in_space = true;
        } else {
            n += 1;
            in_space = false;
        }
    }
    n
}

/// Pass 1: text, link text and commas under every non-junk element.
pub(super) fn count(tree: &Tree, raw: &HashMap<NodeId, u32>) -> HashMap<NodeId, Stat> {
    let mut stats = HashMap::new();
    let mut stack: Vec<(NodeId, Stat)> = Vec::new();
    let mut skip: Option<NodeId> = None;
    let mut in_link = 0u32;
    for edge in tree.root().traverse() {
        match edge {
            Edge::Open(node) => {
                if skip.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Element(e) => {
                        if is_junk(e, is_small(raw, tree, node.id())) {
                            skip = Some(node.id());
                            continue;
                        }
                        if let Some(top) = stack.last_mut() {
                            top.1.block_child |=
                                BLOCK.contains(&e.name()) && !matches!(e.name(), "br" | "hr");
                        }
                        in_link += (e.name() == "a") as u32;
                        stack.push((node.id(), Stat::default()));
                    }
                    Node::Text(t) => {
                        if let Some(top) = stack.last_mut() {
                            let n = text_len(t);
                            top.1.text += n;
                            top.1.direct += n;
                            top.1.commas += t.matches(',').count() as u32;
                            if in_link > 0 {
                                top.1.link += n;
                            }
                        }
                    }
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
                if let Node::Element(e) = node.value() {
                    in_link -= (e.name() == "a" && in_link > 0) as u32;
                    if let Some((id, st)) = stack.pop() {
                        stats.insert(id, st);
                        if let Some(parent) = stack.last_mut() {
                            parent.1.text += st.text + 1;
                            parent.1.link += st.link;
                            parent.1.commas += st.commas;
                        }
                    }
                }
            }
        }
    }
    stats
}

/// True when the element holds less than half of the page's text: only such elements are
/// dropped for their class or id.
pub(super) fn is_small(raw: &HashMap<NodeId, u32>, tree: &Tree, id: NodeId) -> bool {
    let page = raw.get(&tree.root().id()).copied().unwrap_or(0);
    raw.get(&id).map_or(true, |&n| n * 2 < page)
}

/// Text length under every node, leaving out only tag-level junk (scripts, styles, head …).
pub(super) fn raw_lengths(tree: &Tree) -> HashMap<NodeId, u32> {
    let mut lens = HashMap::new();
    let mut stack: Vec<(NodeId, u32)> = Vec::new();
    let mut skip: Option<NodeId> = None;
    for edge in tree.root().traverse() {
        match edge {
            Edge::Open(node) => {
                if skip.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Element(e) if is_junk(e, false) => skip = Some(node.id()),
                    Node::Text(t) => {
                        if let Some(top) = stack.last_mut() {
                            top.1 += text_len(t);
                        }
                    }
                    _ => stack.push((node.id(), 0)),
                }
            }
            Edge::Close(node) => {
                if skip == Some(node.id()) {
                    skip = None;
                } else if skip.is_none() && !node.value().is_text() {
                    if let Some((id, n)) = stack.pop() {
                        lens.insert(id, n);
                        if let Some(parent) = stack.last_mut() {
                            parent.1 += n;
                        }
                    }
                }
            }
        }
    }
    lens
}

pub(super) fn tag_of(node: NodeRef<'_, Node>) -> &str {
    node.value().as_element().map_or("", |e| e.name())
}
