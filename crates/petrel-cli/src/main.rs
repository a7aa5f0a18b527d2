//! `petrel`: parse the command line, hand off to one subcommand, map errors to exit codes.
//!
//! Exit codes: 0 success (some inputs may have been skipped with a warning; also when the reader
//! of standard output goes away, as with `| head`); 1 nothing could be read; 2 a usage error or
//! a fatal error (bad flag, unreadable resource or gold file, a store that cannot be used);
//! 130 interrupted by Ctrl-C (a temporary output file is removed first).

mod commands;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// mimalloc: the pipeline allocates many small, short-lived buffers per sentence.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// stormpetrel: political event data from news text.
#[derive(Parser)]
#[command(name = "petrel", version, about = "stormpetrel: political event data (CAMEO, PLOVER) from news text", long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Code events from text, JSONL, HTML, WARC files or directories (`-` for stdin).
    Code(commands::code::Args),
    /// Code documents into an event store (SQLite), skipping those already stored.
    Ingest(commands::ingest::Args),
    /// Events or event clusters from a store, filtered, as JSONL, CSV, GDELT, table or Parquet.
    Query(commands::query::Args),
    /// A dyad's events per day, week or month from a store (or the most active dyads).
    Series(commands::series::Args),
    /// Escalation alerts: periods in which a dyad's conflict rises above its own baseline.
    Alerts(commands::alerts::Args),
    /// Draw a dyad's series (events per quad class, Goldstein mean, alerts) as SVG or PNG.
    Plot(commands::plot::Args),
    /// The escalation monitor: a web page and read-only JSON API over a store.
    Serve(commands::serve::Args),
    /// Code a store's documents again with this coder and replace their events.
    Recode(commands::recode::Args),
    /// Code a gold file and print precision, recall and F1.
    Eval(commands::eval::Args),
    /// Show the parse, actors, matching rules and events for a text.
    Explain(commands::explain::Args),
    /// List CAMEO event codes (all, or one branch such as `13`), or actor sectors.
    Codes(commands::codes::Args),
    /// Show the actor mentions of a text with their CAMEO codes and matched entries.
    Actors(commands::actors::Args),
    /// Train the POS tagger or the dependency parser on CoNLL-U treebanks.
    Train(commands::train::Args),
    /// Tag and parse a CoNLL-U treebank with gold tokens; print UPOS, UAS, LAS and tokens/s.
    EvalUd(commands::eval_ud::Args),
    /// Code TimeML documents and score event dates against their gold, beside a baseline.
    EvalDates(commands::eval_dates::Args),
    /// Code PolNeAR documents and score reported speech against their gold attributions.
    EvalQuotes(commands::eval_quotes::Args),
    /// Segment, tag, lemmatise and parse text; print CoNLL-U or JSON.
    Parse(commands::parse::Args),
    /// Print the main text of an HTML page (`--json` adds title, date and URL).
    Extract(commands::extract::Args),
    /// Measure documents/s, sentences/s, MB/s and peak memory per stage and end to end.
    Bench(commands::bench::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    commands::shared::on_interrupt_clean_up();
    let result = match cli.command {
        Command::Code(a) => commands::code::run(a),
        Command::Ingest(a) => commands::ingest::run(a),
        Command::Query(a) => commands::query::run(a),
        Command::Series(a) => commands::series::run(a),
        Command::Plot(a) => commands::plot::run(a),
        Command::Serve(a) => commands::serve::run(a),
        Command::Recode(a) => commands::recode::run(a),
        Command::Alerts(a) => commands::alerts::run(a),
        Command::Eval(a) => commands::eval::run(a),
        Command::Explain(a) => commands::explain::run(a),
        Command::Codes(a) => commands::codes::run(a),
        Command::Actors(a) => commands::actors::run(a),
        Command::Train(a) => commands::train::run(a),
        Command::EvalUd(a) => commands::eval_ud::run(a),
        Command::EvalDates(a) => commands::eval_dates::run(a),
        Command::EvalQuotes(a) => commands::eval_quotes::run(a),
        Command::Parse(a) => commands::parse::run(a),
        Command::Extract(a) => commands::extract::run(a),
        Command::Bench(a) => commands::bench::run(a),
    };
    match result {
        Ok(code) => code,
        Err(e) if commands::shared::is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("petrel: error: {e}");
            ExitCode::from(2)
        }
    }
}
