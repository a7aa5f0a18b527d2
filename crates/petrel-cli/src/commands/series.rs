//! `petrel series --db FILE --dyad A-B [--by week]`: a dyad's events per period, with counts per
//! quad class, Goldstein sum and mean, and its share of all events; without `--dyad`, the most
//! active dyads.

use super::shared::open_output;
use petrel_core::Result;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use stormpetrel::store::{self, Dyad, DyadCount, Period, SeriesRow, Store};

/// Flags of `petrel series`.
#[derive(clap::Args)]
pub struct Args {
    /// The store to read.
    #[arg(long, value_name = "FILE")]
    db: PathBuf,
    /// Directed dyad SOURCE-TARGET, e.g. RUS-UKR (repeatable); without it, list the most active dyads.
    #[arg(long = "dyad", value_name = "A-B")]
    dyads: Vec<String>,
    /// Period: day, week (Monday to Sunday) or month.
    #[arg(long, default_value = "week", value_parser = ["day", "week", "month"])]
    by: String,
    /// First day (YYYY-MM-DD; default: the store's first event day).
    #[arg(long)]
    from: Option<String>,
    /// Last day (YYYY-MM-DD; default: the store's last event day).
    #[arg(long)]
    to: Option<String>,
    /// Output: table, csv or json (one object per line).
    #[arg(long, short = 'f', default_value = "table", value_parser = ["table", "csv", "json", "jsonl"])]
    format: String,
    /// Without --dyad: how many dyads to list.
    #[arg(long, default_value_t = 20)]
    limit: usize,
    /// Write here instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,
}

const CSV_HEADER: &str = "dyad,start,end,events,verbal_coop,material_coop,verbal_conflict,material_conflict,goldstein_sum,goldstein_mean,total_events,share";

fn io(e: std::io::Error) -> petrel_core::PetrelError {
    petrel_core::PetrelError::io("writing output", e)
}

fn write_rows(out: &mut dyn Write, format: &str, rows: &[SeriesRow]) -> Result<()> {
    match format {
        "csv" => {
            for r in rows {
                writeln!(
                    out,
                    "{},{},{},{},{},{},{},{},{:.2},{},{},{:.6}",
                    r.dyad,
                    r.start,
                    r.end,
                    r.events,
                    r.verbal_coop,
                    r.material_coop,
                    r.verbal_conflict,
                    r.material_conflict,
                    r.goldstein_sum,
                    r.goldstein_mean
                        .map(|m| format!("{m:.3}"))
                        .unwrap_or_default(),
                    r.total_events,
                    r.share
                )
                .map_err(io)?;
            }
        }
        "json" | "jsonl" => {
            for r in rows {
                serde_json::to_writer(&mut *out, r).map_err(|e| io(e.into()))?;
                writeln!(out).map_err(io)?;
            }
        }
        _ => {
            if let Some(r) = rows.first() {
                writeln!(out, "{}", r.dyad).map_err(io)?;
            }
            writeln!(
                out,
                "{:<10}  {:>6}  {:>5} {:>5} {:>5} {:>5}  {:>9} {:>6}  {:>7}  {:>6}",
                "period",
                "events",
                "vcoop",
                "mcoop",
                "vconf",
                "mconf",
                "goldstein",
                "mean",
                "all",
                "share"
            )
            .map_err(io)?;
            for r in rows {
                writeln!(
                    out,
                    "{:<10}  {:>6}  {:>5} {:>5} {:>5} {:>5}  {:>9.1} {:>6}  {:>7}  {:>5.1}%",
                    r.start.to_string(),
                    r.events,
                    r.verbal_coop,
                    r.material_coop,
                    r.verbal_conflict,
                    r.material_conflict,
                    r.goldstein_sum,
                    r.goldstein_mean
                        .map(|m| format!("{m:.2}"))
                        .unwrap_or("-".into()),
                    r.total_events,
                    100.0 * r.share
                )
                .map_err(io)?;
            }
            writeln!(out).map_err(io)?;
        }
    }
    Ok(())
}

fn write_dyads(out: &mut dyn Write, format: &str, dyads: &[DyadCount]) -> Result<()> {
    match format {
        "csv" => {
            writeln!(out, "dyad,events,material_conflict,goldstein_mean").map_err(io)?;
            for d in dyads {
                writeln!(
                    out,
                    "{},{},{},{:.3}",
                    d.dyad, d.events, d.material_conflict, d.goldstein_mean
                )
                .map_err(io)?;
            }
        }
        "json" | "jsonl" => {
            for d in dyads {
                serde_json::to_writer(&mut *out, d).map_err(|e| io(e.into()))?;
                writeln!(out).map_err(io)?;
            }
        }
        _ => {
            writeln!(
                out,
                "{:<12} {:>7} {:>9} {:>9}",
                "dyad", "events", "material", "goldstein"
            )
            .map_err(io)?;
            for d in dyads {
                writeln!(
                    out,
                    "{:<12} {:>7} {:>9} {:>9.2}",
                    d.dyad, d.events, d.material_conflict, d.goldstein_mean
                )
                .map_err(io)?;
            }
        }
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
    let from = args
        .from
        .as_deref()
        .map(|d| store::date_bound(d, "--from"))
        .transpose()?;
    let to = args
        .to
        .as_deref()
        .map(|d| store::date_bound(d, "--to"))
        .transpose()?;
    if let (Some(a), Some(b)) = (from, to) {
        if a > b {
            return Err(petrel_core::PetrelError::new(
                petrel_core::ErrorKind::Config,
                format!("--from {a} is after --to {b}"),
            ));
        }
    }
    let store = Store::open(&args.db)?;
    let (mut out, output) = open_output(args.output.as_ref())?;
    if dyads.is_empty() {
        write_dyads(
            &mut out,
            &args.format,
            &store.top_dyads(from, to, args.limit)?,
        )?;
    } else {
        if args.format == "csv" {
            writeln!(out, "{CSV_HEADER}").map_err(io)?;
        }
        for d in &dyads {
            write_rows(&mut out, &args.format, &store.series(d, by, from, to)?)?;
        }
    }
    out.flush().map_err(io)?;
    drop(out);
    output.commit()?;
    Ok(ExitCode::SUCCESS)
}
