//! The drawing base map: Natural Earth and geoBoundaries layers clipped,
//! simplified and rounded for maps at country scale.

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

pub(super) fn polygons_json(g: &geojson::Geometry) -> Result<serde_json::Value> {
    let mp: geo::MultiPolygon<f64> = match &g.value {
        geojson::GeometryValue::Polygon { .. } => {
            geo::MultiPolygon(vec![(&g.value).try_into().map_err(|e| anyhow!("{e}"))?])
        }
        geojson::GeometryValue::MultiPolygon { .. } => {
            (&g.value).try_into().map_err(|e| anyhow!("{e}"))?
        }
        _ => bail!("not a polygon"),
    };
    let polys: Vec<serde_json::Value> =
        mp.0.iter()
            .filter_map(|p| {
                let ext = ring_json(p.exterior())?;
                let mut rings = vec![ext];
                rings.extend(p.interiors().iter().filter_map(ring_json));
                Some(serde_json::json!(rings))
            })
            .collect();
    Ok(serde_json::json!(polys))
}

/// Derives `basemap.json` from Natural Earth (countries, rivers, lakes,
/// populated places; public domain) and geoBoundaries (regions; CC BY 4.0),
/// simplified for maps of Mali, Burkina Faso and Niger.
pub fn basemap(data: &Path) -> Result<String> {
    let read = |rel: &str| -> Result<geojson::FeatureCollection> {
        let p = data.join(rel);
        let text =
            std::fs::read_to_string(&p).with_context(|| format!("{}: cannot read", p.display()))?;
        match text
            .parse::<geojson::GeoJson>()
            .with_context(|| format!("{}: not GeoJSON", p.display()))?
        {
            geojson::GeoJson::FeatureCollection(fc) => Ok(fc),
            _ => bail!("{}: not a FeatureCollection", p.display()),
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
    let mut countries = Vec::new();
    for f in read("basemap/ne_10m_countries_clip.geojson")?.features {
        let Some(g) = &f.geometry else { continue };
        countries.push(serde_json::json!({"name": prop(&f, "name"), "iso": prop(&f, "iso_a3"), "polygons": polygons_json(g)?}));
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
            regions.push(serde_json::json!({"name": crate::admin::display_name(&prop(&f, "shapeName")), "iso": iso, "polygons": polygons_json(g)?}));
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
        lakes.push(serde_json::json!({"name": name, "polygons": polygons_json(g)?}));
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
    let v = serde_json::json!({"countries": countries, "regions": regions, "rivers": rivers, "lakes": lakes, "towns": towns});
    Ok(serde_json::to_string(&v)? + "\n")
}
