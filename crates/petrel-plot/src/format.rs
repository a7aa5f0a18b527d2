//! The picture format, chosen by the output file's extension.

use petrel_core::{ErrorKind, PetrelError, Result};
use std::path::Path;

/// Picture format, from the output file's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageFormat {
    /// Scalable vector graphics, `.svg`.
    Svg,
    /// Portable network graphics, `.png`.
    Png,
}

impl ImageFormat {
    /// The format of `p` by its extension, `.svg` or `.png` in any case.
    pub fn from_path(p: &Path) -> Result<ImageFormat> {
        let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
        match ext.to_ascii_lowercase().as_str() {
            "svg" => Ok(ImageFormat::Svg),
            "png" => Ok(ImageFormat::Png),
            "" => Err(PetrelError::new(
                ErrorKind::Config,
                format!("{}: no file extension: expected .svg or .png", p.display()),
            )),
            _ => Err(PetrelError::new(
                ErrorKind::Config,
                format!(
                    "{}: unknown picture format .{ext}: expected .svg or .png",
                    p.display()
                ),
            )),
        }
    }
}
