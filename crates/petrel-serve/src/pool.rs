//! Read connections to the store. SQLite connections are not shared between threads, so each
//! request borrows one on a blocking thread and gives it back; at most `max` run at once.

use crate::error::ApiError;
use petrel_core::Result;
use petrel_store::Store;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use tokio::sync::Semaphore;

/// A bounded pool of read-only store connections.
pub struct Pool {
    path: PathBuf,
    idle: Mutex<Vec<Store>>,
    permits: Semaphore,
    /// A connection of its own for reading the store's generation, so that a cached answer
    /// never waits behind slow queries for a permit.
    watch: Mutex<Store>,
}

impl Pool {
    /// A pool over the store at `path` (opened once now, so a bad path fails at start) running
    /// at most `max` queries at once.
    pub fn new(path: PathBuf, max: usize) -> Result<Pool> {
        let first = Store::open(&path)?;
        let watch = Mutex::new(Store::open(&path)?);
        Ok(Pool {
            path,
            idle: Mutex::new(vec![first]),
            permits: Semaphore::new(max.max(1)),
            watch,
        })
    }

    /// The store's generation (see [`Store::generation`]), read on the pool's own connection.
    pub async fn generation(self: &Arc<Self>) -> std::result::Result<i64, ApiError> {
        let pool = Arc::clone(self);
        tokio::task::spawn_blocking(move || {
            let store = pool.watch.lock().map_err(|_| internal())?;
            Ok(store.generation()?)
        })
        .await
        .map_err(|_| internal())?
    }

    /// Runs `f` with a connection on a blocking thread.
    pub async fn run<T, F>(self: &Arc<Self>, f: F) -> std::result::Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&Store) -> std::result::Result<T, ApiError> + Send + 'static,
    {
        let _permit = self
            .permits
            .acquire()
            .await
            .map_err(|_| ApiError::bad("the server is shutting down"))?;
        let pool = Arc::clone(self);
        tokio::task::spawn_blocking(move || {
            let store = match pool.idle.lock().ok().and_then(|mut v| v.pop()) {
                Some(s) => s,
                None => Store::open(&pool.path)?,
            };
            let out = f(&store);
            if let Ok(mut idle) = pool.idle.lock() {
                idle.push(store);
            }
            out
        })
        .await
        .map_err(|e| {
            eprintln!("petrel: serve: a query failed: {e}");
            internal()
        })?
    }
}

fn internal() -> ApiError {
    ApiError {
        status: axum::http::StatusCode::INTERNAL_SERVER_ERROR,
        message: "the query failed".into(),
    }
}
