//! Parquet export reads back with the parquet crate: typed columns, every row, the values.
#![cfg(feature = "parquet")]

mod common;
use arrow_array::{Array, BooleanArray, Date32Array, Float32Array, Int64Array, StringArray};
use common::*;
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use petrel_store::{Filter, ParquetSink};

#[test]
fn events_round_trip_through_parquet() {
    let (_dir, mut s) = fresh();
    let docs: Vec<_> = (0..3000)
        .map(|i| {
            let day = format!("2024-03-{:02}", 1 + i % 28);
            doc(
                &format!("d{i}"),
                if i % 2 == 0 { "wire" } else { "times" },
                &day,
                &format!("Report {i}"),
                &[Ev {
                    negated: i % 7 == 0,
                    ..ev("RUSMIL", "UKR", "195", &day)
                }],
            )
        })
        .collect();
    add(&mut s, &docs);
    let f = Filter {
        all_modalities: true,
        ..Default::default()
    };
    let mut sink = ParquetSink::new(Vec::new()).unwrap();
    s.for_each_event(&f, None, 0, |e| sink.write(&e)).unwrap();
    let bytes = bytes::Bytes::from(sink.finish().unwrap());
    let reader = ParquetRecordBatchReaderBuilder::try_new(bytes)
        .unwrap()
        .build()
        .unwrap();
    let mut rows = 0;
    for batch in reader {
        let b = batch.unwrap();
        let col = |n: &str| b.column_by_name(n).unwrap().clone();
        let ids = col("event_id");
        let ids = ids.as_any().downcast_ref::<StringArray>().unwrap();
        let src = col("source_code");
        let src = src.as_any().downcast_ref::<StringArray>().unwrap();
        let g = col("goldstein");
        let g = g.as_any().downcast_ref::<Float32Array>().unwrap();
        let neg = col("negated");
        let neg = neg.as_any().downcast_ref::<BooleanArray>().unwrap();
        let date = col("date");
        let date = date.as_any().downcast_ref::<Date32Array>().unwrap();
        let cl = col("cluster_id");
        let cl = cl.as_any().downcast_ref::<Int64Array>().unwrap();
        for r in 0..b.num_rows() {
            let i = rows + r;
            assert_eq!(ids.value(r), format!("d{i}:0"));
            assert_eq!(src.value(r), "RUSMIL");
            assert_eq!(g.value(r), -10.0);
            assert_eq!(neg.value(r), i % 7 == 0);
            assert_eq!(cl.is_null(r), i % 7 == 0, "negated events have no cluster");
            let want = petrel_core::Date::parse(&format!("2024-03-{:02}", 1 + i % 28)).unwrap();
            assert_eq!(date.value(r) as i64, want.to_days());
        }
        rows += b.num_rows();
    }
    assert_eq!(rows, 3000);
}
