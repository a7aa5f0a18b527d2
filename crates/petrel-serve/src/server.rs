//! The router and the listener.

use crate::api;
use crate::assets::{self, Asset};
use crate::cache::{cached, Cache};
use crate::error::ApiError;
use crate::headers::guard;
use crate::pool::Pool;
use axum::extract::Path;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use petrel_core::{ErrorKind, PetrelError, Result};
use std::net::SocketAddr;
use std::sync::Arc;

/// What every handler shares.
#[derive(Clone)]
pub struct AppState {
    /// Read connections to the store.
    pub pool: Arc<Pool>,
    /// How many of the most active dyads alerts look at.
    pub max_dyads: usize,
    /// Answers kept until the store changes.
    pub cache: Arc<Cache>,
}

fn asset(a: &'static Asset) -> Response {
    ([(header::CONTENT_TYPE, a.content_type)], a.body).into_response()
}

async fn index() -> Response {
    asset(&assets::INDEX)
}

async fn static_file(Path(name): Path<String>) -> Response {
    match assets::find(&name) {
        Some(a) => asset(a),
        None => ApiError::not_found(format!("no file {name:?}")).into_response(),
    }
}

async fn not_found() -> ApiError {
    ApiError::not_found("no such page or API endpoint (see docs/monitor.md)")
}

/// The monitor's routes over `state`.
pub fn router(state: AppState) -> Router {
    let api = Router::new()
        .route("/api/health", get(api::health))
        .route("/api/dyads", get(api::dyads))
        .route("/api/series", get(api::series))
        .route("/api/alerts", get(api::alerts_list))
        .route("/api/clusters", get(api::clusters))
        .route("/api/clusters/{id}", get(api::cluster))
        .route("/api/events", get(api::events))
        .route("/api/places", get(api::places))
        .route_layer(axum::middleware::from_fn_with_state(state.clone(), cached));
    Router::new()
        .route("/", get(index))
        .route("/static/{*name}", get(static_file))
        .merge(api)
        .fallback(not_found)
        .layer(axum::middleware::from_fn(guard))
        .with_state(state)
}

/// Refuses an address off this machine unless `public` is set: the monitor has no login.
pub fn check_addr(addr: SocketAddr, public: bool) -> Result<()> {
    if addr.ip().is_loopback() || public {
        Ok(())
    } else {
        Err(PetrelError::new(
            ErrorKind::Config,
            format!(
                "refusing to listen on {addr}: the monitor has no login, so it binds to \
                 127.0.0.1 unless --public is given"
            ),
        ))
    }
}

/// Serves the monitor for the store at `db` on `addr` until the process ends; `ready` is called
/// with the bound address (the real port when `addr` asks for port 0).
pub fn serve(
    db: &std::path::Path,
    addr: SocketAddr,
    max_dyads: usize,
    ready: impl FnOnce(SocketAddr),
) -> Result<()> {
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    let pool = Arc::new(Pool::new(db.to_path_buf(), workers * 2)?);
    let state = AppState {
        pool,
        max_dyads,
        cache: Arc::new(Cache::default()),
    };
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(workers)
        .enable_all()
        .build()
        .map_err(|e| PetrelError::io("starting the server", e))?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|e| PetrelError::io(format!("listening on {addr}"), e))?;
        let bound = listener
            .local_addr()
            .map_err(|e| PetrelError::io("listening", e))?;
        ready(bound);
        axum::serve(listener, router(state))
            .await
            .map_err(|e| PetrelError::io("serving", e))
    })
}
