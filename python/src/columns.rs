//! Events as typed Arrow columns, one row per event: the columns documented in docs/python.md.

use arrow::array::{
    ArrayRef, BooleanBuilder, Date32Builder, Float32Builder, Float64Builder, Int32Builder,
    Int8Builder, StringBuilder,
};
use arrow::datatypes::{DataType, Field, Schema};
use arrow::record_batch::RecordBatch;
use std::sync::Arc;
use stormpetrel::output::EventRecord;
use stormpetrel::{Doc, Event};

/// Column names, in order.
pub const NAMES: [&str; 28] = [
    "doc_id", "event_id", "sentence", "code", "root", "name", "plover", "quad_class",
    "goldstein", "source_code", "source_country", "source_sector", "target_code",
    "target_country", "target_sector", "date", "date_precision", "negated", "hypothetical",
    "future", "reported_by", "place_name", "place_country", "lat", "lon", "trigger", "rule",
    "sentence_text",
];

/// The Arrow schema of event batches.
pub fn schema() -> Schema {
    let text = |n: &str, null| Field::new(n, DataType::Utf8, null);
    Schema::new(vec![
        text("doc_id", false),
        text("event_id", false),
        Field::new("sentence", DataType::Int32, false),
        text("code", false),
        text("root", false),
        text("name", false),
        text("plover", true),
        Field::new("quad_class", DataType::Int8, false),
        Field::new("goldstein", DataType::Float32, false),
        text("source_code", true),
        text("source_country", true),
        text("source_sector", true),
        text("target_code", true),
        text("target_country", true),
        text("target_sector", true),
        Field::new("date", DataType::Date32, true),
        text("date_precision", true),
        Field::new("negated", DataType::Boolean, false),
        Field::new("hypothetical", DataType::Boolean, false),
        Field::new("future", DataType::Boolean, false),
        text("reported_by", true),
        text("place_name", true),
        text("place_country", true),
        Field::new("lat", DataType::Float64, true),
        Field::new("lon", DataType::Float64, true),
        text("trigger", false),
        text("rule", false),
        text("sentence_text", false),
    ])
}

/// Builders for the columns of one batch.
#[derive(Default)]
pub struct Columns {
    doc_id: StringBuilder,
    event_id: StringBuilder,
    sentence: Int32Builder,
    code: StringBuilder,
    root: StringBuilder,
    name: StringBuilder,
    plover: StringBuilder,
    quad: Int8Builder,
    goldstein: Float32Builder,
    actor: [StringBuilder; 6],
    date: Date32Builder,
    precision: StringBuilder,
    flags: [BooleanBuilder; 3],
    reported_by: StringBuilder,
    place_name: StringBuilder,
    place_country: StringBuilder,
    lat: Float64Builder,
    lon: Float64Builder,
    trigger: StringBuilder,
    rule: StringBuilder,
    sentence_text: StringBuilder,
}

impl Columns {
    /// Adds the events of `doc` that `keep` lets through, numbered as `petrel code` numbers them.
    pub fn add_doc(&mut self, doc: &Doc, keep: fn(&Event) -> bool) {
        for (n, e) in doc.events.iter().enumerate().filter(|(_, e)| keep(e)) {
            self.add(&EventRecord::new(doc, e, n));
        }
    }

    /// Adds one event record.
    pub fn add(&mut self, r: &EventRecord) {
        self.doc_id.append_value(r.doc_id);
        self.event_id.append_value(&r.event_id);
        self.sentence.append_value(r.sentence as i32);
        self.code.append_value(r.code);
        self.root.append_value(r.root);
        self.name.append_value(r.name);
        self.plover.append_option(r.plover);
        self.quad.append_value(r.quad_class as i8);
        self.goldstein.append_value(r.goldstein);
        for (i, a) in [r.source, r.target].into_iter().enumerate() {
            self.actor[3 * i].append_option(a.map(|a| a.code.as_str()));
            self.actor[3 * i + 1].append_option(a.and_then(|a| a.country.as_deref()));
            self.actor[3 * i + 2].append_option(a.and_then(|a| a.sector.as_deref()));
        }
        self.date.append_option(r.date.map(|d| d.value.to_days() as i32));
        self.precision
            .append_option(r.date.map(|d| d.precision.as_str()));
        self.flags[0].append_value(r.modality.negated);
        self.flags[1].append_value(r.modality.hypothetical);
        self.flags[2].append_value(r.modality.future);
        self.reported_by.append_option(
            r.modality
                .reported
                .as_ref()
                .map(|a| a.speaker.as_deref().unwrap_or(&a.text)),
        );
        self.place_name.append_option(r.location.map(|l| l.name.as_str()));
        self.place_country
            .append_option(r.location.and_then(|l| l.country.as_deref()));
        self.lat.append_option(r.location.and_then(|l| l.lat));
        self.lon.append_option(r.location.and_then(|l| l.lon));
        self.trigger.append_value(&r.evidence.text);
        self.rule.append_value(&r.evidence.rule);
        self.sentence_text.append_value(r.sentence_text);
    }

    /// The finished batch.
    pub fn finish(mut self) -> Result<RecordBatch, arrow::error::ArrowError> {
        let mut cols: Vec<ArrayRef> = vec![
            Arc::new(self.doc_id.finish()),
            Arc::new(self.event_id.finish()),
            Arc::new(self.sentence.finish()),
            Arc::new(self.code.finish()),
            Arc::new(self.root.finish()),
            Arc::new(self.name.finish()),
            Arc::new(self.plover.finish()),
            Arc::new(self.quad.finish()),
            Arc::new(self.goldstein.finish()),
        ];
        for b in &mut self.actor {
            cols.push(Arc::new(b.finish()));
        }
        cols.push(Arc::new(self.date.finish()));
        cols.push(Arc::new(self.precision.finish()));
        for b in &mut self.flags {
            cols.push(Arc::new(b.finish()));
        }
        cols.extend([
            Arc::new(self.reported_by.finish()) as ArrayRef,
            Arc::new(self.place_name.finish()),
            Arc::new(self.place_country.finish()),
            Arc::new(self.lat.finish()),
            Arc::new(self.lon.finish()),
            Arc::new(self.trigger.finish()),
            Arc::new(self.rule.finish()),
            Arc::new(self.sentence_text.finish()),
        ]);
        RecordBatch::try_new(Arc::new(schema()), cols)
    }
}

