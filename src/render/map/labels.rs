//! Labels that do not collide: towns, clusters, halos.

use super::*;

/// Labels placed so far, to keep new ones from overlapping them.
pub(super) struct Labels(pub(super) Vec<(i32, i32, i32, i32)>);

impl Labels {
    pub(super) fn free(&self, r: (i32, i32, i32, i32)) -> bool {
        self.0
            .iter()
            .all(|q| r.2 < q.0 || q.2 < r.0 || r.3 < q.1 || q.3 < r.1)
    }
}

/// A town to label: from the base map, or the gazetteer in zoomed views.
pub(super) struct TownLabel {
    pub(super) name: String,
    pub(super) lat: f64,
    pub(super) lon: f64,
    /// 0 capitals of the countries mapped, 1 other capitals, 2 base-map
    /// towns, 3 cercle seats, 4 others.
    pub(super) rank: u8,
    pub(super) pop: u64,
    /// In one of the countries mapped (labelled dark, the others muted).
    pub(super) mali: bool,
}

/// Moves each vertex of a convex ring away from its centre by `by` pixels,
/// so that a hull does not cut through the circles on its edge.
pub(super) fn grow(pts: &[(i32, i32)], by: f64) -> Vec<(i32, i32)> {
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

pub(super) fn fmt_km(km: f64) -> String {
    if km.fract() == 0.0 {
        format!("{km:.0}")
    } else {
        format!("{km:.1}")
    }
}

/// 1234 → "1 234" (a thin space, as French typography has it).
pub(super) fn fmt_count(v: f64) -> String {
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

pub(super) fn halo_text<DB: DrawingBackend>(
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
pub(super) fn centred_box<DB: DrawingBackend>(
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
pub(super) fn forced_label<DB: DrawingBackend>(
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
pub(super) fn place_label<DB: DrawingBackend>(
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

/// A gazetteer town a zoomed map may label (the base map has its own
/// towns, [`crate::render::Town`]).
#[derive(Debug, Clone, PartialEq)]
pub struct GazetteerTown {
    /// Its name.
    pub name: String,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// 3 for region and cercle seats, 4 for other places (lower first).
    pub rank: u8,
    /// Population, 0 when unknown (larger first within a rank).
    pub population: u64,
}

/// The towns of a gazetteer worth labelling on a zoomed map: seats of
/// regions, cercles and communes, and places with a known population.
///
/// ```
/// let g = sahel::gazetteer::Gazetteer::embedded();
/// let towns = sahel::render::map::towns_of(g);
/// assert!(towns.iter().any(|t| t.name == "Mopti" && t.rank == 3));
/// ```
pub fn towns_of(g: &crate::gazetteer::Gazetteer) -> Vec<GazetteerTown> {
    g.places()
        .iter()
        .filter_map(|p| {
            let rank = match p.feature.as_str() {
                "P.PPLC" | "P.PPLA" | "P.PPLA2" => 3,
                "P.PPLA3" => 4,
                "P.PPL" if p.population > 0 => 4,
                _ => return None,
            };
            Some(GazetteerTown {
                name: p.name.clone(),
                lat: p.lat,
                lon: p.lon,
                rank,
                population: p.population,
            })
        })
        .collect()
}

/// The towns to label, most important first: the base map's (Bamako, the
/// capitals around, Mali's main towns), then the given towns that fall in
/// the box (a zoomed view's cercle seats and larger places).
pub(super) fn town_labels(
    bm: &Basemap,
    extra: &[GazetteerTown],
    bbox: (f64, f64, f64, f64),
    focus: &[&str],
) -> Vec<TownLabel> {
    // The towns of the countries mapped, and the neighbours' capitals.
    let mut towns: Vec<TownLabel> = bm
        .towns
        .iter()
        .filter(|t| t.capital || focus.contains(&t.country.as_str()))
        .map(|t| TownLabel {
            name: t.name.clone(),
            lat: t.lat,
            lon: t.lon,
            rank: if t.capital && focus.contains(&t.country.as_str()) {
                0
            } else if t.capital {
                1
            } else {
                2
            },
            pop: t.pop,
            mali: focus.contains(&t.country.as_str()),
        })
        .collect();
    towns.extend(
        extra
            .iter()
            .filter(|t| t.lon >= bbox.0 && t.lon <= bbox.2 && t.lat >= bbox.1 && t.lat <= bbox.3)
            .map(|t| TownLabel {
                name: t.name.clone(),
                lat: t.lat,
                lon: t.lon,
                rank: t.rank,
                pop: t.population,
                mali: true,
            }),
    );
    towns.sort_by(|a, b| a.rank.cmp(&b.rank).then(b.pop.cmp(&a.pop)));
    towns
}
