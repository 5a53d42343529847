//! The density layer: incidents counted in hexagons of a given width in km,
//! shaded by class. On a map of thousands of incidents the circles cover
//! each other and the eye reads the area of ink, not the number of events;
//! equal-area cells counted say where the violence is dense.
//!
//! The hexagons are laid out on the map's conformal projection, whose scale
//! varies by under 2 % across the Sahel's latitudes, so a cell is its width
//! in km on the ground to that precision. Incidents placed only to their
//! region are left out: their point is the region's centre.

use super::*;

/// Counts per hexagon, ready to draw.
pub(super) struct Hexbins {
    /// Centre of each non-empty cell in pixels, and its count.
    pub(super) cells: Vec<((f64, f64), usize)>,
    /// Circumradius of a cell in pixels.
    pub(super) radius: f64,
    /// Class breaks of the counts (Jenks), as the choropleth has them.
    pub(super) classes: Vec<(f64, f64)>,
}

/// Counts the located incidents inside the frame in hexagons `km` wide
/// (between parallel sides, which is also the distance between the centres
/// of two neighbouring cells).
pub(super) fn hexbins(fr: &Frame, marks: &Markers, km: f64) -> Hexbins {
    // Pointy-top hexagons: width across flats w = √3·R.
    let width_px = (km * fr.proj.px_per_km()).max(2.0);
    let radius = width_px / 3f64.sqrt();
    let mut counts: std::collections::HashMap<(i64, i64), usize> = Default::default();
    for (inc, _, (x, y)) in &marks.order {
        if crate::index::placed_only_to_region(inc) || !fr.inside(*x, *y) {
            continue;
        }
        *counts
            .entry(axial(*x as f64, *y as f64, radius))
            .or_insert(0) += 1;
    }
    let mut cells: Vec<((f64, f64), usize)> = counts
        .into_iter()
        .map(|((q, r), n)| (centre(q, r, radius), n))
        .collect();
    // Drawn in a fixed order, so the same data gives the same picture.
    cells.sort_by(|a, b| a.0 .1.total_cmp(&b.0 .1).then(a.0 .0.total_cmp(&b.0 .0)));
    let values: Vec<f64> = cells.iter().map(|c| c.1 as f64).collect();
    let classes = crate::stats::jenks_classes(&values, CLASSES.len());
    Hexbins {
        cells,
        radius,
        classes,
    }
}

/// The hexagon width a map of many incidents switches to
/// ([`MapOptions::markers_limit`]), or `None` when it keeps its circles:
/// about an 85th of the view's width, rounded to a width people quote
/// (25 km for the whole of Mali, as `--density` without a value).
pub(super) fn automatic(incidents: &[Incident], o: &MapOptions) -> Option<f64> {
    let limit = o.markers_limit?;
    if o.density_km.is_some() || o.choropleth.is_some() {
        return None;
    }
    let bbox = o.bbox.unwrap_or(MALI_BBOX);
    let in_view = incidents
        .iter()
        .filter_map(|i| i.location.as_ref())
        .filter(|l| bbox.contains(crate::coords::LatLon::new(l.lat, l.lon)))
        .count();
    if in_view <= limit {
        return None;
    }
    let view_km = o.size.0 as f64 / map_projection(o).px_per_km();
    Some(round_width(view_km / 85.0))
}

/// The width among 1, 2, 5, 10, 15, 20, 25, 50, 75, 100, 150 and 200 km
/// nearest to `km`.
fn round_width(km: f64) -> f64 {
    const WIDTHS: [f64; 12] = [
        1.0, 2.0, 5.0, 10.0, 15.0, 20.0, 25.0, 50.0, 75.0, 100.0, 150.0, 200.0,
    ];
    WIDTHS
        .into_iter()
        .min_by(|a, b| (a - km).abs().total_cmp(&(b - km).abs()))
        .unwrap_or(25.0)
}

/// The axial coordinates of the hexagon holding pixel (x, y).
fn axial(x: f64, y: f64, radius: f64) -> (i64, i64) {
    let q = (3f64.sqrt() / 3.0 * x - y / 3.0) / radius;
    let r = (2.0 / 3.0 * y) / radius;
    // Round in cube coordinates, fixing the component that moved most.
    let s = -q - r;
    let (mut rq, mut rr, rs) = (q.round(), r.round(), s.round());
    let (dq, dr, ds) = ((rq - q).abs(), (rr - r).abs(), (rs - s).abs());
    if dq > dr && dq > ds {
        rq = -rr - rs;
    } else if dr > ds {
        rr = -rq - rs;
    }
    (rq as i64, rr as i64)
}

/// The pixel centre of the hexagon at axial (q, r).
fn centre(q: i64, r: i64, radius: f64) -> (f64, f64) {
    let (q, r) = (q as f64, r as f64);
    (radius * 3f64.sqrt() * (q + r / 2.0), radius * 1.5 * r)
}

/// Draws the cells, each shaded by its count's class.
pub(super) fn draw_hexbins<DB: DrawingBackend>(
    root: &Canvas<DB>,
    fr: &Frame,
    h: &Hexbins,
) -> Result<()>
where
    DB::ErrorType: 'static,
{
    for &((cx, cy), n) in &h.cells {
        let k = h
            .classes
            .iter()
            .position(|&(_, hi)| n as f64 <= hi)
            .unwrap_or(h.classes.len().saturating_sub(1));
        let colour = class_colour(k, h.classes.len());
        let corners: Vec<(i32, i32)> = (0..6)
            .map(|i| {
                let a = std::f64::consts::PI / 180.0 * (60.0 * i as f64 - 30.0);
                (
                    (cx + h.radius * a.cos()).round() as i32,
                    (cy + h.radius * a.sin()).round() as i32,
                )
            })
            .collect();
        root.draw(&Polygon::new(corners.clone(), colour.mix(0.85).filled()))
            .map_err(err)?;
        let mut ring = corners;
        ring.push(ring[0]);
        root.draw(&PathElement::new(
            ring,
            WHITE.mix(0.7).stroke_width(fr.lw(1.0)),
        ))
        .map_err(err)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pixel_falls_in_the_cell_whose_centre_is_nearest() {
        let radius = 10.0;
        for k in 0..400 {
            let (x, y) = ((k * 37 % 200) as f64 + 0.3, (k * 53 % 200) as f64 + 0.7);
            let (q, r) = axial(x, y, radius);
            let c = centre(q, r, radius);
            let d = (c.0 - x).hypot(c.1 - y);
            // No other centre among the neighbours is nearer.
            for (dq, dr) in [(1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1)] {
                let o = centre(q + dq, r + dr, radius);
                assert!(d <= (o.0 - x).hypot(o.1 - y) + 1e-9, "{x},{y}");
            }
            assert!(d <= radius + 1e-9);
        }
        // Neighbouring centres are one width (√3·R) apart.
        let (a, b) = (centre(0, 0, radius), centre(1, 0, radius));
        assert!(((b.0 - a.0).hypot(b.1 - a.1) - radius * 3f64.sqrt()).abs() < 1e-9);
    }
}
