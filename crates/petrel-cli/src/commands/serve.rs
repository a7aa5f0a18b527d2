//! `petrel serve --db FILE`: the escalation monitor, a web page and read-only JSON API over a
//! store, on 127.0.0.1 unless `--public` is given. API: docs/monitor.md.

use petrel_core::{ErrorKind, PetrelError, Result};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

/// Flags of `petrel serve`.
#[derive(clap::Args)]
pub struct Args {
    /// The store to serve (read-only; `petrel ingest` may add to it meanwhile).
    #[arg(long, value_name = "FILE")]
    db: PathBuf,
    /// Address and port to listen on (port 0 picks a free one).
    #[arg(long, default_value = "127.0.0.1:8321", value_name = "IP:PORT")]
    addr: String,
    /// Allow an address other than loopback. The monitor has no login: anyone who can reach
    /// the port can read the store.
    #[arg(long)]
    public: bool,
    /// How many of the most active dyads the alerts table looks at.
    #[arg(long, default_value_t = 50)]
    dyad_limit: usize,
}

/// Runs the command.
pub fn run(args: Args) -> Result<ExitCode> {
    let addr: SocketAddr = args.addr.parse().map_err(|_| {
        PetrelError::new(
            ErrorKind::Config,
            format!(
                "--addr expects IP:PORT such as 127.0.0.1:8321, got {:?}",
                args.addr
            ),
        )
    })?;
    petrel_serve::check_addr(addr, args.public)?;
    let db = args.db.display().to_string();
    petrel_serve::serve(&args.db, addr, args.dyad_limit.max(1), |bound| {
        eprintln!("petrel: serving http://{bound}/ (store {db}; Ctrl-C stops)");
    })?;
    Ok(ExitCode::SUCCESS)
}
