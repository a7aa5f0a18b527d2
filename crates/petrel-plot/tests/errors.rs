//! Refusals: no rows, bad sizes, unknown extensions, unwritable paths.

mod common;

use petrel_core::ErrorKind;
use petrel_plot::{draw_svg, draw_to_file, ImageFormat, PlotSpec};
use std::path::Path;

fn spec<'a>(
    rows: &'a [petrel_store::SeriesRow],
    alerts: &'a [petrel_monitor::Alert],
) -> PlotSpec<'a> {
    PlotSpec {
        title: "RUS-UKR".into(),
        subtitle: None,
        rows,
        alerts,
        width: 800,
        height: 480,
    }
}

#[test]
fn empty_series_is_refused() {
    let e = draw_svg(&spec(&[], &[])).unwrap_err();
    assert_eq!(e.kind, ErrorKind::BadInput);
    assert!(e.message.contains("no periods to draw"), "{e}");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty.png");
    assert!(draw_to_file(&spec(&[], &[]), &path).is_err());
    assert!(!path.exists());
}

#[test]
fn bad_sizes_are_refused() {
    let rows = common::rows(3);
    for (w, h) in [(0, 480), (800, 0), (10_001, 480), (800, 20_000)] {
        let s = PlotSpec {
            width: w,
            height: h,
            ..spec(&rows, &[])
        };
        let e = draw_svg(&s).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Config, "{w}x{h}");
        assert!(e.message.contains("out of range"), "{e}");
    }
}

#[test]
fn formats_come_from_the_extension() {
    assert_eq!(
        ImageFormat::from_path(Path::new("a/b.svg")).unwrap(),
        ImageFormat::Svg
    );
    assert_eq!(
        ImageFormat::from_path(Path::new("b.SVG")).unwrap(),
        ImageFormat::Svg
    );
    assert_eq!(
        ImageFormat::from_path(Path::new("c.Png")).unwrap(),
        ImageFormat::Png
    );
    let e = ImageFormat::from_path(Path::new("plot.jpg")).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Config);
    assert!(e.message.contains(".jpg"), "{e}");
    let e = ImageFormat::from_path(Path::new("plot")).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Config);
}

#[test]
fn unknown_extension_writes_nothing() {
    let rows = common::rows(3);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plot.gif");
    let e = draw_to_file(&spec(&rows, &[]), &path).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Config);
    assert!(!path.exists());
}

#[test]
fn write_failure_names_the_path() {
    let rows = common::rows(3);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("missing").join("plot.svg");
    let e = draw_to_file(&spec(&rows, &[]), &path).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Io);
    assert!(e.message.contains(&path.display().to_string()), "{e}");
}

#[test]
fn odd_series_draw_without_panicking() {
    let mut rows = common::rows(5);
    for r in &mut rows {
        *r = petrel_store::SeriesRow {
            events: 0,
            verbal_coop: 0,
            material_coop: 0,
            verbal_conflict: 0,
            material_conflict: 0,
            goldstein_sum: 0.0,
            goldstein_mean: None,
            ..r.clone()
        };
    }
    draw_svg(&spec(&rows, &[])).unwrap();
    rows[2].verbal_coop = 1_000_000;
    rows[2].goldstein_mean = Some(f64::NAN);
    rows[3].goldstein_mean = Some(42.0);
    draw_svg(&spec(&rows, &[])).unwrap();
    let one = common::rows(1);
    let alerts = common::alerts(&common::rows(12));
    draw_svg(&spec(&one, &alerts)).unwrap();
    let small = PlotSpec {
        width: 200,
        height: 200,
        ..spec(&one, &[])
    };
    draw_svg(&small).unwrap();
}
