//! Pictures of a dyad's event series for reports: event counts per quad class as stacked
//! bars, the Goldstein mean as a line on a second axis, alert periods shaded.
//!
//! - [`draw_svg`] returns the SVG text; [`draw_to_file`] writes SVG or PNG by extension.
//! - Text is set in DejaVu Sans, embedded in the library, so PNG output needs no system fonts.
#![warn(missing_docs)]

mod chart;
mod font;
mod format;
mod header;
mod layout;
mod legend;
mod output;
mod palette;
mod raster;

pub use format::ImageFormat;
pub use output::{draw_svg, draw_to_file, render};

use petrel_core::{ErrorKind, PetrelError, Result};
use petrel_monitor::Alert;
use petrel_store::SeriesRow;

/// Largest width or height accepted, in pixels.
const MAX_SIZE: u32 = 10_000;
/// Smallest width or height accepted, in pixels: below it the labels cannot fit.
const MIN_SIZE: u32 = 200;

/// What to draw.
#[derive(Debug, Clone)]
pub struct PlotSpec<'a> {
    /// The headline, naming the dyad.
    pub title: String,
    /// A second, smaller line under the title (period, source, …), if any.
    pub subtitle: Option<String>,
    /// The dyad's series, one row per period, in order.
    pub rows: &'a [SeriesRow],
    /// The dyad's alerts: periods whose start lies in an alert's range are shaded.
    pub alerts: &'a [Alert],
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
}

impl PlotSpec<'_> {
    /// Refuses a spec that cannot be drawn: no rows, or a size outside the limits.
    fn check(&self) -> Result<()> {
        if self.rows.is_empty() {
            return Err(PetrelError::new(
                ErrorKind::BadInput,
                "no periods to draw: the series is empty",
            ));
        }
        for (what, v) in [("width", self.width), ("height", self.height)] {
            if !(MIN_SIZE..=MAX_SIZE).contains(&v) {
                return Err(PetrelError::new(
                    ErrorKind::Config,
                    format!(
                        "plot {what} {v} is out of range: expected {MIN_SIZE} to {MAX_SIZE} pixels"
                    ),
                ));
            }
        }
        Ok(())
    }
}
