//! Sizes that grow with the picture: margins, font sizes, date-label thinning.

use crate::font::FAMILY;
use plotters::style::{Color, IntoFont, RGBColor, TextStyle};

/// Scale of a picture: 1 at 1000 × 600 pixels.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Layout {
    scale: f64,
}

impl Layout {
    /// The layout of a `width` × `height` picture.
    pub(crate) fn new(width: u32, height: u32) -> Layout {
        let scale = (width as f64 / 1000.0).min(height as f64 / 600.0);
        Layout {
            scale: scale.clamp(0.5, 4.0),
        }
    }
    /// `v` pixels of a 1000 × 600 picture, scaled.
    pub(crate) fn px(&self, v: f64) -> i32 {
        (v * self.scale).round().max(1.0) as i32
    }
    /// Text of nominal `size` (plotters' units) in `color`, scaled but kept readable.
    pub(crate) fn text(&self, size: f64, color: RGBColor) -> TextStyle<'static> {
        (FAMILY, size * self.scale.max(0.8))
            .into_font()
            .color(&color.to_rgba())
    }
}

/// Every how many periods a date label goes, so that labels `label_px` wide keep a gap of
/// `gap_px` on a plot `plot_px` wide showing `n` periods.
pub(crate) fn label_step(n: usize, plot_px: i32, label_px: u32, gap_px: i32) -> usize {
    let per_period = plot_px.max(1) as f64 / n.max(1) as f64;
    let needed = (label_px as i32 + gap_px) as f64;
    ((needed / per_period).ceil() as usize).clamp(1, n.max(1))
}

#[cfg(test)]
mod tests {
    use super::label_step;

    #[test]
    fn labels_are_thinned_until_they_fit() {
        assert_eq!(label_step(12, 1200, 80, 20), 1);
        assert_eq!(label_step(12, 600, 80, 20), 2);
        assert_eq!(label_step(365, 900, 80, 20), 41);
        assert_eq!(label_step(1, 10, 80, 20), 1);
    }
}
