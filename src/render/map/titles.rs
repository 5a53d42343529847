//! The map's words around the frame: the title, the subtitle that says how
//! many incidents are shown and how many are not, and the attribution.

use super::*;

/// The name of the area the map shows, from the countries in focus.
fn area_name(focus: &[&str]) -> &'static str {
    match focus {
        ["BFA"] => "Burkina Faso",
        ["NER"] => "Niger",
        ["MLI"] => "Mali",
        _ => "the Central Sahel",
    }
}

/// Draws the title and subtitle, and says what the map shows and leaves
/// out.
pub(super) fn titles<DB: DrawingBackend>(
    root: &Canvas<DB>,
    fr: &Frame,
    incidents: &[Incident],
    o: &MapOptions,
    marks: &Markers,
) -> Result<MapSummary>
where
    DB::ErrorType: 'static,
{
    let s = fr.s;
    let n = incidents.len();
    let located = marks.order.len();
    let dates: Vec<chrono::NaiveDate> = incidents
        .iter()
        .filter_map(|i| i.date.map(|d| d.midpoint()))
        .collect();
    let span = match (dates.iter().min(), dates.iter().max()) {
        (Some(a), Some(b)) => format!(", {} to {}", a.format("%b %Y"), b.format("%b %Y")),
        _ => String::new(),
    };
    let area = area_name(&fr.focus);
    let title = o.title.clone().unwrap_or_else(|| match o.choropleth {
        Some(Choropleth::Deaths) => format!("Reported deaths by region, {area}"),
        Some(Choropleth::Incidents) => format!("Incidents by region, {area}"),
        None => format!("Armed-conflict incidents in {area}"),
    });
    root.draw(&Text::new(
        title,
        ((30.0 * s) as i32, (28.0 * s) as i32),
        ("sans-serif", fr.f(44.0), FontStyle::Bold)
            .into_font()
            .color(&INK),
    ))
    .map_err(err)?;
    let deaths_low: u64 = incidents
        .iter()
        .map(|i| i.fatalities.low.unwrap_or(0) as u64)
        .sum();
    // "Mapped" counts what the reader can see: an incident placed outside
    // the frame is said to be so, not counted as drawn.
    let shown = marks.in_view;
    let summary = MapSummary {
        shown,
        outside: located - shown,
        unplaced: n - located,
    };
    let mut placement = vec![format!("{} mapped", fmt_count(shown as f64))];
    placement.extend(summary.left_out(|k| fmt_count(k as f64)));
    let placement = placement.join(", ");
    let mut sub = format!(
        "{} incidents ({placement}){span}; at least {} deaths reported.",
        fmt_count(n as f64),
        fmt_count(deaths_low as f64)
    );
    if o.choropleth.is_none() {
        sub.push_str(" Circle area proportional to deaths.");
        if marks.region_level > 0 {
            sub.push_str(&format!(
                " {} placed only to their region: open squares.",
                marks.region_level
            ));
        }
    } else {
        // Each country's scheme as the boundary data has it.
        let schemes: Vec<&str> = fr
            .focus
            .iter()
            .map(|c| match *c {
                "MLI" => "Mali's before its 2016 reform",
                "BFA" => "Burkina Faso's before its July 2025 reform",
                _ => "Niger's of 2011",
            })
            .collect();
        sub.push_str(&format!(" Regions: {}.", schemes.join("; ")));
    }
    if n == 0 {
        sub = "No incident matches: nothing to draw.".to_string();
    }
    root.draw(&Text::new(
        sub,
        ((32.0 * s) as i32, (82.0 * s) as i32),
        ("sans-serif", fr.f(22.0)).into_font().color(&MUTED),
    ))
    .map_err(err)?;
    Ok(summary)
}

/// The sources of the base map and places, along the bottom edge.
pub(super) fn attribution<DB: DrawingBackend>(root: &Canvas<DB>, fr: &Frame) -> Result<()>
where
    DB::ErrorType: 'static,
{
    let s = fr.s;
    let text = "Base map: Natural Earth (public domain); boundaries: geoBoundaries (CC BY 4.0); places: GeoNames (CC BY 4.0), © OpenStreetMap contributors (ODbL), Localités du Mali (PDDL). Lambert conformal conic. Made with sahel.";
    root.draw(&Text::new(
        text,
        ((30.0 * s) as i32, (fr.h - 22.0 * s) as i32),
        ("sans-serif", fr.f(16.0))
            .into_font()
            .color(&MUTED)
            .pos(Pos::new(HPos::Left, VPos::Center)),
    ))
    .map_err(err)?;
    Ok(())
}
