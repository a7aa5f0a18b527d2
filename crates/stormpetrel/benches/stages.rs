//! Criterion benchmarks of the hot pipeline stages on a short news text of our own:
//! segment, tag, lemma, parse, actors, events, time, each on a document prepared up to that
//! stage, and the whole pipeline. Run with `cargo bench -p stormpetrel --bench stages`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use stormpetrel::{Date, Doc, DocMeta, Pipeline, Stage};

const TEXT: &str = "Russian troops attacked Ukrainian positions near Kharkiv on Tuesday, the Ukrainian military said.\n\
The United States imposed new sanctions on Moscow after the attack, and European leaders condemned the strike.\n\
Iran's foreign minister will visit Beijing next week for talks with Chinese officials, the ministry said.\n\
Police arrested dozens of protesters in the capital after demonstrators blocked roads and clashed with security forces.\n\
The rebels agreed to release the hostages if the government withdrew its troops from the region.";

fn doc() -> Doc {
    Doc::new(
        DocMeta {
            id: "bench".into(),
            date: Date::parse("2023-05-02"),
            ..Default::default()
        },
        TEXT,
    )
}

fn stages(c: &mut Criterion) {
    let res = stormpetrel::Resources::embedded().expect("resources load");
    let mut all: Vec<Box<dyn Stage>> = res.nlp_stages();
    all.push(Box::new(stormpetrel::actors::ActorStage::new(
        res.actors.clone(),
    )));
    all.push(Box::new(stormpetrel::events::EventCoder::new(
        res.rules.clone(),
    )));
    all.push(Box::new(stormpetrel::time::TimeStage));
    let mut g = c.benchmark_group("stage");
    g.throughput(Throughput::Bytes(TEXT.len() as u64));
    for k in 0..all.len() {
        let mut prepared = doc();
        for s in &all[..k] {
            s.process(&mut prepared).expect("stage runs");
            prepared.layers = prepared.layers | s.provides();
        }
        let stage = &all[k];
        g.bench_function(stage.name(), |b| {
            b.iter_batched(
                || prepared.clone(),
                |mut d| stage.process(&mut d).expect("stage runs"),
                criterion::BatchSize::SmallInput,
            )
        });
    }
    g.finish();
    let pipeline: Pipeline = stormpetrel::pipeline(&res).expect("pipeline builds");
    c.bench_function("pipeline/end_to_end", |b| {
        b.iter_batched(
            doc,
            |mut d| pipeline.run(&mut d).expect("pipeline runs"),
            criterion::BatchSize::SmallInput,
        )
    });
}

criterion_group!(benches, stages);
criterion_main!(benches);
