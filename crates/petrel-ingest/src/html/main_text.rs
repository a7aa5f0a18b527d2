//! Finding the main text of a page.
//!
//! 1. One pass over the tree counts, for every element, its text and link-text length and
//!    commas, leaving out [junk](super::junk) subtrees.
//! 2. Each paragraph-like element scores `1 + commas + min(len/100, 3)`; the score goes to its
//!    parent (whole), grandparent (half) and great-grandparent (third). A candidate's score
//!    is weighted by its tag and class words and scaled by `1 - link density`.
//! 3. The best candidate and those of its siblings that score well or read like prose are
//!    written out as blocks: headings and paragraphs in order, link lists, captions, credits
//!    and widgets left out.

use super::junk::{class_weight, is_junk, is_noise};
use ego_tree::iter::Edge;
use ego_tree::{NodeId, NodeRef};
use scraper::{Html, Node};
use std::collections::HashMap;

/// Tags that start a new block of text.
const BLOCK: [&str; 33] = [
    "address", "article", "blockquote", "center", "dd", "details", "div", "dl", "dt", "fieldset", "h1", "h2",
    "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table",
    "tbody", "td", "th", "thead", "tr", "ul", "br",
];

#[derive(Default, Clone, Copy)]
struct Stat {
    text: u32,
    link: u32,
    commas: u32,
    direct: u32,
    block_child: bool,
}

impl Stat {
    fn link_density(&self) -> f32 {
        if self.text == 0 {
            0.0
        } else {
            self.link as f32 / self.text as f32
        }
    }
}

type Tree = ego_tree::Tree<Node>;

/// The main text of `html`: blocks separated by blank lines; empty when none is found.
pub(crate) fn main_text(html: &Html) -> String {
    let tree = &html.tree;
    let raw = raw_lengths(tree);
    let stats = count(tree, &raw);
    let scores = score(tree, &stats);
    let top = scores.iter().max_by(|a, b| a.1.total_cmp(b.1)).map(|(&id, &s)| (id, s));
    let Some((top, top_score)) = top else {
        return write_blocks(tree, &[html.root_element().id()], &stats, &raw);
    };
    let (top, top_score) = climb(tree, top, top_score, &scores);
    let (top, top_score) = rise(tree, top, top_score, &scores);
    let chosen = with_siblings(tree, top, top_score, &stats, &scores);
    write_blocks(tree, &chosen, &stats, &raw)
}

/// Moves the top candidate up to the first scored ancestor that scores higher, unless an
/// ancestor on the way scores under a third of the last.
fn rise(tree: &Tree, top: NodeId, top_score: f32, scores: &HashMap<NodeId, f32>) -> (NodeId, f32) {
    let Some(node) = tree.get(top) else { return (top, top_score) };
    let threshold = top_score / 3.0;
    let mut last = top_score;
    for anc in node.ancestors() {
        if matches!(tag_of(anc), "html" | "body") || !anc.value().is_element() {
            break;
        }
        let Some(&s) = scores.get(&anc.id()) else { continue };
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
fn climb(tree: &Tree, top: NodeId, top_score: f32, scores: &HashMap<NodeId, f32>) -> (NodeId, f32) {
    let mut alts: Vec<(NodeId, f32)> = scores.iter().filter(|(&id, &s)| id != top && s >= 0.75 * top_score).map(|(&id, &s)| (id, s)).collect();
    alts.sort_by(|a, b| b.1.total_cmp(&a.1));
    alts.truncate(5);
    if alts.len() < 3 {
        return (top, top_score);
    }
    let Some(node) = tree.get(top) else { return (top, top_score) };
    for anc in node.ancestors() {
        if matches!(tag_of(anc), "html" | "body") || !anc.value().is_element() {
            break;
        }
        let held = alts.iter().filter(|(id, _)| tree.get(*id).is_some_and(|n| n.ancestors().any(|a| a.id() == anc.id()))).count();
        if held >= 3 {
            return (anc.id(), scores.get(&anc.id()).copied().unwrap_or(top_score).max(top_score));
        }
    }
    (top, top_score)
}

/// Whitespace-collapsed character count of `s`.
fn text_len(s: &str) -> u32 {
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
fn count(tree: &Tree, raw: &HashMap<NodeId, u32>) -> HashMap<NodeId, Stat> {
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
                            top.1.block_child |= BLOCK.contains(&e.name()) && !matches!(e.name(), "br" | "hr");
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
fn is_small(raw: &HashMap<NodeId, u32>, tree: &Tree, id: NodeId) -> bool {
    let page = raw.get(&tree.root().id()).copied().unwrap_or(0);
    raw.get(&id).map_or(true, |&n| n * 2 < page)
}

/// Text length under every node, leaving out only tag-level junk (scripts, styles, head …).
fn raw_lengths(tree: &Tree) -> HashMap<NodeId, u32> {
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

fn tag_of(node: NodeRef<'_, Node>) -> &str {
    node.value().as_element().map_or("", |e| e.name())
}

/// True for elements that hold a paragraph of prose.
fn is_paragraph(tag: &str, st: &Stat) -> bool {
    match tag {
        "p" | "pre" | "td" | "blockquote" => true,
        "div" | "section" | "article" | "span" | "font" | "li" => !st.block_child || st.direct >= 100,
        _ => false,
    }
}

fn initial_score(node: NodeRef<'_, Node>) -> f32 {
    let Some(e) = node.value().as_element() else { return 0.0 };
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
fn score(tree: &Tree, stats: &HashMap<NodeId, Stat>) -> HashMap<NodeId, f32> {
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
fn with_siblings(tree: &Tree, top: NodeId, top_score: f32, stats: &HashMap<NodeId, Stat>, scores: &HashMap<NodeId, f32>) -> Vec<NodeId> {
    let Some(node) = tree.get(top) else { return vec![top] };
    let Some(parent) = node.parent() else { return vec![top] };
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
            || (tag_of(sib) == "p" && ((st.text > 80 && st.link_density() < 0.25) || (st.text > 0 && st.link == 0 && ends_sentence(sib))));
        if good {
            out.push(id);
        }
    }
    out
}

fn ends_sentence(node: NodeRef<'_, Node>) -> bool {
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

/// True when an element inside the main text is dropped: junk, noise, or a link list.
fn drop_inside(tree: &Tree, node: NodeRef<'_, Node>, stats: &HashMap<NodeId, Stat>, raw: &HashMap<NodeId, u32>) -> bool {
    let Some(e) = node.value().as_element() else { return false };
    let small = is_small(raw, tree, node.id());
    if is_junk(e, small) || (small && is_noise(e)) || e.name() == "h1" {
        return true;
    }
    let Some(st) = stats.get(&node.id()) else { return true };
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
fn write_blocks(tree: &Tree, roots: &[NodeId], stats: &HashMap<NodeId, Stat>, raw: &HashMap<NodeId, u32>) -> String {
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

fn flush(cur: &mut String, blocks: &mut Vec<String>, keep_lines: bool) {
    let text = if keep_lines {
        cur.lines().map(|l| l.trim_end()).collect::<Vec<_>>().join("\n").trim_matches('\n').to_string()
    } else {
        super::meta::clean(cur)
    };
    cur.clear();
    if !text.trim().is_empty() {
        blocks.push(text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_beats_navigation_and_comments() {
        let page = r##"<html><body>
          <nav><a href="/">Home</a> <a href="/world">World</a></nav>
          <div class="sidebar"><p>Popular: a story, another story, a third story, and more.</p></div>
          <div id="story">
            <h1>Headline</h1>
            <p>Rebel forces attacked the northern town on Monday, officials said, killing three.</p>
            <figure><img src="x.jpg"><figcaption>Smoke over the town. Photo: Reuters</figcaption></figure>
            <h2>Talks</h2>
            <p>The government said it would resume talks with the rebels, a spokesman added, next week.</p>
            <div class="share-buttons"><a href="#">Share on Facebook</a></div>
            <ul><li><a href="/a">Related one</a></li><li><a href="/b">Related two</a></li></ul>
          </div>
          <div class="comments"><p>Great article, thanks, I agree with every word of it, really.</p></div>
        </body></html>"##;
        let text = main_text(&Html::parse_document(page));
        assert_eq!(
            text,
            "Rebel forces attacked the northern town on Monday, officials said, killing three.\n\nTalks\n\n\
             The government said it would resume talks with the rebels, a spokesman added, next week."
        );
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let page = format!("{}<p>Deep text, deep text, deep text, deep text.</p>", "<div>".repeat(3_000));
        assert!(main_text(&Html::parse_document(&page)).contains("Deep text"));
    }
}
