//! `petrel extract PAGE.html [--json]`: the main text of an HTML page, as `petrel code` reads it.

use petrel_core::Result;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use stormpetrel::ingest::html::extract_path;

/// Flags of `petrel extract`.
#[derive(clap::Args)]
pub struct Args {
    /// The page (`.html`, `.htm`, optionally gzipped); `-` reads standard input.
    page: PathBuf,
    /// Print one JSON object with title, date, url and text.
    #[arg(long)]
    json: bool,
}

/// Runs the command.
pub fn run(args: Args) -> Result<ExitCode> {
    let ex = extract_path(&args.page, 64 << 20)?;
    if let Some(note) = &ex.decode_note {
        eprintln!("petrel: warning: {}: {note}", args.page.display());
    }
    let out = std::io::stdout();
    let mut out = out.lock();
    let written = if args.json {
        let obj = serde_json::json!({
            "title": ex.meta.title,
            "date": ex.meta.date.map(|d| d.to_string()),
            "url": ex.meta.url,
            "text": ex.text,
        });
        writeln!(out, "{obj}")
    } else if ex.text.is_empty() {
        Ok(())
    } else {
        writeln!(out, "{}", ex.text)
    };
    match written {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return Ok(ExitCode::SUCCESS),
        other => other.map_err(|e| petrel_core::PetrelError::io("standard output", e))?,
    }
    if ex.text.is_empty() {
        eprintln!(
            "petrel: warning: {}: no main text found",
            args.page.display()
        );
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}
