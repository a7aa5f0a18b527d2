//! The PNG backend: plotters' bitmap backend with text set by ab_glyph directly, placed as an
//! SVG viewer places it, since plotters' own bitmap text drops the glyphs' side bearings.

use crate::font::DEJAVU_SANS;
use ab_glyph::{point, Font, FontRef, PxScale, ScaleFont};
use plotters::backend::{BitMapBackend, DrawingBackend};
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind,
};
use std::sync::OnceLock;

/// Plotters' font size is 1.24 times the em size it writes into SVG.
const SIZE_PER_EM: f64 = 1.24;

/// The embedded font, parsed once; `None` if it does not parse.
fn font() -> Option<&'static FontRef<'static>> {
    static FONT: OnceLock<Option<FontRef<'static>>> = OnceLock::new();
    FONT.get_or_init(|| FontRef::try_from_slice(DEJAVU_SANS).ok())
        .as_ref()
}

/// A line of text set at one size: the glyph scale, the em and the advance width in pixels.
struct Line<'f> {
    font: ab_glyph::PxScaleFont<&'f FontRef<'static>>,
    em: f32,
    width: f32,
}

impl<'f> Line<'f> {
    /// Measures `text` at plotters' font `size`.
    fn new(font: &'f FontRef<'static>, size: f64, text: &str) -> Line<'f> {
        let em = (size / SIZE_PER_EM) as f32;
        let units = font.units_per_em().unwrap_or(2048.0);
        let scaled = font.as_scaled(PxScale::from(em * font.height_unscaled() / units));
        let mut width = 0.0;
        let mut prev = None;
        for c in text.chars() {
            let id = scaled.glyph_id(c);
            if let Some(p) = prev {
                width += scaled.kern(p, id);
            }
            width += scaled.h_advance(id);
            prev = Some(id);
        }
        Line {
            font: scaled,
            em,
            width,
        }
    }
    /// Half the height of a lower-case x: SVG's `0.5ex`.
    fn half_ex(&self) -> f32 {
        let x = self.font.scaled_glyph('x');
        match self.font.outline_glyph(x) {
            Some(q) => -q.px_bounds().min.y / 2.0,
            None => 0.25 * self.em,
        }
    }
}

/// A bitmap backend drawing into an RGB buffer, with its own text.
pub(crate) struct Raster<'a>(pub(crate) BitMapBackend<'a>);

impl DrawingBackend for Raster<'_> {
    type ErrorType = <BitMapBackend<'static> as DrawingBackend>::ErrorType;

    fn get_size(&self) -> (u32, u32) {
        self.0.get_size()
    }
    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.ensure_prepared()
    }
    fn present(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.present()
    }
    fn draw_pixel(
        &mut self,
        point: BackendCoord,
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.draw_pixel(point, color)
    }
    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.draw_line(from, to, style)
    }
    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.draw_rect(upper_left, bottom_right, style, fill)
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.draw_path(path, style)
    }
    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.draw_circle(center, radius, style, fill)
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.fill_polygon(vert, style)
    }
    fn blit_bitmap(
        &mut self,
        pos: BackendCoord,
        (w, h): (u32, u32),
        src: &[u8],
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.blit_bitmap(pos, (w, h), src)
    }

    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<Self::ErrorType>> {
        match font() {
            Some(f) => {
                let line = Line::new(f, style.size(), text);
                Ok((line.width.ceil() as u32, line.em.ceil() as u32))
            }
            None => self.0.estimate_text_size(text, style),
        }
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        let color = style.color();
        let Some(f) = font().filter(|_| color.alpha > 0.0) else {
            return self.0.draw_text(text, style, pos);
        };
        let line = Line::new(f, style.size(), text);
        let left = match style.anchor().h_pos {
            HPos::Left => 0.0,
            HPos::Center => -line.width / 2.0,
            HPos::Right => -line.width,
        };
        let baseline = match style.anchor().v_pos {
            VPos::Top => 0.76 * line.em,
            VPos::Center => line.half_ex(),
            VPos::Bottom => -line.half_ex(),
        };
        let transform = style.transform();
        let (w, h) = self.get_size();
        let mut pen = left;
        let mut prev = None;
        for c in text.chars() {
            let id = line.font.glyph_id(c);
            if let Some(p) = prev {
                pen += line.font.kern(p, id);
            }
            prev = Some(id);
            let glyph = id.with_scale_and_position(line.font.scale(), point(pen, baseline));
            pen += line.font.h_advance(id);
            let Some(outline) = line.font.outline_glyph(glyph) else {
                continue;
            };
            let min = outline.px_bounds().min;
            let mut pixels = Vec::new();
            outline.draw(|x, y, coverage| {
                pixels.push((min.x as i32 + x as i32, min.y as i32 + y as i32, coverage))
            });
            for (x, y, coverage) in pixels {
                let (x, y) = transform.transform(x, y);
                let (x, y) = (pos.0 + x, pos.1 + y);
                if x >= 0 && y >= 0 && (x as u32) < w && (y as u32) < h && coverage > 0.0 {
                    let alpha = color.alpha * coverage.min(1.0) as f64;
                    self.draw_pixel((x, y), BackendColor { alpha, ..color })?;
                }
            }
        }
        Ok(())
    }
}
