//! [`find_mentions`]: segment a string and find its actors, for the CLI and quick checks.

use crate::dict::ActorDict;
use petrel_core::{ActorMention, Date, Doc, DocMeta, Result, Stage};
use petrel_nlp::Segmenter;

/// Segments `text` as one document dated `date` and returns its actor mentions (no tags: the
/// matcher works on tokens alone).
pub fn find_mentions(
    dict: &ActorDict,
    text: &str,
    date: Option<Date>,
) -> Result<Vec<ActorMention>> {
    let mut doc = Doc::new(
        DocMeta {
            date,
            ..Default::default()
        },
        text,
    );
    let segmenter = Segmenter::new();
    segmenter.process(&mut doc)?;
    doc.layers = doc.layers | segmenter.provides();
    Ok(crate::stage::mentions(dict, &doc))
}
