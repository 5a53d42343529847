#!/usr/bin/env bash
# Whole commands of two sahel binaries, side by side on one file: the
# read alone, cluster, map, trend, and each incident writer. One run each,
# old then new for every command, with /usr/bin/time.
#
#   bash bench/commands.sh OLD_BINARY NEW_BINARY FILE.geojson
#
# FILE is typically `cargo run --release --example synthetic -- 1000000
# big.geojson`. The writers are timed through `near` with a radius that
# takes every incident of the synthetic set (2,500 km around Mopti), so
# that binaries without `convert` can be compared.
set -euo pipefail
old=$(realpath "$1")
new=$(realpath "$2")
input=$(realpath "$3")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%-28s %12s %12s %12s %12s\n' command old_s old_MB new_s new_MB
one() {
    local name=$1
    shift
    local row=("$name")
    for bin in "$old" "$new"; do
        local args=("${@//BIN_OUT/$work/out}")
        /usr/bin/time -f "%e %M" -o "$work/time" "$bin" "${args[@]}" >/dev/null 2>&1 || true
        read -r secs kb <"$work/time"
        row+=("$secs" "$((kb / 1024))")
        rm -f "$work"/out*
    done
    printf '%-28s %12s %12s %12s %12s\n' "${row[@]}"
}
one "read (near, 1 km)" near "$input" --at 14.49,-4.19 --radius 1 --json
one "cluster" cluster "$input" --json
one "map" map "$input" -o BIN_OUT.png
one "trend" trend "$input" -o BIN_OUT.png
one "write GeoJSON (near)" near "$input" --at 14.49,-4.19 --radius 2500 -o BIN_OUT.geojson
one "write CSV (near)" near "$input" --at 14.49,-4.19 --radius 2500 -o BIN_OUT.csv
one "write FlatGeobuf (near)" near "$input" --at 14.49,-4.19 --radius 2500 -o BIN_OUT.fgb
