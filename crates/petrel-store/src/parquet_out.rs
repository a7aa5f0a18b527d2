//! Parquet export: one typed column per field (schema in docs/store.md), written with
//! arrow-rs in row groups of [`BATCH_ROWS`] rows, Snappy-compressed.

use crate::read::StoredEvent;
use arrow_array::builder::{
    BooleanBuilder, Date32Builder, Float32Builder, Float64Builder, Int32Builder, Int64Builder,
    StringBuilder,
};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema};
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;
use petrel_core::{Date, ErrorKind, PetrelError, Result};
use std::io::Write;
use std::sync::Arc;

/// Rows per record batch and row group.
pub const BATCH_ROWS: usize = 8192;

/// Text columns, in schema order.
const TEXT: [&str; 27] = [
    "doc_id",
    "event_id",
    "code",
    "root",
    "name",
    "plover",
    "mode",
    "source_code",
    "source_country",
    "source_sector",
    "source_text",
    "target_code",
    "target_country",
    "target_sector",
    "target_text",
    "date_precision",
    "date_source",
    "reported_by",
    "reported_text",
    "place_name",
    "place_country",
    "trigger",
    "rule",
    "sentence_text",
    "url",
    "outlet",
    "title",
];

/// The Arrow schema of exported events.
pub fn schema() -> Schema {
    let mut f: Vec<Field> = TEXT
        .iter()
        .map(|n| {
            Field::new(
                *n,
                DataType::Utf8,
                !matches!(
                    *n,
                    "doc_id"
                        | "event_id"
                        | "code"
                        | "root"
                        | "name"
                        | "trigger"
                        | "rule"
                        | "sentence_text"
                ),
            )
        })
        .collect();
    f.extend([
        Field::new("sentence", DataType::Int32, false),
        Field::new("quad_class", DataType::Int32, false),
        Field::new("goldstein", DataType::Float32, false),
        Field::new("negated", DataType::Boolean, false),
        Field::new("hypothetical", DataType::Boolean, false),
        Field::new("future", DataType::Boolean, false),
        Field::new("date", DataType::Date32, true),
        Field::new("pub_date", DataType::Date32, true),
        Field::new("lat", DataType::Float64, true),
        Field::new("lon", DataType::Float64, true),
        Field::new("cluster_id", DataType::Int64, true),
        Field::new("num_mentions", DataType::Int32, true),
        Field::new("num_documents", DataType::Int32, true),
        Field::new("num_sources", DataType::Int32, true),
        Field::new("first_reported", DataType::Date32, true),
        Field::new("last_reported", DataType::Date32, true),
    ]);
    Schema::new(f)
}

fn perr(e: impl std::fmt::Display) -> PetrelError {
    PetrelError::new(ErrorKind::Io, format!("writing Parquet: {e}"))
}

fn days(d: Option<Date>) -> Option<i32> {
    d.map(|d| d.to_days() as i32)
}

/// Column builders for one batch.
struct Builders {
    text: Vec<StringBuilder>,
    sentence: Int32Builder,
    quad: Int32Builder,
    goldstein: Float32Builder,
    flags: [BooleanBuilder; 3],
    date: Date32Builder,
    pub_date: Date32Builder,
    lat: Float64Builder,
    lon: Float64Builder,
    cluster: Int64Builder,
    counts: [Int32Builder; 3],
    reported: [Date32Builder; 2],
    rows: usize,
}

impl Builders {
    fn new() -> Builders {
        Builders {
            text: (0..TEXT.len()).map(|_| StringBuilder::new()).collect(),
            sentence: Int32Builder::new(),
            quad: Int32Builder::new(),
            goldstein: Float32Builder::new(),
            flags: Default::default(),
            date: Date32Builder::new(),
            pub_date: Date32Builder::new(),
            lat: Float64Builder::new(),
            lon: Float64Builder::new(),
            cluster: Int64Builder::new(),
            counts: Default::default(),
            reported: Default::default(),
            rows: 0,
        }
    }

    fn push(&mut self, e: &StoredEvent) {
        let r = e.record.record();
        let a = |x: Option<&petrel_core::ActorRef>| {
            x.map(|a| {
                [
                    Some(a.code.clone()),
                    a.country.clone(),
                    a.sector.clone(),
                    Some(a.text.clone()),
                ]
            })
            .unwrap_or_default()
        };
        let [sc, sn, ss, st] = a(r.source);
        let [tc, tn, ts, tt] = a(r.target);
        let m = r.modality;
        let (prec, src) = r
            .date
            .map(|d| (Some(d.precision.as_str()), Some(d.source.as_str())))
            .unwrap_or_default();
        let values: [Option<String>; 27] = [
            Some(r.doc_id.to_string()),
            Some(r.event_id.clone()),
            Some(r.code.to_string()),
            Some(r.root.to_string()),
            Some(r.name.to_string()),
            r.plover.map(String::from),
            r.mode.map(String::from),
            sc,
            sn,
            ss,
            st,
            tc,
            tn,
            ts,
            tt,
            prec.map(String::from),
            src.map(String::from),
            m.reported.as_ref().and_then(|a| a.speaker.clone()),
            m.reported.as_ref().map(|a| a.text.clone()),
            r.location.map(|l| l.name.clone()),
            r.location.and_then(|l| l.country.clone()),
            Some(r.evidence.text.clone()),
            Some(r.evidence.rule.clone()),
            Some(r.sentence_text.to_string()),
            e.meta.url.clone(),
            e.meta.source.clone(),
            e.meta.title.clone(),
        ];
        for (b, v) in self.text.iter_mut().zip(values) {
            b.append_option(v);
        }
        self.sentence.append_value(r.sentence as i32);
        self.quad.append_value(r.quad_class as i32);
        self.goldstein.append_value(r.goldstein);
        self.flags[0].append_value(m.negated);
        self.flags[1].append_value(m.hypothetical);
        self.flags[2].append_value(m.future);
        self.date.append_option(days(r.date.map(|d| d.value)));
        self.pub_date.append_option(days(e.meta.date));
        self.lat.append_option(r.location.and_then(|l| l.lat));
        self.lon.append_option(r.location.and_then(|l| l.lon));
        let c = r.cluster;
        self.cluster.append_option(c.map(|c| c.id).or(e.cluster_id));
        self.counts[0].append_option(c.map(|c| c.num_mentions as i32));
        self.counts[1].append_option(c.map(|c| c.num_documents as i32));
        self.counts[2].append_option(c.map(|c| c.num_sources as i32));
        self.reported[0].append_option(days(c.and_then(|c| c.first_reported)));
        self.reported[1].append_option(days(c.and_then(|c| c.last_reported)));
        self.rows += 1;
    }

    fn finish(&mut self, schema: &Arc<Schema>) -> Result<RecordBatch> {
        let mut cols: Vec<ArrayRef> = self
            .text
            .iter_mut()
            .map(|b| Arc::new(b.finish()) as ArrayRef)
            .collect();
        cols.push(Arc::new(self.sentence.finish()));
        cols.push(Arc::new(self.quad.finish()));
        cols.push(Arc::new(self.goldstein.finish()));
        for b in &mut self.flags {
            cols.push(Arc::new(b.finish()));
        }
        cols.push(Arc::new(self.date.finish()));
        cols.push(Arc::new(self.pub_date.finish()));
        cols.push(Arc::new(self.lat.finish()));
        cols.push(Arc::new(self.lon.finish()));
        cols.push(Arc::new(self.cluster.finish()));
        for b in &mut self.counts {
            cols.push(Arc::new(b.finish()));
        }
        for b in &mut self.reported {
            cols.push(Arc::new(b.finish()));
        }
        self.rows = 0;
        RecordBatch::try_new(schema.clone(), cols).map_err(perr)
    }
}

/// Writes stored events (or clusters) to a Parquet file, batch by batch.
pub struct ParquetSink<W: Write + Send> {
    writer: ArrowWriter<W>,
    schema: Arc<Schema>,
    builders: Builders,
}

impl<W: Write + Send> ParquetSink<W> {
    /// A sink writing to `out`.
    pub fn new(out: W) -> Result<Self> {
        let schema = Arc::new(schema());
        let props = WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_max_row_group_size(BATCH_ROWS)
            .build();
        let writer = ArrowWriter::try_new(out, schema.clone(), Some(props)).map_err(perr)?;
        Ok(ParquetSink {
            writer,
            schema,
            builders: Builders::new(),
        })
    }

    /// Adds one event or cluster.
    pub fn write(&mut self, e: &StoredEvent) -> Result<()> {
        self.builders.push(e);
        if self.builders.rows >= BATCH_ROWS {
            let b = self.builders.finish(&self.schema)?;
            self.writer.write(&b).map_err(perr)?;
        }
        Ok(())
    }

    /// Writes the last batch and the footer; returns the inner writer.
    pub fn finish(mut self) -> Result<W> {
        if self.builders.rows > 0 {
            let b = self.builders.finish(&self.schema)?;
            self.writer.write(&b).map_err(perr)?;
        }
        self.writer.into_inner().map_err(perr)
    }
}
