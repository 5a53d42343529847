//! The incident map: Mali and its neighbours, regions, rivers, lakes and
//! towns, incidents as circles whose area grows with the death toll,
//! coloured by event type or actor, largest drawn first so small ones stay
//! visible; legend, scale bar, north arrow, title and attribution.

use super::{draw_err as err, render_to, Basemap, Drawing, Projection, PALETTE};
use crate::model::{EventType, Incident};
use anyhow::Result;
use plotters::coord::Shift;
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
}

impl Default for MapOptions {
    fn default() -> Self {
        MapOptions {
            size: (2000, 1500),
            title: None,
            color_by: ColorBy::Type,
            bbox: None,
        }
    }
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
/// Outside the base map's extent: the neighbours' tone, so that the edge
/// of the data does not show as a line.
const BACKGROUND: RGBColor = NEIGHBOUR;

/// Radius in pixels for a death toll: area proportional to deaths.
pub fn radius_px(deaths: f64, unit: f64) -> i32 {
    (unit * (3.0 + 2.2 * deaths.max(0.0).sqrt())).round() as i32
}

/// Colour of an incident's category, and the categories in legend order.
pub fn categories(incidents: &[Incident], by: ColorBy) -> Vec<String> {
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
    root.fill(&BACKGROUND).map_err(err)?;
    let bbox = o.bbox.unwrap_or(MALI_BBOX);
    let top = 120.0 * s;
    let bottom = 60.0 * s;
    let proj = Projection::fit(bbox, 20.0 * s, top, w - 40.0 * s, h - top - bottom);
    let bm = Basemap::embedded();

    // Countries: neighbours muted, Mali light with a strong outline.
    for c in &bm.countries {
        let fill = if c.iso == "MLI" { MALI } else { NEIGHBOUR };
        for poly in &c.polygons {
            let pts = ring_px(&proj, &poly[0]);
            root.draw(&Polygon::new(pts.clone(), fill.filled()))
                .map_err(err)?;
            root.draw(&PathElement::new(
                pts,
                NEIGHBOUR_EDGE.stroke_width((1.5 * s).max(1.0) as u32),
            ))
            .map_err(err)?;
        }
    }
    for r in &bm.regions {
        for poly in &r.polygons {
            root.draw(&PathElement::new(
                ring_px(&proj, &poly[0]),
                RGBColor(170, 165, 155).stroke_width((1.2 * s).max(1.0) as u32),
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
                WATER.stroke_width((width * s).max(1.0) as u32),
            ))
            .map_err(err)?;
        }
    }
    if let Some(mali) = bm.countries.iter().find(|c| c.iso == "MLI") {
        for poly in &mali.polygons {
            root.draw(&PathElement::new(
                ring_px(&proj, &poly[0]),
                INK.stroke_width((3.0 * s).max(1.0) as u32),
            ))
            .map_err(err)?;
        }
    }

    let mut labels = Labels(Vec::new());
    let inside =
        |x: i32, y: i32| x > 0 && y > top as i32 && (x as f64) < w && (y as f64) < h - bottom;
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
    // Region names (not the district of Bamako: the town label says it).
    for r in bm.regions.iter().filter(|r| r.name != "Bamako") {
        if let Some((lon, lat, _)) = r
            .polygons
            .iter()
            .map(|p| ring_centroid(&p[0]))
            .max_by(|a, b| a.2.total_cmp(&b.2))
        {
            let (x, y) = proj.project(lon, lat);
            if inside(x, y) {
                place_label(
                    root,
                    &mut labels,
                    &r.name,
                    x,
                    y,
                    ("sans-serif", f(22.0), FontStyle::Italic),
                    RGBColor(140, 130, 115),
                )?;
            }
        }
    }

    // Incidents, largest first.
    let cats = categories(incidents, o.color_by);
    let colour = |i: &Incident| {
        let c = category_of(i, o.color_by);
        let k = cats
            .iter()
            .position(|x| *x == c)
            .unwrap_or(cats.len().saturating_sub(1));
        PALETTE[k % PALETTE.len()]
    };
    let mut order: Vec<&Incident> = incidents.iter().filter(|i| i.location.is_some()).collect();
    order.sort_by(|a, b| b.fatalities.best().total_cmp(&a.fatalities.best()));
    for i in &order {
        let l = i.location.as_ref().expect("filtered");
        let (x, y) = proj.project(l.lon, l.lat);
        if !inside(x, y) {
            continue;
        }
        let c = colour(i);
        if i.fatalities.is_known() {
            let r = radius_px(i.fatalities.best(), s);
            root.draw(&Circle::new((x, y), r, c.mix(0.75).filled()))
                .map_err(err)?;
            root.draw(&Circle::new(
                (x, y),
                r,
                WHITE.stroke_width((1.5 * s).max(1.0) as u32),
            ))
            .map_err(err)?;
        } else {
            // Unknown toll: a ring, not a size.
            let r = radius_px(0.0, s) + (3.0 * s) as i32;
            root.draw(&Circle::new(
                (x, y),
                r,
                c.stroke_width((3.0 * s).max(1.0) as u32),
            ))
            .map_err(err)?;
        }
    }

    // Towns above the incidents: Mali's, and the capitals around.
    let mut towns: Vec<&super::Town> = bm.towns.iter().collect();
    towns.sort_by(|a, b| {
        (b.name == "Bamako")
            .cmp(&(a.name == "Bamako"))
            .then(b.capital.cmp(&a.capital))
            .then(b.pop.cmp(&a.pop))
    });
    for t in towns {
        let (x, y) = proj.project(t.lon, t.lat);
        if !inside(x, y) {
            continue;
        }
        let bamako = t.name == "Bamako";
        let (size, style, col) = if bamako {
            (f(30.0), FontStyle::Bold, INK)
        } else if t.country == "MLI" {
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
        } else {
            (4.5 * s).max(2.0) as i32
        };
        let lx = x + dot + (4.0 * s) as i32;
        let rect = (
            lx,
            y - text_size.1 as i32 / 2,
            lx + text_size.0 as i32,
            y + text_size.1 as i32 / 2,
        );
        if !labels.free(rect) && !bamako {
            continue;
        }
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
            root.draw(&Circle::new(
                (x, y),
                dot,
                col.stroke_width((1.5 * s).max(1.0) as u32),
            ))
            .map_err(err)?;
        }
        labels.0.push(rect);
        halo_text(
            root,
            &t.name,
            (lx, y),
            font,
            col,
            Pos::new(HPos::Left, VPos::Center),
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
    let title = o
        .title
        .clone()
        .unwrap_or_else(|| "Armed-conflict incidents in Mali".to_string());
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
    let sub = format!("{n} incidents ({located} mapped){span}; at least {deaths_low} deaths reported. Circle area proportional to deaths.");
    root.draw(&Text::new(
        sub,
        ((32.0 * s) as i32, (82.0 * s) as i32),
        ("sans-serif", f(22.0)).into_font().color(&MUTED),
    ))
    .map_err(err)?;

    legend(root, &cats, o.color_by, s, h - bottom)?;
    scale_bar(root, &proj, s, w, h - bottom)?;
    north_arrow(root, s, w, top)?;
    let attribution = "Base map: Natural Earth (public domain); boundaries: geoBoundaries (CC BY 4.0); places: GeoNames (CC BY 4.0), © OpenStreetMap contributors (ODbL), Localités du Mali (PDDL). Made with sahel.";
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
    let (tw, th) = root
        .estimate_text_size(text, &font.into_text_style(root))
        .map_err(err)?;
    let rect = (
        x - tw as i32 / 2,
        y - th as i32 / 2,
        x + tw as i32 / 2,
        y + th as i32 / 2,
    );
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
    s: f64,
    bottom: f64,
) -> Result<()>
where
    DB::ErrorType: 'static,
{
    let f = |pt: f64| (pt * s).max(9.0);
    let line = (30.0 * s) as i32;
    let sizes = [1.0, 10.0, 50.0, 150.0];
    let rows = cats.len() as i32 + 3;
    let height = line * rows + (130.0 * s) as i32;
    let (x0, y1) = ((30.0 * s) as i32, bottom as i32 - (10.0 * s) as i32);
    let y0 = y1 - height;
    let x1 = x0 + (330.0 * s) as i32;
    root.draw(&Rectangle::new(
        [(x0, y0), (x1, y1)],
        WHITE.mix(0.92).filled(),
    ))
    .map_err(err)?;
    root.draw(&Rectangle::new(
        [(x0, y0), (x1, y1)],
        RGBColor(190, 190, 190).stroke_width(1),
    ))
    .map_err(err)?;
    let title = if by == ColorBy::Type {
        "Event type"
    } else {
        "Actor"
    };
    let mut y = y0 + (26.0 * s) as i32;
    root.draw(&Text::new(
        title,
        (x0 + (14.0 * s) as i32, y),
        ("sans-serif", f(22.0), FontStyle::Bold)
            .into_font()
            .color(&INK)
            .pos(Pos::new(HPos::Left, VPos::Center)),
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
        root.draw(&Text::new(
            c.replace('_', " "),
            (x0 + (46.0 * s) as i32, y),
            ("sans-serif", f(19.0))
                .into_font()
                .color(&INK)
                .pos(Pos::new(HPos::Left, VPos::Center)),
        ))
        .map_err(err)?;
    }
    y += line + (8.0 * s) as i32;
    root.draw(&Text::new(
        "Deaths",
        (x0 + (14.0 * s) as i32, y),
        ("sans-serif", f(22.0), FontStyle::Bold)
            .into_font()
            .color(&INK)
            .pos(Pos::new(HPos::Left, VPos::Center)),
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
    root.draw(&Text::new(
        "toll unknown",
        (x0 + (46.0 * s) as i32, ry),
        ("sans-serif", f(19.0))
            .into_font()
            .color(&INK)
            .pos(Pos::new(HPos::Left, VPos::Center)),
    ))
    .map_err(err)?;
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
        let s = 800.0 / 2000.0;
        let proj = Projection::fit(
            MALI_BBOX,
            20.0 * s,
            120.0 * s,
            800.0 - 40.0 * s,
            600.0 - 120.0 * s - 60.0 * s,
        );
        let (x, y) = proj.project(-1.6, 17.6);
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
}
