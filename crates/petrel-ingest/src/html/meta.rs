//! Page metadata: title, publication date and canonical URL, from meta tags, JSON-LD,
//! `<time datetime>`, `<link rel=canonical>`, `<h1>` and `<title>`.

use crate::parse_date;
use petrel_core::Date;
use scraper::{ElementRef, Html};
use serde_json::Value;

/// Metadata found in a page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageMeta {
    /// Headline.
    pub title: Option<String>,
    /// Publication date.
    pub date: Option<Date>,
    /// Canonical URL.
    pub url: Option<String>,
}

/// Meta names that carry a publication date, best first.
const DATE_KEYS: [&str; 14] = [
    "article:published_time",
    "datepublished",
    "og:published_time",
    "article.published",
    "published_time",
    "publishdate",
    "publish-date",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.created",
    "dc.date",
    "date",
];

#[derive(Default)]
struct Found {
    og_title: Option<String>,
    tw_title: Option<String>,
    ld_title: Option<String>,
    h1: Option<String>,
    title_tag: Option<String>,
    meta_dates: Vec<(usize, String)>,
    ld_date: Option<String>,
    time_date: Option<String>,
    canonical: Option<String>,
    og_url: Option<String>,
}

/// Reads the page's metadata.
pub(crate) fn page_meta(html: &Html) -> PageMeta {
    let mut f = Found::default();
    for el in html.root_element().descendent_elements() {
        let v = el.value();
        match v.name() {
            "meta" => {
                let key = v
                    .attr("property")
                    .or_else(|| v.attr("name"))
                    .or_else(|| v.attr("itemprop"))
                    .unwrap_or("")
                    .to_ascii_lowercase();
                let content = v
                    .attr("content")
                    .or_else(|| v.attr("datetime"))
                    .map(clean)
                    .unwrap_or_default();
                if content.is_empty() {
                    continue;
                }
                match key.as_str() {
                    "og:title" => set(&mut f.og_title, content),
                    "twitter:title" => set(&mut f.tw_title, content),
                    "og:url" => set(&mut f.og_url, content),
                    k => {
                        if let Some(rank) = DATE_KEYS.iter().position(|d| *d == k) {
                            f.meta_dates.push((rank, content));
                        }
                    }
                }
            }
            "link"
                if v.attr("rel").is_some_and(|r| {
                    r.split_whitespace()
                        .any(|t| t.eq_ignore_ascii_case("canonical"))
                }) =>
            {
                if let Some(h) = v.attr("href") {
                    set(&mut f.canonical, clean(h));
                }
            }
            "title" if f.title_tag.is_none() => set(&mut f.title_tag, text_of(el)),
            "h1" if f.h1.is_none() => set(&mut f.h1, text_of(el)),
            "time" if f.time_date.is_none() => {
                if let Some(d) = v.attr("datetime") {
                    set(&mut f.time_date, clean(d));
                }
            }
            "script"
                if v.attr("type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")) =>
            {
                let raw: String = el.text().collect();
                if let Ok(json) = serde_json::from_str::<Value>(raw.trim()) {
                    json_ld(&json, &mut f, 0);
                }
            }
            _ => {}
        }
    }
    f.meta_dates.sort_by_key(|(rank, _)| *rank);
    let date = f
        .meta_dates
        .iter()
        .map(|(_, s)| s.as_str())
        .chain(f.ld_date.as_deref())
        .chain(f.time_date.as_deref())
        .find_map(parse_date);
    let title = f
        .og_title
        .or(f.ld_title)
        .or(f.tw_title)
        .or(f.h1)
        .or(f.title_tag);
    let url = f.canonical.or(f.og_url).filter(|u| u.starts_with("http"));
    PageMeta { title, date, url }
}

/// Headline, datePublished and url from JSON-LD (objects, arrays and `@graph`).
fn json_ld(v: &Value, f: &mut Found, depth: usize) {
    if depth > 4 {
        return;
    }
    match v {
        Value::Array(items) => items.iter().for_each(|i| json_ld(i, f, depth + 1)),
        Value::Object(m) => {
            if let Some(Value::String(h)) = m.get("headline") {
                set(&mut f.ld_title, clean(h));
            }
            if let Some(Value::String(d)) = m.get("datePublished") {
                set(&mut f.ld_date, clean(d));
            }
            if let Some(g) = m.get("@graph") {
                json_ld(g, f, depth + 1);
            }
        }
        _ => {}
    }
}

fn set(slot: &mut Option<String>, s: String) {
    if slot.is_none() && !s.is_empty() {
        *slot = Some(s);
    }
}

fn text_of(el: ElementRef<'_>) -> String {
    clean(&el.text().collect::<String>())
}

/// Whitespace collapsed and trimmed.
pub(crate) fn clean(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_sources_in_order() {
        let page = r#"<html><head><title>Talks resume | Daily</title>
            <link rel="canonical" href="https://ex.org/a">
            <meta property="article:published_time" content="2021-12-06T08:00:00Z">
            <script type="application/ld+json">{"@graph":[{"headline":"LD headline","datePublished":"2020-01-01"}]}</script>
            </head><body><h1> Talks  resume </h1><time datetime="2019-05-05">x</time></body></html>"#;
        let m = page_meta(&Html::parse_document(page));
        assert_eq!(m.title.as_deref(), Some("LD headline"));
        assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2021-12-06"));
        assert_eq!(m.url.as_deref(), Some("https://ex.org/a"));
        let bare = page_meta(&Html::parse_document(
            "<title>T</title><p><time datetime='2019-05-05'>May 5</time>",
        ));
        assert_eq!(
            (bare.title.as_deref(), bare.date.map(|d| d.to_string())),
            (Some("T"), Some("2019-05-05".into()))
        );
    }
}
