//! The title and subtitle lines above the chart.

use crate::chart::draw_err;
use crate::layout::Layout;
use crate::palette::GREY;
use petrel_core::Result;
use plotters::coord::Shift;
use plotters::prelude::*;

/// Draws the title and the subtitle, if any, at the top left; returns where they end.
pub(crate) fn draw_header<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    l: Layout,
    title: &str,
    subtitle: Option<&str>,
) -> Result<i32> {
    let margin = l.px(18.0);
    let mut y = margin;
    let lines = [
        (Some(title), l.text(26.0, BLACK)),
        (subtitle, l.text(17.0, GREY)),
    ];
    for (i, (text, style)) in lines.into_iter().enumerate() {
        let Some(text) = text else { continue };
        if i > 0 {
            y += l.px(7.0);
        }
        let (_, h) = root.estimate_text_size(text, &style).map_err(draw_err)?;
        root.draw(&Text::new(text, (margin, y), style))
            .map_err(draw_err)?;
        y += h as i32;
    }
    Ok(y)
}
