#!/usr/bin/env bash
# Side-by-side benchmark: sahel against scikit-learn (haversine DBSCAN, ball
# tree; HDBSCAN on 3D unit vectors), the hdbscan package (HDBSCAN on 3D unit
# vectors), shapely 2 (STRtree dwithin on projected points) and PostGIS
# (ST_DWithin on geography, ST_ClusterDBSCAN), on the same seeded Mali-like
# points, in one run. Prints a table with the ratio of each peer to sahel.
#
#   bash bench/peers.sh                 # 10k, 100k and 1M points
#   SIZES="10000 100000" bash bench/peers.sh
#
# Installs its peers itself (a Python venv in a temporary directory; Debian's
# postgresql-15-postgis-3 with apt when PostGIS is missing), starts a private
# PostgreSQL on a Unix socket in the temporary directory, and removes both
# when it ends. scikit-learn runs up to SKLEARN_MAX points (default 100000):
# beyond that it needs tens of minutes. HDBSCAN uses HDBSCAN_MCS
# (min_cluster_size, default 50) and HDBSCAN_MS (min_samples, default 10), for
# sahel and the Python peers alike; the hdbscan package runs up to
# HDBSCAN_PY_MAX points (default 1000000).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
SIZES="${SIZES:-10000 100000 1000000}"
SKLEARN_MAX="${SKLEARN_MAX:-100000}"
export HDBSCAN_MCS="${HDBSCAN_MCS:-50}" HDBSCAN_MS="${HDBSCAN_MS:-10}" HDBSCAN_PY_MAX="${HDBSCAN_PY_MAX:-1000000}"
work="$(mktemp -d /tmp/sahel-peers.XXXXXX)"
chmod 755 "$work"
PGBIN=/usr/lib/postgresql/15/bin
pg_started=""
cleanup() {
    if [ -n "$pg_started" ]; then su postgres -c "$PGBIN/pg_ctl -D $work/pgrun/data -m fast stop" >/dev/null 2>&1 || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

echo "== installing peers into $work" >&2
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install -q numpy scikit-learn hdbscan "shapely>=2" "psycopg[binary]" >&2
if [ ! -x "$PGBIN/postgres" ] || [ ! -f /usr/share/postgresql/15/extension/postgis.control ]; then
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 postgresql-15-postgis-3 >&2
fi
mkdir -p "$work/pgrun" && chown postgres "$work/pgrun"
su postgres -c "$PGBIN/initdb -D $work/pgrun/data -A trust -U postgres" >/dev/null
su postgres -c "$PGBIN/pg_ctl -D $work/pgrun/data -l $work/pgrun/log -o '-p 54329 -k $work/pgrun -c listen_addresses=' -w start" >/dev/null
pg_started=1
DSN="host=$work/pgrun port=54329 user=postgres dbname=postgres"

(cd "$repo" && cargo build --release --example peer_points >&2)
: > "$work/results.jsonl"
for n in $SIZES; do
    echo "== $n points" >&2
    "$repo/target/release/examples/peer_points" "$n" "$work" | tee -a "$work/results.jsonl" >&2
    extra=""
    if [ "$n" -gt "$SKLEARN_MAX" ]; then extra="--no-sklearn"; fi
    "$work/venv/bin/python" "$here/peers.py" "$work" "$n" --postgres "$DSN" $extra | tee -a "$work/results.jsonl" >&2
done
"$work/venv/bin/python" "$here/table.py" "$work/results.jsonl"
