//! Golden snapshot of the bundled example's events (code, actors, modality, date, rule), so that
//! any change in what the pipeline codes is seen in review. Regenerate with
//! `UPDATE_SNAPSHOTS=1 cargo test -p stormpetrel --test snapshot`.

use stormpetrel::{Date, Doc, DocMeta};

fn render(doc: &Doc) -> String {
    let mut out = String::new();
    for e in &doc.events {
        let who = |a: &Option<stormpetrel::ActorRef>| {
            a.as_ref()
                .map(|a| a.code.clone())
                .unwrap_or_else(|| "-".into())
        };
        let m = &e.modality;
        let flags: Vec<&str> = [
            (m.negated, "negated"),
            (m.hypothetical, "hypothetical"),
            (m.future, "future"),
            (m.reported.is_some(), "reported"),
        ]
        .iter()
        .filter(|(b, _)| *b)
        .map(|(_, n)| *n)
        .collect();
        let date = e
            .date
            .as_ref()
            .map(|d| format!("{}/{:?}", d.value, d.source))
            .unwrap_or_else(|| "-".into());
        let place = e
            .location
            .as_ref()
            .map(|l| format!(" @{}/{}", l.name, l.country.as_deref().unwrap_or("-")))
            .unwrap_or_default();
        out.push_str(&format!(
            "s{} {} {} -> {} [{}] {} {}{}\n",
            e.sentence,
            e.code,
            who(&e.source),
            who(&e.target),
            flags.join(","),
            date,
            e.evidence.rule,
            place
        ));
    }
    out
}

#[test]
fn bundled_example_matches_its_snapshot() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let text =
        std::fs::read_to_string(root.join("../../examples/border-report-2024-03-11.txt")).unwrap();
    let res = stormpetrel::Resources::embedded().unwrap();
    let pipeline = stormpetrel::pipeline(&res).unwrap();
    let meta = DocMeta {
        id: "example".into(),
        date: Date::parse("2024-03-11"),
        ..Default::default()
    };
    let mut doc = Doc::new(meta, text);
    pipeline.run(&mut doc).unwrap();
    let got = render(&doc);
    let snap = root.join("tests/snapshots/border-report.txt");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&snap, &got).unwrap();
    }
    let want = std::fs::read_to_string(&snap).unwrap_or_default();
    assert_eq!(
        got, want,
        "events changed; if intended, rerun with UPDATE_SNAPSHOTS=1"
    );
}
