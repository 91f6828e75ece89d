#!/usr/bin/env bash
# Submission benchmark (issue 4): throughput and latency of accepted, disjoint applications at
# 1, 2, 4 and 8 concurrent clients, beside the overlap check alone at the same concurrency, in
# the same run, with wrk (one connection per client). Every request is a different 100 m square
# in the empty Lut desert, so every submission is accepted. Run it with ./cadastre bench.
#
# The service is measured warm, as it runs in production: a fresh JVM goes on compiling the
# submission path for about a minute of load (measured: 270 submissions/s in the first 10 s at
# 8 clients, 740/s after 60 s), so each window starts with a minute of both requests, whose
# claims are then removed.
#
#   BENCH_SECONDS         seconds per series (default 10)
#   BENCH_WARMUP_SECONDS  seconds of unmeasured checks and of submissions per window (default 60)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
: "${BENCH_DB_PORT:?run this through ./cadastre bench}"
SECONDS_PER_SERIES=${BENCH_SECONDS:-10}
WARMUP_SECONDS=${BENCH_WARMUP_SECONDS:-60}
HTTP_PORT=${BENCH_HTTP_PORT:-18080}
OUT=$ROOT/target/bench
mkdir -p "$OUT"
AUTH="Basic $(printf 'applicant1:bench-password' | base64)"
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)"; exit 1; }

cd "$ROOT"
# shellcheck source=service.sh
source bench/service.sh
# shellcheck disable=SC2086
start_service "$OUT/service-applications.log" ${BENCH_JAVA_OPTS:--Xms2g -Xmx2g}
PSQL=(psql -X -At -h 127.0.0.1 -p "$BENCH_DB_PORT" -U cadastre -d cadastre_bench)
export PGPASSWORD=cadastre
"${PSQL[@]}" -c "SET client_min_messages TO error" -c "VACUUM ANALYZE" >/dev/null

# Where the squares go: a window with no layer at all, and one inside the largest protected area
# (its subdivided parts are met by every check, and every application records a DoE inquiry).
EMPTY="58.6 30.0"
PROTECTED=$("${PSQL[@]}" -F ' ' -c "SELECT round(ST_X(p)::numeric, 4), round(ST_Y(p)::numeric, 4) FROM (
  SELECT ST_PointOnSurface(geom) AS p FROM feature WHERE layer_id = 'protected_areas'
  ORDER BY ST_NPoints(geom) DESC LIMIT 1) s")

# The grid reaches 0.24° east and, at most, 0.2° north of its origin.
blocking() { "${PSQL[@]}" -c "SELECT count(*) FROM feature f, layer l WHERE l.id = f.layer_id
  AND 'BLOCKS' = l.consequences[1] AND f.geom && ST_MakeEnvelope($1, $2, $1 + 0.25, $2 + 0.2, 4326)"; }

offsets=$(mktemp)
echo 0 >"$offsets"
series() { # window-lon window-lat mineral|"" clients seconds → "requests rps p50 p95 failed"
  local offset line
  offset=$(cat "$offsets")
  line=$(wrk -t "$4" -c "$4" -d "${5}s" -s bench/squares.lua \
    "http://localhost:$HTTP_PORT/api/v1/$([[ -n $3 ]] && echo applications || echo overlaps)" \
    -- "$AUTH" "$offset" "$4" "$1" "$2" "$3" | sed -n 's/^RESULT //p')
  # Submissions take their squares for good: the next series starts well past them (wrk counts
  # only the requests it finished, not those in flight when it stopped).
  [[ -z $3 ]] || echo $((offset + ${line%% *} + 1000)) >"$offsets"
  echo "$line"
}

{
  echo "Submission benchmark, $(date -u +%FT%TZ), $(nproc) cores, ${SECONDS_PER_SERIES}s per series"
  for window in "empty desert:$EMPTY" "inside the largest protected area:$PROTECTED"; do
    read -r lon lat <<<"${window#*:}"
    [[ $(blocking "$lon" "$lat") == 0 ]] || { echo "the window at $lon $lat holds blocking claims"; exit 1; }
    series "$lon" "$lat" "" 4 "$WARMUP_SECONDS" >/dev/null
    series "$lon" "$lat" copper 4 "$WARMUP_SECONDS" >/dev/null
    "${PSQL[@]}" -c "DELETE FROM feature WHERE layer_id = 'applications'" >/dev/null
    echo 0 >"$offsets"
    echo
    echo "${window%%:*} (grid from $lon, $lat)"
    printf '%-8s | %-34s | %-34s | %s\n' clients "overlap check: req/s  p50  p95 ms" "submission: req/s  p50  p95 ms" "p95 ratio, errors"
    for clients in 1 2 4 8; do
      read -r _ orps o50 o95 ofail <<<"$(series "$lon" "$lat" "" "$clients" "$SECONDS_PER_SERIES")"
      read -r _ srps s50 s95 sfail <<<"$(series "$lon" "$lat" copper "$clients" "$SECONDS_PER_SERIES")"
      printf '%-8s | %12s %9s %9s  | %12s %9s %9s  | %.2fx (goal <= 2), %s + %s failed\n' "$clients" \
        "$orps" "$o50" "$o95" "$srps" "$s50" "$s95" "$(awk -v a="$s95" -v b="$o95" 'BEGIN { print a / b }')" "$ofail" "$sfail"
    done
    "${PSQL[@]}" -c "DELETE FROM feature WHERE layer_id = 'applications'" >/dev/null
  done
  echo
  echo "accepted applications: $("${PSQL[@]}" -c 'SELECT count(*) FROM application')"
} | tee "$OUT/applications.txt"
