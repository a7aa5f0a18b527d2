//! Answers kept per store generation: an API answer is computed once and served again until a
//! writer (`petrel ingest`, `petrel recode`) commits, which bumps the store's generation and so
//! makes every kept answer stale. Requests for an answer being computed wait for it rather
//! than compute it again, so many people watching the same dyads cost one query each.

use crate::server::AppState;
use axum::body::{to_bytes, Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tokio::sync::OnceCell;

/// Most answers kept; past it, stale ones go, and if that is not enough, all.
const MAX_ENTRIES: usize = 4_096;
/// Largest answer kept.
const MAX_BODY: usize = 4 << 20;

/// One answer: empty while it is computed; `None` inside when it was not a success.
type Slot = Arc<OnceCell<Option<Bytes>>>;

/// Kept answers, by request path and query.
#[derive(Default)]
pub struct Cache {
    entries: Mutex<HashMap<String, (i64, Slot)>>,
}

impl Cache {
    /// The slot of `key` at `generation`, new when there is none or it is stale.
    fn slot(&self, key: &str, generation: i64) -> Slot {
        let Ok(mut map) = self.entries.lock() else {
            return Slot::default();
        };
        if let Some((g, slot)) = map.get(key) {
            if *g == generation {
                return Arc::clone(slot);
            }
        }
        if map.len() >= MAX_ENTRIES {
            map.retain(|_, (g, _)| *g == generation);
            if map.len() >= MAX_ENTRIES {
                map.clear();
            }
        }
        let slot = Slot::default();
        map.insert(key.to_string(), (generation, Arc::clone(&slot)));
        slot
    }
}

fn json(body: Bytes) -> Response {
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        body,
    )
        .into_response()
}

/// Serves the kept answer when the store has not changed since; computes and keeps it
/// otherwise. Failures are not kept: each such request gets its own answer.
pub async fn cached(State(st): State<AppState>, req: Request, next: Next) -> Response {
    let key = req.uri().to_string();
    let generation = match st.pool.generation().await {
        Ok(g) => g,
        Err(e) => return e.into_response(),
    };
    let slot = st.cache.slot(&key, generation);
    let mut req = Some(req);
    let mut own: Option<Response> = None;
    let kept = slot
        .get_or_init(|| async {
            let r = req.take()?;
            let res = next.clone().run(r).await;
            if res.status() != StatusCode::OK {
                own = Some(res);
                return None;
            }
            let (parts, body) = res.into_parts();
            match to_bytes(body, MAX_BODY).await {
                Ok(bytes) => Some(bytes),
                Err(_) => {
                    own = Some(Response::from_parts(parts, Body::empty()));
                    None
                }
            }
        })
        .await;
    match (kept, own, req) {
        (Some(bytes), _, _) => json(bytes.clone()),
        (None, Some(res), _) => res,
        (None, None, Some(r)) => next.run(r).await,
        (None, None, None) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}
