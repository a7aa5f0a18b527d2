//! Trains the shipped models from ../shared (UD English EWT train, dev for choosing epochs):
//! `cargo run --release -p petrel-nlp --example train_models -- [tagger|parser|all] [FOLDS] [--with-dev]`;
//! with `--with-dev` (how the shipped models are built) they are trained on train+dev for the
//! default epoch counts, keeping the last epoch. `-- eval [FILE.conllu]` scores the models in
//! `models/`, `-- prune` shows the effect of pruning.

use petrel_nlp::tagger::TaggerModel;

fn main() {
    let with_dev = std::env::args().any(|a| a == "--with-dev");
    let args: Vec<String> = std::env::args().filter(|a| a != "--with-dev").collect();
    let what = args.get(1).cloned().unwrap_or_else(|| "all".into());
    let folds: usize = args.get(2).and_then(|f| f.parse().ok()).unwrap_or(4);
    let root = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/nlp/ud_english_ewt"
    );
    let out = concat!(env!("CARGO_MANIFEST_DIR"), "/models");
    let path = |split: &str| std::path::PathBuf::from(format!("{root}/en_ewt-ud-{split}.conllu"));
    let (train_path, dev_path) = (path("train"), path("dev"));
    let train: Vec<&std::path::Path> = if with_dev {
        vec![&train_path, &dev_path]
    } else {
        vec![&train_path]
    };
    let mut log = |s: &str| eprintln!("{s}");
    let _ = std::fs::create_dir_all(out);
    if what == "tagger" || what == "all" {
        let t = std::time::Instant::now();
        let opts = petrel_nlp::tagger::TagTrainOptions {
            keep_last: with_dev,
            ..Default::default()
        };
        let m = match petrel_nlp::train::train_tagger_files(&train, &dev_path, &opts, &mut log) {
            Ok(m) => m,
            Err(e) => return eprintln!("{e}"),
        };
        let bytes = m.to_bytes();
        if let Err(e) = std::fs::write(format!("{out}/tagger.bin"), &bytes) {
            eprintln!("write failed: {e}");
        }
        eprintln!("tagger: {} bytes in {:.1?}", bytes.len(), t.elapsed());
    }
    if what == "eval" {
        let (Ok(t), Ok(p)) = (
            std::fs::read(format!("{out}/tagger.bin")),
            std::fs::read(format!("{out}/parser.bin")),
        ) else {
            return eprintln!("no models");
        };
        let nlp = match petrel_nlp::Nlp::from_bytes(&t, &p) {
            Ok(n) => n,
            Err(e) => return eprintln!("{e}"),
        };
        let files: Vec<std::path::PathBuf> = match args.get(2) {
            Some(f) => vec![f.into()],
            None => vec![path("dev"), path("test")],
        };
        for file in files {
            let split = file.display();
            match petrel_nlp::eval_ud(&nlp, &file) {
                Ok(s) => eprintln!(
                    "{split}: UPOS {:.4} XPOS {:.4} lemma {:.4} UAS {:.4} LAS {:.4} {:.0} tok/s wall, {:.0} tok/s CPU",
                    s.upos, s.xpos, s.lemma, s.uas, s.las, s.tokens_per_sec, s.tokens_per_cpu_sec
                ),
                Err(e) => eprintln!("{e}"),
            }
        }
    }
    if what == "margin" {
        let (Ok(t), Ok(p)) = (
            std::fs::read(format!("{out}/tagger.bin")),
            std::fs::read(format!("{out}/parser.bin")),
        ) else {
            return eprintln!("no models");
        };
        let Ok(mut nlp) = petrel_nlp::Nlp::from_bytes(&t, &p) else {
            return eprintln!("bad models");
        };
        let dev = petrel_nlp::conllu::read_file(&path("dev")).unwrap_or_default();
        for m in [0, 5_000, 10_000, 20_000, 40_000, 60_000, 100_000, i32::MAX] {
            let Ok(mut tm) = petrel_nlp::tagger::TaggerModel::from_bytes(&t, "tagger") else {
                return;
            };
            tm.skip_margin = m;
            nlp.tagger = std::sync::Arc::new(tm);
            if let Ok(s) = petrel_nlp::eval::eval_sentences(&nlp, &dev) {
                eprintln!(
                    "skip margin {m}: dev UPOS {:.4} UAS {:.4} LAS {:.4}, {:.0} tok/s CPU",
                    s.upos, s.uas, s.las, s.tokens_per_cpu_sec
                );
            }
        }
    }
    if what == "dump" {
        let (Ok(t), Ok(p)) = (
            std::fs::read(format!("{out}/tagger.bin")),
            std::fs::read(format!("{out}/parser.bin")),
        ) else {
            return eprintln!("no models");
        };
        let Ok(nlp) = petrel_nlp::Nlp::from_bytes(&t, &p) else {
            return eprintln!("bad models");
        };
        let test = petrel_nlp::conllu::read_file(&path("test")).unwrap_or_default();
        let mut d = petrel_nlp::eval::doc_from_sentences(&test);
        let _ = petrel_core::Stage::process(&nlp.tagger_stage(), &mut d);
        let _ = petrel_core::Stage::process(&nlp.parser_stage(), &mut d);
        d.layers = d.layers | petrel_core::Layers::TAGS | petrel_core::Layers::PARSE;
        print!("{}", petrel_nlp::output::to_conllu(&d));
    }
    if what == "goldtags" {
        let Ok(p) = std::fs::read(format!("{out}/parser.bin")) else {
            return eprintln!("no parser");
        };
        let Ok(parser) = petrel_nlp::parser::ParserModel::from_bytes(&p, "parser.bin") else {
            return eprintln!("bad parser");
        };
        let test = petrel_nlp::conllu::read_file(&path("test")).unwrap_or_default();
        let trees: Vec<_> = test
            .iter()
            .map(|s| petrel_nlp::parser::TreeSent::new(s, None))
            .collect();
        let (uas, las) = petrel_nlp::parser::attachment(&parser, &trees);
        eprintln!("EWT test with gold tags: UAS {uas:.4} LAS (full labels) {las:.4}");
    }
    if what == "bench" {
        let (Ok(t), Ok(p)) = (
            std::fs::read(format!("{out}/tagger.bin")),
            std::fs::read(format!("{out}/parser.bin")),
        ) else {
            return eprintln!("no models");
        };
        let t0 = std::time::Instant::now();
        let Ok(nlp) = petrel_nlp::Nlp::from_bytes(&t, &p) else {
            return eprintln!("bad models");
        };
        eprintln!("load {:.1?}", t0.elapsed());
        let test = petrel_nlp::conllu::read_file(&path("test")).unwrap_or_default();
        let best = (0..7)
            .filter_map(|_| petrel_nlp::eval::eval_sentences(&nlp, &test).ok())
            .map(|s| (s.tokens_per_sec, s.tokens_per_cpu_sec))
            .fold((0.0f64, 0.0f64), |a, b| (a.0.max(b.0), a.1.max(b.1)));
        eprintln!(
            "best of 7 on EWT test: {:.0} tok/s wall, {:.0} tok/s CPU",
            best.0, best.1
        );
    }
    if what == "prune" {
        let dev = petrel_nlp::conllu::read_file(&path("dev")).unwrap_or_default();
        let (Ok(t), Ok(p)) = (
            std::fs::read(format!("{out}/tagger.bin")),
            std::fs::read(format!("{out}/parser.bin")),
        ) else {
            return eprintln!("no models");
        };
        let Ok(nlp) = petrel_nlp::Nlp::from_bytes(&t, &p) else {
            return eprintln!("bad models");
        };
        let mut nlp = nlp;
        for min in [0i16, 400, 600] {
            let pm = petrel_nlp::parser::ParserModel {
                model: nlp.parser.model.pruned(min),
            };
            let size = pm.to_bytes().len();
            nlp.parser = std::sync::Arc::new(pm);
            let mut d = petrel_nlp::eval::doc_from_sentences(&dev);
            let t0 = std::time::Instant::now();
            let _ = petrel_core::Stage::process(&nlp.tagger_stage(), &mut d);
            let t1 = t0.elapsed();
            let _ = petrel_core::Stage::process(&nlp.parser_stage(), &mut d);
            let t2 = t0.elapsed() - t1;
            let s = petrel_nlp::eval::eval_sentences(&nlp, &dev).unwrap_or_default();
            eprintln!("min {min}: {} features, {size} bytes, tag {t1:.2?} parse {t2:.2?}, UAS {:.4} LAS {:.4}", nlp.parser.model.n_features(), s.uas, s.las);
        }
    }
    if what == "parser" || what == "all" {
        let t = std::time::Instant::now();
        let tagger = match std::fs::read(format!("{out}/tagger.bin"))
            .map(|b| TaggerModel::from_bytes(&b, "tagger.bin"))
        {
            Ok(Ok(m)) => m,
            _ => return eprintln!("train the tagger first"),
        };
        let opts = petrel_nlp::parser::ParseTrainOptions {
            keep_last: with_dev,
            ..Default::default()
        };
        let m = match petrel_nlp::train::train_parser_files(
            &train,
            &dev_path,
            &tagger,
            folds,
            &Default::default(),
            &opts,
            &mut log,
        ) {
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
