//! `petrel plot --db FILE --dyad A-B --output FILE.svg|FILE.png`: a dyad's series as a picture
//! for a report: events per quad class as stacked bars, the Goldstein mean as a line, alert
//! periods shaded.

use super::shared::create_output;
use petrel_core::{ErrorKind, PetrelError, Result};
use petrel_monitor::{fitting_measure, view_alerts, Measure};
use petrel_plot::{render, ImageFormat, PlotSpec};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use stormpetrel::store::{self, Dyad, Period, Store};

/// Flags of `petrel plot`.
#[derive(clap::Args)]
pub struct Args {
    /// The store to read.
    #[arg(long, value_name = "FILE")]
    db: PathBuf,
    /// Directed dyad SOURCE-TARGET, e.g. RUS-UKR.
    #[arg(long, value_name = "A-B")]
    dyad: String,
    /// Period: day, week or month (alerts are tested per week for a month picture).
    #[arg(long, default_value = "week", value_parser = ["day", "week", "month"])]
    by: String,
    /// First day drawn (YYYY-MM-DD); default: the store's first event.
    #[arg(long)]
    from: Option<String>,
    /// Last day drawn (YYYY-MM-DD); default: the store's last event.
    #[arg(long)]
    to: Option<String>,
    /// Alert measure: share of all events, count, or auto (count when one dyad dominates).
    #[arg(long, default_value = "auto", value_parser = ["auto", "share", "count"])]
    measure: String,
    /// The picture: FILE.svg or FILE.png.
    #[arg(long, short = 'o', value_name = "FILE")]
    output: PathBuf,
    /// Width in pixels.
    #[arg(long, default_value_t = 1200)]
    width: u32,
    /// Height in pixels.
    #[arg(long, default_value_t = 600)]
    height: u32,
    /// Title (default: the dyad).
    #[arg(long)]
    title: Option<String>,
}

/// Runs the command.
pub fn run(args: Args) -> Result<ExitCode> {
    let format = ImageFormat::from_path(&args.output)?;
    let dyad = Dyad::parse(&args.dyad)?;
    let by = Period::parse(&args.by)?;
    let date =
        |s: &Option<String>, flag| s.as_deref().map(|d| store::date_bound(d, flag)).transpose();
    let (from, to) = (date(&args.from, "--from")?, date(&args.to, "--to")?);
    let store = Store::open(&args.db)?;
    let rows = store.series(&dyad, by, from, to)?;
    if rows.is_empty() {
        return Err(PetrelError::new(
            ErrorKind::BadInput,
            format!(
                "{}: the store has no dated events to draw",
                args.db.display()
            ),
        ));
    }
    if rows.iter().all(|r| r.events == 0) {
        eprintln!("petrel: warning: {dyad} has no events in this range; the picture is empty");
    }
    let measure = match args.measure.as_str() {
        "share" => Measure::Share,
        "count" => Measure::Count,
        _ => fitting_measure(&store)?,
    };
    let found = view_alerts(&store, &dyad, by, from, to, measure)?;
    let (first, last) = (rows[0].start, rows[rows.len() - 1].end);
    let by_name = match by {
        Period::Day => "day",
        Period::Week => "week",
        Period::Month => "month",
    };
    let measure_name = match measure {
        Measure::Share => "share of all events",
        Measure::Count => "event count",
    };
    let spec = PlotSpec {
        title: args
            .title
            .clone()
            .unwrap_or_else(|| format!("{} → {}: events per {by_name}", dyad.source, dyad.target)),
        subtitle: Some(format!(
            "{first} to {last} · {} events · shaded: {} conflict alert(s), by {measure_name}",
            rows.iter().map(|r| r.events).sum::<u64>(),
            found.len()
        )),
        rows: &rows,
        alerts: &found,
        width: args.width,
        height: args.height,
    };
    let bytes = render(&spec, format)?;
    let (mut file, out) = create_output(Some(&args.output))?;
    file.write_all(&bytes)
        .and_then(|_| file.flush())
        .map_err(|e| PetrelError::io(args.output.display(), e))?;
    drop(file);
    out.commit()?;
    Ok(ExitCode::SUCCESS)
}
