"""Prints the peer benchmark as a markdown table with ratios to sahel."""
import json, sys
from collections import defaultdict

rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
by = defaultdict(dict)
for r in rows:
    by[r["n"]][r["tool"]] = r
print("| points | task | tool | seconds | ratio to sahel |")
print("|---|---|---|---|---|")
for n in sorted(by):
    s = by[n].get("sahel", {})
    for task, key in [("index build", "build_s"), ("1000 radius queries, 50 km", "radius_1000_s"), ("DBSCAN eps 10 km, min 5", "dbscan_s")]:
        for tool in ["sahel", "scikit-learn", "shapely", "postgis"]:
            r = by[n].get(tool)
            if not r or key not in r:
                continue
            ratio = r[key] / s[key] if s.get(key) else float("nan")
            print(f"| {n:,} | {task} | {tool} | {r[key]:.4f} | {ratio:.1f}x |")
print()
for n in sorted(by):
    parts = [f"{t}: {r.get('clusters', '-')} clusters, {r.get('noise', '-')} noise, {r.get('radius_found', '-')} found" for t, r in by[n].items()]
    print(f"- {n:,} points: " + "; ".join(parts))
