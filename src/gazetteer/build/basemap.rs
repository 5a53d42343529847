//! The drawing base map: Natural Earth and geoBoundaries layers clipped,
//! simplified and rounded for maps at country scale, with Niger completed
//! east of Natural Earth's clip from geoBoundaries and GeoNames.

use super::*;

/// A ring simplified for drawing at country scale (Douglas-Peucker, 0.01°
/// ≈ 1 km, then 3 decimals): base maps need shape, not survey precision.
pub(super) fn ring_json(ring: &geo::LineString<f64>) -> Option<serde_json::Value> {
    use geo::Simplify;
    let s = ring.simplify(0.01);
    let mut pts: Vec<[f64; 2]> = Vec::new();
    for c in s.0 {
        let p = [round_to(c.x, 3), round_to(c.y, 3)];
        if pts.last() != Some(&p) {
            pts.push(p);
        }
    }
    (pts.len() >= 4).then(|| serde_json::json!(pts))
}

pub(super) fn polygons_json(g: &geojson::Geometry) -> Result<serde_json::Value, String> {
    Ok(multipolygon_json(&multipolygon(g)?))
}

/// The geometry as polygons, or why not (the caller names the file).
fn multipolygon(g: &geojson::Geometry) -> Result<geo::MultiPolygon<f64>, String> {
    Ok(match &g.value {
        geojson::GeometryValue::Polygon { .. } => {
            geo::MultiPolygon(vec![(&g.value).try_into().map_err(|e| format!("{e}"))?])
        }
        geojson::GeometryValue::MultiPolygon { .. } => {
            (&g.value).try_into().map_err(|e| format!("{e}"))?
        }
        _ => return Err("not a polygon".into()),
    })
}

fn multipolygon_json(mp: &geo::MultiPolygon<f64>) -> serde_json::Value {
    let polys: Vec<serde_json::Value> =
        mp.0.iter()
            .filter_map(|p| {
                let ext = ring_json(p.exterior())?;
                let mut rings = vec![ext];
                rings.extend(p.interiors().iter().filter_map(ring_json));
                Some(serde_json::json!(rings))
            })
            .collect();
    serde_json::json!(polys)
}

/// Natural Earth's layers here stop at 6°E, two thirds of the way across
/// Niger: east of it, Niger's outline is the union of its geoBoundaries
/// regions (simplified first, as they are drawn), joined to Natural Earth's
/// part so that the western borders still match the neighbours'.
const CLIP_EAST: f64 = 6.0;

fn niger_beyond_clip(
    clipped: geo::MultiPolygon<f64>,
    regions: &[geo::MultiPolygon<f64>],
) -> geo::MultiPolygon<f64> {
    use geo::{BooleanOps, Simplify};
    let simplified: Vec<geo::MultiPolygon<f64>> =
        regions.iter().map(|r| r.simplify(0.005)).collect();
    let whole = geo::unary_union(simplified.iter());
    let east = geo::Rect::new((CLIP_EAST, 0.0), (30.0, 40.0)).to_polygon();
    clipped.union(&whole.intersection(&geo::MultiPolygon(vec![east])))
}

/// Derives `basemap.json` from Natural Earth (countries, rivers, lakes,
/// populated places; public domain) and geoBoundaries (regions; CC BY 4.0),
/// simplified for maps of Mali, Burkina Faso and Niger.
pub fn basemap(data: &Path) -> Result<String> {
    let read = |rel: &str| -> Result<geojson::FeatureCollection> {
        let text = crate::files::read_text(&data.join(rel))?;
        match text
            .parse::<geojson::GeoJson>()
            .map_err(|e| Error::file(rel, format!("not GeoJSON: {e}")))?
        {
            geojson::GeoJson::FeatureCollection(fc) => Ok(fc),
            _ => Err(Error::file(rel, "not a FeatureCollection")),
        }
    };
    let prop = |f: &geojson::Feature, k: &str| -> String {
        f.properties
            .as_ref()
            .and_then(|p| p.get(k))
            .and_then(|v| v.as_str())
            .unwrap_or("")
            .to_string()
    };
    let niger_regions: Vec<geo::MultiPolygon<f64>> =
        read("boundaries/ner_adm1_geoboundaries_dissolved.geojson")?
            .features
            .iter()
            .filter_map(|f| f.geometry.as_ref())
            .map(multipolygon)
            .collect::<Result<_, String>>()
            .map_err(|e| Error::file("boundaries/ner_adm1_geoboundaries_dissolved.geojson", e))?;
    let mut countries = Vec::new();
    for f in read("basemap/ne_10m_countries_clip.geojson")?.features {
        let Some(g) = &f.geometry else { continue };
        let iso = prop(&f, "iso_a3");
        let mut shape =
            multipolygon(g).map_err(|e| Error::file("basemap/ne_10m_countries_clip.geojson", e))?;
        if iso == "NER" {
            shape = niger_beyond_clip(shape, &niger_regions);
        }
        countries.push(serde_json::json!({"name": prop(&f, "name"), "iso": iso, "polygons": multipolygon_json(&shape)}));
    }
    // The three countries' regions: Mali's pre-2016 scheme, Burkina Faso's
    // 13 regions before the 2025 reform, Niger's 8.
    let mut regions = Vec::new();
    for (file, iso) in [
        ("boundaries/mli_adm1_geoboundaries.geojson", "MLI"),
        ("boundaries/bfa_adm1_geoboundaries_dissolved.geojson", "BFA"),
        ("boundaries/ner_adm1_geoboundaries_dissolved.geojson", "NER"),
    ] {
        for f in read(file)?.features {
            let Some(g) = &f.geometry else { continue };
            regions.push(serde_json::json!({"name": crate::admin::display_name(&prop(&f, "shapeName")), "iso": iso, "polygons": polygons_json(g).map_err(|e| Error::file(file, e))?}));
        }
    }
    let mut rivers = Vec::new();
    for f in read("basemap/ne_10m_rivers_clip.geojson")?.features {
        let Some(g) = &f.geometry else { continue };
        let lines: Vec<Vec<[f64; 2]>> = match &g.value {
            geojson::GeometryValue::LineString { coordinates } => vec![coordinates
                .iter()
                .map(|p| [round_to(p.as_slice()[0], 3), round_to(p.as_slice()[1], 3)])
                .collect()],
            geojson::GeometryValue::MultiLineString { coordinates } => coordinates
                .iter()
                .map(|l| {
                    l.iter()
                        .map(|p| [round_to(p.as_slice()[0], 3), round_to(p.as_slice()[1], 3)])
                        .collect()
                })
                .collect(),
            _ => continue,
        };
        rivers.push(serde_json::json!({"name": prop(&f, "name"), "lines": lines}));
    }
    let mut lakes = Vec::new();
    for f in read("basemap/ne_10m_lakes_clip.geojson")?.features {
        let Some(g) = &f.geometry else { continue };
        // This Natural Earth conversion lost the "é" of Lac Débo.
        let name = match prop(&f, "name").as_str() {
            "Lake Dbo" => "Lac Débo".to_string(),
            n => n.to_string(),
        };
        let polygons =
            polygons_json(g).map_err(|e| Error::file("basemap/ne_10m_lakes_clip.geojson", e))?;
        lakes.push(serde_json::json!({"name": name, "polygons": polygons}));
    }
    let mut towns = Vec::new();
    for f in read("basemap/ne_10m_populated_places_clip.geojson")?.features {
        let p = f.properties.as_ref();
        let num = |k: &str| {
            p.and_then(|p| p.get(k))
                .and_then(|v| v.as_f64())
                .unwrap_or(0.0)
        };
        let country = prop(&f, "ADM0_A3");
        let capital = num("ADM0CAP") > 0.0;
        if !matches!(country.as_str(), "MLI" | "BFA" | "NER") && !capital {
            continue;
        }
        towns.push(serde_json::json!({"name": prop(&f, "NAME"), "lat": round_to(num("LATITUDE"), 3), "lon": round_to(num("LONGITUDE"), 3), "pop": num("POP_MAX") as u64, "capital": capital, "country": country}));
    }
    // Niger's towns east of the clip, from GeoNames: region capitals, and
    // département seats of 15,000 people or more (tab-separated dump:
    // name, lat, lon, feature code and population are columns 2, 5, 6, 8
    // and 15).
    let dump = data.join("gazetteer/NE.txt");
    let text = crate::files::read_text(&dump)?;
    let origin = dump.display().to_string();
    for (i, line) in text.lines().enumerate() {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 15 {
            return Err(Error::line(
                &origin,
                i + 1,
                "expected 19 tab-separated fields",
            ));
        }
        let (Ok(lat), Ok(lon)) = (f[4].parse::<f64>(), f[5].parse::<f64>()) else {
            return Err(Error::line(&origin, i + 1, "bad coordinates"));
        };
        let pop: u64 = f[14].parse().unwrap_or(0);
        let seat = f[7] == "PPLA" || (f[7] == "PPLA2" && pop >= 15_000);
        if lon > CLIP_EAST && seat {
            towns.push(serde_json::json!({"name": f[1], "lat": round_to(lat, 3), "lon": round_to(lon, 3), "pop": pop, "capital": false, "country": "NER"}));
        }
    }
    let v = serde_json::json!({"countries": countries, "regions": regions, "rivers": rivers, "lakes": lakes, "towns": towns});
    Ok(serde_json::to_string(&v).expect("JSON values always serialise") + "\n")
}
