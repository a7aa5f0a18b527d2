//! Writes the picture of a synthetic 12-week series to the files named on the command line,
//! e.g. `cargo run -p petrel-plot --example demo_picture -- /tmp/plot.png /tmp/plot.svg`.

#[path = "../tests/common/mod.rs"]
mod common;

use petrel_plot::{draw_to_file, PlotSpec};
use std::path::Path;

fn main() -> petrel_core::Result<()> {
    let weeks = std::env::var("WEEKS")
        .ok()
        .and_then(|w| w.parse().ok())
        .unwrap_or(12);
    let rows = common::rows(weeks);
    let alerts = common::alerts(&rows);
    let spec = PlotSpec {
        title: "RUS-UKR: events per week".into(),
        subtitle: Some(format!(
            "{} to {}, synthetic series; alert: material conflict share",
            rows[0].start,
            rows[rows.len() - 1].end
        )),
        rows: &rows,
        alerts: &alerts,
        width: std::env::var("W")
            .ok()
            .and_then(|w| w.parse().ok())
            .unwrap_or(1000),
        height: std::env::var("H")
            .ok()
            .and_then(|w| w.parse().ok())
            .unwrap_or(600),
    };
    for path in std::env::args().skip(1) {
        draw_to_file(&spec, Path::new(&path))?;
        println!("wrote {path}");
    }
    Ok(())
}
