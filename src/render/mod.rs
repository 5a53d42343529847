//! Maps and charts for reports: PNG (default) or SVG, fonts embedded.
//!
//! [`map`] draws Mali and its neighbours from the embedded base map
//! (`gazetteer/basemap.json`, derived from Natural Earth and geoBoundaries
//! by `sahel gazetteer build`) with the incidents on top; [`trend`] draws
//! the distance-to-origin chart. DejaVu Sans is registered with plotters
//! from the `dejavu` crate, so rendering needs no system font and accented
//! names (Ségou, Ménaka, Niafounké) render as they are.

pub mod lang;
pub mod map;
pub mod projection;
pub mod trend;

use plotters::coord::Shift;
use plotters::prelude::{BitMapBackend, DrawingArea, DrawingBackend, IntoDrawingArea, SVGBackend};
use plotters::style::{FontStyle, RGBColor};
use serde::Deserialize;
use std::path::Path;
use std::sync::OnceLock;

pub use projection::Projection;

/// What can go wrong drawing a map or chart.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Writing the image failed.
    #[error(transparent)]
    Files(#[from] crate::files::Error),
    /// plotters failed while drawing.
    #[error("drawing failed: {0}")]
    Draw(String),
    /// An image path whose extension is not .png or .svg.
    #[error("{}: unknown image extension .{ext}: use .png or .svg", path.display())]
    UnknownExtension {
        /// The path.
        path: std::path::PathBuf,
        /// Its extension.
        ext: String,
    },
    /// An image path with no extension.
    #[error("{}: no extension: use .png or .svg", .0.display())]
    NoExtension(std::path::PathBuf),
    /// A size that is not `WIDTHxHEIGHT`.
    #[error("{0:?}: expected WIDTHxHEIGHT, e.g. 2000x1500")]
    SizeSyntax(String),
    /// A size out of the range sahel draws.
    #[error("{0}: width must be 200–10000 and height 150–10000 pixels")]
    SizeOutOfRange(String),
}

/// `Result` with this module's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The base map embedded in the binary.
pub const EMBEDDED_BASEMAP: &str = include_str!("../../gazetteer/basemap.json");

/// Registers the embedded fonts with plotters (once per process).
pub fn register_fonts() {
    static DONE: OnceLock<()> = OnceLock::new();
    DONE.get_or_init(|| {
        let _ = plotters::style::register_font(
            "sans-serif",
            FontStyle::Normal,
            dejavu::sans::regular(),
        );
        let _ = plotters::style::register_font("sans-serif", FontStyle::Bold, dejavu::sans::bold());
        let _ = plotters::style::register_font(
            "sans-serif",
            FontStyle::Italic,
            dejavu::sans::oblique(),
        );
    });
}

/// Something that draws itself on any plotters backend (PNG or SVG).
pub trait Drawing {
    /// Draws on `root`.
    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> Result<()>
    where
        DB::ErrorType: 'static;
}

/// Renders `d` at `size` into `path` (.png or .svg; `-` writes PNG to
/// standard output). The image is drawn in memory and then written through
/// [`crate::files::write_atomic`], so a failed drawing never leaves a
/// half-written image and a failed write names the file.
pub fn render_to(path: &Path, size: (u32, u32), d: &impl Drawing) -> Result<()> {
    register_fonts();
    let format = if path.as_os_str() == "-" {
        Format::Png
    } else {
        format_of(path)?
    };
    let bytes = draw_bytes(format, size, d)?;
    Ok(crate::files::write_atomic(path, &bytes)?)
}

/// Draws `d` and encodes it as PNG or SVG bytes.
fn draw_bytes(format: Format, size: (u32, u32), d: &impl Drawing) -> Result<Vec<u8>> {
    match format {
        Format::Png => {
            let mut rgb = vec![0u8; size.0 as usize * size.1 as usize * 3];
            {
                let root = BitMapBackend::with_buffer(&mut rgb, size).into_drawing_area();
                d.draw(&root)?;
                root.present().map_err(|e| Error::Draw(e.to_string()))?;
            }
            let mut png = Vec::new();
            image::ImageEncoder::write_image(
                image::codecs::png::PngEncoder::new(&mut png),
                &rgb,
                size.0,
                size.1,
                image::ColorType::Rgb8,
            )
            .map_err(|e| Error::Draw(format!("PNG encoding: {e}")))?;
            Ok(png)
        }
        Format::Svg => {
            let mut svg = String::new();
            {
                let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
                d.draw(&root)?;
                root.present().map_err(|e| Error::Draw(e.to_string()))?;
            }
            Ok(svg.into_bytes())
        }
    }
}

/// A plotters drawing error as an error of ours.
pub(crate) fn draw_err<E: std::fmt::Debug>(e: E) -> Error {
    Error::Draw(format!("{e:?}"))
}

/// Output format, from the file extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// PNG raster.
    Png,
    /// SVG vector.
    Svg,
}

/// The format a path asks for; an unknown extension is an error.
pub fn format_of(path: &Path) -> Result<Format> {
    match path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .as_deref()
    {
        Some("png") => Ok(Format::Png),
        Some("svg") => Ok(Format::Svg),
        Some(e) => Err(Error::UnknownExtension {
            path: path.to_path_buf(),
            ext: e.to_string(),
        }),
        None => Err(Error::NoExtension(path.to_path_buf())),
    }
}

/// Parses a `WIDTHxHEIGHT` size such as `2000x1500`.
pub fn parse_size(s: &str) -> Result<(u32, u32)> {
    let (w, h) = s
        .split_once(['x', 'X'])
        .ok_or_else(|| Error::SizeSyntax(s.to_string()))?;
    let number = |n: &str| {
        n.trim()
            .parse::<u32>()
            .map_err(|_| Error::SizeSyntax(s.to_string()))
    };
    let (w, h) = (number(w)?, number(h)?);
    if !(200..=10000).contains(&w) || !(150..=10000).contains(&h) {
        return Err(Error::SizeOutOfRange(s.to_string()));
    }
    Ok((w, h))
}

/// A colour-blind-safe qualitative palette (Okabe & Ito 2008), then a few
/// extra distinguishable tones.
pub const PALETTE: [RGBColor; 12] = [
    RGBColor(213, 94, 0),    // vermillion
    RGBColor(0, 114, 178),   // blue
    RGBColor(230, 159, 0),   // orange
    RGBColor(0, 158, 115),   // bluish green
    RGBColor(204, 121, 167), // reddish purple
    RGBColor(86, 180, 233),  // sky blue
    RGBColor(240, 228, 66),  // yellow
    RGBColor(0, 0, 0),       // black
    RGBColor(117, 112, 179), // purple
    RGBColor(102, 102, 102), // grey
    RGBColor(166, 86, 40),   // brown
    RGBColor(153, 153, 51),  // olive
];

/// The base map layers.
#[derive(Debug, Clone, Deserialize)]
pub struct Basemap {
    /// Countries of the region.
    pub countries: Vec<Area>,
    /// Mali's regions (pre-2016 scheme).
    pub regions: Vec<Area>,
    /// Rivers.
    pub rivers: Vec<River>,
    /// Lakes.
    pub lakes: Vec<Area>,
    /// Towns for labels.
    pub towns: Vec<Town>,
}

/// A named area: polygons of rings of [lon, lat].
#[derive(Debug, Clone, Deserialize)]
pub struct Area {
    /// Name.
    pub name: String,
    /// ISO code (countries).
    #[serde(default)]
    pub iso: String,
    /// Polygons: outer ring first, then holes.
    pub polygons: Vec<Vec<Vec<[f64; 2]>>>,
}

/// A river: lines of [lon, lat].
#[derive(Debug, Clone, Deserialize)]
pub struct River {
    /// Name.
    pub name: String,
    /// Lines.
    pub lines: Vec<Vec<[f64; 2]>>,
}

/// A town to label.
#[derive(Debug, Clone, Deserialize)]
pub struct Town {
    /// Name.
    pub name: String,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// Population (Natural Earth POP_MAX).
    pub pop: u64,
    /// Whether it is a national capital.
    pub capital: bool,
    /// ISO3 country code.
    pub country: String,
}

impl Basemap {
    /// The embedded base map, parsed once.
    pub fn embedded() -> &'static Basemap {
        static CELL: OnceLock<Basemap> = OnceLock::new();
        CELL.get_or_init(|| {
            serde_json::from_str(EMBEDDED_BASEMAP).expect("embedded base map is valid")
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn palette_colours_are_told_apart() {
        // "Redmean" colour distance: two categories must not look alike.
        let dist = |a: RGBColor, b: RGBColor| {
            let r = (a.0 as f64 + b.0 as f64) / 2.0;
            let (dr, dg, db) = (
                a.0 as f64 - b.0 as f64,
                a.1 as f64 - b.1 as f64,
                a.2 as f64 - b.2 as f64,
            );
            ((2.0 + r / 256.0) * dr * dr + 4.0 * dg * dg + (2.0 + (255.0 - r) / 256.0) * db * db)
                .sqrt()
        };
        for (i, a) in PALETTE.iter().enumerate() {
            for b in &PALETTE[i + 1..] {
                assert!(dist(*a, *b) > 90.0, "{a:?} and {b:?} look alike");
            }
        }
    }

    #[test]
    fn formats_and_sizes() {
        assert_eq!(format_of(Path::new("a.PNG")).unwrap(), Format::Png);
        assert_eq!(format_of(Path::new("a.svg")).unwrap(), Format::Svg);
        assert!(matches!(
            format_of(Path::new("a.jpg")),
            Err(Error::UnknownExtension { ext, .. }) if ext == "jpg"
        ));
        assert!(matches!(
            format_of(Path::new("a")),
            Err(Error::NoExtension(_))
        ));
        assert_eq!(parse_size("2000x1500").unwrap(), (2000, 1500));
        assert!(matches!(parse_size("20x15"), Err(Error::SizeOutOfRange(_))));
        assert!(matches!(parse_size("2000xbig"), Err(Error::SizeSyntax(_))));
        assert!(parse_size("big").is_err());
    }

    #[test]
    fn basemap_has_mali_and_its_rivers() {
        let b = Basemap::embedded();
        assert!(b.countries.iter().any(|c| c.iso == "MLI"));
        // Mali's 9 (pre-2016), Burkina Faso's 13, Niger's 8.
        assert_eq!(b.regions.len(), 30);
        for (iso, n) in [("MLI", 9), ("BFA", 13), ("NER", 8)] {
            assert_eq!(
                b.regions.iter().filter(|r| r.iso == iso).count(),
                n,
                "{iso}"
            );
        }
        assert!(b.rivers.iter().any(|r| r.name == "Niger"));
        assert!(b.lakes.iter().any(|l| l.name == "Lac Débo"));
        assert!(b.towns.iter().any(|t| t.name == "Bamako" && t.capital));
    }

    #[test]
    fn niger_is_whole_east_of_the_natural_earth_clip() {
        // Natural Earth's layers stop at 6°E; a map of Zinder, Agadez or
        // Diffa needs Niger's outline and towns beyond it.
        use geo::Contains;
        let b = Basemap::embedded();
        let niger = b.countries.iter().find(|c| c.iso == "NER").unwrap();
        let inside = |lon: f64, lat: f64| {
            niger.polygons.iter().any(|p| {
                let ring: Vec<(f64, f64)> = p[0].iter().map(|c| (c[0], c[1])).collect();
                geo::Polygon::new(ring.into(), vec![]).contains(&geo::Point::new(lon, lat))
            })
        };
        for (town, lon, lat) in [
            ("Niamey", 2.11, 13.51),
            ("Zinder", 8.99, 13.81),
            ("Agadez", 7.99, 16.97),
            ("Diffa", 12.61, 13.32),
            ("Bilma", 12.92, 18.69),
        ] {
            assert!(inside(lon, lat), "{town} outside Niger's outline");
        }
        assert!(!inside(8.52, 12.0), "Kano is in Nigeria");
        for town in ["Zinder", "Maradi", "Agadez", "Diffa"] {
            assert!(
                b.towns.iter().any(|t| t.name == town && t.country == "NER"),
                "{town} has no label"
            );
        }
    }
}
