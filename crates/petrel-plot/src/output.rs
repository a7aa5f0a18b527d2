//! The picture as SVG text, as PNG bytes, or in a file.

use crate::chart::{draw, draw_err};
use crate::raster::Raster;
use crate::{ImageFormat, PlotSpec};
use petrel_core::{ErrorKind, PetrelError, Result};
use plotters::prelude::*;
use std::path::Path;

/// The SVG text of the picture (for tests and the web server).
pub fn draw_svg(spec: &PlotSpec) -> Result<String> {
    spec.check()?;
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (spec.width, spec.height)).into_drawing_area();
        draw(&root, spec)?;
        root.present().map_err(draw_err)?;
    }
    Ok(svg)
}

/// The PNG bytes of the picture.
fn draw_png(spec: &PlotSpec) -> Result<Vec<u8>> {
    spec.check()?;
    let (w, h) = (spec.width, spec.height);
    let mut rgb = vec![255u8; w as usize * h as usize * 3];
    {
        let root = Raster(BitMapBackend::with_buffer(&mut rgb, (w, h))).into_drawing_area();
        draw(&root, spec)?;
        root.present().map_err(draw_err)?;
    }
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, w, h);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder
        .write_header()
        .and_then(|mut writer| writer.write_image_data(&rgb))
        .map_err(|e| PetrelError::new(ErrorKind::Other, format!("encoding the PNG failed: {e}")))?;
    Ok(out)
}

/// The picture's bytes in `format`.
pub fn render(spec: &PlotSpec, format: ImageFormat) -> Result<Vec<u8>> {
    match format {
        ImageFormat::Svg => Ok(draw_svg(spec)?.into_bytes()),
        ImageFormat::Png => draw_png(spec),
    }
}

/// Draws the picture into `path` (SVG or PNG by extension).
pub fn draw_to_file(spec: &PlotSpec, path: &Path) -> Result<()> {
    let bytes = render(spec, ImageFormat::from_path(path)?)?;
    std::fs::write(path, bytes).map_err(|e| PetrelError::io(path.display(), e))
}
