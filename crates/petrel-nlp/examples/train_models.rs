//! Trains the shipped models from ../shared (UD English EWT train, dev for choosing epochs):
//! `cargo run --release -p petrel-nlp --example train_models -- [tagger|parser|all]`.

fn main() {
    let what = std::env::args().nth(1).unwrap_or_else(|| "all".into());
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/nlp/ud_english_ewt");
    let out = concat!(env!("CARGO_MANIFEST_DIR"), "/models");
    let load = |split: &str| petrel_nlp::conllu::read_file(format!("{root}/en_ewt-ud-{split}.conllu").as_ref());
    let (train, dev) = match (load("train"), load("dev")) {
        (Ok(t), Ok(d)) => (t, d),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("cannot read EWT: {e}");
            std::process::exit(1);
        }
    };
    let mut log = |s: &str| eprintln!("{s}");
    if what == "tagger" || what == "all" {
        let t = std::time::Instant::now();
        let m = petrel_nlp::tagger::train_tagger(&train, &dev, &Default::default(), &mut log);
        let bytes = m.to_bytes();
        let _ = std::fs::create_dir_all(out);
        if let Err(e) = std::fs::write(format!("{out}/tagger.bin"), &bytes) {
            eprintln!("write failed: {e}");
        }
        eprintln!("tagger: {} bytes in {:.1?}", bytes.len(), t.elapsed());
        if let Ok(test) = load("test") {
            let (upos, joint) = petrel_nlp::tagger::accuracy(&m, &test);
            eprintln!("EWT test: UPOS {upos:.4}, UPOS+XPOS {joint:.4}");
        }
    }
}
