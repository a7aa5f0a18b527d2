//! The SVG of a synthetic series: title, stacked bars, alert band, Goldstein line, dates.

mod common;

use petrel_plot::{draw_svg, PlotSpec};
use std::collections::HashMap;

/// One SVG element: its tag, attributes and (for `<text>`) its text.
struct Element {
    tag: String,
    attrs: HashMap<String, String>,
    text: String,
}

impl Element {
    fn num(&self, name: &str) -> f64 {
        self.attrs[name].parse().unwrap()
    }
}

/// The elements of an SVG document as plotters writes it (one element per tag, no nesting).
fn elements(svg: &str) -> Vec<Element> {
    let mut out = Vec::new();
    for chunk in svg.split('<').skip(1) {
        if chunk.starts_with('/') {
            continue;
        }
        let (head, rest) = chunk.split_once('>').unwrap();
        let head = head.trim_end_matches('/');
        let (tag, mut attrs_src) = head.split_once(' ').unwrap_or((head, ""));
        let mut attrs = HashMap::new();
        while let Some((name, after)) = attrs_src.split_once("=\"") {
            let (value, next) = after.split_once('"').unwrap();
            attrs.insert(name.trim().to_string(), value.to_string());
            attrs_src = next;
        }
        out.push(Element {
            tag: tag.to_string(),
            attrs,
            text: rest.trim().to_string(),
        });
    }
    out
}

fn spec_svg(weeks: usize, width: u32) -> String {
    let rows = common::rows(weeks);
    let alerts = common::alerts(&rows);
    draw_svg(&PlotSpec {
        title: "RUS-UKR: events per week".into(),
        subtitle: Some("synthetic <test> series & one alert".into()),
        rows: &rows,
        alerts: &alerts,
        width,
        height: 500,
    })
    .unwrap()
}

fn rects_with_fill<'e>(els: &'e [Element], fill: &str) -> Vec<&'e Element> {
    els.iter()
        .filter(|e| e.tag == "rect" && e.attrs.get("fill").map(String::as_str) == Some(fill))
        .collect()
}

/// The rects of colour `fill` inside the chart, above the legend.
fn bars<'e>(els: &'e [Element], fill: &str) -> Vec<&'e Element> {
    let legend_y = els
        .iter()
        .find(|e| e.tag == "text" && e.text == "verbal cooperation")
        .unwrap()
        .num("y");
    rects_with_fill(els, fill)
        .into_iter()
        .filter(|r| r.num("y") + r.num("height") < legend_y - 10.0)
        .collect()
}

fn texts(els: &[Element]) -> Vec<&str> {
    els.iter()
        .filter(|e| e.tag == "text")
        .map(|e| e.text.as_str())
        .collect()
}

#[test]
fn title_subtitle_axes_and_legend_are_written() {
    let svg = spec_svg(12, 900);
    assert!(svg.starts_with("<svg width=\"900\" height=\"500\""));
    let els = elements(&svg);
    let texts = texts(&els);
    for want in [
        "RUS-UKR: events per week",
        "synthetic &lt;test&gt; series &amp; one alert",
        "events",
        "Goldstein mean",
        "verbal cooperation",
        "material cooperation",
        "verbal conflict",
        "material conflict",
        "alert",
    ] {
        assert!(texts.contains(&want), "no text {want:?} in {texts:?}");
    }
    for secondary in ["-10", "-5", "0", "5", "10"] {
        assert!(texts.contains(&secondary), "no Goldstein tick {secondary}");
    }
}

#[test]
fn one_bar_per_nonempty_period_and_quad_class() {
    let els = elements(&spec_svg(12, 900));
    let colours = ["#0072B2", "#009E73", "#E69F00", "#D55E00"];
    for (q, colour) in colours.iter().enumerate() {
        let expected = common::COUNTS.iter().filter(|c| c[q] > 0).count();
        assert_eq!(bars(&els, colour).len(), expected, "quad {}", q + 1);
        let with_legend = rects_with_fill(&els, colour).len();
        assert_eq!(
            with_legend,
            expected + 1,
            "quad {} and its legend swatch",
            q + 1
        );
    }
    // Stacking: in the week with 2, 1, 9, 12 events the material conflict bar sits on top
    // of the verbal conflict bar and is 12 / 9 times as tall.
    let week = 7;
    let bar = |q: usize| {
        let before = common::COUNTS[..week].iter().filter(|c| c[q] > 0).count();
        bars(&els, colours[q])[before]
    };
    let (vc, mc) = (bar(2), bar(3));
    assert!((mc.num("y") + mc.num("height") - vc.num("y")).abs() <= 1.0);
    let ratio = mc.num("height") / vc.num("height");
    assert!((ratio - 12.0 / 9.0).abs() < 0.1, "ratio {ratio}");
}

#[test]
fn alert_weeks_are_shaded_behind_their_bars() {
    let els = elements(&spec_svg(12, 900));
    let bands = bars(&els, "#E00000");
    assert_eq!(bands.len(), common::ALERT_WEEKS.len());
    assert!(bands.iter().all(|b| b.attrs["opacity"] == "0.14"));
    let band_pos = els.iter().position(|e| std::ptr::eq(e, bands[0])).unwrap();
    let blue = bars(&els, "#0072B2");
    let all_bars: Vec<_> = ["#0072B2", "#009E73", "#E69F00", "#D55E00"]
        .iter()
        .flat_map(|c| bars(&els, c))
        .collect();
    let top = all_bars.iter().map(|b| b.num("y")).fold(f64::MAX, f64::min);
    let bottom = all_bars
        .iter()
        .map(|b| b.num("y") + b.num("height"))
        .fold(0.0, f64::max);
    for b in &bands {
        assert!(b.num("y") < top && b.num("y") + b.num("height") >= bottom);
    }
    let blue_pos = els.iter().position(|e| std::ptr::eq(e, blue[0])).unwrap();
    assert!(band_pos < blue_pos, "the band is drawn after the bars");
    // Blue bars exist in every non-empty week; those of the alert weeks lie inside a band.
    let nonempty: Vec<usize> = (0..12).filter(|&i| common::COUNTS[i][0] > 0).collect();
    for (bar, week) in blue.iter().zip(&nonempty) {
        let mid = bar.num("x") + bar.num("width") / 2.0;
        let inside = bands
            .iter()
            .any(|b| b.num("x") <= mid && mid <= b.num("x") + b.num("width"));
        assert_eq!(inside, common::ALERT_WEEKS.contains(week), "week {week}");
    }
}

#[test]
fn goldstein_line_has_a_gap_at_the_empty_week() {
    let els = elements(&spec_svg(12, 900));
    let lines: Vec<usize> = els
        .iter()
        .filter(|e| e.tag == "polyline" && e.attrs["stroke"] == "#000000")
        .filter(|e| e.attrs["stroke-width"] == "2")
        .map(|e| e.attrs["points"].split_whitespace().count())
        .filter(|&points| points > 2)
        .collect();
    // Week 3 has no events: weeks 0–2 and 4–11 make two runs.
    assert_eq!(lines, vec![3, 8]);
    let points = els
        .iter()
        .filter(|e| e.tag == "circle" && e.attrs["fill"] == "#000000")
        .count();
    assert_eq!(
        points,
        11 + 1,
        "one point per non-empty week and the legend's"
    );
}

/// Date labels as (x, font size) in drawing order.
fn date_labels(els: &[Element]) -> Vec<(f64, f64, String)> {
    els.iter()
        .filter(|e| e.tag == "text" && e.text.len() == 10 && e.text.as_bytes()[4] == b'-')
        .map(|e| (e.num("x"), e.num("font-size"), e.text.clone()))
        .collect()
}

/// Asserts that date labels do not overlap: "YYYY-MM-DD" is 5.8 em wide in DejaVu Sans.
fn assert_apart(labels: &[(f64, f64, String)]) {
    for pair in labels.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        assert!(b.0 - a.0 > 5.8 * a.1, "{} and {} overlap", a.2, b.2);
    }
}

#[test]
fn dates_label_the_periods_without_overlapping() {
    let els = elements(&spec_svg(12, 900));
    let labels = date_labels(&els);
    assert_eq!(labels[0].2, "2024-01-01");
    assert!(labels.len() >= 4, "{labels:?}");
    assert_apart(&labels);
}

#[test]
fn dates_are_thinned_on_long_series() {
    let els = elements(&spec_svg(104, 900));
    let labels = date_labels(&els);
    assert!(
        labels.len() >= 4 && labels.len() < 20,
        "{} labels",
        labels.len()
    );
    assert_apart(&labels);
    let blue = bars(&els, "#0072B2").len();
    assert!(blue > 90, "{blue} bars");
}
