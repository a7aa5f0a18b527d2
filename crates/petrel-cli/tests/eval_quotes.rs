//! `petrel eval-quotes`: a tiny hand-written PolNeAR-style folder is read, coded and scored.

mod util;
use std::path::Path;
use util::*;

/// Curly quotes come first, so that character and byte offsets differ after them.
const TEXT: &str = "\u{201c}We will rebuild the bridge,\u{201d} the mayor told reporters. \
Police officials said rebels attacked a convoy near the border on Tuesday. \
Protesters marched in the capital.";

/// Character offsets of `w` in TEXT, as brat writes them.
fn at(w: &str) -> String {
    let b = TEXT.find(w).unwrap();
    let s = TEXT[..b].chars().count();
    format!("{s} {}", s + w.chars().count())
}

fn ann() -> String {
    let content = "rebels attacked a convoy near the border on Tuesday";
    format!(
        "T1\tSource {}\tPolice officials\nT2\tCue {}\tsaid\nT3\tContent {}\t{content}\n\
T4\tAttribution {}\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n\
T5\tContent {}\tWe will rebuild the bridge,\nT6\tAttribution {}\ttold\nE2\tAttribution:T6 Content:T5\n",
        at("Police officials"),
        at("said"),
        at(content),
        at("said"),
        at("We will rebuild the bridge,"),
        at("told"),
    )
}

/// `root/dev` with one text, two annotators' files and `root/metadata.tsv`.
fn folder(root: &Path) -> String {
    let dev = root.join("dev");
    std::fs::create_dir_all(dev.join("text")).unwrap();
    std::fs::create_dir_all(dev.join("attributions")).unwrap();
    write(&dev.join("text"), "tiny_convoy.txt", TEXT.as_bytes());
    write(
        &dev.join("attributions"),
        "tiny_convoy_aa01.ann",
        ann().as_bytes(),
    );
    write(
        &dev.join("attributions"),
        "tiny_convoy_bb02.ann",
        b"not read",
    );
    let tsv = "filename\tpublication_date\ntiny_convoy\t2020-01-02\n";
    write(root, "metadata.tsv", tsv.as_bytes());
    dev.to_str().unwrap().to_string()
}

#[test]
fn scores_a_tiny_folder_as_text_and_json() {
    let dir = tempfile::tempdir().unwrap();
    let dev = folder(dir.path());

    let r = petrel(&["eval-quotes", &dev], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("say/tell baseline"), "{}", r.stdout);
    assert!(r.stdout.contains("(1 skipped"), "{}", r.stdout);

    let r = petrel(&["eval-quotes", "--json", "--errors", "5", &dev], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(r.stdout.trim()).unwrap();
    assert_eq!(v["documents"], 1);
    assert_eq!(v["annotation_files"], 2);
    assert_eq!(v["annotation_files_skipped"], 1);
    assert_eq!(v["gold_attributions"], 2);
    assert_eq!(v["gold_content_spans"], 2);
    assert!(v["coded_events"].as_u64().unwrap() >= 2, "{v}");
    assert_eq!(v["events_inside_content"], 1, "only 'attacked': {v}");
    assert_eq!(v["petrel"]["coverage"]["n"], 1, "{v}");
    assert_eq!(v["petrel"]["speaker_accuracy"]["pct"], 100.0, "{v}");
    assert_eq!(v["baseline"]["coverage"]["pct"], 100.0, "{v}");
    assert_eq!(v["baseline"]["speaker_accuracy"]["pct"], 100.0, "{v}");
    assert!(v["errors"].is_array(), "{v}");
}

#[test]
fn broken_folders_are_errors_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let r = petrel(&["eval-quotes", dir.path().to_str().unwrap()], None);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("no such folder"), "{}", r.stderr);

    let dev = folder(dir.path());
    let stray = Path::new(&dev).join("attributions").join("other_cc03.ann");
    std::fs::write(&stray, "").unwrap();
    let r = petrel(&["eval-quotes", &dev], None);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("no text/other.txt"), "{}", r.stderr);
    std::fs::remove_file(&stray).unwrap();

    let ann = Path::new(&dev)
        .join("attributions")
        .join("tiny_convoy_aa01.ann");
    std::fs::write(&ann, ann_shifted()).unwrap();
    let r = petrel(&["eval-quotes", &dev], None);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("tiny_convoy_aa01.ann: T1"),
        "{}",
        r.stderr
    );
}

/// Byte offsets where characters are wanted: the text there is not the annotated text.
fn ann_shifted() -> String {
    let b = TEXT.find("Police officials").unwrap();
    format!("T1\tSource {b} {}\tPolice officials\n", b + 16)
}
