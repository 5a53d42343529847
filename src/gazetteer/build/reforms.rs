//! The 2016/2023 reform table with each new cercle's seat placed.

use super::*;

/// The columns of `mali_admin_reforms.tsv` that sahel uses, with the
/// pre-2016 cercles of each 2023 region listed as carved_from, the seat's
/// point (from the places just built), and one `implied` row for every
/// pre-2016 cercle that lost ground to a new cercle but has no row of its
/// own: what remains of it is still a cercle under its old name.
pub(super) fn reforms_tsv(text: &str, places: &[Place], admin: &AdminLocator) -> Result<String> {
    let mut lines = text.lines();
    let head = lines.next().unwrap_or("");
    let width = head.split('\t').count();
    let [cu, cl, cy, cr, cs, cc, cb] = columns(
        head,
        [
            "unit",
            "level",
            "reform_year",
            "region",
            "seat",
            "carved_from",
            "carved_from_basis",
        ],
        "mali_admin_reforms.tsv",
    )?;
    // unit, level, year, region, seat, carved_from, basis
    let mut rows: Vec<[String; 7]> = Vec::new();
    for (i, line) in lines.enumerate() {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < width {
            return Err(Error::line(
                "mali_admin_reforms.tsv",
                i + 2,
                format!("expected {width} fields"),
            ));
        }
        // Regions: "Sikasso region: Koutiala and Yorosso cercles" → the
        // cercles; other region descriptions stay out.
        let carved = if f[cl] == "region" {
            f[cc]
                .split_once(':')
                .filter(|(_, c)| !c.contains("parts"))
                .map(|(_, c)| {
                    c.replace(" cercles", "")
                        .replace(" cercle", "")
                        .replace(" and ", ", ")
                        .split(',')
                        .map(str::trim)
                        .filter(|x| !x.is_empty() && !x.starts_with("old ") && !x.contains("parts"))
                        .collect::<Vec<_>>()
                        .join("|")
                })
                .unwrap_or_default()
        } else {
            f[cc].trim().to_string()
        };
        let basis = f[cb].split_whitespace().next().unwrap_or("").to_string();
        rows.push([
            f[cu].trim().to_string(),
            f[cl].trim().to_string(),
            f[cy].trim().to_string(),
            f[cr].trim().to_string(),
            f[cs].trim().to_string(),
            carved,
            basis,
        ]);
    }
    let olds = |carved: &str| -> Vec<String> {
        carved
            .split('|')
            .flat_map(|c| c.split(" or "))
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(str::to_string)
            .collect()
    };
    // Old cercles that gave ground to a new cercle but have no row.
    let mut implied: Vec<[String; 7]> = Vec::new();
    for r in rows.iter().filter(|r| r[1] == "cercle") {
        for old in olds(&r[5]) {
            // "Nioro du Sahel" continues the old "Nioro".
            let named = rows.iter().chain(&implied).any(|u| {
                u[1] == "cercle"
                    && (fold(&u[0]) == fold(&old)
                        || (u[6] == "continuing" && fold(&u[5]) == fold(&old)))
            });
            if named {
                continue;
            }
            let Some(c) = admin.cercle_named(&old) else {
                continue;
            };
            // What remains stays in the region of the cercle carved from
            // it (Boré and Douentza are both in Douentza region now).
            implied.push([
                c.name.clone(),
                "cercle".into(),
                r[2].clone(),
                r[3].clone(),
                c.name.clone(),
                c.name.clone(),
                "implied".into(),
            ]);
        }
    }
    rows.extend(implied);
    let mut out = String::from(crate::admin::REFORMS_HEADER);
    out.push('\n');
    for r in &rows {
        let seat = if r[1] == "cercle" {
            let name = if r[4].is_empty() { &r[0] } else { &r[4] };
            seat_point(places, admin, name, &olds(&r[5]))
        } else {
            None
        };
        let (lat, lon) = seat.map_or((String::new(), String::new()), |(a, b)| {
            (format!("{a:.5}"), format!("{b:.5}"))
        });
        let _ = writeln!(out, "{}\t{lat}\t{lon}", r.join("\t"));
    }
    Ok(out)
}

/// The point of a cercle seat: a place of that name inside one of the old
/// cercles the new one was carved from, else in their old region; the
/// exact name first, then its spelling skeleton, then one or two typos
/// (sources spell the new seats in many ways: Talataye/Telataï,
/// Taoudénit/Taoudenni). Populated places and admin seats rank first.
pub(super) fn seat_point(
    places: &[Place],
    admin: &AdminLocator,
    seat: &str,
    carved_from: &[String],
) -> Option<(f64, f64)> {
    let key = fold(seat);
    let sk = skeleton(seat);
    let in_cercles = |p: &Place| {
        p.cercle
            .as_deref()
            .is_some_and(|c| carved_from.iter().any(|o| fold(o) == fold(c)))
    };
    let regions: Vec<&str> = carved_from
        .iter()
        .filter_map(|o| admin.cercle_named(o).map(|c| c.region.as_str()))
        .collect();
    let in_regions = |p: &Place| p.region.as_deref().is_some_and(|r| regions.contains(&r));
    let rank = |p: &Place| {
        let feature = match (p.class(), p.code()) {
            ('P', "PPLA" | "PPLC") => 6,
            ('P', "PPLA2") => 5,
            ('P', "PPLA3") => 4,
            ('P', _) => 3,
            ('A', _) => 2,
            _ => 1,
        };
        (feature, p.population, p.sources.len())
    };
    let names_match = |p: &Place, tier: u8| {
        p.all_names().any(|n| match tier {
            0 => fold(n) == key,
            1 => sk.len() >= 4 && skeleton(n) == sk,
            _ => key.len() >= 6 && edit_distance(&fold(n), &key) <= 2,
        })
    };
    for tier in 0..3u8 {
        let areas: [&dyn Fn(&Place) -> bool; 2] = [&in_cercles, &in_regions];
        for inside in areas {
            let best = places
                .iter()
                .filter(|p| matches!(p.class(), 'P' | 'A' | 'L'))
                .filter(|p| inside(p) && names_match(p, tier))
                .max_by_key(|p| rank(p));
            if let Some(p) = best {
                return Some((p.lat, p.lon));
            }
        }
    }
    None
}
