//! Legend, scale bar and north arrow.

use super::*;

pub(super) fn legend<DB: DrawingBackend>(
    root: &Canvas<DB>,
    cats: &[(String, RGBColor)],
    by: ColorBy,
    squares: bool,
    s: f64,
    (x0, y0): (i32, i32),
    lang: crate::render::lang::Lang,
) -> Result<()>
where
    DB::ErrorType: 'static,
{
    let f = |pt: f64| (pt * s).max(9.0);
    let line = (30.0 * s) as i32;
    let sizes = [1.0, 10.0, 50.0, 150.0];
    let (lw, lh) = legend_size(cats.len(), squares, s);
    let (x1, y1) = (x0 + lw, y0 + lh);
    legend_box(root, (x0, y0), (x1, y1))?;
    let title = if by == ColorBy::Type {
        lang.pick("Event type", "Type d'événement")
    } else {
        lang.pick("Actor", "Acteur")
    };
    let mut y = y0 + (26.0 * s) as i32;
    root.draw(&legend_text(
        title,
        (x0 + (14.0 * s) as i32, y),
        f(22.0),
        true,
    ))
    .map_err(err)?;
    for (c, colour) in cats {
        y += line;
        root.draw(&Circle::new(
            (x0 + (26.0 * s) as i32, y),
            (9.0 * s) as i32,
            colour.mix(0.8).filled(),
        ))
        .map_err(err)?;
        root.draw(&legend_text(
            lang.key(c),
            (x0 + (46.0 * s) as i32, y),
            f(19.0),
            false,
        ))
        .map_err(err)?;
    }
    y += line + (8.0 * s) as i32;
    root.draw(&legend_text(
        lang.pick("Deaths", "Morts"),
        (x0 + (14.0 * s) as i32, y),
        f(22.0),
        true,
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
    let label = |text: &str, y: i32| legend_text(text, (x0 + (46.0 * s) as i32, y), f(19.0), false);
    root.draw(&label(lang.pick("toll unknown", "bilan inconnu"), ry))
        .map_err(err)?;
    let dy = ry + line;
    let a = no_deaths_half_size(s);
    let cx = x0 + (26.0 * s) as i32;
    root.draw(&Polygon::new(
        diamond((cx, dy), a),
        RGBColor(150, 150, 150).filled(),
    ))
    .map_err(err)?;
    root.draw(&PathElement::new(
        closed(diamond((cx, dy), a)),
        INK.stroke_width((1.5 * s).max(1.0) as u32),
    ))
    .map_err(err)?;
    root.draw(&label(lang.pick("no deaths", "aucun mort"), dy))
        .map_err(err)?;
    if squares {
        let sy = dy + line;
        let a = radius_px(0.0, s) + (3.0 * s) as i32;
        let cx = x0 + (26.0 * s) as i32;
        root.draw(&Rectangle::new(
            [(cx - a, sy - a), (cx + a, sy + a)],
            RGBColor(90, 90, 90).stroke_width((3.0 * s).max(1.0) as u32),
        ))
        .map_err(err)?;
        root.draw(&label(
            lang.pick("region known, not the place", "région connue, pas le lieu"),
            sy,
        ))
        .map_err(err)?;
    }
    Ok(())
}

/// A line of legend text, left-aligned on its row; headings in bold.
pub(super) fn legend_text(
    text: impl Into<String>,
    at: (i32, i32),
    size: f64,
    bold: bool,
) -> Text<'static, (i32, i32), String> {
    let style = if bold {
        FontStyle::Bold
    } else {
        FontStyle::Normal
    };
    Text::new(
        text.into(),
        at,
        ("sans-serif", size, style)
            .into_font()
            .color(&INK)
            .pos(Pos::new(HPos::Left, VPos::Center)),
    )
}

/// The legend's white, outlined panel.
pub(super) fn legend_box<DB: DrawingBackend>(
    root: &Canvas<DB>,
    a: (i32, i32),
    b: (i32, i32),
) -> Result<()>
where
    DB::ErrorType: 'static,
{
    root.draw(&Rectangle::new([a, b], WHITE.mix(0.92).filled()))
        .map_err(err)?;
    root.draw(&Rectangle::new(
        [a, b],
        RGBColor(190, 190, 190).stroke_width(1),
    ))
    .map_err(err)?;
    Ok(())
}

/// Width and height of the point legend.
pub(super) fn legend_size(categories: usize, squares: bool, s: f64) -> (i32, i32) {
    let line = (30.0 * s) as i32;
    let rows = categories as i32 + 4 + i32::from(squares);
    // Wide enough for the longest French type, "tirs de roquettes ou d'obus".
    ((380.0 * s) as i32, line * rows + (130.0 * s) as i32)
}

/// Width and height of the choropleth legend.
pub(super) fn choropleth_legend_size(classes: usize, s: f64) -> (i32, i32) {
    let line = (34.0 * s) as i32;
    (
        // Wide enough for "Incidents par hexagone de 25 km".
        (360.0 * s) as i32,
        line * (classes as i32 + 2) + (40.0 * s) as i32,
    )
}

/// The legend of shaded classes (regions or hexagons): a title, a "0"
/// swatch when `zero` (regions without incidents), and each class's range.
pub(super) fn choropleth_legend<DB: DrawingBackend>(
    root: &Canvas<DB>,
    title: &str,
    zero: bool,
    classes: &[(f64, f64)],
    s: f64,
    (x0, y0): (i32, i32),
) -> Result<()>
where
    DB::ErrorType: 'static,
{
    let f = |pt: f64| (pt * s).max(9.0);
    let line = (34.0 * s) as i32;
    let (lw, lh) = choropleth_legend_size(classes.len(), s);
    let (x1, y1) = (x0 + lw, y0 + lh);
    legend_box(root, (x0, y0), (x1, y1))?;
    let mut y = y0 + (28.0 * s) as i32;
    let text = |t: String, y: i32| legend_text(t, (x0 + (60.0 * s) as i32, y), f(19.0), false);
    root.draw(&legend_text(
        title,
        (x0 + (14.0 * s) as i32, y),
        f(22.0),
        true,
    ))
    .map_err(err)?;
    let swatch = |y: i32, c: RGBColor| {
        Rectangle::new(
            [
                (x0 + (14.0 * s) as i32, y - (11.0 * s) as i32),
                (x0 + (48.0 * s) as i32, y + (11.0 * s) as i32),
            ],
            c.filled(),
        )
    };
    if zero {
        y += line;
        root.draw(&swatch(y, ZERO_CLASS)).map_err(err)?;
        root.draw(&text("0".into(), y)).map_err(err)?;
    }
    // Each class by the lowest and highest value in it.
    for (k, (lo, hi)) in classes.iter().enumerate() {
        y += line;
        root.draw(&swatch(y, class_colour(k, classes.len())))
            .map_err(err)?;
        let range = if lo == hi {
            fmt_count(*hi)
        } else {
            format!("{} – {}", fmt_count(*lo), fmt_count(*hi))
        };
        root.draw(&text(range, y)).map_err(err)?;
    }
    Ok(())
}

pub(super) fn scale_bar<DB: DrawingBackend>(
    root: &Canvas<DB>,
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

pub(super) fn north_arrow<DB: DrawingBackend>(
    root: &Canvas<DB>,
    s: f64,
    w: f64,
    top: f64,
) -> Result<()>
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
