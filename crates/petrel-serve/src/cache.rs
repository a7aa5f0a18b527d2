//! Answers kept per store generation: an API answer is computed once and served again until a
//! writer (`petrel ingest`, `petrel recode`) commits, which bumps the store's generation and so
//! makes every kept answer stale. Many people watching the same dyads cost one query each.

use crate::server::AppState;
use axum::body::{to_bytes, Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::sync::Mutex;

/// Most answers kept; past it the cache starts again empty.
const MAX_ENTRIES: usize = 4_096;
/// Largest answer kept.
const MAX_BODY: usize = 4 << 20;

/// Kept answers, by request path and query.
#[derive(Default)]
pub struct Cache {
    entries: Mutex<HashMap<String, (i64, Bytes)>>,
}

impl Cache {
    fn get(&self, key: &str, generation: i64) -> Option<Bytes> {
        let map = self.entries.lock().ok()?;
        map.get(key)
            .filter(|(g, _)| *g == generation)
            .map(|(_, b)| b.clone())
    }

    fn put(&self, key: String, generation: i64, body: Bytes) {
        if let Ok(mut map) = self.entries.lock() {
            if map.len() >= MAX_ENTRIES {
                map.retain(|_, (g, _)| *g == generation);
                if map.len() >= MAX_ENTRIES {
                    map.clear();
                }
            }
            map.insert(key, (generation, body));
        }
    }
}

fn json(body: Bytes) -> Response {
    (
        [(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))],
        body,
    )
        .into_response()
}

/// Serves a kept answer when the store has not changed since; keeps every successful one.
pub async fn cached(State(st): State<AppState>, req: Request, next: Next) -> Response {
    let key = req.uri().to_string();
    let generation = match st.pool.run(|s| Ok(s.generation()?)).await {
        Ok(g) => g,
        Err(e) => return e.into_response(),
    };
    if let Some(body) = st.cache.get(&key, generation) {
        return json(body);
    }
    let res = next.run(req).await;
    if res.status() != StatusCode::OK {
        return res;
    }
    let (parts, body) = res.into_parts();
    match to_bytes(body, MAX_BODY).await {
        Ok(bytes) => {
            st.cache.put(key, generation, bytes.clone());
            Response::from_parts(parts, Body::from(bytes))
        }
        Err(_) => Response::from_parts(parts, Body::empty()),
    }
}
