#!/usr/bin/env bash
# The extractor's size-growth check: each pathological pattern at N and 2N
# bytes, timed side by side; fails when doubling the input more than
# triples the time (linear is 2, quadratic 4), or when the memory the
# second N bytes add is more than 12 times N (the gazetteer's fixed
# ~120 MB cancels out of that difference).
#
#   bash fuzz/growth.sh [N_BYTES]
set -euo pipefail
n=${1:-8000000}
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=target/release/sahel
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
patterns=(
    "attaque à Gao, "
    "10 morts et 5 blessés "
    "x."
    "&amp;"
    "le 3 mai 2020 "
    "l'attaque de Gao, "
    "à Gao, "
    "ATTAQUE DU POSTE DE GAO, "
)
fail=0
for p in "${patterns[@]}"; do
    for size in "$n" $((2 * n)); do
        python3 -c "import sys; p=sys.argv[1]; n=int(sys.argv[2]); s=(p*(n//len(p.encode())+1)).encode()[:n]; open(sys.argv[3],'wb').write(s.decode('utf-8','ignore').encode())" "$p" "$size" "$work/in-$size.txt"
    done
    t() { /usr/bin/time -f '%e %M' "$bin" extract --no-merge "$1" -o /dev/null 2>&1 >/dev/null | tail -1; }
    read -r a ma <<<"$(t "$work/in-$n.txt")"
    read -r b mb <<<"$(t "$work/in-$((2 * n)).txt")"
    ratio=$(python3 -c "print(f'{max(float(\"$b\"),0.01)/max(float(\"$a\"),0.01):.2f}')")
    per_byte=$(python3 -c "print(f'{max($mb - $ma, 0) * 1024 / $n:.1f}')")
    printf '%-26s N %6ss %5s MB  2N %6ss %5s MB  time ratio %s  memory per added byte %s\n' \
        "\"$p\"" "$a" $((ma / 1024)) "$b" $((mb / 1024)) "$ratio" "$per_byte"
    if python3 -c "import sys; sys.exit(0 if float('$ratio') <= 3.0 and float('$per_byte') <= 12 else 1)"; then :; else fail=1; fi
done
exit $fail
