//! Tests of the incident map.

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
            country: None,
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
    let px = assert_attack_drawn_at(&img, x, y);
    assert!(px[0] > px[2] + 60, "reddish, not the base map: {px:?}");
}

/// Checks that the pixel just inside a circle centred at (x, y) has the
/// attack colour (its 75% fill over the light background), and returns it.
fn assert_attack_drawn_at(img: &image::RgbImage, x: i32, y: i32) -> image::Rgb<u8> {
    let px = *img.get_pixel(x as u32 + 2, y as u32 + 2);
    let want = PALETTE[0];
    assert!(
        (px[0] as i32 - want.0 as i32).abs() < 70 && (px[2] as i32 - want.2 as i32).abs() < 70,
        "{px:?} at {x},{y}"
    );
    px
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
        "événement",
        "embuscade",
        "km",
        "Natural Earth",
        "Fond de carte",
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
    let c = crate::stats::jenks_classes(&v, 5);
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
    assert!(crate::stats::jenks_classes(&[0.0, 0.0], 5).is_empty());
    assert_eq!(
        crate::stats::jenks_classes(&[3.0, 3.0], 5),
        vec![(3.0, 3.0)]
    );
}

#[test]
fn region_values_by_name_or_by_point() {
    let mut a = inc(14.4, -4.0, Some(10), EventType::Attack);
    a.location.as_mut().unwrap().region = Some("mopti".into());
    // No region written: found by where the point falls (Gao).
    let b = inc(16.27, -0.04, Some(4), EventType::Attack);
    let c = inc(16.3, -0.1, None, EventType::Attack);
    let admin = Some(AdminLocator::embedded());
    let v = region_values(
        &[a.clone(), b.clone(), c.clone()],
        Choropleth::Deaths,
        admin,
    );
    let get = |n: &str| v.iter().find(|x| x.0 == n).unwrap().1;
    assert_eq!((get("Mopti"), get("Gao"), get("Kayes")), (10.0, 4.0, 0.0));
    let v = region_values(&[a.clone(), b, c], Choropleth::Incidents, admin);
    assert_eq!(v.iter().find(|x| x.0 == "Gao").unwrap().1, 2.0);
    // Without boundaries, only the region names incidents carry count.
    let v = region_values(&[a], Choropleth::Incidents, None);
    assert_eq!(v.iter().map(|x| x.1).sum::<f64>(), 1.0);
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
        // The incidents carry no region name: placed by their points.
        boundaries: Some(AdminLocator::embedded()),
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
        rings: vec![Ring {
            lat: 20.0,
            lon: -2.0,
            km: 150.0,
            label: "Test".into(),
        }],
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
            let q = crate::geodesy::destination(20.0, -2.0, *k as f64 * 5.0, 150.0);
            let (x, y) = p.project(q.lon, q.lat);
            (-1..=1).any(|dx| {
                (-1..=1).any(|dy| near(img.get_pixel((x + dx) as u32, (y + dy) as u32), RING, 30))
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
    let towns = towns_of(crate::gazetteer::Gazetteer::embedded());
    let o = MapOptions {
        clusters: summaries,
        bbox: Some(BBox::new(-5.0, 13.5, -2.0, 15.5)),
        towns: towns.clone(),
        ..Default::default()
    };
    render_map(&list, &o, &path).unwrap();
    let svg = std::fs::read_to_string(&path).unwrap();
    assert!(
        svg.contains("x : 6 incidents, 15 morts"),
        "cluster label: main place, then what it holds"
    );
    // Cercle seats from the gazetteer appear only when zoomed in.
    assert!(svg.contains("Bandiagara") && svg.contains("Bankass"));
    let national = MapOptions {
        towns,
        ..Default::default()
    };
    render_map(&list, &national, &path).unwrap();
    assert!(!std::fs::read_to_string(&path).unwrap().contains("Bankass"));
    // A user's own place is labelled when passed in.
    let mine = MapOptions {
        bbox: Some(BBox::new(-5.0, 13.5, -2.0, 15.5)),
        towns: vec![GazetteerTown {
            name: "Camp Est".into(),
            lat: 14.6,
            lon: -3.0,
            rank: 3,
            population: 0,
        }],
        ..Default::default()
    };
    render_map(&list, &mine, &path).unwrap();
    assert!(std::fs::read_to_string(&path).unwrap().contains("Camp Est"));
}

#[test]
fn an_empty_selection_says_so() {
    let d = tempfile::tempdir().unwrap();
    let path = d.path().join("m.svg");
    render_map(&[], &MapOptions::default(), &path).unwrap();
    assert!(std::fs::read_to_string(&path)
        .unwrap()
        .contains("Aucun incident ne correspond"));
    let english = MapOptions {
        lang: crate::render::lang::Lang::En,
        ..Default::default()
    };
    render_map(&[], &english, &path).unwrap();
    assert!(std::fs::read_to_string(&path)
        .unwrap()
        .contains("No incident matches"));
}

#[test]
fn the_legend_moves_off_the_incidents() {
    // Incidents packed in the bottom-left corner of a zoomed view.
    let bbox = BBox::new(-6.0, 13.0, -2.0, 16.0);
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

#[test]
fn incidents_in_burkina_and_niger_get_a_view_of_their_own_and_are_drawn_in_it() {
    // Near Djibo (Burkina Faso, away from the town's label) and Ayorou
    // (Niger): not a corner of Mali's map.
    let list = vec![
        inc(14.35, -1.25, Some(40), EventType::Attack),
        inc(14.73, 0.92, Some(7), EventType::Ambush),
    ];
    let admin = Some(AdminLocator::embedded());
    assert_eq!(focus_countries(&list, admin), ["BFA", "NER"]);
    // Without boundaries, incidents that carry no country do not move the view.
    assert_eq!(view_bbox(&list, None), MALI_BBOX);
    let b = view_bbox(&list, admin);
    for i in &list {
        let l = i.location.as_ref().unwrap();
        assert!(
            l.lon > b.min_lon && l.lon < b.max_lon && l.lat > b.min_lat && l.lat < b.max_lat,
            "{b:?}"
        );
    }
    let area = |b: BBox| b.width() * b.height();
    assert!(area(b) < 0.5 * area(MALI_BBOX), "{b:?}");
    // Malian incidents keep the map of Mali.
    assert_eq!(
        view_bbox(&[inc(14.48, -4.18, Some(3), EventType::Attack)], admin),
        MALI_BBOX
    );
    // Drawn where the fitted view projects them.
    let d = tempfile::tempdir().unwrap();
    let path = d.path().join("m.png");
    let o = MapOptions {
        size: (800, 600),
        boundaries: admin,
        ..Default::default()
    };
    render_map(&list, &o, &path).unwrap();
    let img = image::open(&path).unwrap().to_rgb8();
    let fitted = MapOptions {
        bbox: Some(b),
        ..o.clone()
    };
    let (x, y) = map_projection(&fitted).project(-1.25, 14.35);
    assert_attack_drawn_at(&img, x, y);
}

/// The pixel at (x, y) of a rendered map.
fn pixel_at(img: &image::RgbImage, x: i32, y: i32) -> image::Rgb<u8> {
    *img.get_pixel(x as u32, y as u32)
}

fn near_colour(px: image::Rgb<u8>, c: RGBColor, tol: i32) -> bool {
    (px[0] as i32 - c.0 as i32).abs() < tol
        && (px[1] as i32 - c.1 as i32).abs() < tol
        && (px[2] as i32 - c.2 as i32).abs() < tol
}

#[test]
fn an_incident_with_no_deaths_is_drawn_and_differs_from_an_unknown_toll() {
    let d = tempfile::tempdir().unwrap();
    let o = MapOptions {
        size: (1000, 750),
        ..Default::default()
    };
    // Rocket fire with no one killed, and an attack of unknown toll, in
    // the desert away from towns.
    let list = vec![
        inc(18.5, -2.5, Some(0), EventType::RocketOrMortar),
        inc(16.0, 1.5, None, EventType::RocketOrMortar),
    ];
    let path = d.path().join("m.png");
    render_map(&list, &o, &path).unwrap();
    let img = image::open(&path).unwrap().to_rgb8();
    let proj = map_projection(&o);
    let colour = type_colour(EventType::RocketOrMortar);
    // The diamond is filled at its centre; the ring of an unknown toll is
    // hollow there.
    let (x, y) = proj.project(-2.5, 18.5);
    assert!(
        near_colour(pixel_at(&img, x, y), colour, 40),
        "{:?}",
        pixel_at(&img, x, y)
    );
    let (x, y) = proj.project(1.5, 16.0);
    assert!(
        !near_colour(pixel_at(&img, x, y), colour, 40),
        "an unknown toll is a ring"
    );
}

#[test]
fn an_event_type_has_the_same_colour_on_every_map() {
    let d = tempfile::tempdir().unwrap();
    let o = MapOptions {
        size: (1000, 750),
        ..Default::default()
    };
    let proj = map_projection(&o);
    let massacre = inc(17.0, -3.0, Some(60), EventType::Massacre);
    // On its own, and beside an attack and an IED that come first in the
    // legend: the massacre keeps its colour.
    let alone = vec![massacre.clone()];
    let with_others = vec![
        inc(19.5, 0.5, Some(60), EventType::Attack),
        inc(15.5, -8.0, Some(60), EventType::Ied),
        massacre,
    ];
    let (x, y) = proj.project(-3.0, 17.0);
    let mut seen = Vec::new();
    for (k, list) in [alone, with_others].iter().enumerate() {
        let path = d.path().join(format!("m{k}.png"));
        render_map(list, &o, &path).unwrap();
        seen.push(pixel_at(
            &image::open(&path).unwrap().to_rgb8(),
            x + 3,
            y + 3,
        ));
    }
    assert_eq!(seen[0], seen[1]);
    assert!(
        near_colour(seen[0], type_colour(EventType::Massacre), 60),
        "{:?}",
        seen[0]
    );
}

#[test]
fn a_town_symbol_does_not_hide_an_incident() {
    let d = tempfile::tempdir().unwrap();
    let o = MapOptions {
        size: (1000, 750),
        ..Default::default()
    };
    // An attack in Ségou itself, two killed: its circle must be drawn over
    // the town's dot, which is drawn later for its label.
    let list = vec![inc(13.4317, -6.2157, Some(2), EventType::Attack)];
    let path = d.path().join("m.png");
    render_map(&list, &o, &path).unwrap();
    let img = image::open(&path).unwrap().to_rgb8();
    let (x, y) = map_projection(&o).project(-6.2157, 13.4317);
    let px = pixel_at(&img, x, y);
    assert!(
        near_colour(px, type_colour(EventType::Attack), 70),
        "{px:?}"
    );
}

#[test]
fn incidents_outside_the_frame_are_not_counted_as_drawn() {
    let d = tempfile::tempdir().unwrap();
    // A view of the Mopti area, and an incident at Kidal far outside it.
    let o = MapOptions {
        size: (800, 600),
        bbox: Some(BBox::new(-5.0, 13.5, -2.5, 15.5)),
        ..Default::default()
    };
    let mut unplaced = inc(14.5, -4.2, Some(1), EventType::Attack);
    unplaced.location = None;
    let list = vec![
        inc(14.49, -4.19, Some(3), EventType::Attack),
        inc(18.44, 1.41, Some(3), EventType::Attack),
        unplaced,
    ];
    let got = render_map(&list, &o, &d.path().join("m.png")).unwrap();
    assert_eq!(
        got,
        MapSummary {
            shown: 1,
            outside: 1,
            unplaced: 1
        }
    );
    let svg = d.path().join("m.svg");
    render_map(&list, &o, &svg).unwrap();
    let text = std::fs::read_to_string(&svg).unwrap();
    assert!(
        text.contains("1 sur la carte, 1 hors du cadre, 1 non localisés"),
        "subtitle"
    );
}

#[test]
fn a_town_from_the_base_map_and_the_gazetteer_is_labelled_once() {
    let extra = [
        GazetteerTown {
            name: "Gorom-Gorom".into(),
            lat: 14.44,
            lon: -0.24,
            rank: 3,
            population: 0,
        },
        GazetteerTown {
            name: "Markoye".into(),
            lat: 14.65,
            lon: 0.04,
            rank: 3,
            population: 0,
        },
    ];
    let view = BBox::new(-1.5, 13.5, 1.0, 15.5);
    let towns = town_labels(Basemap::embedded(), &extra, view, &["BFA"]);
    let gorom = towns
        .iter()
        .filter(|t| crate::fold::fold(&t.name) == crate::fold::fold("Gorom Gorom"))
        .count();
    assert_eq!(gorom, 1, "one Gorom Gorom");
    assert!(
        towns.iter().any(|t| t.name == "Markoye"),
        "other towns kept"
    );
}

#[test]
fn the_density_layer_shades_the_dense_cell_darkest() {
    let d = tempfile::tempdir().unwrap();
    let o = MapOptions {
        size: (1000, 750),
        density_km: Some(40.0),
        lang: crate::render::lang::Lang::En,
        ..Default::default()
    };
    // Thirty incidents within a few km in the empty north, and one alone
    // far to the east: the first cell is in the top class, the second in
    // the bottom one, and no circle is drawn.
    let mut list: Vec<Incident> = (0..30)
        .map(|k| inc(18.5 + k as f64 * 0.002, -2.5, Some(1), EventType::Attack))
        .collect();
    list.push(inc(17.0, 2.0, Some(1), EventType::Attack));
    let path = d.path().join("m.png");
    render_map(&list, &o, &path).unwrap();
    let img = image::open(&path).unwrap().to_rgb8();
    let proj = map_projection(&o);
    let (x, y) = proj.project(-2.5, 18.53);
    assert!(
        near_colour(pixel_at(&img, x, y), CLASSES[CLASSES.len() - 1], 40),
        "{:?}",
        pixel_at(&img, x, y)
    );
    let (x, y) = proj.project(2.0, 17.0);
    assert!(
        near_colour(pixel_at(&img, x, y), CLASSES[0], 40),
        "{:?}",
        pixel_at(&img, x, y)
    );
    let svg = d.path().join("m.svg");
    render_map(&list, &o, &svg).unwrap();
    let text = std::fs::read_to_string(&svg).unwrap();
    assert!(text.contains("Incidents per 40 km hexagon") && text.contains("Density of incidents"));
}

#[test]
fn past_the_markers_limit_the_map_counts_hexagons_fitted_to_the_view() {
    let d = tempfile::tempdir().unwrap();
    // Forty incidents stacked in the empty north, one more to the east.
    let mut list: Vec<Incident> = (0..40)
        .map(|k| inc(18.5 + k as f64 * 0.002, -2.5, Some(3), EventType::Attack))
        .collect();
    list.push(inc(17.0, 2.0, Some(1), EventType::Attack));
    let svg = |o: &MapOptions| {
        let path = d.path().join("m.svg");
        render_map(&list, o, &path).unwrap();
        std::fs::read_to_string(&path).unwrap()
    };
    let few = MapOptions {
        size: (1000, 750),
        lang: crate::render::lang::Lang::En,
        markers_limit: Some(40),
        ..Default::default()
    };
    // Over the limit, hexagons whose width suits all of Mali, as
    // `--density` without a value.
    let text = svg(&few);
    assert!(text.contains("Density of incidents"), "density title");
    assert!(
        text.contains("Incidents per 25 km hexagon"),
        "25 km for Mali"
    );
    // At the limit, or with no limit, a circle each.
    let text = svg(&MapOptions {
        markers_limit: Some(41),
        ..few.clone()
    });
    assert!(!text.contains("Density of incidents") && text.contains("<circle"));
    let text = svg(&MapOptions {
        markers_limit: None,
        ..few.clone()
    });
    assert!(!text.contains("Density of incidents"));
    // A view a tenth as wide has hexagons a tenth as wide (the forty
    // stacked incidents are in view, the one to the east is not).
    let zoomed = MapOptions {
        bbox: Some(BBox::new(-3.4, 17.9, -1.6, 19.1)),
        markers_limit: Some(39),
        ..few.clone()
    };
    let text = svg(&zoomed);
    assert!(
        text.contains("Incidents per 2 km hexagon"),
        "zoomed: {}",
        &text[text.find("Incidents per").unwrap_or(0)..][..40]
    );
    // Incidents outside the view do not count towards the limit.
    let text = svg(&MapOptions {
        bbox: Some(BBox::new(1.0, 16.0, 3.0, 18.0)),
        ..few
    });
    assert!(!text.contains("Density of incidents"));
}
