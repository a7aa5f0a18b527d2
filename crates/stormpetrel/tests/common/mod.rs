//! Shared by the pipeline tests: run the whole standard pipeline on one text.

use stormpetrel::{Date, Doc, DocMeta};

/// `text` through every stage, as document "t" published on `date`.
pub fn run(text: &str, date: Option<&str>) -> Doc {
    let res = stormpetrel::Resources::embedded().unwrap();
    let pipeline = stormpetrel::pipeline(&res).unwrap();
    let meta = DocMeta {
        id: "t".into(),
        date: date.and_then(Date::parse),
        ..Default::default()
    };
    let mut doc = Doc::new(meta, text);
    pipeline.run(&mut doc).unwrap();
    doc
}
