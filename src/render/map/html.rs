//! The interactive map: one HTML file that works offline, with Leaflet and
//! the base map inside it, for analysts who want to click an incident and
//! read its sentence, and filter by date, type and actor.
//!
//! The page (`assets/map/template.html`) and Leaflet 1.9.4
//! (`assets/map/leaflet/`, BSD-2-Clause) are embedded in the binary; this
//! module fills the page with the incidents and the base map as JSON. The
//! markers have the PNG map's colours, sizes and shapes ([`super::style`]).
//! The page makes no request: no tiles, no fonts, no CDN.
//!
//! ```
//! use sahel::model::*;
//! let inc = Incident { id: "a-1".into(), date: None,
//!     location: Some(Location { lat: 14.49, lon: -4.19, precision: LocationPrecision::Exact, uncertainty_km: 1.0,
//!         name_written: "Mopti".into(), name_resolved: None, region: None, cercle: None,
//!         region_current: None, cercle_current: None, country: None }),
//!     event_type: EventType::Attack, actors: vec![], fatalities: Casualties::exact(3),
//!     wounded: Casualties::unknown(), sources: vec![], notes: vec![] };
//! let incidents = vec![inc];
//! let mut page = Vec::new();
//! let summary = sahel::render::map::html::write_html_map(
//!     &incidents, &sahel::render::map::MapOptions::default(), &mut page).unwrap();
//! let page = String::from_utf8(page).unwrap();
//! assert!(page.starts_with("<!DOCTYPE html>"));
//! assert_eq!(summary.markers, 1);
//! // Filled, and nothing loaded from elsewhere.
//! assert!(!page.contains("{{SAHEL_DATA}}") && !page.contains("src=\"http"));
//! ```

use super::style::{categories, category_of, OTHER_ACTORS};
use super::*;
use crate::io::record::Roles;
use crate::io::schema;
use serde::Serialize;
use std::io::Write;

const TEMPLATE: &str = include_str!("../../../assets/map/template.html");
const LEAFLET_JS: &str = include_str!("../../../assets/map/leaflet/leaflet.js");
const LEAFLET_CSS: &str = include_str!("../../../assets/map/leaflet/leaflet.css");

/// Above this many markers the page still opens, but says it is slow and
/// how to filter (Leaflet's canvas stays usable up to about this many).
pub const COMFORTABLE_MARKERS: usize = 20_000;

/// Sentences are cut to this many characters in the page: the popup shows
/// the words that gave the incident, and a 20,000-incident page stays near
/// 10 MB.
const SENTENCE_CHARS: usize = 320;

/// What the page holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct HtmlSummary {
    /// Incidents drawn (those with a place).
    pub markers: usize,
    /// Incidents left out for lack of a place.
    pub unplaced: usize,
}

#[derive(Serialize)]
struct Page<'a> {
    lang: &'static str,
    title: String,
    subtitle: String,
    attribution: String,
    bounds: [[f64; 2]; 2],
    notice: Option<String>,
    legend: Vec<LegendItem>,
    /// Each event type's name in the page's language.
    type_labels: std::collections::BTreeMap<&'static str, &'static str>,
    focus: Vec<&'static str>,
    incidents: Vec<Marker<'a>>,
    base: Base<'a>,
    clusters: Clusters,
}

#[derive(Serialize)]
struct LegendItem {
    label: String,
    color: String,
}

#[derive(Serialize)]
struct Marker<'a> {
    id: &'a str,
    lat: f64,
    lon: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    day: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    day_end: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_precision: Option<&'static str>,
    place: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    place_written: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cercle: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    country: Option<&'a str>,
    precision: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    uncertainty_km: Option<f64>,
    #[serde(rename = "type")]
    kind: &'static str,
    category: usize,
    actors: Vec<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    perpetrators: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    targets: Vec<String>,
    deaths: Option<[u32; 2]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    wounded: Option<[u32; 2]>,
    shape: &'static str,
    color: String,
    radius: i32,
    sources: Vec<SourceLine<'a>>,
}

#[derive(Serialize)]
struct SourceLine<'a> {
    file: &'a str,
    sentence: &'a str,
}

#[derive(Serialize)]
struct Base<'a> {
    countries: Vec<AreaJson<'a>>,
    regions: Vec<AreaJson<'a>>,
    /// Cercles, provinces and départements (their embedded boundaries).
    cercles: Vec<CercleJson>,
    lakes: Vec<AreaJson<'a>>,
    rivers: Vec<RiverJson<'a>>,
    towns: Vec<TownJson<'a>>,
}

#[derive(Serialize)]
struct AreaJson<'a> {
    iso: &'a str,
    name: &'a str,
    polygons: &'a [Vec<Vec<[f64; 2]>>],
}

#[derive(Serialize)]
struct CercleJson {
    name: String,
    polygons: serde_json::Value,
}

/// Coordinates to three decimals (about 100 m, finer than a screen pixel
/// at the zooms a cercle is looked at): a third less to carry per page.
fn rounded(v: &serde_json::Value) -> serde_json::Value {
    match v {
        serde_json::Value::Array(a) => a.iter().map(rounded).collect(),
        serde_json::Value::Number(n) => n.as_f64().map_or(v.clone(), |x| {
            serde_json::json!((x * 1000.0).round() / 1000.0)
        }),
        other => other.clone(),
    }
}

/// The embedded cercle boundaries as the page draws them.
fn cercles() -> Vec<CercleJson> {
    let v: serde_json::Value =
        serde_json::from_str(crate::admin::EMBEDDED_CERCLES).unwrap_or_default();
    v["features"]
        .as_array()
        .map(|fs| {
            fs.iter()
                .filter(|f| f["geometry"]["type"] == "MultiPolygon")
                .map(|f| CercleJson {
                    name: f["properties"]["cercle"].as_str().unwrap_or("").to_string(),
                    polygons: rounded(&f["geometry"]["coordinates"]),
                })
                .collect()
        })
        .unwrap_or_default()
}

#[derive(Serialize)]
struct RiverJson<'a> {
    name: &'a str,
    lines: &'a [Vec<[f64; 2]>],
}

#[derive(Serialize)]
struct TownJson<'a> {
    name: &'a str,
    lat: f64,
    lon: f64,
    capital: bool,
}

#[derive(Serialize, Default)]
struct Clusters {
    hulls: Vec<Hull>,
    rings: Vec<RingJson>,
}

#[derive(Serialize)]
struct Hull {
    id: u32,
    label: String,
    ring: Vec<[f64; 2]>,
}

#[derive(Serialize)]
struct RingJson {
    lat: f64,
    lon: f64,
    km: f64,
    label: String,
}

fn hex(c: RGBColor) -> String {
    format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
}

/// Days since 1970-01-01: the page's sliders count days.
fn day_number(d: chrono::NaiveDate) -> i64 {
    (d - chrono::NaiveDate::from_ymd_opt(1970, 1, 1).expect("a valid day")).num_days()
}

fn pair(c: &Casualties) -> Option<[u32; 2]> {
    match (c.low, c.high) {
        (Some(l), Some(h)) => Some([l, h]),
        (Some(l), None) => Some([l, l]),
        (None, Some(h)) => Some([h, h]),
        (None, None) => None,
    }
}

/// The first `n` characters of `s` (the popup shows the start of a long
/// sentence; the source file has the rest).
fn cut(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((at, _)) => &s[..at],
        None => s,
    }
}

fn split_names(joined: &str) -> Vec<String> {
    crate::io::flat::split(joined, ';')
}

/// The marker of one placed incident, as the PNG map draws it.
fn marker<'a>(
    i: &'a Incident,
    l: &'a Location,
    cats: &[(String, RGBColor)],
    o: &MapOptions,
) -> Marker<'a> {
    let name = category_of(i, o.color_by);
    let (category, colour) = cats
        .iter()
        .enumerate()
        .find(|(_, (c, _))| *c == name)
        .map_or((cats.len(), OTHER_ACTORS), |(k, &(_, c))| (k, c));
    let shape = if l.precision == LocationPrecision::Region {
        "square"
    } else if !i.fatalities.is_known() {
        "ring"
    } else if i.fatalities.best() == 0.0 {
        "diamond"
    } else {
        "circle"
    };
    let roles = Roles::of(i);
    Marker {
        id: &i.id,
        lat: l.lat,
        lon: l.lon,
        day: i.date.map(|d| day_number(d.start)),
        // Absent fields are the page's defaults: the same day, the same
        // name, no figure. A 20,000-incident page stays near 10 MB.
        day_end: i
            .date
            .filter(|d| d.end != d.start)
            .map(|d| day_number(d.end)),
        date: i.date.map(|d| d.to_string()),
        date_precision: i.date.map(|d| schema::date_precision_name(d.precision)),
        place: l.name_resolved.as_deref().unwrap_or(&l.name_written),
        place_written: Some(l.name_written.as_str())
            .filter(|w| !w.is_empty() && Some(*w) != l.name_resolved.as_deref()),
        region: l.region.as_deref(),
        cercle: l.cercle.as_deref(),
        country: l.country.as_deref(),
        precision: schema::geo_precision_name(l.precision),
        uncertainty_km: Some(l.uncertainty_km).filter(|k| *k > 0.0),
        kind: i.event_type.as_str(),
        category,
        actors: i.actors.iter().map(|a| a.name.as_str()).collect(),
        perpetrators: split_names(&roles.perpetrators),
        targets: split_names(&roles.targets),
        deaths: pair(&i.fatalities),
        wounded: pair(&i.wounded),
        shape,
        color: hex(colour),
        radius: layers::marker_radius(i, 1.0),
        sources: i
            .sources
            .iter()
            .map(|s| SourceLine {
                file: &s.file,
                sentence: cut(&s.sentence, SENTENCE_CHARS),
            })
            .collect(),
    }
}

/// Writes the interactive map of `incidents` to `w`. Of the options, the
/// title, colouring, language, clusters, rings, view box and boundaries
/// count; size, choropleth and density are the pictures' own.
pub fn write_html_map(
    incidents: &[Incident],
    o: &MapOptions,
    w: &mut dyn Write,
) -> std::io::Result<HtmlSummary> {
    let refs: Vec<&Incident> = incidents.iter().collect();
    let cats = categories(&refs, o.color_by);
    let mut markers: Vec<Marker<'_>> = incidents
        .iter()
        .filter_map(|i| Some(marker(i, i.location.as_ref()?, &cats, o)))
        .collect();
    // Big ones first, so that small ones stay on top and clickable.
    markers.sort_by_key(|m| std::cmp::Reverse(m.radius));
    let summary = HtmlSummary {
        markers: markers.len(),
        unplaced: incidents.len() - markers.len(),
    };
    let focus = focus_countries(incidents, o.boundaries);
    let view = o.bbox.unwrap_or_else(|| view_bbox(incidents, o.boundaries));
    let lang = o.lang;
    let count = |n: usize| fmt_count(n as f64);
    let dates: Vec<chrono::NaiveDate> = incidents
        .iter()
        .filter_map(|i| i.date.map(|d| d.midpoint()))
        .collect();
    let span = match (dates.iter().min(), dates.iter().max()) {
        (Some(a), Some(b)) => format!(", {a} – {b}"),
        _ => String::new(),
    };
    let mut subtitle = format!(
        "{} {}{span}",
        count(summary.markers),
        lang.pick("incidents on the map", "incidents sur la carte")
    );
    if summary.unplaced > 0 {
        subtitle.push_str(&format!(
            " ({} {})",
            count(summary.unplaced),
            lang.pick("without a place, not shown", "sans lieu, non affichés")
        ));
    }
    let notice = (summary.markers > COMFORTABLE_MARKERS).then(|| {
        format!(
            "{} {} — {}",
            count(summary.markers),
            lang.pick(
                "incidents: the page is slow beyond 20,000.",
                "incidents : la page est lente au-delà de 20 000."
            ),
            lang.pick(
                "Filter first: sahel map --from, --to, --region, --country, --type, --actor or --bbox.",
                "Filtrez d'abord : sahel map --from, --to, --region, --country, --type, --actor ou --bbox."
            )
        )
    });
    let bm = Basemap::embedded();
    let area = |a: &'static crate::render::Area| AreaJson {
        iso: &a.iso,
        name: &a.name,
        polygons: &a.polygons,
    };
    let hulls = o
        .clusters
        .iter()
        .map(|c| {
            let sum = |n: u64| u32::try_from(n).unwrap_or(u32::MAX);
            let deaths = Casualties::range(sum(c.deaths_low), sum(c.deaths_high));
            Hull {
                id: c.id,
                label: cluster_label(c, &deaths, lang),
                ring: c.hull.exterior().coords().map(|p| [p.x, p.y]).collect(),
            }
        })
        .collect();
    let rings = o
        .rings
        .iter()
        .map(|r| RingJson {
            lat: r.lat,
            lon: r.lon,
            km: r.km,
            label: format!("{}, {} km", r.label, r.km),
        })
        .collect();
    let attribution = titles::attribution_text(lang)
        .replace("Lambert conformal conic. ", "")
        .replace("Conique conforme de Lambert. ", "")
        + lang.pick(
            " Map library: Leaflet (BSD-2-Clause).",
            " Bibliothèque cartographique : Leaflet (BSD-2-Clause).",
        );
    let page = Page {
        lang: lang.pick("en", "fr"),
        title: titles::map_title(o, &focus),
        subtitle,
        attribution,
        bounds: [[view.min_lat, view.min_lon], [view.max_lat, view.max_lon]],
        notice,
        legend: cats
            .iter()
            .map(|(name, c)| LegendItem {
                label: lang.key(name),
                color: hex(*c),
            })
            .chain(
                markers
                    .iter()
                    .any(|m| m.category == cats.len())
                    .then(|| LegendItem {
                        label: lang.key("other"),
                        color: hex(OTHER_ACTORS),
                    }),
            )
            .collect(),
        type_labels: EventType::ALL
            .iter()
            .map(|t| (t.as_str(), lang.event_type(*t)))
            .collect(),
        focus,
        incidents: markers,
        base: Base {
            countries: bm.countries.iter().map(area).collect(),
            regions: bm.regions.iter().map(area).collect(),
            cercles: cercles(),
            lakes: bm.lakes.iter().map(area).collect(),
            rivers: bm
                .rivers
                .iter()
                .map(|r| RiverJson {
                    name: &r.name,
                    lines: &r.lines,
                })
                .collect(),
            towns: bm
                .towns
                .iter()
                .map(|t| TownJson {
                    name: &t.name,
                    lat: t.lat,
                    lon: t.lon,
                    capital: t.capital,
                })
                .collect(),
        },
        clusters: Clusters { hulls, rings },
    };
    let json = serde_json::to_string(&page).map_err(std::io::Error::other)?;
    // `<` only occurs inside JSON strings, where `\u003c` means the same:
    // neither `</script>` nor `<!--` in a sentence can reach the HTML
    // parser.
    let json = json.replace('<', "\\u003c");
    // The library first and the data last, once each: a sentence that
    // quotes a placeholder is never taken for one.
    let page = TEMPLATE
        .replacen("/*{{LEAFLET_CSS}}*/", LEAFLET_CSS, 1)
        .replacen("/*{{LEAFLET_JS}}*/", LEAFLET_JS, 1)
        .replacen("{{SAHEL_DATA}}", &json, 1);
    w.write_all(page.as_bytes())?;
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::lang::Lang;

    fn page(incidents: &[Incident], o: &MapOptions) -> (String, serde_json::Value) {
        let mut out = Vec::new();
        write_html_map(incidents, o, &mut out).unwrap();
        let html = String::from_utf8(out).unwrap();
        let start = html
            .find(r#"<script id="sahel-data" type="application/json">"#)
            .unwrap();
        let body = &html[start..];
        let body = &body[body.find('>').unwrap() + 1..];
        let json = &body[..body.find("</script>").unwrap()];
        (html.clone(), serde_json::from_str(json).unwrap())
    }

    #[test]
    fn every_placed_incident_is_a_marker_with_its_sentence() {
        let inc = crate::testing::incidents();
        let (_, data) = page(&inc, &MapOptions::default());
        let markers = data["incidents"].as_array().unwrap();
        let placed: Vec<&Incident> = inc.iter().filter(|i| i.location.is_some()).collect();
        assert_eq!(markers.len(), placed.len());
        for i in placed {
            let m = markers.iter().find(|m| m["id"] == i.id.as_str()).unwrap();
            if let Some(s) = i.sources.first() {
                assert_eq!(m["sources"][0]["file"], s.file.as_str());
            }
            assert_eq!(m["day"].is_null(), i.date.is_none());
        }
    }

    #[test]
    fn a_sentence_cannot_close_the_data_script() {
        let mut inc = crate::testing::incidents();
        inc[0].sources = vec![crate::model::Source {
            file: "x.txt".into(),
            sentence: "Il a écrit </script><script>alert(1)</script> <!--<script> {{SAHEL_DATA}}"
                .into(),
        }];
        let (html, data) = page(&inc, &MapOptions::default());
        assert_eq!(
            html.matches("</script>").count(),
            html.matches("<script").count()
        );
        let all = data["incidents"].to_string();
        assert!(all.contains("alert(1)"), "the sentence is kept, as text");
    }

    #[test]
    fn shapes_follow_the_toll_and_the_precision() {
        let mut inc = crate::testing::incidents();
        inc.truncate(1);
        let base = inc[0].clone();
        let mut zero = base.clone();
        zero.id = "zero".into();
        zero.fatalities = Casualties::exact(0);
        let mut unknown = base.clone();
        unknown.id = "unknown".into();
        unknown.fatalities = Casualties::unknown();
        let mut region = base.clone();
        region.id = "region".into();
        region.location.as_mut().unwrap().precision = LocationPrecision::Region;
        let mut dead = base.clone();
        dead.id = "dead".into();
        dead.fatalities = Casualties::exact(40);
        let (_, data) = page(&[zero, unknown, region, dead], &MapOptions::default());
        let shape = |id: &str| {
            data["incidents"]
                .as_array()
                .unwrap()
                .iter()
                .find(|m| m["id"] == id)
                .unwrap()["shape"]
                .clone()
        };
        assert_eq!(shape("zero"), "diamond");
        assert_eq!(shape("unknown"), "ring");
        assert_eq!(shape("region"), "square");
        assert_eq!(shape("dead"), "circle");
        // Big ones first in the list, so that small ones are drawn on top.
        assert_eq!(data["incidents"][0]["id"], "dead");
    }

    #[test]
    fn labels_follow_the_language() {
        let inc = crate::testing::incidents();
        let (_, fr) = page(&inc, &MapOptions::default());
        let (_, en) = page(
            &inc,
            &MapOptions {
                lang: Lang::En,
                ..Default::default()
            },
        );
        assert_eq!(fr["lang"], "fr");
        assert_eq!(en["lang"], "en");
        assert_ne!(fr["title"], en["title"]);
        assert!(en["subtitle"]
            .as_str()
            .unwrap()
            .contains("incidents on the map"));
    }
}
