//! Map projection: Lambert conformal conic, fitted to a view box.
//!
//! Conformal, so shapes (a town's surroundings, a radius ring) keep their
//! form and the scale is the same in every direction at a point; a conic
//! with two standard parallels at one sixth and five sixths of the view's
//! latitude span keeps the scale error across Mali under 1.5 %, and it is
//! the projection regional atlases of West Africa use. Meridians converge
//! to the north, as on those atlases. Near the equator a cone degenerates,
//! so views reaching within 3° of it fall back to an equirectangular
//! projection scaled by cos(latitude) at the centre.
//!
//! ```
//! use sahel::coords::BBox;
//! use sahel::render::Projection;
//! let p = Projection::fit(BBox::new(-12.6, 9.9, 4.6, 25.3), 0.0, 0.0, 1000.0, 800.0);
//! let (x, y) = p.project(-8.0, 12.65); // Bamako
//! let back = p.unproject(x as f64, y as f64);
//! assert!((back.lon + 8.0).abs() < 0.02 && (back.lat - 12.65).abs() < 0.02);
//! ```

use crate::coords::{BBox, LatLon};
use std::f64::consts::FRAC_PI_4;

/// Earth radius for the sphere, km (the mean radius).
const R_KM: f64 = 6371.0088;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    /// Lambert conformal conic: cone constant n, F, and ρ at the origin.
    Lcc { n: f64, f: f64, rho0: f64 },
    /// Equirectangular with cos(lat0) on longitudes.
    Equirect { kx: f64 },
}

/// A projection from lon/lat degrees to pixels, north up.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Projection {
    kind: Kind,
    lon0: f64,
    lat0: f64,
    /// Pixels per projected km.
    scale: f64,
    /// Projected coordinates (km) of the pixel centre of the view.
    cx: f64,
    cy: f64,
    /// Pixel centre of the view.
    ox: f64,
    oy: f64,
}

impl Projection {
    /// Fits the box into the pixel rectangle (x0, y0, w, h), keeping
    /// proportions, centred.
    pub fn fit(bbox: BBox, x0: f64, y0: f64, w: f64, h: f64) -> Projection {
        let BBox {
            min_lon,
            min_lat,
            max_lon,
            max_lat,
        } = bbox;
        let lon0 = (min_lon + max_lon) / 2.0;
        let lat0 = (min_lat + max_lat) / 2.0;
        let span = max_lat - min_lat;
        let (p1, p2) = (min_lat + span / 6.0, max_lat - span / 6.0);
        let kind = if min_lat < 3.0 && max_lat > -3.0 {
            Kind::Equirect {
                kx: lat0.to_radians().cos(),
            }
        } else {
            let (f1, f2) = (p1.to_radians(), p2.to_radians());
            let t = |phi: f64| (FRAC_PI_4 + phi / 2.0).tan();
            let n = if (f2 - f1).abs() < 1e-9 {
                f1.sin()
            } else {
                (f1.cos() / f2.cos()).ln() / (t(f2) / t(f1)).ln()
            };
            let f = f1.cos() * t(f1).powf(n) / n;
            let rho0 = R_KM * f / t(lat0.to_radians()).powf(n);
            Kind::Lcc { n, f, rho0 }
        };
        let mut p = Projection {
            kind,
            lon0,
            lat0,
            scale: 1.0,
            cx: 0.0,
            cy: 0.0,
            ox: x0 + w / 2.0,
            oy: y0 + h / 2.0,
        };
        // The box's edges, sampled: under a cone its top edge is an arc.
        let (mut xmin, mut ymin, mut xmax, mut ymax) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for k in 0..=32 {
            let t = k as f64 / 32.0;
            let lon = min_lon + t * (max_lon - min_lon);
            let lat = min_lat + t * (max_lat - min_lat);
            for (a, b) in [
                (lon, min_lat),
                (lon, max_lat),
                (min_lon, lat),
                (max_lon, lat),
            ] {
                let (x, y) = p.forward(a, b);
                xmin = xmin.min(x);
                xmax = xmax.max(x);
                ymin = ymin.min(y);
                ymax = ymax.max(y);
            }
        }
        p.scale = (w / (xmax - xmin)).min(h / (ymax - ymin));
        p.cx = (xmin + xmax) / 2.0;
        p.cy = (ymin + ymax) / 2.0;
        p
    }

    /// Projected km (x east, y north) of a lon/lat point.
    fn forward(&self, lon: f64, lat: f64) -> (f64, f64) {
        match self.kind {
            Kind::Lcc { n, f, rho0 } => {
                let rho = R_KM * f / (FRAC_PI_4 + lat.to_radians() / 2.0).tan().powf(n);
                let theta = n * (lon - self.lon0).to_radians();
                (rho * theta.sin(), rho0 - rho * theta.cos())
            }
            Kind::Equirect { kx } => (
                R_KM * (lon - self.lon0).to_radians() * kx,
                R_KM * (lat - self.lat0).to_radians(),
            ),
        }
    }

    /// Pixel position of a lon/lat point.
    pub fn project(&self, lon: f64, lat: f64) -> (i32, i32) {
        let (x, y) = self.project_f(lon, lat);
        (x.round() as i32, y.round() as i32)
    }

    /// Pixel position, unrounded.
    pub fn project_f(&self, lon: f64, lat: f64) -> (f64, f64) {
        let (x, y) = self.forward(lon, lat);
        (
            self.ox + (x - self.cx) * self.scale,
            self.oy - (y - self.cy) * self.scale,
        )
    }

    /// The point under a pixel.
    pub fn unproject(&self, px: f64, py: f64) -> LatLon {
        let x = self.cx + (px - self.ox) / self.scale;
        let y = self.cy - (py - self.oy) / self.scale;
        match self.kind {
            Kind::Lcc { n, f, rho0 } => {
                let dy = rho0 - y;
                let rho = n.signum() * (x * x + dy * dy).sqrt();
                let theta = (x * n.signum()).atan2(dy * n.signum());
                let lat = 2.0 * (R_KM * f / rho).powf(1.0 / n).atan() - std::f64::consts::FRAC_PI_2;
                LatLon::new(lat.to_degrees(), self.lon0 + (theta / n).to_degrees())
            }
            Kind::Equirect { kx } => LatLon::new(
                self.lat0 + (y / R_KM).to_degrees(),
                self.lon0 + (x / (R_KM * kx)).to_degrees(),
            ),
        }
    }

    /// Pixels per ground km at a latitude (the same in every direction: the
    /// projection is conformal).
    pub fn px_per_km_at(&self, lat: f64) -> f64 {
        match self.kind {
            Kind::Lcc { n, f, .. } => {
                let phi = lat.to_radians();
                let rho = R_KM * f / (FRAC_PI_4 + phi / 2.0).tan().powf(n);
                self.scale * n * rho / (R_KM * phi.cos())
            }
            Kind::Equirect { .. } => self.scale,
        }
    }

    /// Pixels per ground km at the centre of the view (for the scale bar).
    pub fn px_per_km(&self) -> f64 {
        self.px_per_km_at(self.lat0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geodesy::distance_km;

    const MALI: BBox = BBox::new(-12.6, 9.9, 4.6, 25.3);

    #[test]
    fn round_trips_and_keeps_north_up() {
        for bbox in [
            MALI,
            BBox::new(-6.5, 13.0, -3.0, 15.5),
            BBox::new(-5.0, -2.0, 5.0, 4.0),
        ] {
            let p = Projection::fit(bbox, 0.0, 0.0, 1000.0, 800.0);
            let mid_lon = (bbox.min_lon + bbox.max_lon) / 2.0;
            for (lon, lat) in [
                (bbox.min_lon, bbox.min_lat),
                (bbox.max_lon, bbox.max_lat),
                (mid_lon, bbox.max_lat),
            ] {
                let (x, y) = p.project_f(lon, lat);
                let back = p.unproject(x, y);
                assert!(
                    (back.lon - lon).abs() < 1e-9 && (back.lat - lat).abs() < 1e-9,
                    "{bbox:?}"
                );
                assert!(
                    (-1.0..=1001.0).contains(&x) && (-1.0..=801.0).contains(&y),
                    "{bbox:?} {x},{y}"
                );
            }
            let c = (mid_lon, (bbox.min_lat + bbox.max_lat) / 2.0);
            let north = p.project_f(c.0, c.1 + 0.5);
            let here = p.project_f(c.0, c.1);
            assert!(
                north.1 < here.1 && (north.0 - here.0).abs() < 1e-6,
                "north is up on the centre meridian"
            );
        }
    }

    #[test]
    fn conformal_same_scale_east_and_north() {
        let p = Projection::fit(MALI, 0.0, 0.0, 2000.0, 1500.0);
        for (lon, lat) in [(-8.0, 12.65), (1.4, 18.4), (-4.0, 24.0)] {
            let d = 0.01;
            let (x0, y0) = p.project_f(lon, lat);
            let (xe, ye) = p.project_f(lon + d, lat);
            let (xn, yn) = p.project_f(lon, lat + d);
            let east = ((xe - x0).powi(2) + (ye - y0).powi(2)).sqrt()
                / distance_km(lat, lon, lat, lon + d);
            let north = ((xn - x0).powi(2) + (yn - y0).powi(2)).sqrt()
                / distance_km(lat, lon, lat + d, lon);
            assert!((east / north - 1.0).abs() < 2e-3, "{east} vs {north}");
            // The scale bar's figure is the local scale.
            assert!(
                (p.px_per_km_at(lat) / north - 1.0).abs() < 5e-3,
                "{} vs {north}",
                p.px_per_km_at(lat)
            );
        }
    }

    #[test]
    fn scale_varies_little_across_mali() {
        let p = Projection::fit(MALI, 0.0, 0.0, 2000.0, 1500.0);
        let ks: Vec<f64> = (10..=25).map(|lat| p.px_per_km_at(lat as f64)).collect();
        let (lo, hi) = ks
            .iter()
            .fold((f64::MAX, 0.0f64), |(a, b), &k| (a.min(k), b.max(k)));
        assert!(
            hi / lo < 1.015,
            "scale error {:.2} %",
            (hi / lo - 1.0) * 100.0
        );
    }

    #[test]
    fn distances_on_the_map_match_the_ground() {
        // Bamako to Gao, measured on the map at the local scale, within 1.5 %.
        let p = Projection::fit(MALI, 0.0, 0.0, 2000.0, 1500.0);
        let (a, b) = (p.project_f(-8.0, 12.65), p.project_f(-0.04, 16.27));
        let px = ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt();
        let km = distance_km(12.65, -8.0, 16.27, -0.04);
        assert!((px / p.px_per_km_at(14.5) / km - 1.0).abs() < 0.015);
    }
}
