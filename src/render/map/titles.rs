//! The map's words around the frame: the title, the subtitle that says how
//! many incidents are shown and how many are not, and the attribution.

use super::*;
use crate::render::lang::Lang;

/// The name of the area the map shows, from the countries in focus, with
/// the French preposition it takes ("au Mali", "au Niger", "au Burkina
/// Faso", "dans le Sahel central").
fn area_name(focus: &[&str], lang: Lang) -> (&'static str, &'static str) {
    match (focus, lang) {
        (["BFA"], _) => ("Burkina Faso", "au Burkina Faso"),
        (["NER"], _) => ("Niger", "au Niger"),
        (["MLI"], _) => ("Mali", "au Mali"),
        (_, _) => ("the Central Sahel", "dans le Sahel central"),
    }
}

/// The map's title: the user's, or one that says what is shown where.
pub(super) fn map_title(o: &MapOptions, focus: &[&str]) -> String {
    let (area, in_area) = area_name(focus, o.lang);
    let lang = o.lang;
    o.title
        .clone()
        .unwrap_or_else(|| match (o.choropleth, lang) {
            (None, Lang::En) if o.density_km.is_some() => {
                format!("Density of incidents in {area}")
            }
            (None, Lang::Fr) if o.density_km.is_some() => {
                format!("Densité des incidents {in_area}")
            }
            (Some(Choropleth::Deaths), Lang::En) => format!("Reported deaths by region, {area}"),
            (Some(Choropleth::Incidents), Lang::En) => format!("Incidents by region, {area}"),
            (None, Lang::En) => format!("Armed-conflict incidents in {area}"),
            (Some(Choropleth::Deaths), Lang::Fr) => {
                format!("Morts rapportés par région {in_area}")
            }
            (Some(Choropleth::Incidents), Lang::Fr) => format!("Incidents par région {in_area}"),
            (None, Lang::Fr) => format!("Incidents armés {in_area}"),
        })
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
        (Some(a), Some(b)) => format!(
            ", {} {} {}",
            o.lang.month_year(*a),
            o.lang.pick("to", "à"),
            o.lang.month_year(*b)
        ),
        _ => String::new(),
    };
    let title = map_title(o, &fr.focus);
    let lang = o.lang;
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
    let mut placement = vec![format!(
        "{} {}",
        fmt_count(shown as f64),
        lang.pick("mapped", "sur la carte")
    )];
    placement.extend(summary.left_out_in(lang, |k| fmt_count(k as f64)));
    let placement = placement.join(", ");
    let mut sub = match lang {
        Lang::En => format!(
            "{} incidents ({placement}){span}; at least {} deaths reported.",
            fmt_count(n as f64),
            fmt_count(deaths_low as f64)
        ),
        Lang::Fr => format!(
            "{} incidents ({placement}){span} ; au moins {} morts rapportés.",
            fmt_count(n as f64),
            fmt_count(deaths_low as f64)
        ),
    };
    if let (None, Some(km)) = (o.choropleth, o.density_km) {
        sub.push_str(&match lang {
            Lang::En => format!(" Incidents counted in hexagons {km:.0} km wide; those placed only to their region left out."),
            Lang::Fr => format!(" Incidents comptés par hexagones de {km:.0} km ; ceux localisés seulement à la région sont écartés."),
        });
    } else if o.choropleth.is_none() {
        sub.push_str(lang.pick(
            " Circle area proportional to deaths.",
            " Aire des cercles proportionnelle au nombre de morts.",
        ));
        if marks.region_level > 0 {
            sub.push_str(&match lang {
                Lang::En => format!(
                    " {} placed only to their region: open squares.",
                    marks.region_level
                ),
                Lang::Fr => format!(
                    " {} localisés seulement à la région : carrés vides.",
                    marks.region_level
                ),
            });
        }
    } else {
        // Each country's scheme as the boundary data has it.
        let schemes: Vec<&str> = fr
            .focus
            .iter()
            .map(|c| match (*c, lang) {
                ("MLI", Lang::En) => "Mali's before its 2016 reform",
                ("BFA", Lang::En) => "Burkina Faso's before its July 2025 reform",
                (_, Lang::En) => "Niger's of 2011",
                ("MLI", Lang::Fr) => "celles du Mali avant la réforme de 2016",
                ("BFA", Lang::Fr) => "celles du Burkina Faso avant la réforme de juillet 2025",
                (_, Lang::Fr) => "celles du Niger de 2011",
            })
            .collect();
        sub.push_str(&format!(
            " {} : {}.",
            lang.pick("Regions", "Régions"),
            schemes.join("; ")
        ));
    }
    if n == 0 {
        sub = lang
            .pick(
                "No incident matches: nothing to draw.",
                "Aucun incident ne correspond : rien à dessiner.",
            )
            .to_string();
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
pub(super) fn attribution<DB: DrawingBackend>(
    root: &Canvas<DB>,
    fr: &Frame,
    lang: Lang,
) -> Result<()>
where
    DB::ErrorType: 'static,
{
    let s = fr.s;
    let text = attribution_text(lang);
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

/// Where the base map and the places come from, in the map's language.
pub(super) fn attribution_text(lang: Lang) -> &'static str {
    lang.pick(
        "Base map: Natural Earth (public domain); boundaries: geoBoundaries (CC BY 4.0); places: GeoNames (CC BY 4.0), © OpenStreetMap contributors (ODbL), Localités du Mali (PDDL). Lambert conformal conic. Made with sahel.",
        "Fond de carte : Natural Earth (domaine public) ; limites : geoBoundaries (CC BY 4.0) ; lieux : GeoNames (CC BY 4.0), © contributeurs OpenStreetMap (ODbL), Localités du Mali (PDDL). Conique conforme de Lambert. Réalisé avec sahel.",
    )
}
