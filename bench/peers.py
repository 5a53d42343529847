"""Times the peers on the same points as sahel: scikit-learn haversine DBSCAN
(ball tree), shapely 2 STRtree dwithin on projected points, PostGIS
ST_DWithin (geography) and ST_ClusterDBSCAN, and HDBSCAN from scikit-learn and
from the `hdbscan` package (euclidean on 3D unit vectors). Prints one JSON line
per tool and task; table.py merges the lines of one tool and size.

Usage: python peers.py DIR N [--postgres DSN] [--no-sklearn]
Reads DIR/points_N.csv and DIR/queries.csv (written by sahel's peer_points).
--no-sklearn skips both scikit-learn legs (DBSCAN and HDBSCAN).

HDBSCAN settings come from the environment: HDBSCAN_MCS (min_cluster_size,
default 50), HDBSCAN_MS (min_samples, default 10) and HDBSCAN_PY_MAX (largest N
the `hdbscan` package is run on, default 1000000).
"""
import json, math, os, sys, time

import numpy as np

R_KM = 6371.0088


def load(path):
    a = np.loadtxt(path, delimiter=",", skiprows=1)
    return a[:, 0], a[:, 1]


def sklearn_run(lat, lon):
    from sklearn.cluster import DBSCAN
    X = np.radians(np.column_stack([lat, lon]))
    t = time.perf_counter()
    labels = DBSCAN(eps=10.0 / R_KM, min_samples=5, metric="haversine", algorithm="ball_tree").fit(X).labels_
    dt = time.perf_counter() - t
    return {"tool": "scikit-learn", "n": len(lat), "dbscan_s": dt, "clusters": int(labels.max() + 1), "noise": int((labels < 0).sum())}


def shapely_run(lat, lon, qlat, qlon):
    import shapely
    # Equirectangular projection centred on Mali (x scaled by cos 17°): the
    # usual "project, then query in metres" approach.
    k = math.cos(math.radians(17.0))
    x = np.radians(lon) * R_KM * k
    y = np.radians(lat) * R_KM
    t = time.perf_counter()
    pts = shapely.points(x, y)
    tree = shapely.STRtree(pts)
    build = time.perf_counter() - t
    qx = np.radians(qlon) * R_KM * k
    qy = np.radians(qlat) * R_KM
    qpts = shapely.points(qx, qy)
    t = time.perf_counter()
    res = tree.query(qpts, predicate="dwithin", distance=50.0)
    dt = time.perf_counter() - t
    return {"tool": "shapely", "n": len(lat), "build_s": build, "radius_1000_s": dt, "radius_found": int(res.shape[1])}


def postgis_run(dsn, lat, lon, qlat, qlon):
    import psycopg
    with psycopg.connect(dsn, autocommit=True) as con:
        cur = con.cursor()
        cur.execute("CREATE EXTENSION IF NOT EXISTS postgis")
        cur.execute("DROP TABLE IF EXISTS pts")
        cur.execute("CREATE TABLE pts (id int, g geography(Point, 4326))")
        with cur.copy("COPY pts (id, g) FROM STDIN") as cp:
            for i, (a, b) in enumerate(zip(lat, lon)):
                cp.write_row((i, f"SRID=4326;POINT({b} {a})"))
        t = time.perf_counter()
        cur.execute("CREATE INDEX ON pts USING gist (g)")
        cur.execute("ANALYZE pts")
        build = time.perf_counter() - t
        t = time.perf_counter()
        found = 0
        for a, b in zip(qlat, qlon):
            cur.execute("SELECT count(*) FROM pts WHERE ST_DWithin(g, ST_GeogFromText(%s), 50000)", (f"SRID=4326;POINT({b} {a})",))
            found += cur.fetchone()[0]
        radius = time.perf_counter() - t
        # ST_ClusterDBSCAN works in the units of the geometry: project to a
        # metric CRS first (UTM 30N covers the centre of Mali).
        t = time.perf_counter()
        cur.execute(
            "SELECT count(DISTINCT c), count(*) FILTER (WHERE c IS NULL) FROM ("
            " SELECT ST_ClusterDBSCAN(ST_Transform(g::geometry, 32630), eps := 10000, minpoints := 5) OVER () AS c FROM pts) s"
        )
        clusters, noise = cur.fetchone()
        db = time.perf_counter() - t
        cur.execute("DROP TABLE pts")
    return {"tool": "postgis", "n": len(lat), "build_s": build, "radius_1000_s": radius, "radius_found": found, "dbscan_s": db, "clusters": clusters, "noise": noise}


def unit_vectors(lat, lon):
    p, q = np.radians(lat), np.radians(lon)
    return np.column_stack([np.cos(p) * np.cos(q), np.cos(p) * np.sin(q), np.sin(p)])


def hdbscan_settings():
    return int(os.environ.get("HDBSCAN_MCS", "50")), int(os.environ.get("HDBSCAN_MS", "10"))


def hdbscan_line(tool, n, dt, labels, mcs, ms):
    return {"tool": tool, "n": n, "hdbscan_s": dt, "hdbscan_clusters": int(labels.max() + 1),
            "hdbscan_noise": int((labels < 0).sum()), "hdbscan_mcs": mcs, "hdbscan_ms": ms}


def sklearn_hdbscan_run(xyz):
    # Euclidean distance between unit vectors is the chord, a monotone function
    # of the great-circle distance; the vectors are built outside the timing.
    from sklearn.cluster import HDBSCAN
    mcs, ms = hdbscan_settings()
    t = time.perf_counter()
    labels = HDBSCAN(min_cluster_size=mcs, min_samples=ms, copy=True).fit(xyz).labels_
    dt = time.perf_counter() - t
    return hdbscan_line("scikit-learn", len(xyz), dt, labels, mcs, ms)


def hdbscan_pkg_run(xyz):
    # Same min_samples value as scikit-learn, as passed. Note that this package
    # does not count a point among its own min_samples neighbours and
    # scikit-learn does (its docs: use one more there for the same result).
    import hdbscan
    mcs, ms = hdbscan_settings()
    t = time.perf_counter()
    labels = hdbscan.HDBSCAN(min_cluster_size=mcs, min_samples=ms, core_dist_n_jobs=1).fit(xyz).labels_
    dt = time.perf_counter() - t
    return hdbscan_line("hdbscan", len(xyz), dt, labels, mcs, ms)


def main():
    d, n = sys.argv[1], int(sys.argv[2])
    dsn = sys.argv[sys.argv.index("--postgres") + 1] if "--postgres" in sys.argv else None
    skip_sklearn = "--no-sklearn" in sys.argv
    lat, lon = load(f"{d}/points_{n}.csv")
    qlat, qlon = load(f"{d}/queries.csv")
    if not skip_sklearn:
        print(json.dumps(sklearn_run(lat, lon)), flush=True)
    print(json.dumps(shapely_run(lat, lon, qlat, qlon)), flush=True)
    if dsn:
        print(json.dumps(postgis_run(dsn, lat, lon, qlat, qlon)), flush=True)
    xyz = unit_vectors(lat, lon)
    if not skip_sklearn:
        print(json.dumps(sklearn_hdbscan_run(xyz)), flush=True)
    if n <= int(os.environ.get("HDBSCAN_PY_MAX", "1000000")):
        try:
            import hdbscan  # noqa: F401
        except ImportError:
            print("peers.py: the hdbscan package is not installed; skipping it", file=sys.stderr)
        else:
            print(json.dumps(hdbscan_pkg_run(xyz)), flush=True)


if __name__ == "__main__":
    main()
