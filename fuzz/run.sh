#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 60), then the
# extractor's size-growth check.
#
#   bash fuzz/run.sh [SECONDS]
#
# Needs a nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz`).
# Each target starts from a corpus seeded with the repository's examples
# and fixtures (fuzz/corpus/<target>, made on first run) and, for the
# extractor, a dictionary of French incident words (fuzz/dict/french.dict).
# Limits: 2 GB of memory and 10 s per input; a crash, an out-of-memory or
# a timeout stops the run with libFuzzer's report and the input under
# fuzz/artifacts/<target>/.
set -euo pipefail
secs=${1:-60}
cd "$(dirname "$0")"
root=..
if ! cargo +nightly --version >/dev/null 2>&1; then
    echo "fuzz: no nightly toolchain here; skipped (rustup toolchain install nightly)"
    exit 0
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "fuzz: cargo-fuzz is not installed; skipped (cargo install cargo-fuzz)"
    exit 0
fi

seed() {
    local target=$1
    shift
    mkdir -p "corpus/$target"
    for f in "$@"; do
        [ -f "$f" ] && cp -n "$f" "corpus/$target/" 2>/dev/null || true
    done
}
seed geojson $root/tests/fixtures/*.geojson
seed csv $root/tests/fixtures/*.csv $root/tests/corpus/lines/lines.csv
seed fgb $root/tests/fixtures/*.fgb
seed sahel_json $root/tests/fixtures/*.json
seed extract $root/examples/dispatches/*.txt $root/tests/corpus/wire/articles/*.txt
seed lines $root/tests/corpus/lines/lines.csv $root/tests/fixtures/*.csv
mkdir -p corpus/resolve
printf 'Ségou|Ségou||ML' > corpus/resolve/segou
printf 'Boni|Douentza|15.0,-2.2|' > corpus/resolve/boni
printf 'Diabali|||' > corpus/resolve/diabali

for target in geojson csv fgb sahel_json extract lines resolve; do
    dict=()
    if [ "$target" = extract ] || [ "$target" = lines ]; then
        dict=(-dict=dict/french.dict)
    fi
    echo "fuzz: $target for ${secs}s"
    log=$(mktemp)
    if ! cargo +nightly fuzz run --release "$target" "corpus/$target" -- \
        -max_total_time="$secs" -rss_limit_mb=2048 -timeout=10 "${dict[@]}" >"$log" 2>&1; then
        grep -vE "^ +[0-9]+: |^ +at " "$log" | tail -40 >&2
        echo "fuzz: $target failed; the input is under fuzz/artifacts/$target/" >&2
        rm -f "$log"
        exit 1
    fi
    grep -E "^Done [0-9]+ runs" "$log" || true
    rm -f "$log"
done

# libFuzzer never grows inputs past a few tens of kB: feed the extractor
# N and 2N bytes of each pathological pattern and compare the times
# (not in CI, where timings are noise: SAHEL_FUZZ_NO_GROWTH=1).
if [ -z "${SAHEL_FUZZ_NO_GROWTH:-}" ]; then
    bash growth.sh
fi
