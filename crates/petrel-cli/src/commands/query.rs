//! `petrel query --db FILE [filters]`: events (or event clusters) from a store, in the formats
//! of `petrel code` plus Parquet.

use super::shared::{create_output, open_output};
use petrel_core::{ErrorKind, PetrelError, Result};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use stormpetrel::output::Format;
use stormpetrel::store::{self, Filter, Store, StoredEvent};

/// Filter flags shared by `query` and (in part) `series`.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct FilterArgs {
    /// Source actor code or prefix (`RUS` matches `RUSMIL`).
    #[arg(long)]
    pub source: Option<String>,
    /// Target actor code or prefix.
    #[arg(long)]
    pub target: Option<String>,
    /// Directed dyad SOURCE-TARGET, e.g. RUS-UKR (repeatable: any of them matches).
    #[arg(long = "dyad", value_name = "A-B")]
    pub dyads: Vec<String>,
    /// CAMEO root, 01 to 20.
    #[arg(long)]
    pub root: Option<String>,
    /// CAMEO code or prefix (0874, 19, 190).
    #[arg(long)]
    pub code: Option<String>,
    /// Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    #[arg(long)]
    pub quad: Option<String>,
    /// PLOVER type, e.g. ASSAULT.
    #[arg(long)]
    pub plover: Option<String>,
    /// First event date, inclusive (YYYY-MM-DD).
    #[arg(long)]
    pub from: Option<String>,
    /// Last event date, inclusive (YYYY-MM-DD).
    #[arg(long)]
    pub to: Option<String>,
    /// Event place: a place name or an ISO alpha-3 country code.
    #[arg(long)]
    pub place: Option<String>,
    /// Words that must all occur in the event's sentence (full-text search).
    #[arg(long)]
    pub text: Option<String>,
    /// Which events: `asserted` (default; no negated or hypothetical events) or `all`.
    #[arg(long, default_value = "asserted", value_parser = ["asserted", "all"])]
    pub modality: String,
}

impl FilterArgs {
    /// Validates the flags into a [`Filter`].
    pub fn filter(&self) -> Result<Filter> {
        let f = Filter {
            source: self
                .source
                .as_deref()
                .map(|s| store::actor_code(s, "--source"))
                .transpose()?,
            target: self
                .target
                .as_deref()
                .map(|s| store::actor_code(s, "--target"))
                .transpose()?,
            dyads: self
                .dyads
                .iter()
                .map(|d| store::Dyad::parse(d))
                .collect::<Result<_>>()?,
            root: self.root.as_deref().map(store::cameo_root).transpose()?,
            code: self
                .code
                .as_deref()
                .map(|c| store::cameo_code(c, "--code"))
                .transpose()?,
            quad: self.quad.as_deref().map(store::quad_class).transpose()?,
            plover: self.plover.as_deref().map(store::plover_type).transpose()?,
            from: self
                .from
                .as_deref()
                .map(|d| store::date_bound(d, "--from"))
                .transpose()?,
            to: self
                .to
                .as_deref()
                .map(|d| store::date_bound(d, "--to"))
                .transpose()?,
            place: self.place.clone(),
            text: self.text.clone(),
            all_modalities: self.modality == "all",
        };
        f.validate()?;
        Ok(f)
    }
}

/// Flags of `petrel query`.
#[derive(clap::Args)]
pub struct Args {
    /// The store to read.
    #[arg(long, value_name = "FILE")]
    db: PathBuf,
    #[command(flatten)]
    filter: FilterArgs,
    /// One row per event cluster (the same event reported by several documents) instead of
    /// one per mention.
    #[arg(long)]
    clusters: bool,
    /// At most this many rows.
    #[arg(long)]
    limit: Option<u64>,
    /// Skip this many rows first.
    #[arg(long, default_value_t = 0)]
    offset: u64,
    /// With --clusters: list at most this many mentions of each cluster.
    #[arg(long, default_value_t = 20)]
    mentions: usize,
    /// Output format: jsonl, csv, gdelt, table or parquet (parquet needs --output).
    #[arg(long, short = 'f', default_value = "jsonl", value_parser = ["jsonl", "json", "csv", "gdelt", "table", "parquet"])]
    format: String,
    /// Write here instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,
    /// Print only the number of matching events.
    #[arg(long)]
    count: bool,
    /// Write CSV and GDELT cells as they are, without defusing spreadsheet formulas
    /// (cells starting with = + - @ get a leading ' by default).
    #[arg(long)]
    raw_cells: bool,
}

/// Calls `each` for every row the flags select.
fn rows(
    store: &Store,
    args: &Args,
    f: &Filter,
    each: &mut dyn FnMut(StoredEvent) -> Result<()>,
) -> Result<()> {
    if args.clusters {
        for c in store.clusters(f, args.limit, args.offset, args.mentions)? {
            each(c)?;
        }
        Ok(())
    } else {
        store.for_each_event(f, args.limit, args.offset, each)
    }
}

/// Runs the command.
pub fn run(args: Args) -> Result<ExitCode> {
    let filter = args.filter.filter()?;
    let store = Store::open(&args.db)?;
    if args.count {
        let n = store.count_events(&filter)?;
        writeln!(std::io::stdout(), "{n}").map_err(|e| PetrelError::io("writing output", e))?;
        return Ok(ExitCode::SUCCESS);
    }
    if args.format == "parquet" {
        return parquet(&store, &args, &filter);
    }
    let format = Format::parse(&args.format).unwrap_or(Format::Jsonl);
    let (out, output) = open_output(args.output.as_ref())?;
    let mut sink = format.sink_with(out, args.raw_cells);
    rows(&store, &args, &filter, &mut |e| {
        sink.write_record(&e.record.record(), &e.meta)
    })?;
    sink.finish()?;
    drop(sink);
    output.commit()?;
    Ok(ExitCode::SUCCESS)
}

fn parquet(store: &Store, args: &Args, filter: &Filter) -> Result<ExitCode> {
    let Some(path) = args.output.as_ref().filter(|p| p.as_os_str() != "-") else {
        return Err(PetrelError::new(
            ErrorKind::Config,
            "--format parquet needs --output FILE (Parquet is a binary file format)",
        ));
    };
    let (file, output) = create_output(Some(path))?;
    let mut sink = store::ParquetSink::new(std::io::BufWriter::new(file))?;
    rows(store, args, filter, &mut |e| sink.write(&e))?;
    let mut w = sink.finish()?;
    w.flush().map_err(|e| PetrelError::io(path.display(), e))?;
    drop(w);
    output.commit()?;
    Ok(ExitCode::SUCCESS)
}
