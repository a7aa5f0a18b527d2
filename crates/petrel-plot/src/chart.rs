//! The chart itself, on any plotters backend: stacked bars, alert bands, the Goldstein line,
//! axes and date labels, between the header and the legend.

use crate::font;
use crate::header::draw_header;
use crate::layout::{label_step, Layout};
use crate::legend::Legend;
use crate::palette::{ALERT, ALERT_OPACITY, GOLDSTEIN, GREY, GRID, QUADS};
use crate::PlotSpec;
use petrel_core::{ErrorKind, PetrelError, Result};
use petrel_store::SeriesRow;
use plotters::chart::DualCoordChartContext;
use plotters::coord::types::{RangedCoordf64, RangedCoordu64};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Periods by index and event counts, with the Goldstein scale on the right.
type Chart<'a, DB> = DualCoordChartContext<
    'a,
    DB,
    Cartesian2d<RangedCoordf64, RangedCoordu64>,
    Cartesian2d<RangedCoordf64, RangedCoordf64>,
>;

/// A plotters drawing error as a petrel error.
pub(crate) fn draw_err<E: std::error::Error + Send + Sync>(
    e: DrawingAreaErrorKind<E>,
) -> PetrelError {
    PetrelError::new(ErrorKind::Other, format!("drawing the plot failed: {e}"))
}

/// The four quad-class counts of a row, in stacking order.
fn quad_counts(r: &SeriesRow) -> [u64; 4] {
    [
        r.verbal_coop,
        r.material_coop,
        r.verbal_conflict,
        r.material_conflict,
    ]
}

/// Whether the period of `r` starts inside one of the alerts.
fn alerted(spec: &PlotSpec, r: &SeriesRow) -> bool {
    spec.alerts
        .iter()
        .any(|a| a.start <= r.start && r.start <= a.end)
}

/// Draws the whole picture on `root`, which is `spec.width` × `spec.height` pixels.
pub(crate) fn draw<DB: DrawingBackend>(root: &DrawingArea<DB, Shift>, spec: &PlotSpec) -> Result<()>
where
    DB::ErrorType: 'static,
{
    font::ensure_registered()?;
    let l = Layout::new(spec.width, spec.height);
    let (width, height) = (spec.width as i32, spec.height as i32);
    let margin = l.px(18.0);
    root.fill(&WHITE).map_err(draw_err)?;
    let header = draw_header(root, l, &spec.title, spec.subtitle.as_deref())? + l.px(12.0);
    let legend = Legend::new(root, l, width - 2 * margin)?;
    let legend_top = height - margin - legend.height();
    legend.draw(root, legend_top, width / 2)?;

    let area = root.margin(header, height - legend_top + l.px(6.0), margin, margin);
    let top = spec
        .rows
        .iter()
        .map(|r| quad_counts(r).iter().sum::<u64>())
        .max()
        .unwrap_or(0);
    let y_top = (top + top / 10).max(top + 1);
    let mut chart = axes(&area, l, spec.rows.len(), y_top)?;
    draw_bars(&mut chart, spec, y_top)?;
    draw_goldstein(&mut chart, l, spec.rows)?;
    draw_dates(root, &chart, l, spec.rows)
}

/// Builds the chart in `area` with its axes: counts up to `y_top` on the left, Goldstein
/// -10..10 on the right, `n` periods along the bottom (labelled by [`draw_dates`]).
fn axes<'a, DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    l: Layout,
    n: usize,
    y_top: u64,
) -> Result<Chart<'a, DB>>
where
    DB::ErrorType: 'static,
{
    let tick_style = l.text(15.0, BLACK);
    let desc_style = l.text(16.0, BLACK);
    let size = |text: &str| area.estimate_text_size(text, &tick_style).map_err(draw_err);
    let (_, label_h) = size("0000-00-00")?;
    let side = |w: u32| w as i32 + label_h as i32 + l.px(22.0);
    let x_range = -0.5..(n as f64 - 0.5);
    let mut chart = ChartBuilder::on(area)
        .x_label_area_size(label_h as i32 + l.px(14.0))
        .y_label_area_size(side(size(&y_top.to_string())?.0))
        .right_y_label_area_size(side(size("-10")?.0))
        .build_cartesian_2d(x_range.clone(), 0u64..y_top)
        .map_err(draw_err)?
        .set_secondary_coord(x_range, -10.0..10.0);

    let count_fmt = |v: &u64| v.to_string();
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(0)
        .y_labels(8)
        .y_label_formatter(&count_fmt)
        .light_line_style(TRANSPARENT)
        .bold_line_style(GRID.stroke_width(1))
        .axis_style(BLACK.stroke_width(1))
        .label_style(tick_style.clone())
        .axis_desc_style(desc_style.clone())
        .y_desc("events")
        .draw()
        .map_err(draw_err)?;
    let gold_fmt = |v: &f64| format!("{v:.0}");
    chart
        .configure_secondary_axes()
        .y_labels(5)
        .y_label_formatter(&gold_fmt)
        .axis_style(BLACK.stroke_width(1))
        .label_style(tick_style)
        .axis_desc_style(desc_style)
        .y_desc("Goldstein mean")
        .draw()
        .map_err(draw_err)?;
    Ok(chart)
}

/// Pixels per period along the x axis.
fn period_px<DB: DrawingBackend>(chart: &Chart<DB>, n: usize) -> f64 {
    let x = chart.plotting_area().get_pixel_range().0;
    (x.end - x.start) as f64 / n as f64
}

/// Draws the alert bands, full height, then the stacked quad-class bars over them.
fn draw_bars<DB: DrawingBackend>(chart: &mut Chart<DB>, spec: &PlotSpec, y_top: u64) -> Result<()>
where
    DB::ErrorType: 'static,
{
    let band = ALERT.mix(ALERT_OPACITY).filled();
    let bands = spec
        .rows
        .iter()
        .enumerate()
        .filter(|(_, r)| alerted(spec, r))
        .map(|(i, _)| {
            let x = i as f64;
            Rectangle::new([(x - 0.5, 0), (x + 0.5, y_top)], band)
        });
    chart.draw_series(bands).map_err(draw_err)?;

    let mut bars = Vec::new();
    for (i, r) in spec.rows.iter().enumerate() {
        let x = i as f64;
        let mut base = 0;
        for (count, (colour, _)) in quad_counts(r).into_iter().zip(QUADS) {
            if count > 0 {
                let corners = [(x - 0.4, base), (x + 0.4, base + count)];
                bars.push(Rectangle::new(corners, colour.filled()));
                base += count;
            }
        }
    }
    chart.draw_series(bars).map_err(draw_err)?;
    Ok(())
}

/// Draws a dashed zero line and the Goldstein mean as a line with points, broken where a
/// period has no mean.
fn draw_goldstein<DB: DrawingBackend>(
    chart: &mut Chart<DB>,
    l: Layout,
    rows: &[SeriesRow],
) -> Result<()>
where
    DB::ErrorType: 'static,
{
    let n = rows.len() as f64;
    let zero = DashedLineSeries::new(
        [(-0.5, 0.0), (n - 0.5, 0.0)],
        l.px(5.0) as u32,
        l.px(4.0) as u32,
        GREY.mix(0.7).stroke_width(1),
    );
    chart.draw_secondary_series(zero).map_err(draw_err)?;

    let means: Vec<Option<(f64, f64)>> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            r.goldstein_mean
                .filter(|m| m.is_finite())
                .map(|m| (i as f64, m.clamp(-10.0, 10.0)))
        })
        .collect();
    let per_period = period_px(chart, rows.len());
    let line_style = GOLDSTEIN.stroke_width(l.px(2.0).min(per_period as i32).max(1) as u32);
    let radius = (l.px(3.5) as f64).min(per_period / 4.0).max(1.5).round() as i32;
    for run in means.split(|m| m.is_none()).filter(|run| run.len() > 1) {
        let line = LineSeries::new(run.iter().flatten().copied(), line_style);
        chart.draw_secondary_series(line).map_err(draw_err)?;
    }
    let points = means
        .iter()
        .flatten()
        .map(|p| Circle::new(*p, radius, GOLDSTEIN.filled()));
    chart.draw_secondary_series(points).map_err(draw_err)?;
    Ok(())
}

/// Draws ticks and `YYYY-MM-DD` labels under the periods, every so many so they keep apart.
fn draw_dates<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &Chart<DB>,
    l: Layout,
    rows: &[SeriesRow],
) -> Result<()>
where
    DB::ErrorType: 'static,
{
    let style = l.text(15.0, BLACK);
    let (label_w, _) = root
        .estimate_text_size("0000-00-00", &style)
        .map_err(draw_err)?;
    let plot_px = (period_px(chart, rows.len()) * rows.len() as f64) as i32;
    let step = label_step(rows.len(), plot_px, label_w, l.px(16.0));
    let style = style.pos(Pos::new(HPos::Center, VPos::Top));
    let tick = l.px(5.0);
    for (i, r) in rows.iter().enumerate().step_by(step) {
        let (x, y) = chart.backend_coord(&(i as f64, 0));
        root.draw(&PathElement::new(vec![(x, y), (x, y + tick)], BLACK))
            .map_err(draw_err)?;
        let at = (x, y + tick + l.px(4.0));
        root.draw(&Text::new(r.start.to_string(), at, style.clone()))
            .map_err(draw_err)?;
    }
    Ok(())
}
