"""Prints the peer benchmark as a markdown table with ratios to sahel.

Reads the JSON lines written by peer_points and peers.py. A tool may print
several lines for one size (one per task); their keys are merged.
"""
import json, sys
from collections import defaultdict

rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
by = defaultdict(dict)
for r in rows:
    by[r["n"]].setdefault(r["tool"], {}).update(r)


def hdbscan_task(tools):
    """Task label for the HDBSCAN rows, with the settings the tools report."""
    settings = {(r["hdbscan_mcs"], r["hdbscan_ms"]) for r in tools.values() if "hdbscan_mcs" in r and "hdbscan_ms" in r}
    if len(settings) == 1:
        mcs, ms = settings.pop()
        return f"HDBSCAN min cluster {mcs}, min samples {ms}"
    if settings:
        return "HDBSCAN (settings differ: " + ", ".join(f"{t} {r['hdbscan_mcs']}/{r['hdbscan_ms']}" for t, r in tools.items() if "hdbscan_mcs" in r) + ")"
    return "HDBSCAN"


print("| points | task | tool | seconds | ratio to sahel |")
print("|---|---|---|---|---|")
for n in sorted(by):
    s = by[n].get("sahel", {})
    tasks = [("index build", "build_s"), ("1000 radius queries, 50 km", "radius_1000_s"),
             ("DBSCAN eps 10 km, min 5", "dbscan_s"), (hdbscan_task(by[n]), "hdbscan_s")]
    for task, key in tasks:
        for tool in ["sahel", "scikit-learn", "hdbscan", "shapely", "postgis"]:
            r = by[n].get(tool)
            if not r or key not in r:
                continue
            ratio = r[key] / s[key] if s.get(key) else float("nan")
            print(f"| {n:,} | {task} | {tool} | {r[key]:.4f} | {ratio:.1f}x |")
print()
for n in sorted(by):
    parts = []
    for t, r in by[n].items():
        bits = []
        if "clusters" in r or "noise" in r:
            bits.append(f"DBSCAN {r.get('clusters', '-')} clusters, {r.get('noise', '-')} noise")
        if "hdbscan_clusters" in r or "hdbscan_noise" in r:
            bits.append(f"HDBSCAN {r.get('hdbscan_clusters', '-')} clusters, {r.get('hdbscan_noise', '-')} noise")
        if "radius_found" in r:
            bits.append(f"{r['radius_found']} found")
        parts.append(f"{t}: " + ", ".join(bits or ["-"]))
    print(f"- {n:,} points: " + "; ".join(parts))
