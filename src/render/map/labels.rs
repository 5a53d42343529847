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
    root: &Canvas<DB>,
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
    root: &Canvas<DB>,
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
    root: &Canvas<DB>,
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
    root: &Canvas<DB>,
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
    bbox: BBox,
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
    // The names of the towns labelled so far, folded once each (not once
    // per gazetteer town asked about).
    let mut labelled: Vec<(String, f64, f64)> = towns
        .iter()
        .map(|b| (crate::fold::fold(&b.name), b.lat, b.lon))
        .collect();
    for t in extra
        .iter()
        .filter(|t| bbox.contains(crate::coords::LatLon::new(t.lat, t.lon)))
    {
        // The same town from the base map and the gazetteer, spelt alike
        // ("Gorom Gorom", "Gorom-Gorom") a few km apart: labelled once.
        let key = crate::fold::fold(&t.name);
        let twin = labelled.iter().any(|(name, lat, lon)| {
            *name == key && crate::geodesy::distance_km(*lat, *lon, t.lat, t.lon) < 25.0
        });
        if !twin {
            labelled.push((key, t.lat, t.lon));
            towns.push(TownLabel {
                name: t.name.clone(),
                lat: t.lat,
                lon: t.lon,
                rank: t.rank,
                pop: t.population,
                mali: true,
            });
        }
    }
    towns.sort_by(|a, b| a.rank.cmp(&b.rank).then(b.pop.cmp(&a.pop)));
    towns
}

/// The overlays' own labels, placed before any other: they are what the
/// map is about. The ring's label is forced; each cluster's goes above its
/// hull, or else below it, where it is free.
pub(super) fn overlay_labels<DB: DrawingBackend>(
    root: &Canvas<DB>,
    fr: &Frame,
    labels: &mut Labels,
    ring_labels: &[(String, (i32, i32))],
    clusters: &[ClusterSummary],
    hulls_px: &[Hull],
    lang: crate::render::lang::Lang,
) -> Result<()>
where
    DB::ErrorType: 'static,
{
    let s = fr.s;
    for (text, (x, y)) in ring_labels {
        let th = (26.0 * s) as i32;
        let y = (*y - th).max(fr.top as i32 + th);
        forced_label(
            root,
            labels,
            text,
            (*x, y),
            ("sans-serif", fr.f(22.0), FontStyle::Bold),
            RING,
        )?;
    }
    for (c, (_, pts)) in clusters.iter().zip(hulls_px) {
        let (Some(&(xt, yt)), Some(&(xb, yb))) = (
            pts.iter().min_by_key(|p| p.1),
            pts.iter().max_by_key(|p| p.1),
        ) else {
            continue;
        };
        // Cluster sums, far below u32::MAX in any real data.
        let sum = |n: u64| u32::try_from(n).unwrap_or(u32::MAX);
        let deaths = Casualties::range(sum(c.deaths_low), sum(c.deaths_high));
        let text = cluster_label(c, &deaths, lang);
        let font = ("sans-serif", fr.f(18.0), FontStyle::Bold);
        let (tw, th) = root
            .estimate_text_size(&text, &font.into_text_style(root))
            .map_err(err)?;
        let (tw, th) = (tw as i32, th as i32);
        // Above the hull, else below; slid sideways to stay whole inside
        // the frame. A label that fits nowhere is dropped, never drawn
        // over another.
        let slide = |x: i32| x.clamp(tw / 2 + 4, (fr.w as i32 - tw / 2 - 4).max(tw / 2 + 4));
        for (x, y) in [(slide(xt), yt - th), (slide(xb), yb + th)] {
            let rect = (x - tw / 2, y - th / 2, x + tw / 2, y + th / 2);
            if fr.inside(rect.0, rect.1) && fr.inside(rect.2, rect.3) && labels.free(rect) {
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
    Ok(())
}

/// A cluster's label: its main place and its months, then what it holds
/// ("Ménaka, 2019-03 to 2024-08: 873 incidents, 15054–16615 deaths"),
/// rather than an id the reader must look up.
pub(super) fn cluster_label(
    c: &ClusterSummary,
    deaths: &Casualties,
    lang: crate::render::lang::Lang,
) -> String {
    let place = c.main_places.first().map_or("cluster", String::as_str);
    let month = |d: chrono::NaiveDate| d.format("%Y-%m").to_string();
    let when = match (c.first, c.last) {
        (Some(a), Some(b)) if month(a) == month(b) => format!(", {}", month(a)),
        (Some(a), Some(b)) => format!(", {} {} {}", month(a), lang.pick("to", "à"), month(b)),
        _ => String::new(),
    };
    // Big figures grouped by thousands, as in the subtitle.
    let n = |v: u32| fmt_count(f64::from(v));
    use crate::render::lang::Lang;
    let deaths = match (lang, deaths.low, deaths.high) {
        (_, Some(l), Some(h)) if l == h => n(l),
        (_, Some(l), Some(h)) => format!("{}–{}", n(l), n(h)),
        (Lang::Fr, Some(l), None) => format!("au moins {}", n(l)),
        (Lang::En, Some(l), None) => format!("at least {}", n(l)),
        (Lang::Fr, None, _) => "?".to_string(),
        (Lang::En, None, Some(h)) => format!("at most {}", n(h)),
        (Lang::En, None, None) => "unknown".to_string(),
    };
    let size = fmt_count(c.size as f64);
    match lang {
        Lang::En => format!("{place}{when}: {size} incidents, {deaths} deaths"),
        Lang::Fr => format!("{place}{when} : {size} incidents, {deaths} morts"),
    }
}

/// The centre of the largest part of an area of the base map.
fn largest_part_centre(polygons: &[Vec<Vec<[f64; 2]>>]) -> Option<geo::Point<f64>> {
    polygons
        .iter()
        .map(|p| ring_centroid(&p[0]))
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(centre, _)| centre)
}

/// Neighbour names at the centre of their visible part.
pub(super) fn country_names<DB: DrawingBackend>(
    root: &Canvas<DB>,
    fr: &Frame,
    labels: &mut Labels,
    bm: &Basemap,
) -> Result<()>
where
    DB::ErrorType: 'static,
{
    let bbox = fr.bbox;
    for c in bm.countries.iter().filter(|c| c.iso != "MLI") {
        if let Some(centre) = largest_part_centre(&c.polygons) {
            let (lon, lat) = (centre.x(), centre.y());
            let lon = lon.clamp(bbox.min_lon + 0.8, bbox.max_lon - 0.8);
            let lat = lat.clamp(bbox.min_lat + 0.5, bbox.max_lat - 0.5);
            let (x, y) = fr.proj.project(lon, lat);
            let inside_country = c
                .polygons
                .iter()
                .any(|p| ring_polygon(&p[0]).contains(&geo::Point::new(lon, lat)));
            if fr.inside(x, y) && inside_country {
                place_label(
                    root,
                    labels,
                    &c.name.to_uppercase(),
                    x,
                    y,
                    ("sans-serif", fr.f(20.0), FontStyle::Normal),
                    RGBColor(150, 146, 138),
                )?;
            }
        }
    }
    Ok(())
}

/// Region names (not the district of Bamako: the town label says it); in
/// choropleth mode with their value, and Bamako's value too. Only the
/// regions of the countries mapped are named.
pub(super) fn region_names<DB: DrawingBackend>(
    root: &Canvas<DB>,
    fr: &Frame,
    labels: &mut Labels,
    bm: &Basemap,
    values: Option<&[(String, f64)]>,
) -> Result<()>
where
    DB::ErrorType: 'static,
{
    for (k, r) in bm.regions.iter().enumerate() {
        let value = values.map(|v| v[k].1);
        if (r.name == "Bamako" && value.is_none()) || !fr.in_focus(r) {
            continue;
        }
        let Some(centre) = largest_part_centre(&r.polygons) else {
            continue;
        };
        let (x, y) = fr.proj.project(centre.x(), centre.y());
        if !fr.inside(x, y) {
            continue;
        }
        match value {
            None => place_label(
                root,
                labels,
                &r.name,
                x,
                y,
                ("sans-serif", fr.f(22.0), FontStyle::Italic),
                RGBColor(140, 130, 115),
            )?,
            Some(v) => {
                // Bamako is small on the map: its figure goes beside it.
                let (x, y) = if r.name == "Bamako" {
                    (x, y + (40.0 * fr.s) as i32)
                } else {
                    (x, y)
                };
                let text = format!("{} {}", r.name, fmt_count(v));
                forced_label(
                    root,
                    labels,
                    &text,
                    (x, y),
                    ("sans-serif", fr.f(22.0), FontStyle::Bold),
                    INK,
                )?;
            }
        }
    }
    Ok(())
}

/// Town dots and labels, above the incidents: Mali's towns and the
/// capitals around, and in a zoomed view also `zoomed_towns` in view. A
/// town whose label finds no room is left out. Returns the dots drawn
/// (`x, y, radius`).
pub(super) fn towns<DB: DrawingBackend>(
    root: &Canvas<DB>,
    fr: &Frame,
    labels: &mut Labels,
    bm: &Basemap,
    zoomed_towns: &[GazetteerTown],
) -> Result<Vec<(i32, i32, i32)>>
where
    DB::ErrorType: 'static,
{
    let (s, lw) = (fr.s, |px: f64| fr.lw(px));
    let mut seen: Vec<(i32, i32)> = Vec::new();
    let mut town_dots: Vec<(i32, i32, i32)> = Vec::new();
    for t in town_labels(bm, zoomed_towns, fr.bbox, &fr.focus) {
        let (x, y) = fr.proj.project(t.lon, t.lat);
        if !fr.inside(x, y) {
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
            (fr.f(30.0), FontStyle::Bold, INK)
        } else if t.rank >= 3 {
            (fr.f(16.0), FontStyle::Normal, RGBColor(70, 70, 70))
        } else if t.mali {
            (fr.f(19.0), FontStyle::Normal, INK)
        } else {
            (fr.f(17.0), FontStyle::Normal, MUTED)
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
    Ok(town_dots)
}

#[cfg(test)]
mod cluster_label_tests {
    use super::*;
    use crate::render::lang::Lang;

    #[test]
    fn big_figures_are_grouped_by_thousands_in_both_languages() {
        let c = ClusterSummary {
            id: 0,
            size: 63_203,
            deaths_low: 1_113_780,
            deaths_high: 1_228_162,
            mean_deaths: 18.4,
            first: chrono::NaiveDate::from_ymd_opt(2012, 1, 5),
            last: chrono::NaiveDate::from_ymd_opt(2025, 9, 2),
            centroid: crate::coords::LatLon::new(15.9, 2.4),
            main_places: vec!["Ménaka".into()],
            main_actors: vec![],
            hull: geo::Polygon::new(geo::LineString::new(vec![]), vec![]),
        };
        let d = Casualties::range(1_113_780, 1_228_162);
        let g = '\u{202f}';
        assert_eq!(
            cluster_label(&c, &d, Lang::Fr),
            format!(
                "Ménaka, 2012-01 à 2025-09 : 63{g}203 incidents, 1{g}113{g}780–1{g}228{g}162 morts"
            )
        );
        assert_eq!(
            cluster_label(&c, &Casualties::at_least(1500), Lang::En),
            format!("Ménaka, 2012-01 to 2025-09: 63{g}203 incidents, at least 1{g}500 deaths")
        );
    }
}
