//! The embedded font (DejaVu Sans, licence in fonts/LICENSE-DejaVu.txt), registered once.

use petrel_core::{ErrorKind, PetrelError, Result};
use plotters::style::{register_font, FontStyle};
use std::sync::OnceLock;

/// The family name text is set in; SVG viewers fall back to any sans-serif font.
pub(crate) const FAMILY: &str = "DejaVu Sans, sans-serif";

/// DejaVu Sans, the TTF file.
pub(crate) static DEJAVU_SANS: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");

/// Registers the embedded font with plotters, the first time only.
pub(crate) fn ensure_registered() -> Result<()> {
    static DONE: OnceLock<bool> = OnceLock::new();
    let ok = *DONE.get_or_init(|| {
        [FAMILY, "sans-serif"]
            .iter()
            .all(|name| register_font(name, FontStyle::Normal, DEJAVU_SANS).is_ok())
    });
    if ok {
        Ok(())
    } else {
        Err(PetrelError::new(
            ErrorKind::Other,
            "the embedded DejaVu Sans font could not be read",
        ))
    }
}
