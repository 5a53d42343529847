#!/usr/bin/env bash
# Checks that two sahel binaries write the same files: run it before and
# after a change meant to keep behaviour (a refactor, a speed-up).
#
#   bash bench/same-outputs.sh OLD_BINARY NEW_BINARY [SIZE]
#
# It runs the main commands with each binary on three inputs (the embedded
# example report, the UCDP sample in ../shared when it is there, and a
# seeded synthetic set of SIZE incidents, 3,000 by default, written by
# examples/synthetic.rs) and compares every file byte for byte (GeoPackages
# by the rows of their tables, as SQLite reads them back). Exit 0
# when all are identical. With SIZE 1000000 it checks the scale work
# (about 15 minutes on 2 cores).
set -euo pipefail
# The GeoPackage records when it was written; the same moment for both.
export SOURCE_DATE_EPOCH=1700000000
old=$(realpath "$1")
new=$(realpath "$2")
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

size=${3:-3000}
cargo run --quiet --release --example synthetic -- "$size" "$work/synthetic.geojson" >/dev/null
inputs=("$work/synthetic.geojson")
ucdp=../shared/data/events/ucdp_ged231_sample_mali_bf_ne.csv
if [ -f "$ucdp" ]; then
    inputs+=("$ucdp")
else
    echo "note: $ucdp absent; comparing on the example report and the synthetic set only"
fi

# Runs one command, keeping its exit code among the outputs compared.
run() {
    local out=$1 bin=$2
    shift 2
    local code=0
    "$bin" "$@" || code=$?
    echo "$code $*" | sed "s#$work/[a-z]*/##g" >>"$out/exit-codes"
}

outputs() {
    local bin=$1 out=$2
    mkdir -p "$out"
    run "$out" "$bin" report -o "$out/example" >/dev/null 2>&1
    run "$out" "$bin" extract examples/dispatches -o "$out/dispatches.geojson" 2>/dev/null
    run "$out" "$bin" extract examples/dispatches -o "$out/dispatches.csv" 2>/dev/null
    run "$out" "$bin" extract examples/dispatches -o "$out/dispatches.json" 2>/dev/null
    local k=0
    for input in "${inputs[@]}"; do
        k=$((k + 1))
        run "$out" "$bin" report "$input" -o "$out/report-$k" >/dev/null 2>&1
        # (Binaries before `convert` read an incident layer given to
        # `extract` as one article; compare binaries that both have it.)
        run "$out" "$bin" convert "$input" -o "$out/$k.fgb" 2>/dev/null
        run "$out" "$bin" convert "$input" -o "$out/$k.gpkg" 2>/dev/null
        run "$out" "$bin" convert "$input" -o "$out/$k.parquet" 2>/dev/null
        run "$out" "$bin" near "$input" --at Gao --radius 150 --json >"$out/near-$k.json" 2>/dev/null
        run "$out" "$bin" cluster "$input" --json >"$out/cluster-$k.json" 2>/dev/null
        run "$out" "$bin" map "$input" --choropleth deaths -o "$out/choropleth-$k.png" 2>/dev/null
        run "$out" "$bin" map "$input" --country BF -o "$out/bf-$k.svg" 2>/dev/null
        run "$out" "$bin" trend "$input" -o "$out/trend-$k.png" 2>/dev/null
    done
}

outputs "$old" "$work/old"
outputs "$new" "$work/new"
# A GeoPackage is compared by what it holds: every table's rows in key
# order (features, R-tree boxes by id, metadata, schema). How SQLite lays
# out its pages and the R-tree's nodes is not an output a reader sees.
for f in $(cd "$work/old" && find . -name '*.gpkg'); do
    for side in old new; do
        python3 - "$work/$side/$f" >"$work/$side/$f.rows" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"):
    if name.startswith('rtree_') and name.rsplit('_', 1)[-1] in ('node', 'parent', 'rowid'):
        continue
    print('==', name)
    for row in db.execute(f'SELECT * FROM "{name}" ORDER BY 1'):
        print(repr(row))
for row in db.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name"):
    print(repr(row))
PY
        rm "$work/$side/$f"
    done
done
n=$(find "$work/old" -type f | wc -l)
if diff -r "$work/old" "$work/new" >/dev/null; then
    echo "identical: $n files"
else
    diff -rq "$work/old" "$work/new" || true
    exit 1
fi
