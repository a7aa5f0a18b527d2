//! Colours: the Okabe–Ito palette, which colour-blind readers can tell apart.

use plotters::style::RGBColor;

/// Verbal cooperation: blue.
pub(crate) const VERBAL_COOP: RGBColor = RGBColor(0x00, 0x72, 0xB2);
/// Material cooperation: bluish green.
pub(crate) const MATERIAL_COOP: RGBColor = RGBColor(0x00, 0x9E, 0x73);
/// Verbal conflict: orange.
pub(crate) const VERBAL_CONFLICT: RGBColor = RGBColor(0xE6, 0x9F, 0x00);
/// Material conflict: vermilion.
pub(crate) const MATERIAL_CONFLICT: RGBColor = RGBColor(0xD5, 0x5E, 0x00);
/// The Goldstein line and its points.
pub(crate) const GOLDSTEIN: RGBColor = RGBColor(0x00, 0x00, 0x00);
/// The alert band, drawn at [`ALERT_OPACITY`].
pub(crate) const ALERT: RGBColor = RGBColor(0xE0, 0x00, 0x00);
/// Opacity of the alert band.
pub(crate) const ALERT_OPACITY: f64 = 0.14;
/// Secondary text (the subtitle) and the Goldstein zero line.
pub(crate) const GREY: RGBColor = RGBColor(0x55, 0x55, 0x55);
/// Grid lines.
pub(crate) const GRID: RGBColor = RGBColor(0xE3, 0xE3, 0xE3);

/// The quad classes in stacking order, bottom up, with their colours and legend labels.
pub(crate) const QUADS: [(RGBColor, &str); 4] = [
    (VERBAL_COOP, "verbal cooperation"),
    (MATERIAL_COOP, "material cooperation"),
    (VERBAL_CONFLICT, "verbal conflict"),
    (MATERIAL_CONFLICT, "material conflict"),
];
