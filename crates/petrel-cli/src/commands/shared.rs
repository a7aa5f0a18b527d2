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
    /// Also load this PETRARCH-2 verb dictionary (repeatable; its verbs replace the built-in
    /// rules for the same verbs; see docs/petrarch.md).
    #[arg(long = "verbs", value_name = "FILE")]
    pub verbs: Vec<PathBuf>,
}

impl ResourceArgs {
    /// Loads the resources these flags name.
    pub fn load(&self) -> Result<Resources> {
        Resources::load(&ResourceOptions {
            petrarch_actors: self.actors.clone(),
            petrarch_agents: self.agents.clone(),
            no_default_actors: self.no_default_actors,
            rule_files: self.rules.clone(),
            verb_files: self.verbs.clone(),
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

/// Temporary output files not yet renamed into place, removed if the run is interrupted.
static PENDING: std::sync::Mutex<Vec<PathBuf>> = std::sync::Mutex::new(Vec::new());

/// On Ctrl-C (or SIGTERM): remove the temporary output files, say so, and exit with 130, the
/// shell's code for an interrupted command. A store being written keeps its last committed
/// batch, as after any crash.
pub fn on_interrupt_clean_up() {
    let _ = ctrlc::set_handler(|| {
        if let Ok(p) = PENDING.lock() {
            for f in p.iter() {
                let _ = std::fs::remove_file(f);
            }
        }
        eprintln!("petrel: interrupted");
        std::process::exit(130);
    });
}

/// An output file being written under a temporary name in the same folder; [`Output::commit`]
/// renames it into place, so an interrupted or failed run never leaves a half-written file
/// under the name asked for. Standard output needs no commit.
pub struct Output {
    temp: Option<(PathBuf, PathBuf)>,
}

impl Output {
    /// Renames the finished file into place (the writer must be flushed first).
    pub fn commit(mut self) -> Result<()> {
        if let Some((temp, dest)) = self.temp.take() {
            if let Ok(mut p) = PENDING.lock() {
                p.retain(|x| x != &temp);
            }
            std::fs::rename(&temp, &dest).map_err(|e| {
                let _ = std::fs::remove_file(&temp);
                PetrelError::io(dest.display(), e)
            })?;
        }
        Ok(())
    }
}

impl Drop for Output {
    fn drop(&mut self) {
        if let Some((temp, _)) = self.temp.take() {
            let _ = std::fs::remove_file(&temp);
            if let Ok(mut p) = PENDING.lock() {
                p.retain(|x| x != &temp);
            }
        }
    }
}

/// Creates `--output` under a temporary name (see [`Output`]); `None` or `-` is standard output.
pub fn create_output(path: Option<&PathBuf>) -> Result<(std::fs::File, Output)> {
    let Some(dest) = path.filter(|p| p.as_os_str() != "-") else {
        return Err(PetrelError::new(
            ErrorKind::Config,
            "this output needs a file (--output FILE)",
        ));
    };
    let name = dest
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = dest.with_file_name(format!(".{name}.petrel-{}.tmp", std::process::id()));
    let f = std::fs::File::create(&temp).map_err(|e| PetrelError::io(dest.display(), e))?;
    if let Ok(mut p) = PENDING.lock() {
        p.push(temp.clone());
    }
    Ok((
        f,
        Output {
            temp: Some((temp, dest.clone())),
        },
    ))
}

/// Opens `--output` (see [`create_output`]), or standard output when absent or `-`.
pub fn open_output(path: Option<&PathBuf>) -> Result<(Box<dyn Write>, Output)> {
    match path {
        Some(p) if p.as_os_str() != "-" => {
            let (f, o) = create_output(Some(p))?;
            Ok((Box::new(std::io::BufWriter::new(f)), o))
        }
        _ => Ok((
            Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
            Output { temp: None },
        )),
    }
}

/// Whether an error is a closed pipe: the reader (`head`, a pager) has gone, which ends the
/// run quietly and successfully, as `cat` and ripgrep do.
pub fn is_broken_pipe(e: &PetrelError) -> bool {
    let mut cur: Option<&(dyn std::error::Error + 'static)> = e.source.as_deref().map(|s| s as _);
    while let Some(err) = cur {
        if let Some(io) = err.downcast_ref::<std::io::Error>() {
            if io.kind() == std::io::ErrorKind::BrokenPipe {
                return true;
            }
        }
        cur = err.source();
    }
    false
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
