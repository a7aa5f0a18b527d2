//! `petrel`: parse the command line, hand off to one subcommand, map errors to exit codes.
//!
//! Exit codes: 0 success (some inputs may have been skipped with a warning); 1 nothing could
//! be read; 2 a usage error or a fatal error (bad flag, unreadable resource or gold file).

mod commands;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// stormpetrel: political event data from news text.
#[derive(Parser)]
#[command(name = "petrel", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// List CAMEO event codes (all, or one branch such as `13`), or actor sectors.
    Codes(commands::codes::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Codes(a) => commands::codes::run(a),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("petrel: error: {e}");
            ExitCode::from(2)
        }
    }
}
