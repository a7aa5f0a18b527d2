//! `petrel codes [PREFIX]`: list CAMEO event codes, or `--sectors` for actor sector codes.

use petrel_core::Result;
use petrel_ontology::{actor_code, codes};
use std::io::Write;
use std::process::ExitCode;

/// Flags of `petrel codes`.
#[derive(clap::Args)]
pub struct Args {
    /// Show only codes starting with this prefix, e.g. `13` or `131`.
    prefix: Option<String>,
    /// List actor sector codes and region codes instead of event codes.
    #[arg(long)]
    sectors: bool,
    /// Print JSON lines instead of a table.
    #[arg(long)]
    json: bool,
}

/// Runs the command.
pub fn run(args: Args) -> Result<ExitCode> {
    let out = std::io::stdout();
    let mut out = out.lock();
    if args.sectors {
        for (c, n) in actor_code::SECTORS {
            let _ = writeln!(out, "sector  {c}  {n}");
        }
        for (c, n) in actor_code::REGIONS {
            let _ = writeln!(out, "region  {c}  {n}");
        }
        return Ok(ExitCode::SUCCESS);
    }
    let prefix = args.prefix.unwrap_or_default();
    let matching: Vec<_> = codes()
        .iter()
        .filter(|c| c.code.starts_with(&prefix))
        .collect();
    if matching.is_empty() {
        eprintln!("petrel: no CAMEO code starts with {prefix:?}; try `petrel codes` for the list");
        return Ok(ExitCode::from(1));
    }
    for c in matching {
        if args.json {
            let v = serde_json::json!({
                "code": c.code, "root": c.root(), "name": c.name, "goldstein": c.goldstein,
                "quad_class": c.quad_class().number(), "plover": c.plover, "plover_mode": c.plover_mode,
            });
            let _ = writeln!(out, "{v}");
        } else {
            let indent = "  ".repeat(c.level() - 2);
            let plover = match (c.plover, c.plover_mode) {
                (Some(p), Some(m)) => format!("{p}/{m}"),
                (Some(p), None) => p.to_string(),
                _ => "-".to_string(),
            };
            let _ = writeln!(
                out,
                "{indent}{:<6} {:>5.1}  q{}  {:<22} {}",
                c.code,
                c.goldstein,
                c.quad_class().number(),
                plover,
                c.name
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
