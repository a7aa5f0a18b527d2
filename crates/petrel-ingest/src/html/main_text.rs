//! Finding the main text of a page.
//!
//! 1. [`stats`](super::stats): one pass over the tree counts, for every element, its text
//!    and link-text length and commas, leaving out [junk](super::junk) subtrees.
//! 2. [`candidates`](super::candidates): each paragraph-like element scores
//!    `1 + commas + min(len/100, 3)`; the score goes to its parent (whole), grandparent (half)
//!    and great-grandparent (third). A candidate's score is weighted by its tag and class
//!    words and scaled by `1 - link density`. The best one moves up to an ancestor that holds
//!    most of the other strong candidates, or that scores higher.
//! 3. [`blocks`](super::blocks): that candidate and those of its siblings that score well or
//!    read like prose are written out as blocks: headings and paragraphs in order, link lists,
//!    captions, credits and widgets left out.

use super::blocks::write_blocks;
use super::candidates::{climb, rise, score, with_siblings};
use super::stats::{count, raw_lengths};
use scraper::Html;

/// The main text of `html`: blocks separated by blank lines; empty when none is found.
pub(crate) fn main_text(html: &Html) -> String {
    let tree = &html.tree;
    let raw = raw_lengths(tree);
    let stats = count(tree, &raw);
    let scores = score(tree, &stats);
    let top = scores
        .iter()
        .max_by(|a, b| a.1.total_cmp(b.1))
        .map(|(&id, &s)| (id, s));
    let Some((top, top_score)) = top else {
        return write_blocks(tree, &[html.root_element().id()], &stats, &raw);
    };
    let (top, top_score) = climb(tree, top, top_score, &scores);
    let (top, top_score) = rise(tree, top, top_score, &scores);
    let chosen = with_siblings(tree, top, top_score, &stats, &scores);
    write_blocks(tree, &chosen, &stats, &raw)
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
        let page = format!(
            "{}<p>Deep text, deep text, deep text, deep text.</p>",
            "<div>".repeat(3_000)
        );
        assert!(main_text(&Html::parse_document(&page)).contains("Deep text"));
    }
}
