//! `--verbs`: a PETRARCH-2 verb dictionary replaces the built-in rules for its verbs, and its
//! patterns, roles, code pairs and discards code as the format says.

use std::io::Write;
use stormpetrel::{Date, Doc, DocMeta, ResourceOptions, Resources};

const VERBS: &str = "\
<!-- a made-up dictionary in PETRARCH-2 format -->
&TIES
+DIPLOMATIC
+TRADE_

--- RESTORE [064] ---
RESTORE {RESTORED}
- * &TIES (WITH +) [0641]  # restore diplomatic ties with X
- NOT_* [---]

--- TRAVEL [032:033] ---
TRAVEL
- * (TO +) [042:043]

--- EXPEL [---] ---
EXPEL
- * DIPLOMATS (FROM $) [:1663]
- * BOGUS! [999]
";

fn coded(text: &str, opts: &ResourceOptions) -> Vec<(String, Option<String>, Option<String>)> {
    let res = Resources::load(opts).unwrap();
    let pipeline = stormpetrel::pipeline(&res).unwrap();
    let meta = DocMeta {
        id: "t".into(),
        date: Date::parse("2024-05-15"),
        ..Default::default()
    };
    let mut doc = Doc::new(meta, text);
    pipeline.run(&mut doc).unwrap();
    doc.events
        .iter()
        .map(|e| {
            (
                e.code.clone(),
                e.source.as_ref().map(|a| a.code[..3].to_string()),
                e.target.as_ref().map(|a| a.code[..3].to_string()),
            )
        })
        .collect()
}

fn ev(code: &str, s: &str, t: &str) -> (String, Option<String>, Option<String>) {
    (code.into(), Some(s.into()), Some(t.into()))
}

#[test]
fn a_verb_dictionary_codes_patterns_pairs_and_discards() {
    let dir = std::env::temp_dir().join(format!("petrel-verbs-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("test.verbs");
    std::fs::File::create(&path)
        .unwrap()
        .write_all(VERBS.as_bytes())
        .unwrap();
    let opts = ResourceOptions {
        verb_files: vec![path.clone()],
        ..Default::default()
    };
    // A pattern with a synonym set and a `(WITH +)` target beats the verb's own code.
    assert_eq!(
        coded("Portugal restored diplomatic ties with Angola.", &opts),
        [ev("0641", "PRT", "AGO")]
    );
    // `[A:B]`: A from source to target, B back.
    assert_eq!(
        coded("The Kenyan president travelled to Uganda.", &opts),
        [ev("042", "KEN", "UGA"), ev("043", "UGA", "KEN")]
    );
    // `[:B]` with `$` after the verb: only the reverse, from the `FROM` actor.
    assert_eq!(
        coded("Norway expelled diplomats from Russia.", &opts),
        [ev("1663", "NOR", "RUS")]
    );
    // `[---]` discards the match.
    assert!(coded("Peru did not restore relations with Chile.", &opts).is_empty());
    // Without the dictionary, the built-in rules code the same verbs their own way.
    let builtin = coded(
        "Norway expelled diplomats from Russia.",
        &ResourceOptions::default(),
    );
    assert!(
        !builtin.is_empty() && builtin.iter().all(|e| e.0 != "1663"),
        "{builtin:?}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_missing_verb_dictionary_is_an_error_naming_it() {
    let opts = ResourceOptions {
        verb_files: vec!["/nonexistent/x.verbs".into()],
        ..Default::default()
    };
    let err = Resources::load(&opts).err().expect("an error");
    assert!(err.to_string().contains("/nonexistent/x.verbs"), "{err}");
}
