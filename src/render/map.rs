//! The incident map: Mali and its neighbours, regions, rivers, lakes and
//! towns, incidents as circles whose area grows with the death toll,
//! coloured by event type or actor, largest drawn first so small ones stay
//! visible; legend, scale bar, north arrow, title and attribution.
//! Optional layers: cluster hulls with labels, a radius ring around a
//! place, and a choropleth mode that shades regions by incidents or deaths
//! instead of drawing points. Zoomed views (`bbox`) also label the cercle
//! seats and larger places of the gazetteer that fall in view.

use super::{draw_err as err, render_to, Basemap, Drawing, Projection, PALETTE};
use crate::cluster::ClusterSummary;
use crate::model::{Casualties, EventType, Incident, LocationPrecision};
use anyhow::Result;
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

/// Sequential, colour-blind safe classes (ColorBrewer YlOrRd), light to dark.
const CLASSES: [RGBColor; 5] = [
    RGBColor(255, 255, 178),
    RGBColor(254, 204, 92),
    RGBColor(253, 141, 60),
    RGBColor(240, 59, 32),
    RGBColor(189, 0, 38),
];

/// Up to five classes of the non-zero values, as (lowest, highest) value
/// in each: Fisher–Jenks natural classes (the grouping with the least
/// squared deviation within classes), exact for the dozen regions a map
/// has.
pub fn jenks_classes(values: &[f64]) -> Vec<(f64, f64)> {
    let mut v: Vec<f64> = values.iter().copied().filter(|x| *x > 0.0).collect();
    v.sort_by(f64::total_cmp);
    v.dedup();
    let n = v.len();
    let k = n.min(CLASSES.len());
    if k == 0 {
        return Vec::new();
    }
    // ssd(i, j): squared deviation of v[i..=j] from its mean.
    let ssd = |i: usize, j: usize| {
        let m = v[i..=j].iter().sum::<f64>() / (j - i + 1) as f64;
        v[i..=j].iter().map(|x| (x - m).powi(2)).sum::<f64>()
    };
    // cost[c][j]: best cost of v[0..=j] in c+1 classes; start[c][j]: where
    // the last class starts.
    let mut cost = vec![vec![f64::INFINITY; n]; k];
    let mut start = vec![vec![0usize; n]; k];
    for (j, c) in cost[0].iter_mut().enumerate() {
        *c = ssd(0, j);
    }
    for c in 1..k {
        for j in c..n {
            for i in c..=j {
                let x = cost[c - 1][i - 1] + ssd(i, j);
                if x < cost[c][j] {
                    cost[c][j] = x;
                    start[c][j] = i;
                }
            }
        }
    }
    let mut out = Vec::with_capacity(k);
    let mut j = n - 1;
    for c in (0..k).rev() {
        let i = if c == 0 { 0 } else { start[c][j] };
        out.push((v[i], v[j]));
        if c > 0 {
            j = i - 1;
        }
    }
    out.reverse();
    out
}

/// The colour of class `k` of `n`: spread over the whole ramp, so that the
/// top class is the darkest however few classes there are.
fn class_colour(k: usize, n: usize) -> RGBColor {
    if n <= 1 {
        return CLASSES[CLASSES.len() - 1];
    }
    CLASSES[(k * (CLASSES.len() - 1) + (n - 1) / 2) / (n - 1)]
}

fn class_of(x: f64, classes: &[(f64, f64)]) -> Option<usize> {
    if x <= 0.0 || classes.is_empty() {
        return None;
    }
    Some(
        classes
            .iter()
            .position(|c| x <= c.1)
            .unwrap_or(classes.len() - 1),
    )
}

/// Mali with a margin.
pub const MALI_BBOX: (f64, f64, f64, f64) = (-12.6, 9.9, 4.6, 25.3);

const WATER: RGBColor = RGBColor(127, 178, 213);
const LAKE: RGBColor = RGBColor(185, 215, 234);
const NEIGHBOUR: RGBColor = RGBColor(232, 230, 225);
const NEIGHBOUR_EDGE: RGBColor = RGBColor(185, 181, 173);
const MALI: RGBColor = RGBColor(252, 249, 240);
const INK: RGBColor = RGBColor(40, 40, 40);
const MUTED: RGBColor = RGBColor(120, 120, 120);
/// Regions with nothing to count in choropleth mode.
const ZERO_CLASS: RGBColor = RGBColor(245, 243, 238);
/// The radius ring (a dark blue-green, apart from the incident palette).
const RING: RGBColor = RGBColor(0, 90, 110);
/// Outside the base map's extent: the neighbours' tone, so that the edge
/// of the data does not show as a line.
const BACKGROUND: RGBColor = NEIGHBOUR;

/// Radius in pixels for a death toll: area proportional to deaths.
pub fn radius_px(deaths: f64, unit: f64) -> i32 {
    (unit * (3.0 + 2.2 * deaths.max(0.0).sqrt())).round() as i32
}

/// Colour of an incident's category, and the categories in legend order.
pub fn categories(incidents: &[&Incident], by: ColorBy) -> Vec<String> {
    let mut v: Vec<String> = match by {
        ColorBy::Type => {
            let mut t: Vec<EventType> = incidents.iter().map(|i| i.event_type).collect();
            t.sort();
            t.dedup();
            t.into_iter().map(|t| t.as_str().to_string()).collect()
        }
        ColorBy::Actor => {
            let mut counts: std::collections::BTreeMap<String, usize> = Default::default();
            for i in incidents {
                *counts.entry(category_of(i, by)).or_insert(0) += 1;
            }
            let mut c: Vec<(String, usize)> = counts.into_iter().collect();
            c.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            c.into_iter().map(|(k, _)| k).collect()
        }
    };
    // Beyond the palette, the rest share "other".
    if v.len() > PALETTE.len() {
        v.truncate(PALETTE.len() - 1);
        v.push("other".into());
    }
    v
}

fn category_of(i: &Incident, by: ColorBy) -> String {
    match by {
        ColorBy::Type => i.event_type.as_str().to_string(),
        ColorBy::Actor => i
            .actors
            .iter()
            .find(|a| a.name != "civilians")
            .or(i.actors.first())
            .map_or("unknown".into(), |a| a.name.clone()),
    }
}

/// Draws the map into `path` (.png or .svg), through a temporary file.
pub fn render_map(incidents: &[Incident], o: &MapOptions, path: &Path) -> Result<()> {
    struct MapDrawing<'a>(&'a [Incident], &'a MapOptions);
    impl Drawing for MapDrawing<'_> {
        fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> Result<()>
        where
            DB::ErrorType: 'static,
        {
            draw(root, self.0, self.1)
        }
    }
    render_to(path, o.size, &MapDrawing(incidents, o))
}

type Area<'a, DB> = DrawingArea<DB, Shift>;

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

/// Area-weighted centroid of a ring (lon, lat).
fn ring_centroid(ring: &[[f64; 2]]) -> (f64, f64, f64) {
    let (mut a, mut cx, mut cy) = (0.0, 0.0, 0.0);
    for w in ring.windows(2) {
        let cross = w[0][0] * w[1][1] - w[1][0] * w[0][1];
        a += cross;
        cx += (w[0][0] + w[1][0]) * cross;
        cy += (w[0][1] + w[1][1]) * cross;
    }
    if a.abs() < 1e-12 {
        return (ring[0][0], ring[0][1], 0.0);
    }
    (cx / (3.0 * a), cy / (3.0 * a), (a / 2.0).abs())
}

/// Labels placed so far, to keep new ones from overlapping them.
struct Labels(Vec<(i32, i32, i32, i32)>);

impl Labels {
    fn free(&self, r: (i32, i32, i32, i32)) -> bool {
        self.0
            .iter()
            .all(|q| r.2 < q.0 || q.2 < r.0 || r.3 < q.1 || q.3 < r.1)
    }
}

fn draw<DB: DrawingBackend>(root: &Area<DB>, incidents: &[Incident], o: &MapOptions) -> Result<()>
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

    // Countries: neighbours muted, Mali light with a strong outline.
    for c in &bm.countries {
        let fill = if c.iso == "MLI" { MALI } else { NEIGHBOUR };
        for poly in &c.polygons {
            let pts = ring_px(&proj, &poly[0]);
            root.draw(&Polygon::new(pts.clone(), fill.filled()))
                .map_err(err)?;
            root.draw(&PathElement::new(pts, NEIGHBOUR_EDGE.stroke_width(lw(1.5))))
                .map_err(err)?;
        }
    }
    // Choropleth: regions shaded by class.
    let values = o.choropleth.map(|c| region_values(incidents, c));
    let classes = values
        .as_ref()
        .map(|v| jenks_classes(&v.iter().map(|x| x.1).collect::<Vec<_>>()))
        .unwrap_or_default();
    if let Some(values) = &values {
        for (r, (_, v)) in bm.regions.iter().zip(values) {
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
    if let Some(mali) = bm.countries.iter().find(|c| c.iso == "MLI") {
        for poly in &mali.polygons {
            root.draw(&PathElement::new(
                ring_px(&proj, &poly[0]),
                INK.stroke_width(lw(3.0)),
            ))
            .map_err(err)?;
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
        let k = cats
            .iter()
            .position(|x| *x == c)
            .unwrap_or(cats.len().saturating_sub(1));
        PALETTE[k % PALETTE.len()]
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
    if values.is_none() {
        for &(i, l, (x, y)) in &order {
            if !inside(x, y) {
                continue;
            }
            let c = colour(i);
            let r = if i.fatalities.is_known() {
                radius_px(i.fatalities.best(), s)
            } else {
                radius_px(0.0, s) + (3.0 * s) as i32
            };
            if l.precision == LocationPrecision::Region {
                // Known only to its region: an open square at the point
                // given (the region's centre), not a located circle.
                root.draw(&Rectangle::new(
                    [(x - r, y - r), (x + r, y + r)],
                    c.mix(stroke_alpha).stroke_width(lw(3.0)),
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
            .max_by(|a, b| a.2.total_cmp(&b.2));
        if let Some((lon, lat, _)) = best {
            let lon = lon.clamp(bbox.0 + 0.8, bbox.2 - 0.8);
            let lat = lat.clamp(bbox.1 + 0.5, bbox.3 - 0.5);
            let (x, y) = proj.project(lon, lat);
            let inside_country = c.polygons.iter().any(|p| point_in_ring(lon, lat, &p[0]));
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
        let Some((lon, lat, _)) = r
            .polygons
            .iter()
            .map(|p| ring_centroid(&p[0]))
            .max_by(|a, b| a.2.total_cmp(&b.2))
        else {
            continue;
        };
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

    // Towns above the incidents: Mali's, and the capitals around; in a
    // zoomed view, also the cercle seats and larger places in view.
    let mut towns: Vec<TownLabel> = bm
        .towns
        .iter()
        .map(|t| TownLabel {
            name: t.name.clone(),
            lat: t.lat,
            lon: t.lon,
            rank: if t.name == "Bamako" {
                0
            } else if t.capital {
                1
            } else {
                2
            },
            pop: t.pop,
            mali: t.country == "MLI",
        })
        .collect();
    if zoomed {
        towns.extend(gazetteer_towns(bbox));
    }
    towns.sort_by(|a, b| a.rank.cmp(&b.rank).then(b.pop.cmp(&a.pop)));
    let mut seen: Vec<(i32, i32)> = Vec::new();
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
        let bamako = t.name == "Bamako";
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
        halo_text(
            root,
            &t.name,
            (lx, y),
            font,
            col,
            Pos::new(pos, VPos::Center),
        )?;
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
    let title = o.title.clone().unwrap_or_else(|| match o.choropleth {
        Some(Choropleth::Deaths) => "Reported deaths by region, Mali".to_string(),
        Some(Choropleth::Incidents) => "Incidents by region, Mali".to_string(),
        None => "Armed-conflict incidents in Mali".to_string(),
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
    let mut sub = format!(
        "{} incidents ({} mapped){span}; at least {} deaths reported.",
        fmt_count(n as f64),
        fmt_count(located as f64),
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
        sub.push_str(" Regions as in the boundary data (before the 2016 reform).");
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
    Ok(())
}

/// A town to label: from the base map, or the gazetteer in zoomed views.
struct TownLabel {
    name: String,
    lat: f64,
    lon: f64,
    /// 0 Bamako, 1 capitals, 2 base-map towns, 3 cercle seats, 4 others.
    rank: u8,
    pop: u64,
    mali: bool,
}

/// Seats of regions and cercles, and places with a known population, that
/// fall in the box.
fn gazetteer_towns(bbox: (f64, f64, f64, f64)) -> Vec<TownLabel> {
    crate::gazetteer::Gazetteer::embedded()
        .places()
        .iter()
        .filter(|p| p.lon >= bbox.0 && p.lon <= bbox.2 && p.lat >= bbox.1 && p.lat <= bbox.3)
        .filter_map(|p| {
            let rank = match p.feature.as_str() {
                "P.PPLC" | "P.PPLA" | "P.PPLA2" => 3,
                "P.PPLA3" => 4,
                "P.PPL" if p.population > 0 => 4,
                _ => return None,
            };
            Some(TownLabel {
                name: p.name.clone(),
                lat: p.lat,
                lon: p.lon,
                rank,
                pop: p.population,
                mali: true,
            })
        })
        .collect()
}

/// Moves each vertex of a convex ring away from its centre by `by` pixels,
/// so that a hull does not cut through the circles on its edge.
fn grow(pts: &[(i32, i32)], by: f64) -> Vec<(i32, i32)> {
    let n = pts.len() as f64;
    let cx = pts.iter().map(|p| p.0 as f64).sum::<f64>() / n;
    let cy = pts.iter().map(|p| p.1 as f64).sum::<f64>() / n;
    pts.iter()
        .map(|&(x, y)| {
            let (dx, dy) = (x as f64 - cx, y as f64 - cy);
            let d = (dx * dx + dy * dy).sqrt().max(1e-9);
            (
                (x as f64 + dx / d * by) as i32,
                (y as f64 + dy / d * by) as i32,
            )
        })
        .collect()
}

fn fmt_km(km: f64) -> String {
    if km.fract() == 0.0 {
        format!("{km:.0}")
    } else {
        format!("{km:.1}")
    }
}

/// 1234 → "1 234" (a thin space, as French typography has it).
fn fmt_count(v: f64) -> String {
    let s = format!("{:.0}", v);
    let mut out = String::new();
    for (k, c) in s.chars().enumerate() {
        if k > 0 && (s.len() - k) % 3 == 0 {
            out.push('\u{202f}');
        }
        out.push(c);
    }
    out
}

fn point_in_ring(lon: f64, lat: f64, ring: &[[f64; 2]]) -> bool {
    let mut inside = false;
    for w in ring.windows(2) {
        let (a, b) = (w[0], w[1]);
        if (a[1] > lat) != (b[1] > lat) && lon < a[0] + (lat - a[1]) * (b[0] - a[0]) / (b[1] - a[1])
        {
            inside = !inside;
        }
    }
    inside
}

fn halo_text<DB: DrawingBackend>(
    root: &Area<DB>,
    text: &str,
    at: (i32, i32),
    font: (&str, f64, FontStyle),
    col: RGBColor,
    pos: Pos,
) -> Result<()>
where
    DB::ErrorType: 'static,
{
    // A light halo keeps labels readable over circles and borders.
    for (dx, dy) in [
        (-1, 0),
        (1, 0),
        (0, -1),
        (0, 1),
        (-1, -1),
        (1, 1),
        (-1, 1),
        (1, -1),
    ] {
        let style = font.into_font().color(&RGBColor(252, 250, 245)).pos(pos);
        root.draw(&Text::new(
            text.to_string(),
            (at.0 + dx * 2, at.1 + dy * 2),
            style,
        ))
        .map_err(err)?;
    }
    root.draw(&Text::new(
        text.to_string(),
        at,
        font.into_font().color(&col).pos(pos),
    ))
    .map_err(err)?;
    Ok(())
}

/// The box of a label centred on a point.
fn centred_box<DB: DrawingBackend>(
    root: &Area<DB>,
    text: &str,
    (x, y): (i32, i32),
    font: (&str, f64, FontStyle),
) -> Result<(i32, i32, i32, i32)>
where
    DB::ErrorType: 'static,
{
    let (tw, th) = root
        .estimate_text_size(text, &font.into_text_style(root))
        .map_err(err)?;
    let (tw, th) = (tw as i32, th as i32);
    Ok((x - tw / 2, y - th / 2, x + tw / 2, y + th / 2))
}

/// A label centred on a point, drawn whatever it overlaps (the labels
/// placed after it avoid it).
fn forced_label<DB: DrawingBackend>(
    root: &Area<DB>,
    labels: &mut Labels,
    text: &str,
    at: (i32, i32),
    font: (&str, f64, FontStyle),
    col: RGBColor,
) -> Result<()>
where
    DB::ErrorType: 'static,
{
    labels.0.push(centred_box(root, text, at, font)?);
    halo_text(
        root,
        text,
        at,
        font,
        col,
        Pos::new(HPos::Center, VPos::Center),
    )
}

/// A label centred on a point, drawn only where no other label is.
fn place_label<DB: DrawingBackend>(
    root: &Area<DB>,
    labels: &mut Labels,
    text: &str,
    x: i32,
    y: i32,
    font: (&str, f64, FontStyle),
    col: RGBColor,
) -> Result<()>
where
    DB::ErrorType: 'static,
{
    let rect = centred_box(root, text, (x, y), font)?;
    if labels.free(rect) {
        labels.0.push(rect);
        root.draw(&Text::new(
            text.to_string(),
            (x, y),
            font.into_font()
                .color(&col)
                .pos(Pos::new(HPos::Center, VPos::Center)),
        ))
        .map_err(err)?;
    }
    Ok(())
}

fn legend<DB: DrawingBackend>(
    root: &Area<DB>,
    cats: &[String],
    by: ColorBy,
    squares: bool,
    s: f64,
    (x0, y0): (i32, i32),
) -> Result<()>
where
    DB::ErrorType: 'static,
{
    let f = |pt: f64| (pt * s).max(9.0);
    let line = (30.0 * s) as i32;
    let sizes = [1.0, 10.0, 50.0, 150.0];
    let (lw, lh) = legend_size(cats.len(), squares, s);
    let (x1, y1) = (x0 + lw, y0 + lh);
    legend_box(root, (x0, y0), (x1, y1))?;
    let title = if by == ColorBy::Type {
        "Event type"
    } else {
        "Actor"
    };
    let mut y = y0 + (26.0 * s) as i32;
    root.draw(&legend_text(
        title,
        (x0 + (14.0 * s) as i32, y),
        f(22.0),
        true,
    ))
    .map_err(err)?;
    for (k, c) in cats.iter().enumerate() {
        y += line;
        root.draw(&Circle::new(
            (x0 + (26.0 * s) as i32, y),
            (9.0 * s) as i32,
            PALETTE[k % PALETTE.len()].mix(0.8).filled(),
        ))
        .map_err(err)?;
        root.draw(&legend_text(
            c.replace('_', " "),
            (x0 + (46.0 * s) as i32, y),
            f(19.0),
            false,
        ))
        .map_err(err)?;
    }
    y += line + (8.0 * s) as i32;
    root.draw(&legend_text(
        "Deaths",
        (x0 + (14.0 * s) as i32, y),
        f(22.0),
        true,
    ))
    .map_err(err)?;
    let cy = y + (20.0 * s) as i32 + radius_px(150.0, s);
    let mut x = x0 + (30.0 * s) as i32;
    for d in sizes {
        let r = radius_px(d, s);
        x += r;
        root.draw(&Circle::new(
            (x, cy),
            r,
            RGBColor(150, 150, 150).mix(0.5).filled(),
        ))
        .map_err(err)?;
        root.draw(&Text::new(
            format!("{d}"),
            (x, cy + radius_px(150.0, s) + (14.0 * s) as i32),
            ("sans-serif", f(17.0))
                .into_font()
                .color(&INK)
                .pos(Pos::new(HPos::Center, VPos::Center)),
        ))
        .map_err(err)?;
        x += r + (12.0 * s) as i32;
    }
    let ry = cy + radius_px(150.0, s) + (44.0 * s) as i32;
    root.draw(&Circle::new(
        (x0 + (26.0 * s) as i32, ry),
        radius_px(0.0, s) + (3.0 * s) as i32,
        RGBColor(90, 90, 90).stroke_width((3.0 * s).max(1.0) as u32),
    ))
    .map_err(err)?;
    let label = |text: &str, y: i32| legend_text(text, (x0 + (46.0 * s) as i32, y), f(19.0), false);
    root.draw(&label("toll unknown", ry)).map_err(err)?;
    if squares {
        let sy = ry + line;
        let a = radius_px(0.0, s) + (3.0 * s) as i32;
        let cx = x0 + (26.0 * s) as i32;
        root.draw(&Rectangle::new(
            [(cx - a, sy - a), (cx + a, sy + a)],
            RGBColor(90, 90, 90).stroke_width((3.0 * s).max(1.0) as u32),
        ))
        .map_err(err)?;
        root.draw(&label("region known, not the place", sy))
            .map_err(err)?;
    }
    Ok(())
}

/// A line of legend text, left-aligned on its row; headings in bold.
fn legend_text(
    text: impl Into<String>,
    at: (i32, i32),
    size: f64,
    bold: bool,
) -> Text<'static, (i32, i32), String> {
    let style = if bold {
        FontStyle::Bold
    } else {
        FontStyle::Normal
    };
    Text::new(
        text.into(),
        at,
        ("sans-serif", size, style)
            .into_font()
            .color(&INK)
            .pos(Pos::new(HPos::Left, VPos::Center)),
    )
}

/// The legend's white, outlined panel.
fn legend_box<DB: DrawingBackend>(root: &Area<DB>, a: (i32, i32), b: (i32, i32)) -> Result<()>
where
    DB::ErrorType: 'static,
{
    root.draw(&Rectangle::new([a, b], WHITE.mix(0.92).filled()))
        .map_err(err)?;
    root.draw(&Rectangle::new(
        [a, b],
        RGBColor(190, 190, 190).stroke_width(1),
    ))
    .map_err(err)?;
    Ok(())
}

/// Width and height of the point legend.
fn legend_size(categories: usize, squares: bool, s: f64) -> (i32, i32) {
    let line = (30.0 * s) as i32;
    let rows = categories as i32 + 3 + i32::from(squares);
    ((330.0 * s) as i32, line * rows + (130.0 * s) as i32)
}

/// Width and height of the choropleth legend.
fn choropleth_legend_size(classes: usize, s: f64) -> (i32, i32) {
    let line = (34.0 * s) as i32;
    (
        (300.0 * s) as i32,
        line * (classes as i32 + 2) + (40.0 * s) as i32,
    )
}

fn choropleth_legend<DB: DrawingBackend>(
    root: &Area<DB>,
    by: Choropleth,
    classes: &[(f64, f64)],
    s: f64,
    (x0, y0): (i32, i32),
) -> Result<()>
where
    DB::ErrorType: 'static,
{
    let f = |pt: f64| (pt * s).max(9.0);
    let line = (34.0 * s) as i32;
    let (lw, lh) = choropleth_legend_size(classes.len(), s);
    let (x1, y1) = (x0 + lw, y0 + lh);
    legend_box(root, (x0, y0), (x1, y1))?;
    let title = match by {
        Choropleth::Incidents => "Incidents",
        Choropleth::Deaths => "Deaths reported",
    };
    let mut y = y0 + (28.0 * s) as i32;
    let text = |t: String, y: i32| legend_text(t, (x0 + (60.0 * s) as i32, y), f(19.0), false);
    root.draw(&legend_text(
        title,
        (x0 + (14.0 * s) as i32, y),
        f(22.0),
        true,
    ))
    .map_err(err)?;
    let swatch = |y: i32, c: RGBColor| {
        Rectangle::new(
            [
                (x0 + (14.0 * s) as i32, y - (11.0 * s) as i32),
                (x0 + (48.0 * s) as i32, y + (11.0 * s) as i32),
            ],
            c.filled(),
        )
    };
    y += line;
    root.draw(&swatch(y, ZERO_CLASS)).map_err(err)?;
    root.draw(&text("0".into(), y)).map_err(err)?;
    // Each class by the lowest and highest value in it.
    for (k, (lo, hi)) in classes.iter().enumerate() {
        y += line;
        root.draw(&swatch(y, class_colour(k, classes.len())))
            .map_err(err)?;
        let range = if lo == hi {
            fmt_count(*hi)
        } else {
            format!("{} – {}", fmt_count(*lo), fmt_count(*hi))
        };
        root.draw(&text(range, y)).map_err(err)?;
    }
    Ok(())
}

fn scale_bar<DB: DrawingBackend>(
    root: &Area<DB>,
    proj: &Projection,
    s: f64,
    w: f64,
    bottom: f64,
) -> Result<()>
where
    DB::ErrorType: 'static,
{
    let ppk = proj.px_per_km();
    let target = 300.0 * s / ppk; // about 300 px
    let km = [10.0, 20.0, 25.0, 50.0, 100.0, 200.0, 250.0, 500.0, 1000.0]
        .into_iter()
        .min_by(|a, b| (a - target).abs().total_cmp(&(b - target).abs()))
        .unwrap_or(100.0);
    let len = (km * ppk) as i32;
    let x1 = (w - 40.0 * s) as i32;
    let x0 = x1 - len;
    let y = (bottom - 40.0 * s) as i32;
    let th = (10.0 * s).max(3.0) as i32;
    root.draw(&Rectangle::new(
        [(x0, y - th), (x0 + len / 2, y)],
        INK.filled(),
    ))
    .map_err(err)?;
    root.draw(&Rectangle::new(
        [(x0 + len / 2, y - th), (x1, y)],
        WHITE.filled(),
    ))
    .map_err(err)?;
    root.draw(&Rectangle::new(
        [(x0, y - th), (x1, y)],
        INK.stroke_width(2),
    ))
    .map_err(err)?;
    let font = ("sans-serif", (18.0 * s).max(9.0))
        .into_font()
        .color(&INK)
        .pos(Pos::new(HPos::Center, VPos::Bottom));
    root.draw(&Text::new("0".to_string(), (x0, y - th - 4), font.clone()))
        .map_err(err)?;
    root.draw(&Text::new(format!("{} km", km), (x1, y - th - 4), font))
        .map_err(err)?;
    Ok(())
}

fn north_arrow<DB: DrawingBackend>(root: &Area<DB>, s: f64, w: f64, top: f64) -> Result<()>
where
    DB::ErrorType: 'static,
{
    let x = (w - 70.0 * s) as i32;
    let y = (top + 80.0 * s) as i32;
    let (a, b) = ((20.0 * s) as i32, (60.0 * s) as i32);
    root.draw(&Polygon::new(
        vec![(x, y - b), (x - a, y), (x, y - b / 3)],
        INK.filled(),
    ))
    .map_err(err)?;
    root.draw(&Polygon::new(
        vec![(x, y - b), (x + a, y), (x, y - b / 3)],
        WHITE.filled(),
    ))
    .map_err(err)?;
    root.draw(&PathElement::new(
        vec![
            (x, y - b),
            (x + a, y),
            (x, y - b / 3),
            (x - a, y),
            (x, y - b),
        ],
        INK.stroke_width(2),
    ))
    .map_err(err)?;
    root.draw(&Text::new(
        "N",
        (x, y + (8.0 * s) as i32),
        ("sans-serif", (26.0 * s).max(10.0), FontStyle::Bold)
            .into_font()
            .color(&INK)
            .pos(Pos::new(HPos::Center, VPos::Top)),
    ))
    .map_err(err)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    fn inc(lat: f64, lon: f64, deaths: Option<u32>, t: EventType) -> Incident {
        Incident {
            id: format!("{lat},{lon}"),
            date: None,
            location: Some(Location {
                lat,
                lon,
                precision: LocationPrecision::Exact,
                uncertainty_km: 1.0,
                name_written: "x".into(),
                name_resolved: None,
                region: None,
                cercle: None,
                region_current: None,
                cercle_current: None,
            }),
            event_type: t,
            actors: vec![],
            fatalities: deaths.map_or(Casualties::unknown(), Casualties::exact),
            wounded: Casualties::unknown(),
            sources: vec![],
            notes: vec![],
        }
    }

    #[test]
    fn circles_grow_with_area() {
        let (r1, r4) = (radius_px(0.0, 1.0), radius_px(100.0, 1.0));
        assert!(r4 > r1);
        // Area proportional: the growth of r² is proportional to deaths.
        let a = |d: f64| (radius_px(d, 1.0) as f64 - 3.0).powi(2);
        assert!((a(100.0) / a(25.0) - 4.0).abs() < 0.2);
    }

    #[test]
    fn png_has_the_size_and_the_incident_where_it_projects() {
        let d = tempfile::tempdir().unwrap();
        let path = d.path().join("m.png");
        let o = MapOptions {
            size: (800, 600),
            ..Default::default()
        };
        // A large attack in the desert north of the Niger bend, away from towns.
        let list = vec![inc(17.6, -1.6, Some(40), EventType::Attack)];
        render_map(&list, &o, &path).unwrap();
        let img = image::open(&path).unwrap().to_rgb8();
        assert_eq!(img.dimensions(), (800, 600));
        let (x, y) = map_projection(&o).project(-1.6, 17.6);
        let px = img.get_pixel(x as u32 + 2, y as u32 + 2);
        let want = PALETTE[0];
        // The 75% fill over the light background.
        assert!(
            (px[0] as i32 - want.0 as i32).abs() < 70 && (px[2] as i32 - want.2 as i32).abs() < 70,
            "{px:?} at {x},{y}"
        );
        assert!(px[0] > px[2] + 60, "reddish, not the base map: {px:?}");
    }

    #[test]
    fn svg_contains_the_labels_with_accents() {
        let d = tempfile::tempdir().unwrap();
        let path = d.path().join("m.svg");
        render_map(
            &[inc(13.43, -6.26, None, EventType::Ambush)],
            &MapOptions::default(),
            &path,
        )
        .unwrap();
        let svg = std::fs::read_to_string(&path).unwrap();
        for label in [
            "Bamako",
            "Ségou",
            "Tombouctou",
            "BURKINA FASO",
            "Event type",
            "ambush",
            "km",
            "Natural Earth",
        ] {
            assert!(svg.contains(label), "{label} missing");
        }
    }

    #[test]
    fn bad_paths_fail_cleanly() {
        let d = tempfile::tempdir().unwrap();
        assert!(render_map(&[], &MapOptions::default(), &d.path().join("m.jpg")).is_err());
        assert!(render_map(
            &[],
            &MapOptions::default(),
            Path::new("/nonexistent-dir/m.png")
        )
        .is_err());
        // An empty map is still a map.
        let p = d.path().join("empty.png");
        render_map(
            &[],
            &MapOptions {
                size: (400, 300),
                ..Default::default()
            },
            &p,
        )
        .unwrap();
        assert!(p.exists());
        assert_eq!(
            std::fs::read_dir(d.path()).unwrap().count(),
            1,
            "no temporary file left"
        );
    }

    fn png(list: &[Incident], o: &MapOptions) -> image::RgbImage {
        let d = tempfile::tempdir().unwrap();
        let path = d.path().join("m.png");
        render_map(list, o, &path).unwrap();
        image::open(&path).unwrap().to_rgb8()
    }

    fn near(px: &image::Rgb<u8>, c: RGBColor, tol: i32) -> bool {
        (px[0] as i32 - c.0 as i32).abs() <= tol
            && (px[1] as i32 - c.1 as i32).abs() <= tol
            && (px[2] as i32 - c.2 as i32).abs() <= tol
    }

    #[test]
    fn jenks_classes_are_the_best_grouping() {
        let v = [
            0.0, 2.0, 862.0, 980.0, 1311.0, 1853.0, 2271.0, 3091.0, 3548.0,
        ];
        let c = jenks_classes(&v);
        assert_eq!(c.len(), 5);
        assert_eq!(c[0].0, 2.0);
        assert_eq!(c[4].1, 3548.0);
        for w in c.windows(2) {
            assert!(w[0].1 < w[1].0, "classes in order, not overlapping: {c:?}");
        }
        // No other split of the 8 sorted values into 5 runs does better.
        let x: Vec<f64> = v[1..].to_vec();
        let ssd = |r: &[f64]| {
            let m = r.iter().sum::<f64>() / r.len() as f64;
            r.iter().map(|a| (a - m).powi(2)).sum::<f64>()
        };
        let cost_of = |cuts: &[usize]| {
            let mut b = vec![0];
            b.extend_from_slice(cuts);
            b.push(x.len());
            b.windows(2).map(|w| ssd(&x[w[0]..w[1]])).sum::<f64>()
        };
        let ours: Vec<usize> = c[1..]
            .iter()
            .map(|(lo, _)| x.iter().position(|a| a == lo).unwrap())
            .collect();
        let mut best = f64::MAX;
        for a in 1..8 {
            for b in a + 1..8 {
                for cc in b + 1..8 {
                    for d in cc + 1..8 {
                        best = best.min(cost_of(&[a, b, cc, d]));
                    }
                }
            }
        }
        assert!((cost_of(&ours) - best).abs() < 1e-6);
        assert!(jenks_classes(&[0.0, 0.0]).is_empty());
        assert_eq!(jenks_classes(&[3.0, 3.0]), vec![(3.0, 3.0)]);
    }

    #[test]
    fn region_values_by_name_or_by_point() {
        let mut a = inc(14.4, -4.0, Some(10), EventType::Attack);
        a.location.as_mut().unwrap().region = Some("mopti".into());
        // No region written: found by where the point falls (Gao).
        let b = inc(16.27, -0.04, Some(4), EventType::Attack);
        let c = inc(16.3, -0.1, None, EventType::Attack);
        let v = region_values(&[a.clone(), b.clone(), c.clone()], Choropleth::Deaths);
        let get = |n: &str| v.iter().find(|x| x.0 == n).unwrap().1;
        assert_eq!((get("Mopti"), get("Gao"), get("Kayes")), (10.0, 4.0, 0.0));
        let v = region_values(&[a, b, c], Choropleth::Incidents);
        assert_eq!(v.iter().find(|x| x.0 == "Gao").unwrap().1, 2.0);
    }

    #[test]
    fn choropleth_shades_the_deadliest_region_darkest() {
        let list = vec![
            inc(14.4, -4.0, Some(300), EventType::Attack),
            inc(16.27, -0.04, Some(4), EventType::Attack),
            inc(13.4, -6.2, Some(40), EventType::Attack),
        ];
        let o = MapOptions {
            size: (1000, 750),
            choropleth: Some(Choropleth::Deaths),
            ..Default::default()
        };
        let img = png(&list, &o);
        let p = map_projection(&o);
        // Inside Mopti region, away from its label and towns (Douentza cercle).
        let (x, y) = p.project(-2.5, 14.6);
        assert!(
            near(img.get_pixel(x as u32, y as u32), CLASSES[4], 12),
            "{:?}",
            img.get_pixel(x as u32, y as u32)
        );
        // Kayes had nothing.
        let (x, y) = p.project(-10.5, 14.0);
        assert!(near(img.get_pixel(x as u32, y as u32), ZERO_CLASS, 12));
        // No incident circles in this mode: the point itself is shaded.
        let (x, y) = p.project(-4.0, 14.4);
        assert!(!near(
            img.get_pixel(x as u32 + 2, y as u32 + 2),
            PALETTE[0],
            40
        ));
    }

    #[test]
    fn ring_and_region_level_squares_are_drawn() {
        let mut sq = inc(17.6, -1.6, Some(20), EventType::Attack);
        sq.location.as_mut().unwrap().precision = LocationPrecision::Region;
        let o = MapOptions {
            size: (1000, 750),
            ring: Some(Ring {
                lat: 20.0,
                lon: -2.0,
                km: 150.0,
                label: "Test".into(),
            }),
            ..Default::default()
        };
        let img = png(&[sq], &o);
        let p = map_projection(&o);
        // The open square: its edge in the colour, its middle not.
        let (x, y) = p.project(-1.6, 17.6);
        let r = radius_px(20.0, 0.5);
        let edge = img.get_pixel((x + r) as u32, y as u32);
        assert!(near(edge, PALETTE[0], 40), "{edge:?}");
        assert!(!near(img.get_pixel(x as u32, y as u32), PALETTE[0], 40));
        // Most points of the geodesic circle are on the dashed line.
        let on = (0..72)
            .filter(|k| {
                let (la, lo) = crate::geodesy::destination(20.0, -2.0, *k as f64 * 5.0, 150.0);
                let (x, y) = p.project(lo, la);
                (-1..=1).any(|dx| {
                    (-1..=1)
                        .any(|dy| near(img.get_pixel((x + dx) as u32, (y + dy) as u32), RING, 30))
                })
            })
            .count();
        assert!(on > 30, "{on} of 72 ring points drawn");
    }

    #[test]
    fn cluster_hulls_are_labelled_and_zoomed_maps_name_small_towns() {
        let list: Vec<Incident> = (0..6)
            .map(|k| {
                inc(
                    14.3 + k as f64 * 0.05,
                    -3.6 + k as f64 * 0.04,
                    Some(k),
                    EventType::Ambush,
                )
            })
            .collect();
        let (_, summaries) = crate::cluster::cluster_incidents(
            &list,
            &crate::cluster::Params {
                eps_km: 30.0,
                min_points: 3,
                days: None,
            },
        )
        .unwrap();
        assert_eq!(summaries.len(), 1);
        let d = tempfile::tempdir().unwrap();
        let path = d.path().join("m.svg");
        let o = MapOptions {
            clusters: summaries,
            bbox: Some((-5.0, 13.5, -2.0, 15.5)),
            ..Default::default()
        };
        render_map(&list, &o, &path).unwrap();
        let svg = std::fs::read_to_string(&path).unwrap();
        assert!(svg.contains("C0: 6 incidents, 15 deaths"), "cluster label");
        // Cercle seats from the gazetteer appear only when zoomed in.
        assert!(svg.contains("Bandiagara") && svg.contains("Bankass"));
        render_map(&list, &MapOptions::default(), &path).unwrap();
        assert!(!std::fs::read_to_string(&path).unwrap().contains("Bankass"));
    }

    #[test]
    fn an_empty_selection_says_so() {
        let d = tempfile::tempdir().unwrap();
        let path = d.path().join("m.svg");
        render_map(&[], &MapOptions::default(), &path).unwrap();
        assert!(std::fs::read_to_string(&path)
            .unwrap()
            .contains("No incident matches"));
    }

    #[test]
    fn the_legend_moves_off_the_incidents() {
        // Incidents packed in the bottom-left corner of a zoomed view.
        let bbox = (-6.0, 13.0, -2.0, 16.0);
        let list: Vec<Incident> = (0..40)
            .map(|k| {
                inc(
                    13.2 + (k % 8) as f64 * 0.05,
                    -5.9 + (k / 8) as f64 * 0.1,
                    Some(3),
                    EventType::Attack,
                )
            })
            .collect();
        let o = MapOptions {
            size: (1000, 750),
            bbox: Some(bbox),
            ..Default::default()
        };
        let img = png(&list, &o);
        let (x, y) = map_projection(&o).project(-5.9, 13.2);
        // The incident is visible, not under the white legend box.
        let px = img.get_pixel(x as u32 + 1, y as u32 + 1);
        assert!(near(px, PALETTE[0], 70), "{px:?}");
    }
}
