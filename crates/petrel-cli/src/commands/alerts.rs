//! `petrel alerts --db FILE`: periods in which a dyad's material (or verbal) conflict rises
//! above the dyad's own recent baseline. Method and defaults: docs/monitor.md.

use super::shared::open_output;
use petrel_core::{ErrorKind, PetrelError, Result};
use petrel_monitor::{alerts, dominant_dyad, Alert, AlertQuery, Measure, Params, TOPIC_SHARE};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use stormpetrel::store::{self, Dyad, Period, Store};

/// Flags of `petrel alerts`.
#[derive(clap::Args)]
pub struct Args {
    /// The store to read.
    #[arg(long, value_name = "FILE")]
    db: PathBuf,
    /// Directed dyad SOURCE-TARGET (repeatable); default: the most active dyads.
    #[arg(long = "dyad", value_name = "A-B")]
    dyads: Vec<String>,
    /// Period: day or week.
    #[arg(long, default_value = "week", value_parser = ["day", "week"])]
    by: String,
    /// Only alerts that end on or after this day (YYYY-MM-DD).
    #[arg(long)]
    since: Option<String>,
    /// `share` of all events (general news feeds) or `count` (a corpus selected for one conflict).
    #[arg(long, value_parser = ["share", "count"])]
    measure: Option<String>,
    /// Periods before the tested one that make its baseline.
    #[arg(long, default_value_t = 8)]
    baseline: usize,
    /// Largest p-value that alerts.
    #[arg(long, default_value_t = 0.001)]
    alpha: f64,
    /// Fewest conflict events a period needs to alert.
    #[arg(long, default_value_t = 5)]
    min_count: u64,
    /// Without --dyad: how many of the most active dyads to test.
    #[arg(long, default_value_t = 50)]
    dyad_limit: usize,
    /// One JSON object per alert instead of a table.
    #[arg(long)]
    json: bool,
    /// Write here instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,
}

fn io(e: std::io::Error) -> PetrelError {
    PetrelError::io("writing output", e)
}

fn bad(msg: String) -> PetrelError {
    PetrelError::new(ErrorKind::Config, msg)
}

fn table(out: &mut dyn Write, alerts: &[Alert]) -> Result<()> {
    if alerts.is_empty() {
        return writeln!(out, "no alerts").map_err(io);
    }
    writeln!(
        out,
        "{:<10} {:<10} {:<10} {:<17} {:>8} {:>8} {:>7}  evidence (cluster ids)",
        "dyad", "from", "to", "signal", "observed", "expected", "score"
    )
    .map_err(io)?;
    for a in alerts {
        let signal = match a.signal {
            petrel_monitor::Signal::MaterialConflict => "material conflict",
            petrel_monitor::Signal::VerbalConflict => "verbal conflict",
        };
        let ev: Vec<String> = a.evidence.iter().map(|c| c.to_string()).collect();
        writeln!(
            out,
            "{:<10} {:<10} {:<10} {:<17} {:>8} {:>8.1} {:>7.1}  {}",
            a.dyad,
            a.start.to_string(),
            a.end.to_string(),
            signal,
            a.observed,
            a.expected,
            a.score,
            ev.join(" ")
        )
        .map_err(io)?;
    }
    Ok(())
}

/// Runs the command.
pub fn run(args: Args) -> Result<ExitCode> {
    let dyads: Vec<Dyad> = args
        .dyads
        .iter()
        .map(|d| Dyad::parse(d))
        .collect::<Result<_>>()?;
    let by = Period::parse(&args.by)?;
    let since = args
        .since
        .as_deref()
        .map(|d| store::date_bound(d, "--since"))
        .transpose()?;
    if !(args.alpha > 0.0 && args.alpha < 1.0) {
        return Err(bad(format!(
            "--alpha must lie between 0 and 1, got {}",
            args.alpha
        )));
    }
    if args.baseline == 0 {
        return Err(bad("--baseline must be at least 1 period".into()));
    }
    let store = Store::open(&args.db)?;
    let measure = match args.measure.as_deref() {
        Some("count") => Measure::Count,
        Some(_) => Measure::Share,
        None => {
            // A corpus selected for one conflict: say so, since its volume is the signal.
            if let Some((d, share)) = dominant_dyad(&store)? {
                if share > TOPIC_SHARE {
                    eprintln!(
                        "petrel: note: {d} holds {:.0}% of all events: this looks like a corpus selected for one conflict, where --measure count fits better than the default share",
                        100.0 * share
                    );
                }
            }
            Measure::Share
        }
    };
    let q = AlertQuery {
        dyads,
        by,
        since,
        max_dyads: args.dyad_limit,
        params: Params {
            measure,
            baseline: args.baseline,
            min_baseline: args.baseline.min(4),
            alpha: args.alpha,
            min_count: args.min_count,
        },
    };
    let found = alerts(&store, &q)?;
    let (mut out, output) = open_output(args.output.as_ref())?;
    if args.json {
        for a in &found {
            serde_json::to_writer(&mut out, a).map_err(|e| io(e.into()))?;
            writeln!(out).map_err(io)?;
        }
    } else {
        table(&mut out, &found)?;
    }
    out.flush().map_err(io)?;
    drop(out);
    output.commit()?;
    Ok(ExitCode::SUCCESS)
}
