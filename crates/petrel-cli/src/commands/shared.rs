//! Flags and helpers that several subcommands share: resources, dates, output files.

use petrel_core::{Date, ErrorKind, PetrelError, Result};
use std::io::Write;
use std::path::PathBuf;
use stormpetrel::{ResourceOptions, Resources};

/// Resource flags: extra dictionaries and rules.
#[derive(clap::Args, Debug, Clone)]
pub struct ResourceArgs {
    /// Also load this PETRARCH-format actor dictionary (repeatable).
    #[arg(long = "actors", value_name = "FILE")]
    pub actors: Vec<PathBuf>,
    /// Also load this PETRARCH-format agent dictionary (repeatable).
    #[arg(long = "agents", value_name = "FILE")]
    pub agents: Vec<PathBuf>,
    /// Use only the dictionaries given with --actors/--agents, not the built-in ones.
    #[arg(long)]
    pub no_default_actors: bool,
    /// Also load this rule file (repeatable; format in crates/petrel-events/rules/README.md).
    #[arg(long = "rules", value_name = "FILE")]
    pub rules: Vec<PathBuf>,
}

impl ResourceArgs {
    /// Loads the resources these flags name.
    pub fn load(&self) -> Result<Resources> {
        Resources::load(&ResourceOptions {
            petrarch_actors: self.actors.clone(),
            petrarch_agents: self.agents.clone(),
            no_default_actors: self.no_default_actors,
            rule_files: self.rules.clone(),
        })
    }
}

/// The text given on the command line, or standard input when it is `-` or absent.
pub fn text_arg(text: Option<&str>) -> Result<String> {
    match text {
        Some(t) if t != "-" => Ok(t.to_string()),
        _ => {
            let mut s = String::new();
            std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)
                .map_err(|e| PetrelError::io("standard input", e))?;
            Ok(s)
        }
    }
}

/// Parses a `--date` value.
pub fn parse_date(s: &str) -> std::result::Result<Date, String> {
    Date::parse(s)
        .filter(|_| s.trim().len() == 10)
        .ok_or_else(|| format!("expected a date as YYYY-MM-DD, got {s:?}"))
}

/// Opens `--output` (or stdout when absent or `-`).
pub fn open_output(path: Option<&PathBuf>) -> Result<Box<dyn Write>> {
    match path {
        Some(p) if p.as_os_str() != "-" => {
            let f = std::fs::File::create(p).map_err(|e| PetrelError::io(p.display(), e))?;
            Ok(Box::new(std::io::BufWriter::new(f)))
        }
        _ => Ok(Box::new(std::io::BufWriter::new(std::io::stdout().lock()))),
    }
}

/// Number of worker threads: `--jobs`, else every core.
pub fn jobs(j: Option<usize>) -> Result<usize> {
    match j {
        Some(0) => Err(PetrelError::new(
            ErrorKind::Config,
            "--jobs must be at least 1",
        )),
        Some(n) => Ok(n),
        None => Ok(std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)),
    }
}
