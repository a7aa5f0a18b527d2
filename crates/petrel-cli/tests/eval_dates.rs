//! `petrel eval-dates`: a tiny hand-written TimeML folder is read, coded and scored.

mod util;
use util::*;

const TML: &str = r#"<?xml version="1.0" ?>
<TimeML>
<DOCID>tiny-1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2022-03-10" functionInDocument="CREATION_TIME">March 10, 2022</TIMEX3></DCT>
<TEXT>
Russian troops <EVENT eid="e1" class="OCCURRENCE">attacked</EVENT> Kharkiv on <TIMEX3 tid="t1" type="DATE" value="2022-03-07">Monday</TIMEX3>.
The United States <EVENT eid="e2" class="OCCURRENCE">imposed</EVENT> sanctions on Russia.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" />
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" />
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1" />
<TLINK lid="l2" relType="IS_INCLUDED" eventInstanceID="ei2" relatedToTime="t0" />
</TimeML>
"#;

#[test]
fn scores_a_tiny_folder_as_text_and_json() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    write(&dir.path().join("sub"), "tiny.tml", TML.as_bytes());
    write(dir.path(), "notes.txt", b"not TimeML");
    let d = dir.path().to_str().unwrap();

    let r = petrel(&["eval-dates", d], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("text date"), "{}", r.stdout);
    assert!(r.stdout.contains("document date"), "{}", r.stdout);

    let r = petrel(&["eval-dates", "--json", "--errors", "5", d], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(r.stdout.trim()).unwrap();
    assert_eq!(v["files"], 1);
    assert_eq!(v["gold_events"], 2);
    assert_eq!(v["text_date"]["gold"], 1);
    assert_eq!(v["document_date"]["gold"], 1);
    assert!(v["coded_events"].as_u64().unwrap() >= 2, "{v}");
    assert_eq!(v["aligned_events"], 2, "{v}");
    assert_eq!(v["text_date"]["at_granularity"]["pct"], 100.0, "{v}");
    assert_eq!(v["text_date"]["baseline_exact"]["pct"], 0.0, "{v}");
    assert_eq!(v["document_date"]["baseline_right"]["pct"], 100.0, "{v}");
    assert!(v["errors"].as_array().unwrap().is_empty(), "{v}");
}

#[test]
fn a_malformed_file_or_an_empty_folder_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let r = petrel(&["eval-dates", dir.path().to_str().unwrap()], None);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("no .tml files"), "{}", r.stderr);

    let bad = write(dir.path(), "bad.tml", TML.replace("</TEXT>", "").as_bytes());
    let r = petrel(&["eval-dates", dir.path().to_str().unwrap()], None);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains(bad.to_str().unwrap()),
        "the error names the file: {}",
        r.stderr
    );
}
