//! The read-only JSON API behind the page. Each handler parses its query string strictly,
//! then runs one store query on a pooled connection. Documented in docs/monitor.md.

use crate::error::ApiError;
use crate::params::Query;
use crate::server::AppState;
use axum::extract::{Path, RawQuery, State};
use axum::Json;
use petrel_monitor::{alerts, fitting_measure, view_alerts, Alert, AlertQuery, Measure, Params};
use petrel_store::{Store, StoredEvent};
use serde_json::{json, Value};

/// A handler's answer.
pub type ApiResult = Result<Json<Value>, ApiError>;

/// Most dyads `/api/dyads` searches among.
const MAX_DYADS: usize = 5_000;
/// Mentions listed per cluster in a listing, and for one cluster.
const LIST_MENTIONS: usize = 10;
const ONE_MENTIONS: usize = 50;

/// `GET /api/health`: the store's counts and date range.
pub async fn health(State(st): State<AppState>, RawQuery(q): RawQuery) -> ApiResult {
    Query::parse(q.as_deref())?.finish()?;
    let stats = st.pool.run(|s| Ok(s.stats()?)).await?;
    Ok(Json(json!({
        "status": "ok",
        "version": env!("CARGO_PKG_VERSION"),
        "documents": stats.documents,
        "events": stats.events,
        "clusters": stats.clusters,
        "first_day": stats.first_day,
        "last_day": stats.last_day,
    })))
}

/// `GET /api/dyads`: the most active dyads, searchable with `q`.
pub async fn dyads(State(st): State<AppState>, RawQuery(q): RawQuery) -> ApiResult {
    let mut q = Query::parse(q.as_deref())?;
    let needle = q.one("q")?.unwrap_or_default().trim().to_ascii_uppercase();
    let from = q.date("from")?;
    let to = q.date("to")?;
    let (limit, offset) = q.page()?;
    q.finish()?;
    let all = st
        .pool
        .run(move |s| Ok(s.top_dyads(from, to, MAX_DYADS)?))
        .await?;
    let hits: Vec<_> = all
        .into_iter()
        .filter(|d| d.dyad.contains(&needle))
        .collect();
    let total = hits.len();
    let items: Vec<_> = hits
        .into_iter()
        .skip(offset as usize)
        .take(limit as usize)
        .collect();
    Ok(Json(json!({
        "items": items,
        "total": total,
        "limit": limit,
        "offset": offset,
        "has_more": (offset as usize + items.len()) < total,
    })))
}

/// The measure asked for, or the one that fits the corpus: count when one dyad dominates.
fn pick_measure(s: &Store, asked: Option<Measure>) -> Result<Measure, ApiError> {
    if let Some(m) = asked {
        return Ok(m);
    }
    Ok(fitting_measure(s)?)
}

/// `GET /api/series`: one dyad's series, with the alerts that overlap it.
pub async fn series(State(st): State<AppState>, RawQuery(q): RawQuery) -> ApiResult {
    let mut q = Query::parse(q.as_deref())?;
    let mut dyads = q.dyads()?;
    if dyads.len() != 1 {
        return Err(ApiError::bad(format!(
            "series expects exactly one dyad=SOURCE-TARGET, got {}",
            dyads.len()
        )));
    }
    let dyad = dyads.remove(0);
    let by = q.period(&["day", "week", "month"])?;
    let from = q.date("from")?;
    let to = q.date("to")?;
    let asked = q.measure()?;
    q.finish()?;
    if let (Some(a), Some(b)) = (from, to) {
        if a > b {
            return Err(ApiError::bad(format!("from {a} is after to {b}")));
        }
    }
    let name = dyad.to_string();
    let (rows, measure, found) = st
        .pool
        .run(move |s| {
            let rows = s.series(&dyad, by, from, to)?;
            let measure = pick_measure(s, asked)?;
            let found = view_alerts(s, &dyad, by, from, to, measure)?;
            Ok((rows, measure, found))
        })
        .await?;
    Ok(Json(json!({
        "dyad": name,
        "by": by,
        "measure": measure,
        "rows": rows,
        "alerts": found,
    })))
}

/// `GET /api/alerts`: alerts across the most active dyads (or the ones given).
pub async fn alerts_list(State(st): State<AppState>, RawQuery(q): RawQuery) -> ApiResult {
    let mut q = Query::parse(q.as_deref())?;
    let dyads = q.dyads()?;
    let by = q.period(&["day", "week"])?;
    let since = q.date("since")?;
    let asked = q.measure()?;
    let (limit, offset) = q.page()?;
    q.finish()?;
    let max_dyads = st.max_dyads;
    let (found, measure): (Vec<Alert>, Measure) = st
        .pool
        .run(move |s| {
            let measure = pick_measure(s, asked)?;
            let query = AlertQuery {
                dyads,
                by,
                since,
                max_dyads,
                params: Params {
                    measure,
                    ..Params::default()
                },
            };
            Ok((alerts(s, &query)?, measure))
        })
        .await?;
    let total = found.len();
    let items: Vec<&Alert> = found
        .iter()
        .skip(offset as usize)
        .take(limit as usize)
        .collect();
    Ok(Json(json!({
        "items": items,
        "measure": measure,
        "total": total,
        "limit": limit,
        "offset": offset,
        "has_more": (offset as usize + items.len()) < total,
    })))
}

/// An event or cluster as `petrel query --format jsonl` writes it.
fn event_json(e: &StoredEvent) -> Result<Value, ApiError> {
    serde_json::to_value(e.record.record())
        .map_err(|err| ApiError::from(petrel_core::PetrelError::io("encoding JSON", err.into())))
}

/// A page of items fetched with one extra, so that `has_more` needs no count.
fn page(mut items: Vec<Value>, limit: u64, offset: u64) -> Json<Value> {
    let has_more = items.len() as u64 > limit;
    items.truncate(limit as usize);
    Json(json!({ "items": items, "limit": limit, "offset": offset, "has_more": has_more }))
}

/// `GET /api/clusters`: event clusters matching the filters, most mentioned first.
pub async fn clusters(State(st): State<AppState>, RawQuery(q): RawQuery) -> ApiResult {
    let (f, limit, offset) = Query::parse(q.as_deref())?.filtered_page()?;
    let items = st
        .pool
        .run(move |s| {
            let ids = s.top_clusters_page(&f, limit as usize + 1, offset)?;
            let mut out = Vec::with_capacity(ids.len());
            for id in ids {
                if let Some(c) = s.cluster(id, LIST_MENTIONS)? {
                    out.push(event_json(&c)?);
                }
            }
            Ok(out)
        })
        .await?;
    Ok(page(items, limit, offset))
}

/// `GET /api/clusters/{id}`: one cluster with up to 50 mentions.
pub async fn cluster(
    State(st): State<AppState>,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
) -> ApiResult {
    Query::parse(q.as_deref())?.finish()?;
    let id: i64 = id.parse().ok().filter(|n| *n > 0).ok_or_else(|| {
        ApiError::bad(format!(
            "a cluster id is a positive whole number, got {id:?}"
        ))
    })?;
    let found = st
        .pool
        .run(move |s| Ok(s.cluster(id, ONE_MENTIONS)?))
        .await?;
    match found {
        Some(c) => Ok(Json(event_json(&c)?)),
        None => Err(ApiError::not_found(format!("no cluster {id}"))),
    }
}

/// `GET /api/events`: events matching the filters, in ingest order.
pub async fn events(State(st): State<AppState>, RawQuery(q): RawQuery) -> ApiResult {
    let (f, limit, offset) = Query::parse(q.as_deref())?.filtered_page()?;
    let items = st
        .pool
        .run(move |s| {
            s.events(&f, Some(limit + 1), offset)?
                .iter()
                .map(event_json)
                .collect::<Result<Vec<_>, _>>()
        })
        .await?;
    Ok(page(items, limit, offset))
}

/// `GET /api/places`: events per country of the event place.
pub async fn places(State(st): State<AppState>, RawQuery(q): RawQuery) -> ApiResult {
    let (f, limit, offset) = Query::parse(q.as_deref())?.filtered_page()?;
    let want = (limit + offset + 1) as usize;
    let rows = st.pool.run(move |s| Ok(s.places(&f, want)?)).await?;
    let items: Vec<Value> = rows
        .into_iter()
        .skip(offset as usize)
        .map(|(country, events)| json!({ "country": country, "events": events }))
        .collect();
    Ok(page(items, limit, offset))
}
