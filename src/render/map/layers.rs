//! The map's drawn layers, bottom to top: the base map (countries, regions,
//! choropleth classes, water, borders), cluster hulls, incident markers and
//! the radius ring. Labels are `labels`' and the legend `legend`'s.

use super::*;

/// The base map's layers are clipped to this box (lon −14…6, lat 8…27).
const CLIP: (f64, f64, f64, f64) = (-14.0, 8.0, 6.0, 27.0);

/// The parts of a country's ring that are real borders: the edges the clip
/// made (along 6°E for Niger) are left out, so that no false border is
/// drawn.
pub(super) fn border_runs(ring: &[[f64; 2]]) -> Vec<Vec<[f64; 2]>> {
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
pub(super) fn marker_radius(i: &Incident, s: f64) -> i32 {
    if !i.fatalities.is_known() {
        radius_px(0.0, s) + (3.0 * s) as i32
    } else if i.fatalities.best() == 0.0 {
        no_deaths_half_size(s)
    } else {
        radius_px(i.fatalities.best(), s)
    }
}

/// The corners of a diamond of half-diagonal `a` around `c`.
pub(super) fn diamond(c: (i32, i32), a: i32) -> Vec<(i32, i32)> {
    vec![
        (c.0, c.1 - a),
        (c.0 + a, c.1),
        (c.0, c.1 + a),
        (c.0 - a, c.1),
    ]
}

/// A ring of points closed on its first (for outlines).
pub(super) fn closed(mut pts: Vec<(i32, i32)>) -> Vec<(i32, i32)> {
    if let Some(&first) = pts.first() {
        pts.push(first);
    }
    pts
}

/// The polygon of one ring of the base map (lon, lat pairs).
pub(super) fn ring_polygon(ring: &[[f64; 2]]) -> geo::Polygon<f64> {
    geo::Polygon::new(ring.iter().map(|c| (c[0], c[1])).collect(), vec![])
}

/// A ring's centroid and area (square degrees, to compare parts of one
/// country): labels go at the centre of the largest part.
pub(super) fn ring_centroid(ring: &[[f64; 2]]) -> (geo::Point<f64>, f64) {
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

/// The choropleth's class breaks. Only the regions of the countries mapped
/// are classed: a neighbour's empty regions would pull the classes down.
pub(super) fn choropleth_classes(
    fr: &Frame,
    bm: &Basemap,
    values: Option<&[(String, f64)]>,
) -> Vec<(f64, f64)> {
    values
        .map(|v| {
            let shown: Vec<f64> = bm
                .regions
                .iter()
                .zip(v)
                .filter(|(r, _)| fr.in_focus(r))
                .map(|(_, x)| x.1)
                .collect();
            crate::stats::jenks_classes(&shown, CLASSES.len())
        })
        .unwrap_or_default()
}

/// Countries, regions (shaded by class in choropleth mode), lakes, rivers
/// and the borders of the countries mapped.
pub(super) fn base<DB: DrawingBackend>(
    root: &Canvas<DB>,
    fr: &Frame,
    bm: &Basemap,
    values: Option<&[(String, f64)]>,
    classes: &[(f64, f64)],
) -> Result<()>
where
    DB::ErrorType: 'static,
{
    let proj = &fr.proj;
    // Countries: neighbours muted, the countries of the incidents light
    // with a strong outline.
    for c in &bm.countries {
        let fill = if fr.focus.contains(&c.iso.as_str()) {
            MALI
        } else {
            NEIGHBOUR
        };
        for poly in &c.polygons {
            let pts = ring_px(proj, &poly[0]);
            root.draw(&Polygon::new(pts, fill.filled())).map_err(err)?;
            // The edges the base map's clip cut are not borders.
            for run in border_runs(&poly[0]) {
                root.draw(&PathElement::new(
                    ring_px(proj, &run),
                    NEIGHBOUR_EDGE.stroke_width(fr.lw(1.5)),
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
        .filter(|r| fr.focus.contains(&r.iso.as_str()))
    {
        for poly in &r.polygons {
            root.draw(&Polygon::new(ring_px(proj, &poly[0]), MALI.filled()))
                .map_err(err)?;
        }
    }
    // Choropleth: the regions of the countries mapped shaded by class.
    if let Some(values) = values {
        for (r, (_, v)) in bm
            .regions
            .iter()
            .zip(values)
            .filter(|(r, _)| fr.in_focus(r))
        {
            let fill = class_of(*v, classes).map_or(ZERO_CLASS, |k| class_colour(k, classes.len()));
            for poly in &r.polygons {
                root.draw(&Polygon::new(ring_px(proj, &poly[0]), fill.filled()))
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
                ring_px(proj, &poly[0]),
                region_edge.stroke_width(fr.lw(1.2)),
            ))
            .map_err(err)?;
        }
    }
    for l in &bm.lakes {
        for poly in &l.polygons {
            root.draw(&Polygon::new(ring_px(proj, &poly[0]), LAKE.filled()))
                .map_err(err)?;
        }
    }
    for r in &bm.rivers {
        let width = if r.name == "Niger" { 3.5 } else { 2.0 };
        for line in &r.lines {
            root.draw(&PathElement::new(
                ring_px(proj, line),
                WATER.stroke_width(fr.lw(width)),
            ))
            .map_err(err)?;
        }
    }
    for c in bm
        .countries
        .iter()
        .filter(|c| fr.focus.contains(&c.iso.as_str()))
    {
        for poly in &c.polygons {
            for run in border_runs(&poly[0]) {
                root.draw(&PathElement::new(
                    ring_px(proj, &run),
                    INK.stroke_width(fr.lw(3.0)),
                ))
                .map_err(err)?;
            }
        }
    }
    Ok(())
}

/// A cluster's id and its hull in pixels.
pub(super) type Hull = (u32, Vec<(i32, i32)>);

/// Cluster hulls, under the incidents: a light wash and a dark outline.
/// Returns each cluster's id and hull in pixels, for its label.
pub(super) fn cluster_hulls<DB: DrawingBackend>(
    root: &Canvas<DB>,
    fr: &Frame,
    clusters: &[ClusterSummary],
) -> Result<Vec<Hull>>
where
    DB::ErrorType: 'static,
{
    let (proj, s) = (&fr.proj, fr.s);
    let mut hulls_px: Vec<Hull> = Vec::new();
    for c in clusters {
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
            let (x, y) = proj.project(c.centroid.lon, c.centroid.lat);
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
            INK.mix(0.8).stroke_width(fr.lw(2.5)),
        ))
        .map_err(err)?;
        hulls_px.push((c.id, pts));
    }
    Ok(hulls_px)
}

/// The incident markers: every located incident with its pixel, largest
/// toll first (the drawing order), and how they are coloured and shaded.
pub(super) struct Markers<'a> {
    /// Located incidents with their pixel, in drawing order.
    pub(super) order: Vec<(&'a Incident, &'a Location, (i32, i32))>,
    /// Those inside the frame.
    pub(super) in_view: usize,
    /// The legend's categories, from what is in view.
    pub(super) cats: Vec<(String, RGBColor)>,
    /// How many are placed only to their region.
    pub(super) region_level: usize,
    color_by: ColorBy,
    fill_alpha: f64,
    stroke_alpha: f64,
    outlines: bool,
}

impl<'a> Markers<'a> {
    pub(super) fn new(fr: &Frame, incidents: &'a [Incident], color_by: ColorBy) -> Markers<'a> {
        let mut order: Vec<(&Incident, &Location, (i32, i32))> = incidents
            .iter()
            .filter_map(|i| {
                let l = i.location.as_ref()?;
                Some((i, l, fr.proj.project(l.lon, l.lat)))
            })
            .collect();
        order.sort_by(|a, b| b.0.fatalities.best().total_cmp(&a.0.fatalities.best()));
        // The legend lists what is in view.
        let in_view: Vec<&Incident> = order
            .iter()
            .filter(|(_, _, (x, y))| fr.inside(*x, *y))
            .map(|(i, _, _)| *i)
            .collect();
        let cats = categories(&in_view, color_by);
        let region_level = order
            .iter()
            .filter(|(_, l, _)| l.precision == LocationPrecision::Region)
            .count();
        // Thousands of overlapping circles: fainter fills let density show
        // through, and outlines would only add noise.
        let fill_alpha = (0.75 * (2000.0 / in_view.len().max(1) as f64).sqrt()).clamp(0.3, 0.75);
        Markers {
            in_view: in_view.len(),
            order,
            cats,
            region_level,
            color_by,
            fill_alpha,
            stroke_alpha: (fill_alpha + 0.25).min(1.0),
            outlines: in_view.len() <= 10_000,
        }
    }

    fn colour(&self, i: &Incident) -> RGBColor {
        let c = category_of(i, self.color_by);
        self.cats
            .iter()
            .find(|(name, _)| *name == c)
            .map_or(style::OTHER_ACTORS, |&(_, colour)| colour)
    }

    /// Every marker inside the frame.
    pub(super) fn draw_all<DB: DrawingBackend>(&self, root: &Canvas<DB>, fr: &Frame) -> Result<()>
    where
        DB::ErrorType: 'static,
    {
        for &(i, l, p) in &self.order {
            if fr.inside(p.0, p.1) {
                self.draw_one(root, fr, i, l, p)?;
            }
        }
        Ok(())
    }

    /// The markers under a town's dot (`x, y, radius`), drawn again on top
    /// of it: a town symbol must not hide an incident (an attack in Bamako
    /// itself).
    pub(super) fn redraw_under<DB: DrawingBackend>(
        &self,
        root: &Canvas<DB>,
        fr: &Frame,
        dots: &[(i32, i32, i32)],
    ) -> Result<()>
    where
        DB::ErrorType: 'static,
    {
        for &(i, l, (x, y)) in &self.order {
            let r = marker_radius(i, fr.s);
            let covered = dots.iter().any(|&(tx, ty, d)| {
                let (dx, dy) = ((tx - x) as f64, (ty - y) as f64);
                (dx * dx + dy * dy).sqrt() < (d + r) as f64
            });
            if covered && fr.inside(x, y) {
                self.draw_one(root, fr, i, l, (x, y))?;
            }
        }
        Ok(())
    }

    fn draw_one<DB: DrawingBackend>(
        &self,
        root: &Canvas<DB>,
        fr: &Frame,
        i: &Incident,
        l: &Location,
        (x, y): (i32, i32),
    ) -> Result<()>
    where
        DB::ErrorType: 'static,
    {
        let c = self.colour(i);
        let r = marker_radius(i, fr.s);
        if l.precision == LocationPrecision::Region {
            // Known only to its region: an open square at the point given
            // (the region's centre), not a located circle.
            root.draw(&Rectangle::new(
                [(x - r, y - r), (x + r, y + r)],
                c.mix(self.stroke_alpha).stroke_width(fr.lw(3.0)),
            ))
            .map_err(err)?;
        } else if i.fatalities.is_known() && i.fatalities.best() == 0.0 {
            // No one killed: a diamond, so that it is neither the smallest
            // circle nor the ring of an unknown toll.
            root.draw(&Polygon::new(
                diamond((x, y), r),
                c.mix(self.stroke_alpha).filled(),
            ))
            .map_err(err)?;
            root.draw(&PathElement::new(
                closed(diamond((x, y), r)),
                INK.stroke_width(fr.lw(1.5)),
            ))
            .map_err(err)?;
        } else if i.fatalities.is_known() {
            root.draw(&Circle::new((x, y), r, c.mix(self.fill_alpha).filled()))
                .map_err(err)?;
            if self.outlines {
                root.draw(&Circle::new((x, y), r, WHITE.stroke_width(fr.lw(1.5))))
                    .map_err(err)?;
            }
        } else {
            // Unknown toll: a ring, not a size.
            root.draw(&Circle::new(
                (x, y),
                r,
                c.mix(self.stroke_alpha).stroke_width(fr.lw(3.0)),
            ))
            .map_err(err)?;
        }
        Ok(())
    }
}

/// The radius ring: a geodesic circle, dashed, with its centre marked.
/// Returns its label and where it goes (above the northernmost point).
pub(super) fn radius_ring<DB: DrawingBackend>(
    root: &Canvas<DB>,
    fr: &Frame,
    ring: &Ring,
    lang: crate::render::lang::Lang,
) -> Result<(String, (i32, i32))>
where
    DB::ErrorType: 'static,
{
    let (proj, s) = (&fr.proj, fr.s);
    let pts: Vec<(i32, i32)> = (0..=180)
        .map(|k| {
            let p = crate::geodesy::destination(ring.lat, ring.lon, k as f64 * 2.0, ring.km);
            proj.project(p.lon, p.lat)
        })
        .collect();
    root.draw(&DashedPathElement::new(
        pts.clone(),
        (14.0 * s).max(4.0) as i32,
        (9.0 * s).max(3.0) as i32,
        RING.stroke_width(fr.lw(3.5)),
    ))
    .map_err(err)?;
    let (x, y) = proj.project(ring.lon, ring.lat);
    let a = (10.0 * s) as i32;
    for (p, q) in [((x - a, y), (x + a, y)), ((x, y - a), (x, y + a))] {
        root.draw(&PathElement::new(vec![p, q], RING.stroke_width(fr.lw(3.0))))
            .map_err(err)?;
    }
    Ok((
        match lang {
            crate::render::lang::Lang::En => format!("{} km from {}", fmt_km(ring.km), ring.label),
            crate::render::lang::Lang::Fr => format!("{} km de {}", fmt_km(ring.km), ring.label),
        },
        pts[0],
    ))
}
