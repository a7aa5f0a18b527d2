//! Trains the shipped models from ../shared (UD English EWT train, dev for choosing epochs):
//! `cargo run --release -p petrel-nlp --example train_models -- [tagger|parser|all] [FOLDS]`.

use petrel_nlp::tagger::TaggerModel;

fn main() {
    let what = std::env::args().nth(1).unwrap_or_else(|| "all".into());
    let folds: usize = std::env::args().nth(2).and_then(|f| f.parse().ok()).unwrap_or(4);
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/nlp/ud_english_ewt");
    let out = concat!(env!("CARGO_MANIFEST_DIR"), "/models");
    let path = |split: &str| std::path::PathBuf::from(format!("{root}/en_ewt-ud-{split}.conllu"));
    let mut log = |s: &str| eprintln!("{s}");
    let _ = std::fs::create_dir_all(out);
    if what == "tagger" || what == "all" {
        let t = std::time::Instant::now();
        let m = match petrel_nlp::train::train_tagger_files(&path("train"), &path("dev"), &Default::default(), &mut log) {
            Ok(m) => m,
            Err(e) => return eprintln!("{e}"),
        };
        let bytes = m.to_bytes();
        if let Err(e) = std::fs::write(format!("{out}/tagger.bin"), &bytes) {
            eprintln!("write failed: {e}");
        }
        eprintln!("tagger: {} bytes in {:.1?}", bytes.len(), t.elapsed());
    }
    if what == "parser" || what == "all" {
        let t = std::time::Instant::now();
        let tagger = match std::fs::read(format!("{out}/tagger.bin")).map(|b| TaggerModel::from_bytes(&b, "tagger.bin")) {
            Ok(Ok(m)) => m,
            _ => return eprintln!("train the tagger first"),
        };
        let m = match petrel_nlp::train::train_parser_files(&path("train"), &path("dev"), &tagger, folds, &Default::default(), &Default::default(), &mut log) {
            Ok(m) => m,
            Err(e) => return eprintln!("{e}"),
        };
        let bytes = m.to_bytes();
        if let Err(e) = std::fs::write(format!("{out}/parser.bin"), &bytes) {
            eprintln!("write failed: {e}");
        }
        eprintln!("parser: {} bytes in {:.1?}", bytes.len(), t.elapsed());
    }
}
