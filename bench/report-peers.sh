#!/usr/bin/env bash
# Whole-report benchmark: `sahel report` against the same job written with
# geopandas + scikit-learn + matplotlib (bench/report_geopandas.py), on the
# same seeded synthetic GeoJSON, one after the other. Prints each tool's
# steps, then a table of wall time, peak memory and the ratio to sahel.
#
#   bash bench/report-peers.sh            # 100000 incidents
#   bash bench/report-peers.sh 3000
#
# Environment:
#   SAHEL_BIN  sahel binary (default: target/release/sahel of this repo)
#   GPV        Python venv with geopandas, pyogrio, pyarrow, scikit-learn,
#              matplotlib, scipy (default /tmp/gpv; created if missing)
#   INPUT      an existing incidents GeoJSON to use instead of generating one
#              (SIZE is then only a label)
#   PY_ARGS    extra arguments for report_geopandas.py, e.g.
#              "--cluster-space chord" (HDBSCAN on 3D unit vectors, k-d tree)
#   KEEP=1     keep the work directory (input, both output dirs, logs)
#
# The input comes from sahel's fixed-seed generator,
# target/release/examples/synthetic; build it first with
#   cargo run --release --example synthetic -- SIZE FILE
# (this script does not build anything). Run it on a quiet machine: each
# tool's time includes its start-up, and sahel uses two threads where the
# Python job uses one core for nearly everything.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
SIZE="${1:-100000}"
SAHEL_BIN="${SAHEL_BIN:-$repo/target/release/sahel}"
GPV="${GPV:-/tmp/gpv}"
PY_ARGS="${PY_ARGS:-}"

if [ ! -x "$SAHEL_BIN" ]; then
    echo "no sahel binary at $SAHEL_BIN: build it (cargo build --release) or set SAHEL_BIN" >&2
    exit 1
fi
if [ ! -x /usr/bin/time ]; then
    echo "/usr/bin/time is missing (Debian: apt-get install time)" >&2
    exit 1
fi
if ! "$GPV/bin/python" -c "import geopandas, pyogrio, pyarrow, sklearn, matplotlib, scipy" 2>/dev/null; then
    echo "== creating the Python venv $GPV" >&2
    python3 -m venv "$GPV"
    "$GPV/bin/pip" install -q geopandas pyogrio pyarrow scikit-learn matplotlib scipy >&2
fi

work="$(mktemp -d /tmp/sahel-report-peers.XXXXXX)"
if [ "${KEEP:-}" = 1 ]; then
    echo "== work directory (kept): $work" >&2
else
    trap 'rm -rf "$work"' EXIT
fi

if [ -n "${INPUT:-}" ]; then
    input="$INPUT"
else
    gen="$repo/target/release/examples/synthetic"
    if [ ! -x "$gen" ]; then
        echo "the generator is not built; run first:" >&2
        echo "  cd $repo && cargo run --release --example synthetic -- $SIZE $work/input.geojson" >&2
        echo "or point INPUT at an incidents GeoJSON" >&2
        exit 1
    fi
    input="$work/input.geojson"
    "$gen" "$SIZE" "$input" >&2
fi
n="$("$GPV/bin/python" -c 'import sys, pyogrio; print(pyogrio.read_info(sys.argv[1])["features"])' "$input")"

echo "== sahel report ($n incidents)" >&2
/usr/bin/time -f "%e %M" -o "$work/sahel.time" \
    "$SAHEL_BIN" report "$input" -o "$work/out-sahel" --timings > "$work/sahel.log" 2>&1 || {
    cat "$work/sahel.log" >&2; exit 1; }
grep -v '^wrote ' "$work/sahel.log" >&2

echo "== geopandas + scikit-learn + matplotlib ($n incidents)" >&2
# shellcheck disable=SC2086
/usr/bin/time -f "%e %M" -o "$work/py.time" \
    "$GPV/bin/python" "$here/report_geopandas.py" "$input" "$work/out-geopandas" $PY_ARGS \
    > "$work/py.log" 2>&1 || { cat "$work/py.log" >&2; exit 1; }
cat "$work/py.log" >&2

"$GPV/bin/python" - "$n" "$work/sahel.time" "$work/py.time" <<'EOF'
import sys
n = int(sys.argv[1])
def read(path):
    wall, kb = open(path).read().split()[-2:]  # the last line: "%e %M"
    return float(wall), int(kb)
rows = [("sahel report", *read(sys.argv[2])), ("geopandas+sklearn+mpl", *read(sys.argv[3]))]
base_t, base_m = rows[0][1], rows[0][2]
print(f"\n{n:,} incidents")
print(f"| {'tool':<22} | {'wall time':>10} | {'peak memory':>12} | {'time ratio':>10} | {'memory ratio':>12} |")
print(f"|{'-' * 24}|{'-' * 11}:|{'-' * 13}:|{'-' * 11}:|{'-' * 13}:|")
for name, t, kb in rows:
    print(f"| {name:<22} | {t:>8.2f} s | {kb / 1024:>9.0f} MB | {t / base_t:>9.1f}x | {kb / base_m:>11.1f}x |")
EOF
