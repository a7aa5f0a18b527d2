//! Query strings, parsed strictly: every parameter is known to the endpoint, appears as often
//! as it may, and holds a valid value; anything else is a 400 naming the parameter.

use crate::error::ApiError;
use petrel_core::Date;
use petrel_monitor::Measure;
use petrel_store::{
    actor_code, cameo_code, cameo_root, date_bound, plover_type, quad_class, Dyad, Filter, Period,
};

/// Longest value a parameter may hold.
const MAX_VALUE: usize = 200;
/// Most parameters a query string may hold.
const MAX_PARAMS: usize = 64;
/// Largest page.
pub const MAX_LIMIT: u64 = 500;
/// Page size when `limit` is not given.
pub const DEFAULT_LIMIT: u64 = 50;

/// The parameters of one request, consumed as the handler reads them.
pub struct Query {
    pairs: Vec<(String, String)>,
}

/// The filter parameters that `petrel query` also takes.
pub const FILTER_PARAMS: &[&str] = &[
    "source", "target", "dyad", "root", "code", "quad", "plover", "from", "to", "place", "text",
    "modality",
];

impl Query {
    /// Parses a raw query string (`None` when the URL has none).
    pub fn parse(raw: Option<&str>) -> Result<Query, ApiError> {
        let pairs: Vec<(String, String)> = form_urlencoded::parse(raw.unwrap_or("").as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        if pairs.len() > MAX_PARAMS {
            return Err(ApiError::bad(format!(
                "too many parameters ({}, at most {MAX_PARAMS})",
                pairs.len()
            )));
        }
        for (k, v) in &pairs {
            if v.len() > MAX_VALUE {
                return Err(ApiError::bad(format!(
                    "{k}: value too long ({} bytes, at most {MAX_VALUE})",
                    v.len()
                )));
            }
            if v.chars().any(char::is_control) {
                return Err(ApiError::bad(format!(
                    "{k}: control characters are not allowed"
                )));
            }
        }
        Ok(Query { pairs })
    }

    /// Every value of `name`, removed from the query.
    pub fn all(&mut self, name: &str) -> Vec<String> {
        let mut out = Vec::new();
        self.pairs.retain(|(k, v)| {
            if k == name {
                out.push(v.clone());
                false
            } else {
                true
            }
        });
        out
    }

    /// The one value of `name`, if given; given twice is an error.
    pub fn one(&mut self, name: &str) -> Result<Option<String>, ApiError> {
        let mut v = self.all(name);
        match v.len() {
            0 => Ok(None),
            1 => Ok(v.pop()),
            n => Err(ApiError::bad(format!(
                "{name} given {n} times, expected once"
            ))),
        }
    }

    /// Fails on any parameter the handler did not read.
    pub fn finish(self) -> Result<(), ApiError> {
        match self.pairs.first() {
            None => Ok(()),
            Some((k, _)) => Err(ApiError::bad(format!("unknown parameter {k:?}"))),
        }
    }

    /// `limit` (1..=500, default 50) and `offset` (default 0).
    pub fn page(&mut self) -> Result<(u64, u64), ApiError> {
        let limit = match self.one("limit")? {
            None => DEFAULT_LIMIT,
            Some(s) => match s.parse::<u64>() {
                Ok(n) if (1..=MAX_LIMIT).contains(&n) => n,
                _ => {
                    return Err(ApiError::bad(format!(
                        "limit expects a whole number from 1 to {MAX_LIMIT}, got {s:?}"
                    )))
                }
            },
        };
        let offset = match self.one("offset")? {
            None => 0,
            Some(s) => s
                .parse::<u64>()
                .ok()
                .filter(|n| *n <= 1 << 40)
                .ok_or_else(|| {
                    ApiError::bad(format!("offset expects a whole number, got {s:?}"))
                })?,
        };
        Ok((limit, offset))
    }

    /// A date parameter (`YYYY-MM-DD`).
    pub fn date(&mut self, name: &str) -> Result<Option<Date>, ApiError> {
        self.one(name)?
            .map(|s| date_bound(&s, name).map_err(ApiError::from))
            .transpose()
    }

    /// `by`: day, week or month (default week); `allowed` lists the accepted ones.
    pub fn period(&mut self, allowed: &[&str]) -> Result<Period, ApiError> {
        let s = self.one("by")?.unwrap_or_else(|| "week".into());
        if !allowed.contains(&s.as_str()) {
            return Err(ApiError::bad(format!(
                "by expects {}, got {s:?}",
                allowed.join(" or ")
            )));
        }
        Ok(Period::parse(&s)?)
    }

    /// `measure`: auto (default), share or count; `None` means auto.
    pub fn measure(&mut self) -> Result<Option<Measure>, ApiError> {
        match self.one("measure")?.as_deref() {
            None | Some("auto") => Ok(None),
            Some("share") => Ok(Some(Measure::Share)),
            Some("count") => Ok(Some(Measure::Count)),
            Some(s) => Err(ApiError::bad(format!(
                "measure expects auto, share or count, got {s:?}"
            ))),
        }
    }

    /// Directed dyads (`dyad=A-B`, repeatable).
    pub fn dyads(&mut self) -> Result<Vec<Dyad>, ApiError> {
        self.all("dyad")
            .iter()
            .map(|s| Dyad::parse(s).map_err(ApiError::from))
            .collect()
    }

    /// The filter and page of a listing, with nothing else allowed.
    pub fn filtered_page(mut self) -> Result<(Filter, u64, u64), ApiError> {
        let f = self.filter()?;
        let (limit, offset) = self.page()?;
        self.finish()?;
        Ok((f, limit, offset))
    }

    /// The filter parameters, as `petrel query` reads its flags.
    pub fn filter(&mut self) -> Result<Filter, ApiError> {
        let f = Filter {
            source: self
                .one("source")?
                .map(|s| actor_code(&s, "source"))
                .transpose()?,
            target: self
                .one("target")?
                .map(|s| actor_code(&s, "target"))
                .transpose()?,
            dyads: self.dyads()?,
            root: self.one("root")?.map(|s| cameo_root(&s)).transpose()?,
            code: self
                .one("code")?
                .map(|s| cameo_code(&s, "code"))
                .transpose()?,
            quad: self.one("quad")?.map(|s| quad_class(&s)).transpose()?,
            plover: self.one("plover")?.map(|s| plover_type(&s)).transpose()?,
            from: self.date("from")?,
            to: self.date("to")?,
            place: self.one("place")?,
            text: self.one("text")?,
            all_modalities: match self.one("modality")?.as_deref() {
                None | Some("asserted") => false,
                Some("all") => true,
                Some(s) => {
                    return Err(ApiError::bad(format!(
                        "modality expects asserted or all, got {s:?}"
                    )))
                }
            },
        };
        f.validate()?;
        Ok(f)
    }
}
