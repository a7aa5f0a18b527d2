//! The legend: one or more centred rows of swatches under the chart.

use crate::chart::draw_err;
use crate::layout::Layout;
use crate::palette::{ALERT, ALERT_OPACITY, GOLDSTEIN, QUADS};
use petrel_core::Result;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// What a legend entry shows beside its label.
#[derive(Debug, Clone, Copy)]
enum Swatch {
    /// A filled square.
    Fill(RGBAColor),
    /// A short line with a dot.
    Line(RGBColor),
}

/// The legend laid out for a given width.
pub(crate) struct Legend {
    entries: Vec<(Swatch, &'static str, i32)>,
    rows: Vec<(usize, usize, i32)>,
    row_height: i32,
    layout: Layout,
}

impl Legend {
    /// Lays the legend out in rows no wider than `width` pixels.
    pub(crate) fn new<DB: DrawingBackend>(
        area: &DrawingArea<DB, Shift>,
        layout: Layout,
        width: i32,
    ) -> Result<Legend> {
        let style = layout.text(15.0, BLACK);
        let mut items: Vec<(Swatch, &'static str)> = QUADS
            .iter()
            .map(|(c, label)| (Swatch::Fill(c.to_rgba()), *label))
            .collect();
        items.push((Swatch::Line(GOLDSTEIN), "Goldstein mean"));
        items.push((Swatch::Fill(ALERT.mix(ALERT_OPACITY)), "alert"));
        let mut entries = Vec::new();
        let mut text_h = 0;
        for (swatch, label) in items {
            let (w, h) = area.estimate_text_size(label, &style).map_err(draw_err)?;
            text_h = text_h.max(h as i32);
            let w = Self::swatch_width(layout, swatch) + layout.px(6.0) + w as i32;
            entries.push((swatch, label, w));
        }
        let gap = layout.px(24.0);
        let mut rows: Vec<(usize, usize, i32)> = Vec::new();
        for (i, (_, _, w)) in entries.iter().enumerate() {
            match rows.last_mut() {
                Some((_, end, row_w)) if *row_w + gap + w <= width => {
                    *end = i + 1;
                    *row_w += gap + w;
                }
                _ => rows.push((i, i + 1, *w)),
            }
        }
        Ok(Legend {
            entries,
            rows,
            row_height: text_h.max(layout.px(14.0)) + layout.px(8.0),
            layout,
        })
    }

    /// Height of the legend in pixels.
    pub(crate) fn height(&self) -> i32 {
        self.rows.len() as i32 * self.row_height
    }

    /// Draws the legend with its top at `top`, centred on `center_x`.
    pub(crate) fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        top: i32,
        center_x: i32,
    ) -> Result<()> {
        let l = self.layout;
        let style = l.text(15.0, BLACK).pos(Pos::new(HPos::Left, VPos::Center));
        let gap = l.px(24.0);
        for (r, (start, end, row_w)) in self.rows.iter().enumerate() {
            let mid_y = top + r as i32 * self.row_height + self.row_height / 2;
            let mut x = center_x - row_w / 2;
            for (swatch, label, w) in &self.entries[*start..*end] {
                let sw = Self::swatch_width(l, *swatch);
                let half = l.px(7.0);
                match swatch {
                    Swatch::Fill(c) => {
                        let corners = [(x, mid_y - half), (x + sw, mid_y + half)];
                        area.draw(&Rectangle::new(corners, c.filled()))
                            .map_err(draw_err)?;
                        if c.3 < 1.0 {
                            let border = RGBAColor(c.0, c.1, c.2, 0.45);
                            area.draw(&Rectangle::new(corners, border.stroke_width(1)))
                                .map_err(draw_err)?;
                        }
                    }
                    Swatch::Line(c) => {
                        let line = vec![(x, mid_y), (x + sw, mid_y)];
                        area.draw(&PathElement::new(line, c.stroke_width(l.px(2.0) as u32)))
                            .map_err(draw_err)?;
                        area.draw(&Circle::new((x + sw / 2, mid_y), l.px(3.5), c.filled()))
                            .map_err(draw_err)?;
                    }
                }
                let text_x = x + sw + l.px(6.0);
                area.draw(&Text::new(*label, (text_x, mid_y), style.clone()))
                    .map_err(draw_err)?;
                x += w + gap;
            }
        }
        Ok(())
    }

    /// Width of a swatch in pixels.
    fn swatch_width(l: Layout, swatch: Swatch) -> i32 {
        match swatch {
            Swatch::Fill(_) => l.px(14.0),
            Swatch::Line(_) => l.px(24.0),
        }
    }
}
