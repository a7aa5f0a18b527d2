//! End to end on the real, machine-translated example article (shared/examples): all 10 events
//! a human coder lists come out with the right CAMEO root and actors; captions and
//! credit lines yield nothing; hypotheticals are never asserted. Skips when shared/ is absent.

use stormpetrel::{Date, Doc, DocMeta, Event};

struct Expected {
    what: &'static str,
    roots: &'static [&'static str],
    source: Option<&'static str>,
    target: Option<&'static str>,
    year: Option<i32>,
}

const LISTED: &[Expected] = &[
    Expected {
        what: "warn of retaliation",
        roots: &["13"],
        source: Some("USA"),
        target: Some("RUS"),
        year: None,
    },
    Expected {
        what: "deployment of forces",
        roots: &["15"],
        source: Some("RUS"),
        target: None,
        year: None,
    },
    Expected {
        what: "video call",
        roots: &["04"],
        source: Some("USA"),
        target: Some("RUS"),
        year: None,
    },
    Expected {
        what: "Ukraine warned Washington",
        roots: &["01", "11"],
        source: Some("UKR"),
        target: Some("USA"),
        year: None,
    },
    Expected {
        what: "2014 invasion",
        roots: &["19", "18"],
        source: Some("RUS"),
        target: Some("UKR"),
        year: Some(2014),
    },
    Expected {
        what: "sanctions against Moscow",
        roots: &["16"],
        source: None,
        target: Some("RUS"),
        year: None,
    },
    Expected {
        what: "war with separatists",
        roots: &["19"],
        source: Some("UKR"),
        target: Some("UKR"),
        year: None,
    },
    Expected {
        what: "Kremlin rejected",
        roots: &["12", "01"],
        source: Some("RUS"),
        target: None,
        year: None,
    },
    Expected {
        what: "Peskov: deplorable",
        roots: &["01", "11"],
        source: Some("RUS"),
        target: Some("USA"),
        year: None,
    },
    Expected {
        what: "declined to say",
        roots: &["01"],
        source: Some("USA"),
        target: None,
        year: None,
    },
];

fn country(a: &Option<stormpetrel::ActorRef>) -> Option<&str> {
    a.as_ref().and_then(|a| a.code.get(..3))
}

fn found(e: &Expected, events: &[Event]) -> bool {
    events.iter().any(|ev| {
        e.roots.contains(&&ev.code[..2])
            && e.source.is_none_or(|s| country(&ev.source) == Some(s))
            && e.target.is_none_or(|t| country(&ev.target) == Some(t))
            && e.year
                .is_none_or(|y| ev.date.as_ref().is_some_and(|d| d.value.year == y))
    })
}

#[test]
fn example_article_yields_the_listed_events() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/examples/biden-putin-2021-12-06.txt");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {} not found", path.display());
        return;
    };
    let res = stormpetrel::Resources::embedded().unwrap();
    let pipeline = stormpetrel::pipeline(&res).unwrap();
    let meta = DocMeta {
        id: "example".into(),
        date: Date::parse("2021-12-06"),
        ..Default::default()
    };
    let mut doc = Doc::new(meta, text);
    pipeline.run(&mut doc).unwrap();
    let asserted: Vec<Event> = doc
        .events
        .iter()
        .filter(|e| stormpetrel::is_asserted(e))
        .cloned()
        .collect();
    let hits: Vec<&str> = LISTED
        .iter()
        .filter(|e| found(e, &asserted))
        .map(|e| e.what)
        .collect();
    eprintln!("{} of {} listed events: {hits:?}", hits.len(), LISTED.len());
    assert!(
        hits.len() == LISTED.len(),
        "only {} of 10 listed events: {hits:?}\n{:#?}",
        hits.len(),
        asserted
    );

    for e in &doc.events {
        let s = doc.sentence_text(e.sentence);
        assert!(
            !doc.sentences[e.sentence].boilerplate,
            "event from a boilerplate line: {s}"
        );
        for credit in ["Getty Images", "This set of photos"] {
            assert!(
                !s.contains(credit),
                "event from a caption or credit line: {s}"
            );
        }
        if s.contains("would cause") || s.contains("do not know whether") {
            assert!(
                !stormpetrel::is_asserted(e) || e.code.starts_with("01"),
                "hypothetical asserted as fact: {} in {s}",
                e.code
            );
        }
    }
    let boiler: Vec<&str> = doc
        .sentences
        .iter()
        .enumerate()
        .filter(|(_, s)| s.boilerplate)
        .map(|(i, _)| doc.sentence_text(i))
        .collect();
    assert!(
        boiler.iter().any(|s| s.trim() == "Getty Images"),
        "credit line marked: {boiler:?}"
    );
}
