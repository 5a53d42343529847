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
//! `labels` (towns and collision-free placement), `legend` (legend, scale
//! bar, north arrow); this file lays the layers in order.

mod labels;
mod legend;
mod style;
#[cfg(test)]
mod tests;

use labels::*;
pub use labels::{towns_of, GazetteerTown};
use legend::*;
use style::*;
pub use style::{categories, radius_px};

use super::{draw_err as err, render_to, Basemap, Drawing, Projection, PALETTE};
use crate::cluster::ClusterSummary;
use crate::model::{Casualties, EventType, Incident, LocationPrecision};
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
    pub bbox: Option<(f64, f64, f64, f64)>,
    /// Cluster hulls to outline and label (see [`crate::cluster::summarize`]).
    pub clusters: Vec<ClusterSummary>,
    /// A radius ring, as for a `near` query.
    pub ring: Option<Ring>,
    /// Shade regions by a value instead of drawing incidents.
    pub choropleth: Option<Choropleth>,
    /// Towns that zoomed views label (cercle seats and larger places):
    /// [`towns_of`] a gazetteer, the user's places included.
    pub towns: Vec<GazetteerTown>,
}

impl Default for MapOptions {
    fn default() -> Self {
        MapOptions {
            size: (2000, 1500),
            title: None,
            color_by: ColorBy::Type,
            bbox: None,
            clusters: Vec::new(),
            ring: None,
            choropleth: None,
            towns: Vec::new(),
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
pub fn region_values(incidents: &[Incident], by: Choropleth) -> Vec<(String, f64)> {
    let bm = Basemap::embedded();
    let admin = crate::admin::AdminLocator::embedded();
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
            let hit = admin.locate(l.lat, l.lon)?;
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

/// Mali with a margin.
pub const MALI_BBOX: (f64, f64, f64, f64) = (-12.6, 9.9, 4.6, 25.3);

/// The countries a map is about (ISO alpha-3, as the base map names them):
/// those of the incidents, Mali when there are none.
pub fn focus_countries(incidents: &[Incident]) -> Vec<&'static str> {
    let mut v: Vec<&'static str> = incidents
        .iter()
        .filter_map(crate::filter::incident_country)
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
/// assert_eq!(view_bbox(&[]), MALI_BBOX);
/// ```
pub fn view_bbox(incidents: &[Incident]) -> (f64, f64, f64, f64) {
    // One pass: each incident's country decides both whether the view is
    // Mali's and which points it frames.
    let mut all_mali = true;
    let pts: Vec<(f64, f64)> = incidents
        .iter()
        .filter_map(|i| {
            let c = crate::filter::incident_country(i)?;
            all_mali &= c == crate::country::Country::Mali;
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
    (x0, y0, x1, y1)
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
        [
            (self.outside, "outside the frame"),
            (self.unplaced, "not placed"),
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
            bbox: Some(view_bbox(incidents)),
            ..o.clone()
        };
        &fitted
    } else {
        o
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

type Area<'a, DB> = DrawingArea<DB, Shift>;

/// The base map's layers are clipped to this box (lon −14…6, lat 8…27).
const CLIP: (f64, f64, f64, f64) = (-14.0, 8.0, 6.0, 27.0);

/// The parts of a country's ring that are real borders: the edges the clip
/// made (along 6°E for Niger) are left out, so that no false border is
/// drawn.
fn border_runs(ring: &[[f64; 2]]) -> Vec<Vec<[f64; 2]>> {
    let on_clip = |p: &[f64; 2]| {
        (p[0] - CLIP.0).abs() < 1e-3
            || (p[0] - CLIP.2).abs() < 1e-3
            || (p[1] - CLIP.1).abs() < 1e-3
            || (p[1] - CLIP.3).abs() < 1e-3
    };
    let mut runs: Vec<Vec<[f64; 2]>> = Vec::new();
    let mut cur: Vec<[f64; 2]> = Vec::new();
    for w in ring.windows(2) {
        if on_clip(&w[0]) && on_clip(&w[1]) {
            if cur.len() > 1 {
                runs.push(std::mem::take(&mut cur));
            }
            cur.clear();
            continue;
        }
        if cur.is_empty() {
            cur.push(w[0]);
        }
        cur.push(w[1]);
    }
    if cur.len() > 1 {
        runs.push(cur);
    }
    runs
}

/// The radius (or half-size) in pixels of an incident's marker.
fn marker_radius(i: &Incident, s: f64) -> i32 {
    if !i.fatalities.is_known() {
        radius_px(0.0, s) + (3.0 * s) as i32
    } else if i.fatalities.best() == 0.0 {
        no_deaths_half_size(s)
    } else {
        radius_px(i.fatalities.best(), s)
    }
}

/// The corners of a diamond of half-diagonal `a` around `c`.
fn diamond(c: (i32, i32), a: i32) -> Vec<(i32, i32)> {
    vec![
        (c.0, c.1 - a),
        (c.0 + a, c.1),
        (c.0, c.1 + a),
        (c.0 - a, c.1),
    ]
}

/// A ring of points closed on its first (for outlines).
fn closed(mut pts: Vec<(i32, i32)>) -> Vec<(i32, i32)> {
    if let Some(&first) = pts.first() {
        pts.push(first);
    }
    pts
}

/// The polygon of one ring of the base map (lon, lat pairs).
fn ring_polygon(ring: &[[f64; 2]]) -> geo::Polygon<f64> {
    geo::Polygon::new(ring.iter().map(|c| (c[0], c[1])).collect(), vec![])
}

/// A ring's centroid and area (square degrees, to compare parts of one
/// country): labels go at the centre of the largest part.
fn ring_centroid(ring: &[[f64; 2]]) -> (geo::Point<f64>, f64) {
    let poly = ring_polygon(ring);
    let centre = poly
        .centroid()
        .unwrap_or_else(|| geo::Point::new(ring[0][0], ring[0][1]));
    (centre, poly.unsigned_area())
}

fn ring_px(p: &Projection, ring: &[[f64; 2]]) -> Vec<(i32, i32)> {
    let mut out: Vec<(i32, i32)> = Vec::with_capacity(ring.len());
    for c in ring {
        let q = p.project(c[0], c[1]);
        if out.last() != Some(&q) {
            out.push(q);
        }
    }
    out
}

fn draw<DB: DrawingBackend>(
    root: &Area<DB>,
    incidents: &[Incident],
    o: &MapOptions,
) -> Result<MapSummary>
where
    DB::ErrorType: 'static,
{
    let (w, h) = (o.size.0 as f64, o.size.1 as f64);
    let s = w / 2000.0; // sizes are designed at 2000 px wide
    let f = |pt: f64| (pt * s).max(9.0);
    let lw = |px: f64| (px * s).max(1.0) as u32;
    root.fill(&BACKGROUND).map_err(err)?;
    let bbox = o.bbox.unwrap_or(MALI_BBOX);
    let top = 120.0 * s;
    let bottom = 60.0 * s;
    let proj = map_projection(o);
    let bm = Basemap::embedded();
    // A view much smaller than Mali: label smaller places too.
    let zoomed = (bbox.2 - bbox.0) * (bbox.3 - bbox.1)
        < 0.15 * (MALI_BBOX.2 - MALI_BBOX.0) * (MALI_BBOX.3 - MALI_BBOX.1);

    // Countries: neighbours muted, the countries of the incidents light
    // with a strong outline.
    let focus = focus_countries(incidents);
    for c in &bm.countries {
        let fill = if focus.contains(&c.iso.as_str()) {
            MALI
        } else {
            NEIGHBOUR
        };
        for poly in &c.polygons {
            let pts = ring_px(&proj, &poly[0]);
            root.draw(&Polygon::new(pts, fill.filled())).map_err(err)?;
            // The edges the base map's clip cut are not borders.
            for run in border_runs(&poly[0]) {
                root.draw(&PathElement::new(
                    ring_px(&proj, &run),
                    NEIGHBOUR_EDGE.stroke_width(lw(1.5)),
                ))
                .map_err(err)?;
            }
        }
    }
    // The regions of the countries mapped are filled too, so that a gap
    // between the two sources' borders shows no neighbour's colour.
    for r in bm
        .regions
        .iter()
        .filter(|r| focus.contains(&r.iso.as_str()))
    {
        for poly in &r.polygons {
            root.draw(&Polygon::new(ring_px(&proj, &poly[0]), MALI.filled()))
                .map_err(err)?;
        }
    }
    // Choropleth: regions shaded by class.
    // Only the regions of the countries mapped are classed and shaded: a
    // neighbour's empty regions would pull the classes down.
    let in_focus = |r: &super::Area| r.iso.is_empty() || focus.contains(&r.iso.as_str());
    let values = o.choropleth.map(|c| region_values(incidents, c));
    let classes = values
        .as_ref()
        .map(|v| {
            let shown: Vec<f64> = bm
                .regions
                .iter()
                .zip(v)
                .filter(|(r, _)| in_focus(r))
                .map(|(_, x)| x.1)
                .collect();
            crate::stats::jenks_classes(&shown, CLASSES.len())
        })
        .unwrap_or_default();
    if let Some(values) = &values {
        for (r, (_, v)) in bm.regions.iter().zip(values).filter(|(r, _)| in_focus(r)) {
            let fill =
                class_of(*v, &classes).map_or(ZERO_CLASS, |k| class_colour(k, classes.len()));
            for poly in &r.polygons {
                root.draw(&Polygon::new(ring_px(&proj, &poly[0]), fill.filled()))
                    .map_err(err)?;
            }
        }
    }
    let region_edge = if values.is_some() {
        RGBColor(110, 100, 90)
    } else {
        RGBColor(170, 165, 155)
    };
    for r in &bm.regions {
        for poly in &r.polygons {
            root.draw(&PathElement::new(
                ring_px(&proj, &poly[0]),
                region_edge.stroke_width(lw(1.2)),
            ))
            .map_err(err)?;
        }
    }
    for l in &bm.lakes {
        for poly in &l.polygons {
            root.draw(&Polygon::new(ring_px(&proj, &poly[0]), LAKE.filled()))
                .map_err(err)?;
        }
    }
    for r in &bm.rivers {
        let width = if r.name == "Niger" { 3.5 } else { 2.0 };
        for line in &r.lines {
            root.draw(&PathElement::new(
                ring_px(&proj, line),
                WATER.stroke_width(lw(width)),
            ))
            .map_err(err)?;
        }
    }
    for c in bm
        .countries
        .iter()
        .filter(|c| focus.contains(&c.iso.as_str()))
    {
        for poly in &c.polygons {
            for run in border_runs(&poly[0]) {
                root.draw(&PathElement::new(
                    ring_px(&proj, &run),
                    INK.stroke_width(lw(3.0)),
                ))
                .map_err(err)?;
            }
        }
    }

    let inside =
        |x: i32, y: i32| x > 0 && y > top as i32 && (x as f64) < w && (y as f64) < h - bottom;

    // Cluster hulls under the incidents: a light wash and a dark outline.
    let mut hulls_px: Vec<(u32, Vec<(i32, i32)>)> = Vec::new();
    for c in &o.clusters {
        let mut pts: Vec<(i32, i32)> = c
            .hull
            .exterior()
            .0
            .iter()
            .map(|p| proj.project(p.x, p.y))
            .collect();
        // The ring is closed (last = first); drop the closing point.
        if pts.len() > 1 && pts.first() == pts.last() {
            pts.pop();
        }
        pts.dedup();
        let mut distinct = pts.clone();
        distinct.sort();
        distinct.dedup();
        if distinct.len() < 3 {
            // One or two places: a circle around them instead.
            let (x, y) = proj.project(c.centroid.1, c.centroid.0);
            let r = (18.0 * s) as i32
                + pts
                    .iter()
                    .map(|p| (((p.0 - x).pow(2) + (p.1 - y).pow(2)) as f64).sqrt() as i32)
                    .max()
                    .unwrap_or(0);
            pts = (0..=36)
                .map(|k| {
                    let a = k as f64 * std::f64::consts::TAU / 36.0;
                    (
                        x + (r as f64 * a.cos()) as i32,
                        y + (r as f64 * a.sin()) as i32,
                    )
                })
                .collect();
        } else {
            pts = grow(&pts, 14.0 * s);
        }
        root.draw(&Polygon::new(pts.clone(), INK.mix(0.07).filled()))
            .map_err(err)?;
        let mut closed = pts.clone();
        closed.push(pts[0]);
        root.draw(&PathElement::new(
            closed,
            INK.mix(0.8).stroke_width(lw(2.5)),
        ))
        .map_err(err)?;
        hulls_px.push((c.id, pts));
    }

    // Every located incident with its pixel, projected once, largest toll
    // first (the drawing order).
    let mut order: Vec<(&Incident, &crate::model::Location, (i32, i32))> = incidents
        .iter()
        .filter_map(|i| {
            let l = i.location.as_ref()?;
            Some((i, l, proj.project(l.lon, l.lat)))
        })
        .collect();
    order.sort_by(|a, b| b.0.fatalities.best().total_cmp(&a.0.fatalities.best()));
    // The legend lists what is in view.
    let in_view: Vec<&Incident> = order
        .iter()
        .filter(|(_, _, (x, y))| inside(*x, *y))
        .map(|(i, _, _)| *i)
        .collect();
    let cats = categories(&in_view, o.color_by);
    let colour = |i: &Incident| {
        let c = category_of(i, o.color_by);
        cats.iter()
            .find(|(name, _)| *name == c)
            .map_or(style::OTHER_ACTORS, |&(_, colour)| colour)
    };
    let region_level = order
        .iter()
        .filter(|(_, l, _)| l.precision == LocationPrecision::Region)
        .count();
    // Thousands of overlapping circles: fainter fills let density show
    // through, and outlines would only add noise.
    let fill_alpha = (0.75 * (2000.0 / in_view.len().max(1) as f64).sqrt()).clamp(0.3, 0.75);
    let outlines = in_view.len() <= 10_000;
    let stroke_alpha = (fill_alpha + 0.25).min(1.0);
    let marker = |i: &Incident, l: &crate::model::Location, (x, y): (i32, i32)| -> Result<()> {
        let c = colour(i);
        let r = marker_radius(i, s);
        if l.precision == LocationPrecision::Region {
            // Known only to its region: an open square at the point given
            // (the region's centre), not a located circle.
            root.draw(&Rectangle::new(
                [(x - r, y - r), (x + r, y + r)],
                c.mix(stroke_alpha).stroke_width(lw(3.0)),
            ))
            .map_err(err)?;
        } else if i.fatalities.is_known() && i.fatalities.best() == 0.0 {
            // No one killed: a diamond, so that it is neither the smallest
            // circle nor the ring of an unknown toll.
            root.draw(&Polygon::new(
                diamond((x, y), r),
                c.mix(stroke_alpha).filled(),
            ))
            .map_err(err)?;
            root.draw(&PathElement::new(
                closed(diamond((x, y), r)),
                INK.stroke_width(lw(1.5)),
            ))
            .map_err(err)?;
        } else if i.fatalities.is_known() {
            root.draw(&Circle::new((x, y), r, c.mix(fill_alpha).filled()))
                .map_err(err)?;
            if outlines {
                root.draw(&Circle::new((x, y), r, WHITE.stroke_width(lw(1.5))))
                    .map_err(err)?;
            }
        } else {
            // Unknown toll: a ring, not a size.
            root.draw(&Circle::new(
                (x, y),
                r,
                c.mix(stroke_alpha).stroke_width(lw(3.0)),
            ))
            .map_err(err)?;
        }
        Ok(())
    };
    if values.is_none() {
        for &(i, l, p) in &order {
            if inside(p.0, p.1) {
                marker(i, l, p)?;
            }
        }
    }

    // The radius ring: a geodesic circle, dashed, with its centre marked.
    let mut ring_label = None;
    if let Some(ring) = &o.ring {
        let pts: Vec<(i32, i32)> = (0..=180)
            .map(|k| {
                let (lat, lon) =
                    crate::geodesy::destination(ring.lat, ring.lon, k as f64 * 2.0, ring.km);
                proj.project(lon, lat)
            })
            .collect();
        root.draw(&DashedPathElement::new(
            pts.clone(),
            (14.0 * s).max(4.0) as i32,
            (9.0 * s).max(3.0) as i32,
            RING.stroke_width(lw(3.5)),
        ))
        .map_err(err)?;
        let (x, y) = proj.project(ring.lon, ring.lat);
        let a = (10.0 * s) as i32;
        for (p, q) in [((x - a, y), (x + a, y)), ((x, y - a), (x, y + a))] {
            root.draw(&PathElement::new(vec![p, q], RING.stroke_width(lw(3.0))))
                .map_err(err)?;
        }
        // The label sits above the ring's northernmost point.
        let north = pts[0];
        ring_label = Some((format!("{} km from {}", fmt_km(ring.km), ring.label), north));
    }

    // The legend goes in the corner that hides the fewest incidents; its
    // box, Bamako's label and the scale bar are kept free of other labels.
    let (lw_, lh_) = match o.choropleth {
        Some(_) => choropleth_legend_size(classes.len(), s),
        None => legend_size(cats.len(), region_level > 0, s),
    };
    let (left, right) = ((30.0 * s) as i32, (w - 30.0 * s) as i32 - lw_);
    let corners = [
        (left, (h - bottom - 10.0 * s) as i32 - lh_),
        (left, (top + 10.0 * s) as i32),
        (right, (top + 140.0 * s) as i32),
        (right, (h - bottom - 90.0 * s) as i32 - lh_),
    ];
    let hidden = |(x0, y0): (i32, i32)| {
        if values.is_some() {
            // Choropleth: what is hidden is Mali itself; the bottom left
            // corner is the sea of the neighbours at the default view.
            return usize::from((x0, y0) != corners[0]);
        }
        order
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
        let (x, y) = proj.project(t.lon, t.lat);
        let (tw, th) = root
            .estimate_text_size(
                "Bamako",
                &("sans-serif", f(30.0), FontStyle::Bold).into_text_style(root),
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
    // The overlays' own labels first: they are what the map is about.
    if let Some((text, (x, y))) = &ring_label {
        let th = (26.0 * s) as i32;
        let y = (*y - th).max(top as i32 + th);
        forced_label(
            root,
            &mut labels,
            text,
            (*x, y),
            ("sans-serif", f(22.0), FontStyle::Bold),
            RING,
        )?;
    }
    for (c, (id, pts)) in o.clusters.iter().zip(&hulls_px) {
        // Above the hull's top-most point, or else below its lowest.
        let (Some(&(xt, yt)), Some(&(xb, yb))) = (
            pts.iter().min_by_key(|p| p.1),
            pts.iter().max_by_key(|p| p.1),
        ) else {
            continue;
        };
        // Cluster sums, far below u32::MAX in any real data.
        let sum = |n: u64| u32::try_from(n).unwrap_or(u32::MAX);
        let deaths = Casualties::range(sum(c.deaths_low), sum(c.deaths_high));
        let text = format!("C{id}: {} incidents, {deaths} deaths", c.size);
        let font = ("sans-serif", f(18.0), FontStyle::Bold);
        let (tw, th) = root
            .estimate_text_size(&text, &font.into_text_style(root))
            .map_err(err)?;
        let th = th as i32;
        for (x, y) in [(xt, yt - th), (xb, yb + th)] {
            let rect = (x - tw as i32 / 2, y - th / 2, x + tw as i32 / 2, y + th / 2);
            if inside(x, y) && labels.free(rect) {
                labels.0.push(rect);
                halo_text(
                    root,
                    &text,
                    (x, y),
                    font,
                    INK,
                    Pos::new(HPos::Center, VPos::Center),
                )?;
                break;
            }
        }
    }
    // Neighbour names at the centre of their visible part.
    for c in bm.countries.iter().filter(|c| c.iso != "MLI") {
        let best = c
            .polygons
            .iter()
            .map(|p| ring_centroid(&p[0]))
            .max_by(|a, b| a.1.total_cmp(&b.1));
        if let Some((centre, _)) = best {
            let (lon, lat) = (centre.x(), centre.y());
            let lon = lon.clamp(bbox.0 + 0.8, bbox.2 - 0.8);
            let lat = lat.clamp(bbox.1 + 0.5, bbox.3 - 0.5);
            let (x, y) = proj.project(lon, lat);
            let inside_country = c
                .polygons
                .iter()
                .any(|p| ring_polygon(&p[0]).contains(&geo::Point::new(lon, lat)));
            if inside(x, y) && inside_country {
                place_label(
                    root,
                    &mut labels,
                    &c.name.to_uppercase(),
                    x,
                    y,
                    ("sans-serif", f(20.0), FontStyle::Normal),
                    RGBColor(150, 146, 138),
                )?;
            }
        }
    }
    // Region names (not the district of Bamako: the town label says it);
    // in choropleth mode with their value, and Bamako's value too.
    for (k, r) in bm.regions.iter().enumerate() {
        let value = values.as_ref().map(|v| v[k].1);
        if r.name == "Bamako" && value.is_none() {
            continue;
        }
        // Only the regions of the countries mapped are named.
        if !in_focus(r) {
            continue;
        }
        let Some((centre, _)) = r
            .polygons
            .iter()
            .map(|p| ring_centroid(&p[0]))
            .max_by(|a, b| a.1.total_cmp(&b.1))
        else {
            continue;
        };
        let (lon, lat) = (centre.x(), centre.y());
        let (x, y) = proj.project(lon, lat);
        if !inside(x, y) {
            continue;
        }
        match value {
            None => place_label(
                root,
                &mut labels,
                &r.name,
                x,
                y,
                ("sans-serif", f(22.0), FontStyle::Italic),
                RGBColor(140, 130, 115),
            )?,
            Some(v) => {
                // Bamako is small on the map: its figure goes beside it.
                let (x, y) = if r.name == "Bamako" {
                    (x, y + (40.0 * s) as i32)
                } else {
                    (x, y)
                };
                let text = format!("{} {}", r.name, fmt_count(v));
                forced_label(
                    root,
                    &mut labels,
                    &text,
                    (x, y),
                    ("sans-serif", f(22.0), FontStyle::Bold),
                    INK,
                )?;
            }
        }
    }

    // Town labels above the incidents: Mali's, and the capitals around; in
    // a zoomed view, also the cercle seats and larger places in view.
    let zoomed_towns = if zoomed { o.towns.as_slice() } else { &[] };
    let towns = town_labels(bm, zoomed_towns, bbox, &focus);
    let mut seen: Vec<(i32, i32)> = Vec::new();
    let mut town_dots: Vec<(i32, i32, i32)> = Vec::new();
    for t in towns {
        let (x, y) = proj.project(t.lon, t.lat);
        if !inside(x, y) {
            continue;
        }
        // The same town from two sources: once.
        if seen
            .iter()
            .any(|p| (p.0 - x).abs() < 6 && (p.1 - y).abs() < 6)
        {
            continue;
        }
        let bamako = t.rank == 0;
        let (size, style, col) = if bamako {
            (f(30.0), FontStyle::Bold, INK)
        } else if t.rank >= 3 {
            (f(16.0), FontStyle::Normal, RGBColor(70, 70, 70))
        } else if t.mali {
            (f(19.0), FontStyle::Normal, INK)
        } else {
            (f(17.0), FontStyle::Normal, MUTED)
        };
        let font = ("sans-serif", size, style);
        let text_size = root
            .estimate_text_size(&t.name, &font.into_text_style(root))
            .map_err(err)?;
        let dot = if bamako {
            (9.0 * s) as i32
        } else if t.rank >= 3 {
            (3.5 * s).max(2.0) as i32
        } else {
            (4.5 * s).max(2.0) as i32
        };
        // Right of the dot, or else left of it.
        let (tw, th) = (text_size.0 as i32, text_size.1 as i32);
        let gap = dot + (4.0 * s) as i32;
        let right = (x + gap, y - th / 2, x + gap + tw, y + th / 2);
        let left = (x - gap - tw, y - th / 2, x - gap, y + th / 2);
        let (rect, pos, lx) = if labels.free(right) || bamako {
            (right, HPos::Left, x + gap)
        } else if labels.free(left) {
            (left, HPos::Right, x - gap)
        } else {
            continue;
        };
        if bamako {
            root.draw(&Rectangle::new(
                [(x - dot, y - dot), (x + dot, y + dot)],
                INK.filled(),
            ))
            .map_err(err)?;
            root.draw(&Circle::new((x, y), dot / 2, WHITE.filled()))
                .map_err(err)?;
        } else {
            root.draw(&Circle::new((x, y), dot, WHITE.filled()))
                .map_err(err)?;
            root.draw(&Circle::new((x, y), dot, col.stroke_width(lw(1.5))))
                .map_err(err)?;
        }
        labels.0.push(rect);
        seen.push((x, y));
        town_dots.push((x, y, dot));
        halo_text(
            root,
            &t.name,
            (lx, y),
            font,
            col,
            Pos::new(pos, VPos::Center),
        )?;
    }
    // Incidents under a town's dot are drawn again on top of it: a town
    // symbol must not hide an incident (an attack in Bamako itself).
    if values.is_none() {
        for &(i, l, (x, y)) in &order {
            let r = marker_radius(i, s);
            let covered = town_dots.iter().any(|&(tx, ty, d)| {
                let (dx, dy) = ((tx - x) as f64, (ty - y) as f64);
                (dx * dx + dy * dy).sqrt() < (d + r) as f64
            });
            if covered && inside(x, y) {
                marker(i, l, (x, y))?;
            }
        }
    }

    // Title and subtitle.
    let n = incidents.len();
    let located = order.len();
    let dates: Vec<chrono::NaiveDate> = incidents
        .iter()
        .filter_map(|i| i.date.map(|d| d.midpoint()))
        .collect();
    let span = match (dates.iter().min(), dates.iter().max()) {
        (Some(a), Some(b)) => format!(", {} to {}", a.format("%b %Y"), b.format("%b %Y")),
        _ => String::new(),
    };
    let area = match focus.as_slice() {
        ["BFA"] => "Burkina Faso",
        ["NER"] => "Niger",
        ["MLI"] => "Mali",
        _ => "the Central Sahel",
    };
    let title = o.title.clone().unwrap_or_else(|| match o.choropleth {
        Some(Choropleth::Deaths) => format!("Reported deaths by region, {area}"),
        Some(Choropleth::Incidents) => format!("Incidents by region, {area}"),
        None => format!("Armed-conflict incidents in {area}"),
    });
    root.draw(&Text::new(
        title,
        ((30.0 * s) as i32, (28.0 * s) as i32),
        ("sans-serif", f(44.0), FontStyle::Bold)
            .into_font()
            .color(&INK),
    ))
    .map_err(err)?;
    let deaths_low: u64 = incidents
        .iter()
        .map(|i| i.fatalities.low.unwrap_or(0) as u64)
        .sum();
    // "Mapped" counts what the reader can see: an incident placed outside
    // the frame is said to be so, not counted as drawn.
    let shown = in_view.len();
    let summary = MapSummary {
        shown,
        outside: located - shown,
        unplaced: n - located,
    };
    let mut placement = vec![format!("{} mapped", fmt_count(shown as f64))];
    placement.extend(summary.left_out(|k| fmt_count(k as f64)));
    let placement = placement.join(", ");
    let mut sub = format!(
        "{} incidents ({placement}){span}; at least {} deaths reported.",
        fmt_count(n as f64),
        fmt_count(deaths_low as f64)
    );
    if values.is_none() {
        sub.push_str(" Circle area proportional to deaths.");
        if region_level > 0 {
            sub.push_str(&format!(
                " {region_level} placed only to their region: open squares."
            ));
        }
    } else {
        // Each country's scheme as the boundary data has it.
        let schemes: Vec<&str> = focus
            .iter()
            .map(|c| match *c {
                "MLI" => "Mali's before its 2016 reform",
                "BFA" => "Burkina Faso's before its July 2025 reform",
                _ => "Niger's of 2011",
            })
            .collect();
        sub.push_str(&format!(" Regions: {}.", schemes.join("; ")));
    }
    if n == 0 {
        sub = "No incident matches: nothing to draw.".to_string();
    }
    root.draw(&Text::new(
        sub,
        ((32.0 * s) as i32, (82.0 * s) as i32),
        ("sans-serif", f(22.0)).into_font().color(&MUTED),
    ))
    .map_err(err)?;

    match o.choropleth {
        Some(c) => choropleth_legend(root, c, &classes, s, legend_at)?,
        None => legend(root, &cats, o.color_by, region_level > 0, s, legend_at)?,
    }
    scale_bar(root, &proj, s, w, h - bottom)?;
    north_arrow(root, s, w, top)?;
    let attribution = "Base map: Natural Earth (public domain); boundaries: geoBoundaries (CC BY 4.0); places: GeoNames (CC BY 4.0), © OpenStreetMap contributors (ODbL), Localités du Mali (PDDL). Lambert conformal conic. Made with sahel.";
    root.draw(&Text::new(
        attribution,
        ((30.0 * s) as i32, (h - 22.0 * s) as i32),
        ("sans-serif", f(16.0))
            .into_font()
            .color(&MUTED)
            .pos(Pos::new(HPos::Left, VPos::Center)),
    ))
    .map_err(err)?;
    Ok(summary)
}
