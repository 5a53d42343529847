#!/usr/bin/env python3
"""The `sahel report` job done the way an analyst would in the Python stack:
geopandas (pyogrio engine, Arrow I/O) for reading and writing, scikit-learn's
HDBSCAN for the hot spots, matplotlib for the map and the trend chart, scipy
for the Theil-Sen slope.

    report_geopandas.py INPUT.geojson OUTDIR [--cluster-space haversine|chord]
                        [--min-cluster-size N] [--min-samples N]

Writes into OUTDIR: incidents.geojson, incidents.csv (+ .csvt),
incidents.fgb, incidents.gpkg, clusters.geojson (convex hull per cluster),
cluster_members.geojson (every incident with its cluster, -1 for noise),
map.png and trend.png (2000x1500) and report.md.

Prints each step's wall time to stderr as `step_name seconds`, then
`total seconds`.

Choices, so that the work matches sahel's:
- HDBSCAN parameters follow sahel's own rule (src/cluster/hdbscan.rs,
  `HdbscanChoice::resolve`): min_cluster_size = round(sqrt(n) / 2) clamped to
  5..500, min_samples = min(min_cluster_size, 10). Both count the point
  itself among its neighbours, as scikit-learn does.
- `--cluster-space haversine` (default): HDBSCAN(metric="haversine") on
  radians with a ball tree, i.e. exact great-circle distance.
  `--cluster-space chord`: HDBSCAN on 3D unit vectors (euclidean chord, which
  orders pairs exactly as the great-circle distance does), with a k-d tree.
- Deaths of an incident: the midpoint of fatalities_low/high (either one if
  only one is given), as sahel does; no figure at all is drawn as a ring.
- Trend: violent events only (event_type != "other"), incidents with a date,
  a country among ML/BF/NE and a place finer than the region, like sahel's;
  great-circle distance to the country's capital; monthly median; Theil-Sen
  slope of the monthly medians in km per year.
"""

import time

_T0 = time.perf_counter()
_last = _T0


def step(name):
    """Prints the wall time since the previous step."""
    global _last
    now = time.perf_counter()
    import sys as _sys

    print(f"{name} {now - _last:.3f}", file=_sys.stderr, flush=True)
    _last = now


import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import geopandas as gpd  # noqa: E402
import shapely  # noqa: E402
from sklearn.cluster import HDBSCAN  # noqa: E402
from scipy import stats  # noqa: E402
import matplotlib  # noqa: E402

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402

step("import")

EARTH_KM = 6371.0088
CAPITALS = {  # country -> (name, lon, lat)
    "ML": ("Bamako", -7.99, 12.65),
    "BF": ("Ouagadougou", -1.52, 12.37),
    "NE": ("Niamey", 2.11, 13.51),
}
COUNTRY_NAMES = {"ML": "Mali", "BF": "Burkina Faso", "NE": "Niger"}
# Lambert conformal conic over the central Sahel, for the map.
MAP_CRS = "+proj=lcc +lat_1=11 +lat_2=20 +lat_0=15 +lon_0=-2 +datum=WGS84 +units=m +no_defs"
TYPE_COLOURS = {
    "attack": "#d95f02",
    "ambush": "#a6611a",
    "ied": "#1f78b4",
    "drone_strike": "#e6ab02",
    "airstrike": "#1b9e77",
    "rocket_or_mortar": "#e78ac3",
    "suicide_attack": "#6baed6",
    "siege": "#f0e442",
    "massacre": "#222222",
    "kidnapping": "#7570b3",
    "clash": "#a6a13a",
    "other": "#8c8c8c",
}
BASEMAP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gazetteer", "basemap.json")


def haversine_km(lon1, lat1, lon2, lat2):
    """Great-circle distance in km, element-wise (degrees in)."""
    lon1, lat1, lon2, lat2 = map(np.radians, (lon1, lat1, lon2, lat2))
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_KM * np.arcsin(np.sqrt(np.clip(a, 0, 1)))


def best_deaths(df):
    """sahel's best figure: the midpoint of low and high, or whichever exists."""
    return df[["fatalities_low", "fatalities_high"]].astype("float64").mean(axis=1, skipna=True)


def write_csvt(df, path):
    """The GDAL .csvt sidecar: one quoted type per column."""
    def kind(s):
        if pd.api.types.is_integer_dtype(s):
            return "Integer"
        if pd.api.types.is_float_dtype(s):
            return "Real"
        return "String"

    with open(path, "w") as f:
        f.write(",".join(f'"{kind(df[c])}"' for c in df.columns) + "\n")


def load_basemap(path):
    """basemap.json -> GeoDataFrames (EPSG:4326) for each layer."""
    with open(path) as f:
        bm = json.load(f)

    def areas(items):
        geoms = [
            shapely.MultiPolygon([shapely.Polygon(p[0], p[1:]) for p in it["polygons"]]) for it in items
        ]
        attrs = [{k: v for k, v in it.items() if k != "polygons"} for it in items]
        return gpd.GeoDataFrame(attrs, geometry=geoms, crs="EPSG:4326")

    rivers = gpd.GeoDataFrame(
        [{"name": r["name"]} for r in bm["rivers"]],
        geometry=[shapely.MultiLineString(r["lines"]) for r in bm["rivers"]],
        crs="EPSG:4326",
    )
    towns = pd.DataFrame(bm["towns"])
    towns = gpd.GeoDataFrame(towns, geometry=gpd.points_from_xy(towns.lon, towns.lat), crs="EPSG:4326")
    return areas(bm["countries"]), areas(bm["regions"]), areas(bm["lakes"]), rivers, towns


def hdbscan_params(n, mcs=None, ms=None):
    mcs = mcs if mcs is not None else int(min(max(round(np.sqrt(n) / 2), 5), 500))
    ms = ms if ms is not None else min(mcs, 10)
    return mcs, ms


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input")
    ap.add_argument("outdir")
    ap.add_argument("--cluster-space", choices=["haversine", "chord"], default="haversine")
    ap.add_argument("--min-cluster-size", type=int)
    ap.add_argument("--min-samples", type=int)
    a = ap.parse_args()
    os.makedirs(a.outdir, exist_ok=True)
    out = lambda name: os.path.join(a.outdir, name)  # noqa: E731

    # --- read -------------------------------------------------------------
    gdf = gpd.read_file(a.input, engine="pyogrio", use_arrow=True)
    for c in ("fatalities_low", "fatalities_high"):
        gdf[c] = gdf[c].astype("Int64")  # NaN-carrying floats back to integers
    n = len(gdf)
    lon = gdf.geometry.x.to_numpy()
    lat = gdf.geometry.y.to_numpy()
    deaths = best_deaths(gdf)  # NaN where no figure at all
    step("read")

    # --- the incidents in four formats -------------------------------------
    gdf.to_file(out("incidents.geojson"), driver="GeoJSON", engine="pyogrio", use_arrow=True)
    step("incidents.geojson")
    flat = pd.DataFrame(gdf.drop(columns="geometry"))
    flat["longitude"] = lon
    flat["latitude"] = lat
    flat.to_csv(out("incidents.csv"), index=False)
    write_csvt(flat, out("incidents.csvt"))
    step("incidents.csv")
    gdf.to_file(out("incidents.fgb"), driver="FlatGeobuf", engine="pyogrio", use_arrow=True)
    step("incidents.fgb")
    gdf.to_file(out("incidents.gpkg"), driver="GPKG", layer="incidents", engine="pyogrio", use_arrow=True)
    step("incidents.gpkg")

    # --- HDBSCAN ------------------------------------------------------------
    mcs, ms = hdbscan_params(n, a.min_cluster_size, a.min_samples)
    if a.cluster_space == "haversine":
        X = np.radians(np.column_stack([lat, lon]))
        model = HDBSCAN(min_cluster_size=mcs, min_samples=ms, metric="haversine", algorithm="ball_tree",
                        copy=False)
    else:
        la, lo = np.radians(lat), np.radians(lon)
        X = np.column_stack([np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)])
        model = HDBSCAN(min_cluster_size=mcs, min_samples=ms, metric="euclidean", algorithm="kd_tree",
                        copy=False)
    labels = model.fit_predict(X)
    n_clusters = int(labels.max() + 1)
    step("cluster")

    # --- cluster hulls and members -----------------------------------------
    members = gdf.copy()
    members["cluster"] = labels
    members["probability"] = model.probabilities_.round(4)
    members["deaths"] = deaths
    inside = members[members.cluster >= 0]
    hulls = inside.dissolve(
        by="cluster",
        aggfunc={
            "id": "size",
            "fatalities_low": "sum",
            "fatalities_high": "sum",
            "deaths": "mean",
            "date": ["min", "max"],
        },
    )
    hulls.columns = ["geometry", "size", "deaths_low", "deaths_high", "mean_deaths", "first", "last"]
    hulls = hulls.set_geometry("geometry", crs=gdf.crs)
    hulls["geometry"] = hulls.convex_hull
    top_places = inside.groupby("cluster")["place"].agg(lambda s: "; ".join(s.value_counts().index[:3]))
    hulls["main_places"] = top_places
    cent = inside.groupby("cluster").agg(centroid_lon=("geometry", lambda g: g.x.mean()),
                                         centroid_lat=("geometry", lambda g: g.y.mean()))
    hulls = hulls.join(cent.round(5)).reset_index().sort_values("size", ascending=False)
    hulls["mean_deaths"] = hulls["mean_deaths"].round(2)
    hulls.to_file(out("clusters.geojson"), driver="GeoJSON", engine="pyogrio", use_arrow=True)
    step("clusters.geojson")
    members.drop(columns="deaths").to_file(
        out("cluster_members.geojson"), driver="GeoJSON", engine="pyogrio", use_arrow=True
    )
    step("cluster_members.geojson")

    # --- map ----------------------------------------------------------------
    countries, regions, lakes, rivers, towns = (d.to_crs(MAP_CRS) for d in load_basemap(BASEMAP))
    pts = gdf.geometry.to_crs(MAP_CRS)
    px, py = pts.x.to_numpy(), pts.y.to_numpy()
    x0, x1 = np.nanmin(px), np.nanmax(px)
    y0, y1 = np.nanmin(py), np.nanmax(py)
    # 4:3 frame around the incidents, with a margin
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    w, h = (x1 - x0) * 1.12, (y1 - y0) * 1.12
    if w / h > 4 / 3:
        h = w * 3 / 4
    else:
        w = h * 4 / 3
    fig = plt.figure(figsize=(10, 7.5), dpi=200)
    ax = fig.add_axes([0, 0, 1, 1])
    ax.set_facecolor("#e4e4e0")
    ours = countries.iso.isin(["MLI", "BFA", "NER"])
    countries[~ours].plot(ax=ax, color="#efefea", edgecolor="#9a9a9a", linewidth=0.6)
    countries[ours].plot(ax=ax, color="#fbf8ee", edgecolor="none")
    regions.boundary.plot(ax=ax, color="#b0b0b0", linewidth=0.4)
    countries[ours].boundary.plot(ax=ax, color="#222222", linewidth=1.3)
    rivers.plot(ax=ax, color="#6fa8dc", linewidth=0.7)
    lakes.plot(ax=ax, color="#9fc5e8", edgecolor="#6fa8dc", linewidth=0.4)
    hulls.to_crs(MAP_CRS).plot(ax=ax, facecolor="#00000010", edgecolor="#333333", linewidth=0.9, zorder=3)
    # biggest tolls first, so small circles stay visible on top
    d = deaths.to_numpy()
    order = np.argsort(-np.nan_to_num(d, nan=0.0), kind="stable")
    radius_px = 2.0 + 1.6 * np.sqrt(np.nan_to_num(d, nan=0.0))  # radius grows with sqrt(deaths)
    size = (2 * radius_px * 72 / 200) ** 2  # scatter size: (diameter in points)^2
    colour = gdf.event_type.map(TYPE_COLOURS).fillna("#8c8c8c").to_numpy()
    known = ~np.isnan(d)
    o_known = order[known[order]]
    o_unknown = order[~known[order]]
    ax.scatter(px[o_known], py[o_known], s=size[o_known], c=colour[o_known], alpha=0.75,
               edgecolors="white", linewidths=0.25, zorder=4)
    ax.scatter(px[o_unknown], py[o_unknown], s=size[o_unknown], facecolors="none",
               edgecolors=colour[o_unknown], linewidths=0.8, zorder=5)
    towns["capital"] = towns["capital"].fillna(False).astype(bool)
    big = towns[(towns["pop"] >= 60000) | towns["capital"]]
    ax.scatter(big.geometry.x, big.geometry.y, s=np.where(big.capital, 18, 5), c="#111111",
               marker="s", zorder=6)
    for t in big.itertuples():
        ax.annotate(t.name, (t.geometry.x, t.geometry.y), xytext=(4, 3), textcoords="offset points",
                    fontsize=9 if t.capital else 6.5, weight="bold" if t.capital else "normal", zorder=7)
    ax.set_xlim(cx - w / 2, cx + w / 2)
    ax.set_ylim(cy - h / 2, cy + h / 2)
    ax.set_axis_off()
    dates = pd.to_datetime(gdf["date"])
    ax.text(0.015, 0.975, "Armed incidents in the central Sahel", transform=ax.transAxes,
            fontsize=15, weight="bold", va="top")
    ax.text(0.015, 0.935,
            f"{n:,} incidents, {dates.min():%b %Y} to {dates.max():%b %Y}; "
            f"{n_clusters} HDBSCAN clusters (min size {mcs}). Circle area grows with deaths.",
            transform=ax.transAxes, fontsize=8, color="#555555", va="top")
    types = [t for t in TYPE_COLOURS if t in set(gdf.event_type)]
    handles = [Line2D([], [], marker="o", ls="", color=TYPE_COLOURS[t], markersize=6, label=t.replace("_", " "))
               for t in types]
    handles += [Line2D([], [], marker="o", ls="", color="#999999", label=f"{k} deaths",
                       markersize=2 * (2.0 + 1.6 * np.sqrt(k)) * 72 / 200) for k in (1, 10, 50, 150)]
    handles.append(Line2D([], [], marker="o", ls="", markerfacecolor="none", markeredgecolor="#444444",
                          label="toll unknown", markersize=4))
    ax.legend(handles=handles, loc="lower right", fontsize=7, title="Event type / deaths",
              title_fontsize=8, framealpha=0.9, labelspacing=0.9, borderpad=0.9).set_zorder(10)
    fig.savefig(out("map.png"), dpi=200)
    plt.close(fig)
    step("map.png")

    # --- trend --------------------------------------------------------------
    cap = gdf["country"].map({k: v[1:] for k, v in CAPITALS.items()})
    usable = (
        (gdf.event_type != "other")
        & gdf["date"].notna()
        & cap.notna()
        & (gdf.geo_precision != "region")
    ).to_numpy()
    cap_lon = cap[usable].str[0].to_numpy(dtype=float)
    cap_lat = cap[usable].str[1].to_numpy(dtype=float)
    km = haversine_km(lon[usable], lat[usable], cap_lon, cap_lat)
    tr = pd.DataFrame({"date": dates[usable].to_numpy(), "km": km, "deaths": deaths[usable].to_numpy()})
    tr["month"] = tr["date"].dt.to_period("M")
    monthly = tr.groupby("month")["km"].median()
    mt = monthly.index.year + (monthly.index.month - 1) / 12 + 1 / 24  # mid-month, in years
    slope = intercept = lo_s = hi_s = float("nan")
    tau = p = float("nan")
    if len(monthly) >= 6:
        slope, intercept, lo_s, hi_s = stats.theilslopes(monthly.to_numpy(), mt)
        tau, p = stats.kendalltau(mt, monthly.to_numpy())
    fig, ax = plt.subplots(figsize=(10, 7.5), dpi=200)
    dy = tr["date"].dt.year + (tr["date"].dt.day_of_year - 1) / 365.25
    ax.scatter(dy, tr["km"], s=(1.0 + 0.5 * np.sqrt(np.nan_to_num(tr["deaths"]))) ** 2, c="#1f77b4",
               alpha=min(0.5, 300 / max(len(tr), 1) + 0.03), linewidths=0, label="incident (area: deaths)")
    ax.plot(mt, monthly.to_numpy(), color="#e69f00", lw=1.6, label="monthly median")
    if np.isfinite(slope):
        ax.plot([mt.min(), mt.max()], [intercept + slope * mt.min(), intercept + slope * mt.max()],
                color="#c0392b", lw=2, ls="--",
                label=f"Theil–Sen {slope:+.1f} km/yr (95% CI {lo_s:+.1f} to {hi_s:+.1f})")
    ax.set_ylim(bottom=0)
    ax.set_xlabel("year")
    ax.set_ylabel("km to the country's capital (great circle)")
    ax.set_title("Distance of violent incidents to their country's capital", fontsize=13, weight="bold")
    ax.grid(alpha=0.3)
    leg = ax.legend(loc="upper right", fontsize=8, framealpha=0.9)
    leg.legend_handles[0].set_alpha(0.6)
    fig.text(0.01, 0.01, f"{len(tr):,} incidents over {len(monthly)} months; 'other' events, undated "
             f"incidents and those outside ML/BF/NE left out. Kendall tau {tau:+.2f}, p = {p:.3g}.",
             fontsize=7, color="#555555")
    fig.savefig(out("trend.png"), dpi=200)
    plt.close(fig)
    step("trend.png")

    # --- report.md ----------------------------------------------------------
    def table(title, counts, head):
        rows = "\n".join(f"| {k} | {v} |" for k, v in counts.items())
        return f"## {title}\n\n| {head} | incidents |\n|---|---|\n{rows}\n"

    country = gdf["country"].map(COUNTRY_NAMES).fillna("outside ML/BF/NE")
    region = (gdf["region_current"].fillna("unknown") + " (" + gdf["country"].fillna("?") + ")")
    lo_sum = int(gdf.fatalities_low.sum())
    hi_sum = int(gdf.fatalities_high.sum())
    no_fig = int((~known).sum())
    top = hulls.head(15)
    ctab = "\n".join(
        f"| {r.cluster} | {r.size} | {r.deaths_low}–{r.deaths_high} | {r.first} to {r.last} | {r.main_places} |"
        for r in top.itertuples()
    )
    md = f"""# Armed incidents in the central Sahel

{n:,} incidents from {os.path.basename(a.input)}, {dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d}.

Deaths reported: {lo_sum:,}–{hi_sum:,} (sums of low and high figures); {no_fig:,} incidents without a figure.

{table("By country", country.value_counts(), "country")}
{table("By region", region.value_counts(), "region")}
{table("By event type", gdf.event_type.value_counts(), "type")}
## Clusters

{n_clusters} clusters, {int((labels < 0).sum()):,} incidents in none (HDBSCAN, {a.cluster_space} space,
min_cluster_size {mcs}, min_samples {ms}). Largest:

| cluster | incidents | deaths | dates | main places |
|---|---|---|---|---|
{ctab}

## Distance to the capital

Monthly median great-circle distance of violent incidents to their country's capital over
{len(monthly)} months: Theil–Sen slope {slope:+.1f} km per year (95 % CI {lo_s:+.1f} to {hi_s:+.1f});
Kendall tau {tau:+.3f}, p = {p:.3g}.

## Files

incidents.geojson, incidents.csv (+ .csvt), incidents.fgb, incidents.gpkg, clusters.geojson,
cluster_members.geojson, map.png, trend.png.
"""
    with open(out("report.md"), "w") as f:
        f.write(md)
    step("report.md")
    print(f"total {time.perf_counter() - _T0:.3f}", file=sys.stderr)
    print(f"{n} incidents, {n_clusters} clusters (HDBSCAN {a.cluster_space}, min_cluster_size {mcs}, "
          f"min_samples {ms})")


if __name__ == "__main__":
    main()
