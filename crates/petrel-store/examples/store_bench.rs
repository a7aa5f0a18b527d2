//! Builds a large synthetic store (if the file does not exist) and times the queries the
//! monitor and analysts run most: a dyad's weekly series over a year, and filtered queries of
//! 100 rows.
//!
//! `cargo run --release -p petrel-store --example store_bench -- /tmp/big.db 1000000`
//!
//! The generator writes documents of four events each over 2021–2023 (1,095 days): dyads
//! drawn from 40 countries with a skewed (Zipf-like) choice, so some dyads are busy and most
//! are rare; CAMEO codes drawn from the whole ontology; 12 outlets; about 1 event in 12
//! negated; a third of events repeated by a second outlet on the same day (so clusters have
//! several mentions). Every number comes from a fixed-seed xorshift generator, so the store
//! is the same on every run.

use petrel_core::{
    ActorRef, Date, DatePrecision, DateSource, Doc, DocMeta, Event, EventDate, Evidence, Modality,
    Sentence, Span,
};
use petrel_store::{Dyad, Filter, Period, PreparedDoc, Store};
use std::path::PathBuf;
use std::time::Instant;

const COUNTRIES: [&str; 40] = [
    "RUS", "UKR", "USA", "CHN", "ISR", "PSE", "IRN", "SYR", "TUR", "GBR", "FRA", "DEU", "IND",
    "PAK", "AFG", "IRQ", "SAU", "YEM", "EGY", "LBN", "JPN", "KOR", "PRK", "TWN", "ARM", "AZE",
    "ETH", "SDN", "SOM", "KEN", "NGA", "MLI", "VEN", "COL", "MEX", "BRA", "POL", "BLR", "GEO",
    "SRB",
];
const SECTORS: [&str; 4] = ["", "GOV", "MIL", "REB"];
const OUTLETS: [&str; 12] = [
    "wire-a",
    "wire-b",
    "times",
    "courier",
    "post",
    "herald",
    "tribune",
    "gazette",
    "daily",
    "observer",
    "monitor",
    "chronicle",
];

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// Skewed choice: low indices far more often.
    fn zipf(&mut self, n: usize) -> usize {
        let a = self.below(n);
        let b = self.below(a + 1);
        self.below(b + 1)
    }
}

fn actor(c: &str, sector: &str) -> ActorRef {
    ActorRef {
        code: format!("{c}{sector}"),
        country: Some(c.into()),
        sector: (!sector.is_empty()).then(|| sector.into()),
        text: c.to_lowercase(),
        span: Span::new(0, 3),
        chars: Default::default(),
    }
}

fn generate(path: &PathBuf, mentions: usize) {
    let mut store = Store::open_or_create(path).expect("store");
    let key = store.coder_key("synthetic generator").unwrap();
    let codes: Vec<&str> = petrel_ontology::codes().iter().map(|c| c.code).collect();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let start = Date::parse("2021-01-01").unwrap().to_days();
    let mut batch = Vec::new();
    let mut made = 0usize;
    let mut n = 0usize;
    let mut previous: Option<(Vec<Event>, i64)> = None;
    let t = Instant::now();
    while made < mentions {
        let (events, day) = match previous.take() {
            Some(p) if rng.below(3) == 0 => p,
            _ => {
                let day = start + rng.below(1095) as i64;
                let evs: Vec<Event> = (0..4)
                    .map(|i| {
                        let a = COUNTRIES[rng.zipf(COUNTRIES.len())];
                        let mut b = COUNTRIES[rng.zipf(COUNTRIES.len())];
                        if a == b {
                            b = COUNTRIES[rng.below(COUNTRIES.len())];
                        }
                        Event {
                            sentence: i,
                            code: codes[rng.below(codes.len())].into(),
                            plover: None,
                            mode: None,
                            source: Some(actor(a, SECTORS[rng.below(4)])),
                            target: Some(actor(b, SECTORS[rng.below(4)])),
                            modality: Modality {
                                negated: rng.below(12) == 0,
                                ..Default::default()
                            },
                            date: Some(EventDate {
                                value: Date::from_days(day),
                                precision: DatePrecision::Day,
                                source: DateSource::Publication,
                                expression: None,
                                relation: None,
                            }),
                            location: None,
                            evidence: Evidence {
                                trigger: Span::new(4, 10),
                                text: "struck".into(),
                                rule: "synthetic".into(),
                                trigger_chars: Default::default(),
                            },
                            parent: None,
                        }
                    })
                    .collect();
                (evs, day)
            }
        };
        let mut text = String::new();
        let mut sentences = Vec::new();
        for (i, e) in events.iter().enumerate() {
            let s = text.len();
            text.push_str(&format!(
                "Report {n} item {i}: {} and {} in event {} near village {}.",
                e.source.as_ref().unwrap().code,
                e.target.as_ref().unwrap().code,
                e.code,
                rng.below(5000)
            ));
            sentences.push(Sentence {
                span: Span::new(s, text.len()),
                tok_start: 0,
                tok_end: 0,
                boilerplate: false,
                unparsed: false,
            });
            text.push(' ');
        }
        let mut doc = Doc::new(
            DocMeta {
                id: format!("syn-{n}"),
                date: Some(Date::from_days(day)),
                title: None,
                url: Some(format!("https://example.invalid/{n}")),
                source: Some(OUTLETS[rng.below(OUTLETS.len())].into()),
            },
            text,
        );
        doc.sentences = sentences;
        doc.events = events.clone();
        previous = Some((events, day));
        made += doc.events.len();
        n += 1;
        batch.push(PreparedDoc::new(&doc));
        if batch.len() == 2000 {
            store.add_batch(&batch, key).unwrap();
            batch.clear();
        }
    }
    store.add_batch(&batch, key).unwrap();
    store.optimize().unwrap();
    eprintln!(
        "generated {n} documents, {made} mentions in {:.1}s",
        t.elapsed().as_secs_f64()
    );
}

/// Runs `f` `runs` times; prints the median and the slowest time.
fn time<T>(what: &str, runs: usize, mut f: impl FnMut() -> T) -> T {
    let mut ms = Vec::new();
    let mut out = None;
    for _ in 0..runs {
        let t = Instant::now();
        out = Some(f());
        ms.push(t.elapsed().as_secs_f64() * 1e3);
    }
    ms.sort_by(|a, b| a.total_cmp(b));
    println!(
        "{what:<62} median {:>7.2} ms  max {:>7.2} ms",
        ms[runs / 2],
        ms[runs - 1]
    );
    out.unwrap()
}

fn main() {
    let mut args = std::env::args().skip(1);
    let path = PathBuf::from(args.next().unwrap_or_else(|| "/tmp/petrel-big.db".into()));
    let mentions: usize = args
        .next()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000_000);
    if !path.exists() {
        generate(&path, mentions);
    }
    let store = Store::open(&path).unwrap();
    let s = store.stats().unwrap();
    println!(
        "store {}: {} documents, {} event mentions, {} clusters",
        path.display(),
        s.documents,
        s.events,
        s.clusters
    );
    let d = |x: &str| Date::parse(x);
    let rus_ukr = Dyad::parse("RUS-UKR").unwrap();
    let rows = time("series RUS-UKR weekly, 2022", 21, || {
        store
            .series(&rus_ukr, Period::Week, d("2022-01-01"), d("2022-12-31"))
            .unwrap()
    });
    println!(
        "  {} weeks, {} events",
        rows.len(),
        rows.iter().map(|r| r.events).sum::<u64>()
    );
    let rare = Dyad::parse("SRB-GEO").unwrap();
    time("series SRB-GEO (rare) weekly, 2022", 21, || {
        store
            .series(&rare, Period::Week, d("2022-01-01"), d("2022-12-31"))
            .unwrap()
    });
    time("series RUS-UKR monthly, whole store", 21, || {
        store.series(&rus_ukr, Period::Month, None, None).unwrap()
    });
    let queries: Vec<(&str, Filter)> = vec![
        (
            "query 100: --dyad RUS-UKR --root 19 --from 2022-03-01 --to 2022-09-30",
            Filter {
                dyads: vec![rus_ukr.clone()],
                root: Some("19".into()),
                from: d("2022-03-01"),
                to: d("2022-09-30"),
                ..Default::default()
            },
        ),
        (
            "query 100: --source ISR --quad 4",
            Filter {
                source: Some("ISR".into()),
                quad: Some(4),
                ..Default::default()
            },
        ),
        (
            "query 100: --target SRB --code 19 --modality all",
            Filter {
                target: Some("SRB".into()),
                code: Some("19".into()),
                all_modalities: true,
                ..Default::default()
            },
        ),
        (
            "query 100: --text \"village 42\"",
            Filter {
                text: Some("village 42".into()),
                ..Default::default()
            },
        ),
        (
            "query 100: --plover ASSAULT --from 2023-06-01",
            Filter {
                plover: Some("ASSAULT".into()),
                from: d("2023-06-01"),
                ..Default::default()
            },
        ),
    ];
    for (name, f) in &queries {
        let n = time(name, 21, || store.events(f, Some(100), 0).unwrap().len());
        println!("  {n} rows");
    }
    time("clusters 100: --dyad RUS-UKR --root 19 (2022)", 11, || {
        store
            .clusters(&queries[0].1, Some(100), 0, 5)
            .unwrap()
            .len()
    });
    time("top 20 dyads, whole store", 5, || {
        store.top_dyads(None, None, 20).unwrap()
    });
}
