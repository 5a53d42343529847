//! The incident map: Mali and its neighbours, regions, rivers, lakes and
//! towns, incidents as circles whose area grows with the death toll,
//! coloured by event type or actor, largest drawn first so small ones stay
//! visible; legend, scale bar, north arrow, title and attribution.
//! Optional layers: cluster hulls with labels, a radius ring around a
//! place, and a choropleth mode that shades regions by incidents or deaths
//! instead of drawing points. Zoomed views (`bbox`) also label the towns
//! the caller passes ([`towns_of`] the gazetteer in use) that fall in view.
//!
//! One concern per file: `style` (palette, classes, sizes, categories),
//! `layers` (base map, cluster hulls, markers, radius ring), `labels`
//! (towns, regions, countries, overlays, collision-free placement),
//! `legend` (legend, scale bar, north arrow), `titles` (title, subtitle,
//! attribution); this file lays them in order.

mod density;
pub mod html;
mod labels;
mod layers;
mod legend;
pub(in crate::render) mod style;
#[cfg(test)]
mod tests;
mod titles;

use labels::*;
pub use labels::{towns_of, GazetteerTown};
use layers::*;
use legend::*;
use style::*;
pub use style::{categories, radius_px};

use super::{draw_err as err, render_to, Basemap, Drawing, Projection, PALETTE};
use crate::admin::AdminLocator;
use crate::cluster::ClusterSummary;
use crate::coords::BBox;
use crate::country::Country;
use crate::model::{Casualties, EventType, Incident, Location, LocationPrecision};
use crate::render::Result;
use geo::{Area as _, Centroid, Contains};
use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::path::Path;

/// What colours the incidents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorBy {
    /// Event type.
    Type,
    /// First actor.
    Actor,
}

/// Map settings.
#[derive(Debug, Clone)]
pub struct MapOptions {
    /// Image size in pixels.
    pub size: (u32, u32),
    /// Title (a default one names the count and dates).
    pub title: Option<String>,
    /// Colour by type or actor.
    pub color_by: ColorBy,
    /// View box (min_lon, min_lat, max_lon, max_lat); default: all of Mali.
    pub bbox: Option<BBox>,
    /// Cluster hulls to outline and label (see [`crate::cluster::summarize`]).
    pub clusters: Vec<ClusterSummary>,
    /// Radius rings, as for `near` queries (several bases, several radii).
    pub rings: Vec<Ring>,
    /// Shade regions by a value instead of drawing incidents.
    pub choropleth: Option<Choropleth>,
    /// Towns that zoomed views label (cercle seats and larger places):
    /// [`towns_of`] a gazetteer, the user's places included.
    pub towns: Vec<GazetteerTown>,
    /// The boundaries that place incidents carrying no country or region
    /// name by their point (`Gazetteer::admin` of the gazetteer in use):
    /// for the view, the focus countries and region shading. Without
    /// them, only the names incidents carry count.
    pub boundaries: Option<&'static AdminLocator>,
    /// Language of the title, legend and notes (French by default).
    pub lang: crate::render::lang::Lang,
    /// Draw the incidents as counts in hexagons this many km wide instead
    /// of one circle each (for maps of thousands of incidents).
    pub density_km: Option<f64>,
    /// Past this many placed incidents in view, and with no
    /// [`MapOptions::density_km`] or choropleth asked for, count them in
    /// hexagons of a width fitted to the view instead of drawing a circle
    /// each: tens of thousands of translucent circles merge into one blot
    /// whose colour says nothing. `None` draws every circle however many.
    pub markers_limit: Option<usize>,
}

/// The default [`MapOptions::markers_limit`]: past it, the circles, faded
/// to their faintest, already cover each other many times over.
pub const MARKERS_LIMIT: usize = 20_000;

impl Default for MapOptions {
    fn default() -> Self {
        MapOptions {
            size: (2000, 1500),
            title: None,
            color_by: ColorBy::Type,
            bbox: None,
            clusters: Vec::new(),
            rings: Vec::new(),
            choropleth: None,
            towns: Vec::new(),
            boundaries: None,
            lang: Default::default(),
            density_km: None,
            markers_limit: Some(MARKERS_LIMIT),
        }
    }
}

/// A circle of `km` around a point, drawn as a geodesic (it is a true
/// circle on the ground, so not quite one on the map).
#[derive(Debug, Clone, PartialEq)]
pub struct Ring {
    /// Latitude of the centre.
    pub lat: f64,
    /// Longitude of the centre.
    pub lon: f64,
    /// Radius in km.
    pub km: f64,
    /// Name of the centre, for the label.
    pub label: String,
}

/// What a choropleth map shades regions by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choropleth {
    /// Number of incidents.
    Incidents,
    /// Deaths (the low figure of each incident; unknown counts as 0).
    Deaths,
}

/// The projection and pixel box a map with these options uses (the map is
/// drawn with it; tests and callers can find where a point lands).
pub fn map_projection(o: &MapOptions) -> Projection {
    let (w, h) = (o.size.0 as f64, o.size.1 as f64);
    let s = w / 2000.0;
    let (top, bottom) = (120.0 * s, 60.0 * s);
    Projection::fit(
        o.bbox.unwrap_or(MALI_BBOX),
        20.0 * s,
        top,
        w - 40.0 * s,
        h - top - bottom,
    )
}

/// The value of each region of the base map (pre-2016 regions, in the base
/// map's order): incidents are assigned by their `region` (compared without
/// accents or case), or by where their point falls.
pub fn region_values(
    incidents: &[Incident],
    by: Choropleth,
    boundaries: Option<&AdminLocator>,
) -> Vec<(String, f64)> {
    let bm = Basemap::embedded();
    let keys: Vec<String> = bm
        .regions
        .iter()
        .map(|r| crate::fold::fold(&r.name))
        .collect();
    let mut v = vec![0.0; bm.regions.len()];
    for i in incidents {
        let Some(l) = &i.location else { continue };
        let named = l
            .region
            .as_deref()
            .map(crate::fold::fold)
            .map(|k| {
                if k == "koulikouro" {
                    "koulikoro".to_string()
                } else {
                    k
                }
            })
            .and_then(|k| keys.iter().position(|x| *x == k));
        let at = named.or_else(|| {
            let hit = boundaries?.locate(l.lat, l.lon)?;
            let k = crate::fold::fold(&crate::admin::display_name(hit.region));
            keys.iter().position(|x| *x == k)
        });
        if let Some(k) = at {
            v[k] += match by {
                Choropleth::Incidents => 1.0,
                Choropleth::Deaths => f64::from(i.fatalities.low.unwrap_or(0)),
            };
        }
    }
    bm.regions.iter().map(|r| r.name.clone()).zip(v).collect()
}

/// An incident's country: by the boundaries when given, else only the
/// country it carries.
fn country_of(i: &Incident, boundaries: Option<&AdminLocator>) -> Option<Country> {
    match boundaries {
        Some(b) => crate::filter::incident_country(i, b),
        None => Country::parse(i.location.as_ref()?.country.as_deref()?),
    }
}

/// Mali with a margin.
pub const MALI_BBOX: BBox = BBox::new(-12.6, 9.9, 4.6, 25.3);

/// The countries a map is about (ISO alpha-3, as the base map names them):
/// those of the incidents, Mali when there are none.
pub fn focus_countries(
    incidents: &[Incident],
    boundaries: Option<&AdminLocator>,
) -> Vec<&'static str> {
    let mut v: Vec<&'static str> = incidents
        .iter()
        .filter_map(|i| country_of(i, boundaries))
        .map(|c| c.iso3())
        .collect();
    v.sort_unstable();
    v.dedup();
    if v.is_empty() {
        v.push("MLI");
    }
    v
}

/// The view a map takes when no box is given: all of Mali for Malian
/// incidents (as before Burkina Faso and Niger were mapped); otherwise the
/// incidents' own extent with a margin, at least the size of the
/// Liptako-Gourma, so that a Djibo–Tillabéri–Ménaka set is not drawn as a
/// speck in the corner of Mali.
///
/// ```
/// use sahel::render::map::{view_bbox, MALI_BBOX};
/// assert_eq!(view_bbox(&[], None), MALI_BBOX);
/// ```
pub fn view_bbox(incidents: &[Incident], boundaries: Option<&AdminLocator>) -> BBox {
    // One pass: each incident's country decides both whether the view is
    // Mali's and which points it frames.
    let mut all_mali = true;
    let pts: Vec<(f64, f64)> = incidents
        .iter()
        .filter_map(|i| {
            let c = country_of(i, boundaries)?;
            all_mali &= c == Country::Mali;
            i.location.as_ref().map(|l| (l.lon, l.lat))
        })
        .collect();
    if all_mali {
        return MALI_BBOX;
    }
    let (mut x0, mut y0, mut x1, mut y1) = pts.iter().fold(
        (f64::MAX, f64::MAX, f64::MIN, f64::MIN),
        |(a, b, c, d), &(x, y)| (a.min(x), b.min(y), c.max(x), d.max(y)),
    );
    const MARGIN: f64 = 1.0;
    const MIN_LON: f64 = 7.0;
    const MIN_LAT: f64 = 5.0;
    x0 -= MARGIN;
    x1 += MARGIN;
    y0 -= MARGIN;
    y1 += MARGIN;
    if x1 - x0 < MIN_LON {
        let c = (x0 + x1) / 2.0;
        (x0, x1) = (c - MIN_LON / 2.0, c + MIN_LON / 2.0);
    }
    if y1 - y0 < MIN_LAT {
        let c = (y0 + y1) / 2.0;
        (y0, y1) = (c - MIN_LAT / 2.0, c + MIN_LAT / 2.0);
    }
    BBox::new(x0, y0, x1, y1)
}

/// What a map shows of its incidents.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MapSummary {
    /// Incidents drawn in the frame.
    pub shown: usize,
    /// Incidents with a place outside the frame.
    pub outside: usize,
    /// Incidents with no place.
    pub unplaced: usize,
}

impl MapSummary {
    /// What the map leaves out, in words ("2 outside the frame", "1 not
    /// placed"), each count written by `count`; empty when it shows all.
    pub fn left_out(&self, count: impl Fn(usize) -> String) -> Vec<String> {
        self.left_out_in(crate::render::lang::Lang::En, count)
    }

    /// [`MapSummary::left_out`] in a language ("2 hors du cadre").
    pub fn left_out_in(
        &self,
        lang: crate::render::lang::Lang,
        count: impl Fn(usize) -> String,
    ) -> Vec<String> {
        [
            (
                self.outside,
                lang.pick("outside the frame", "hors du cadre"),
            ),
            (self.unplaced, lang.pick("not placed", "non localisés")),
        ]
        .into_iter()
        .filter(|&(k, _)| k > 0)
        .map(|(k, what)| format!("{} {what}", count(k)))
        .collect()
    }
}

/// Draws the map into `path` (.png or .svg), through a temporary file, and
/// says how many incidents it shows. Without a box, the view fits the
/// incidents ([`view_bbox`]).
pub fn render_map(incidents: &[Incident], o: &MapOptions, path: &Path) -> Result<MapSummary> {
    let fitted;
    let o = if o.bbox.is_none() {
        fitted = MapOptions {
            bbox: Some(view_bbox(incidents, o.boundaries)),
            ..o.clone()
        };
        &fitted
    } else {
        o
    };
    let dense;
    let o = match density::automatic(incidents, o) {
        Some(km) => {
            dense = MapOptions {
                density_km: Some(km),
                ..o.clone()
            };
            &dense
        }
        None => o,
    };
    struct MapDrawing<'a>(&'a [Incident], &'a MapOptions, std::cell::Cell<MapSummary>);
    impl Drawing for MapDrawing<'_> {
        fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> Result<()>
        where
            DB::ErrorType: 'static,
        {
            self.2.set(draw(root, self.0, self.1)?);
            Ok(())
        }
    }
    let drawing = MapDrawing(incidents, o, Default::default());
    render_to(path, o.size, &drawing)?;
    Ok(drawing.2.get())
}

/// The plotters canvas every layer draws on.
type Canvas<DB> = DrawingArea<DB, Shift>;

/// The frame every layer draws in: its size and scale, the margins of the
/// title and attribution, the projection, the view and the countries in
/// focus.
struct Frame {
    w: f64,
    h: f64,
    /// Pixels per design pixel: sizes are designed at 2000 px wide.
    s: f64,
    top: f64,
    bottom: f64,
    proj: Projection,
    bbox: BBox,
    focus: Vec<&'static str>,
}

impl Frame {
    /// A font size in points at this scale, never under 9.
    fn f(&self, pt: f64) -> f64 {
        (pt * self.s).max(9.0)
    }

    /// A line width at this scale, never under 1 px.
    fn lw(&self, px: f64) -> u32 {
        (px * self.s).max(1.0) as u32
    }

    /// Whether a pixel is inside the map, between title and attribution.
    fn inside(&self, x: i32, y: i32) -> bool {
        x > 0 && y > self.top as i32 && (x as f64) < self.w && (y as f64) < self.h - self.bottom
    }

    /// Whether a region of the base map belongs to a country mapped.
    fn in_focus(&self, r: &super::Area) -> bool {
        r.iso.is_empty() || self.focus.contains(&r.iso.as_str())
    }
}

fn draw<DB: DrawingBackend>(
    root: &Canvas<DB>,
    incidents: &[Incident],
    o: &MapOptions,
) -> Result<MapSummary>
where
    DB::ErrorType: 'static,
{
    let (w, h) = (o.size.0 as f64, o.size.1 as f64);
    let s = w / 2000.0;
    root.fill(&BACKGROUND).map_err(err)?;
    let fr = Frame {
        w,
        h,
        s,
        top: 120.0 * s,
        bottom: 60.0 * s,
        proj: map_projection(o),
        bbox: o.bbox.unwrap_or(MALI_BBOX),
        focus: focus_countries(incidents, o.boundaries),
    };
    let bm = Basemap::embedded();
    let values = o
        .choropleth
        .map(|c| region_values(incidents, c, o.boundaries));
    let values = values.as_deref();
    let classes = choropleth_classes(&fr, bm, values);
    base(root, &fr, bm, values, &classes)?;
    let marks = Markers::new(&fr, incidents, o.color_by);
    let hexes = o
        .density_km
        .filter(|_| values.is_none())
        .map(|km| density::hexbins(&fr, &marks, km));
    // Circles go over the hulls, which stay readable through them; opaque
    // hexagons would hide the hulls, which go over them instead.
    let hulls_px = match &hexes {
        Some(h) => {
            density::draw_hexbins(root, &fr, h)?;
            cluster_hulls(root, &fr, &o.clusters)?
        }
        None => {
            let hulls_px = cluster_hulls(root, &fr, &o.clusters)?;
            if values.is_none() {
                marks.draw_all(root, &fr)?;
            }
            hulls_px
        }
    };
    let classes = match &hexes {
        Some(h) => h.classes.clone(),
        None => classes,
    };
    let ring_labels = o
        .rings
        .iter()
        .map(|ring| radius_ring(root, &fr, ring, o.lang))
        .collect::<Result<Vec<_>>>()?;

    let (legend_at, mut labels) = legend_place(root, &fr, &marks, o, classes.len(), bm)?;
    overlay_labels(
        root,
        &fr,
        &mut labels,
        &ring_labels,
        &o.clusters,
        &hulls_px,
        o.lang,
    )?;
    country_names(root, &fr, &mut labels, bm)?;
    region_names(root, &fr, &mut labels, bm, values)?;
    // A view much smaller than Mali: label smaller places too.
    let bbox = fr.bbox;
    let zoomed = bbox.width() * bbox.height() < 0.15 * MALI_BBOX.width() * MALI_BBOX.height();
    let zoomed_towns = if zoomed { o.towns.as_slice() } else { &[] };
    let town_dots = towns(root, &fr, &mut labels, bm, zoomed_towns)?;
    if values.is_none() && hexes.is_none() {
        marks.redraw_under(root, &fr, &town_dots)?;
    }

    let summary = titles::titles(root, &fr, incidents, o, &marks)?;
    let lang = o.lang;
    match (o.choropleth, o.density_km) {
        (Some(c), _) => {
            let title = match c {
                Choropleth::Incidents => "Incidents",
                Choropleth::Deaths => lang.pick("Deaths reported", "Morts rapportés"),
            };
            choropleth_legend(root, title, true, &classes, s, legend_at)?
        }
        (None, Some(km)) => {
            let title = match lang {
                crate::render::lang::Lang::En => format!("Incidents per {km:.0} km hexagon"),
                crate::render::lang::Lang::Fr => format!("Incidents par hexagone de {km:.0} km"),
            };
            choropleth_legend(root, &title, false, &classes, s, legend_at)?
        }
        (None, None) => legend(
            root,
            &marks.cats,
            o.color_by,
            marks.region_level > 0,
            s,
            legend_at,
            o.lang,
        )?,
    }
    scale_bar(root, &fr.proj, s, w, h - fr.bottom)?;
    north_arrow(root, s, w, fr.top)?;
    titles::attribution(root, &fr, o.lang)?;
    Ok(summary)
}

/// The legend goes in the corner that hides the fewest incidents. Returns
/// that corner and the label boxes so far: the legend's, the scale bar's
/// and Bamako's, which other labels keep clear of.
fn legend_place<DB: DrawingBackend>(
    root: &Canvas<DB>,
    fr: &Frame,
    marks: &Markers,
    o: &MapOptions,
    classes: usize,
    bm: &Basemap,
) -> Result<((i32, i32), Labels)>
where
    DB::ErrorType: 'static,
{
    let (w, h, s) = (fr.w, fr.h, fr.s);
    let (top, bottom) = (fr.top, fr.bottom);
    let (lw_, lh_) = match (o.choropleth, o.density_km) {
        (None, None) => legend_size(marks.cats.len(), marks.region_level > 0, s),
        _ => choropleth_legend_size(classes, s),
    };
    let (left, right) = ((30.0 * s) as i32, (w - 30.0 * s) as i32 - lw_);
    let corners = [
        (left, (h - bottom - 10.0 * s) as i32 - lh_),
        (left, (top + 10.0 * s) as i32),
        (right, (top + 140.0 * s) as i32),
        (right, (h - bottom - 90.0 * s) as i32 - lh_),
    ];
    let hidden = |(x0, y0): (i32, i32)| {
        if o.choropleth.is_some() {
            // Choropleth: what is hidden is Mali itself; the bottom left
            // corner is the sea of the neighbours at the default view.
            return usize::from((x0, y0) != corners[0]);
        }
        marks
            .order
            .iter()
            .filter(|(_, _, (x, y))| *x >= x0 && *x <= x0 + lw_ && *y >= y0 && *y <= y0 + lh_)
            .count()
    };
    let legend_at = corners
        .iter()
        .copied()
        .min_by_key(|c| hidden(*c))
        .unwrap_or(corners[0]);
    let mut labels = Labels(vec![
        (
            legend_at.0,
            legend_at.1,
            legend_at.0 + lw_,
            legend_at.1 + lh_,
        ),
        (
            (w - 360.0 * s) as i32,
            (h - bottom - 80.0 * s) as i32,
            w as i32,
            (h - bottom) as i32,
        ),
    ]);
    if let Some(t) = bm.towns.iter().find(|t| t.name == "Bamako") {
        let (x, y) = fr.proj.project(t.lon, t.lat);
        let (tw, th) = root
            .estimate_text_size(
                "Bamako",
                &("sans-serif", fr.f(30.0), FontStyle::Bold).into_text_style(root),
            )
            .map_err(err)?;
        let gap = (13.0 * s) as i32;
        labels.0.push((
            x - gap,
            y - th as i32 / 2,
            x + gap + tw as i32,
            y + th as i32 / 2,
        ));
    }
    Ok((legend_at, labels))
}
