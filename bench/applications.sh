#!/usr/bin/env bash
# Submission benchmark (issue 4): throughput and latency of accepted, disjoint applications at
# 1, 2, 4 and 8 concurrent clients, beside the overlap check alone at the same concurrency, in
# the same run, with wrk (one connection per client), in three windows (below). Every request
# is a different area, so every submission is accepted. Run it with ./cadastre bench.
#
# Each series also gives the CPU time a request cost the service and the database (every process
# of its cluster), which on two cores is what bounds the throughput of 4 and 8 clients.
#
# The service is measured warm, as it runs in production: a fresh JVM goes on compiling the
# submission path for about a minute of load (measured: 270 submissions/s in the first 10 s at
# 8 clients, 740/s after 60 s), so each window starts with a minute of both requests, whose
# claims are removed after every burst of 10 s (5 s with the rings).
#
#   BENCH_SECONDS         seconds per series (default 10; at most 5 with the rings, of which there
#                         are about 6,600)
#   BENCH_WARMUP_SECONDS  seconds of unmeasured checks and of submissions per window (default 60)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
: "${BENCH_DB_PORT:?run this through ./cadastre bench}" "${BENCH_DB_DATA:?run this through ./cadastre bench}"
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

# Where the areas go: 100 m squares in a window with no layer at all, and in one inside the largest
# protected area (its subdivided parts are met by every check, and every application records a
# DoE inquiry); and applications as applicants draw them, where the layers are (bench/rings.sql:
# 20-vertex rings of about 5 km², the overlap benchmark's shape, smaller, disjoint, each where a
# layer has a legal consequence and no claim blocks). Nearly every real application has such
# consequences (national resources alone cover most of Iran); the synthetic sample covers a few
# percent of the country, so the grid keeps about 6,600 rings.
# The squares of each client fill one claim-cell column (areas.lua): up to 0.26° north at one
# client, less the more clients share the load; at 8 clients the columns reach 0.4° east. The
# protected-area window is the first place, on the claim-cell grid, where the columns of 1, 2, 4
# and 8 clients lie inside that area.
EMPTY="58.6 30.0"
PROTECTED=$("${PSQL[@]}" -F ' ' -c "
  WITH pa AS (SELECT geom FROM feature WHERE layer_id = 'protected_areas' ORDER BY ST_NPoints(geom) DESC LIMIT 1),
  origin AS (
      SELECT round(floor(ST_XMin(geom) / 0.05)::numeric * 0.05 + i * 0.05, 2) AS x,
             round(ST_YMin(geom)::numeric + j * 0.01, 2) AS y
      FROM pa, generate_series(0, 40) i, generate_series(0, 60) j
  )
  SELECT x, y FROM origin, pa
  WHERE ST_CoveredBy(ST_MakeEnvelope(x, y, x + 0.1, y + 0.17, 4326), pa.geom)
    AND ST_CoveredBy(ST_MakeEnvelope(x, y, x + 0.2, y + 0.07, 4326), pa.geom)
    AND ST_CoveredBy(ST_MakeEnvelope(x, y, x + 0.4, y + 0.04, 4326), pa.geom)
  ORDER BY y, x LIMIT 1")
[[ -n $PROTECTED ]] || { echo "no window of squares fits inside the largest protected area"; exit 1; }
RINGS=$OUT/rings.txt
"${PSQL[@]}" -f bench/rings.sql >"$RINGS"

blocking() { "${PSQL[@]}" -c "SELECT count(*) FROM feature f, layer l WHERE l.id = f.layer_id
  AND 'BLOCKS' = l.consequences[1] AND f.geom && ST_MakeEnvelope($1, $2, $1 + 0.41, $2 + 0.35, 4326)"; }

# CPU time so far, in clock ticks, of the service and of the database cluster: its processes, and
# those that have ended (autovacuum's workers); wrk's own is neither.
cpu_ticks() {
  local postmaster
  postmaster=$(head -1 "$BENCH_DB_DATA/postmaster.pid")
  echo "$(awk '{print $14 + $15}' "/proc/$service/stat") $( {
    awk '{print $16 + $17}' "/proc/$postmaster/stat"
    for pid in $postmaster $(pgrep -P "$postmaster"); do awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || true; done
  } | awk '{ticks += $1} END {print ticks}')"
}

# Submissions keep their areas until they are removed: after each series of them, so that every
# series finds the same areas free. The tables are vacuumed then, so that autovacuum does not
# clean up after the removal during the next series.
series() { # window-lon window-lat mineral|"" clients seconds [rings]
  # → "requests rps p50 p95 failed service-cpu-ms database-cpu-ms", the CPU per request
  local line before after
  read -r -a before <<<"$(cpu_ticks)"
  line=$(wrk -t "$4" -c "$4" -d "${5}s" -s bench/areas.lua \
    "http://localhost:$HTTP_PORT/api/v1/$([[ -n $3 ]] && echo applications || echo overlaps)" \
    -- "$AUTH" "$4" "$1" "$2" "$3" ${6:+"$6"} | sed -n 's/^RESULT //p')
  read -r -a after <<<"$(cpu_ticks)"
  line="$line $(awk -v n="${line%% *}" -v hz="$(getconf CLK_TCK)" -v s=$((after[0] - before[0])) \
    -v d=$((after[1] - before[1])) 'BEGIN { printf "%.2f %.2f", s * 1000 / hz / n, d * 1000 / hz / n }')"
  [[ -z $3 ]] || "${PSQL[@]}" -c "DELETE FROM feature WHERE layer_id = 'applications'" \
    -c "SET client_min_messages TO error" -c "VACUUM ANALYZE feature, feature_part, application" >/dev/null
  echo "$line"
}

{
  echo "Submission benchmark, $(date -u +%FT%TZ), $(nproc) cores, ${SECONDS_PER_SERIES}s per series"
  for window in "empty desert, 100 m squares:$EMPTY" "inside the largest protected area, 100 m squares:$PROTECTED" \
    "where the layers are, $(wc -l <"$RINGS") rings of 5 km²:0 0 $RINGS"; do
    read -r lon lat rings <<<"${window#*:}"
    [[ -n $rings || $(blocking "$lon" "$lat") == 0 ]] || { echo "the window at $lon $lat holds blocking claims"; exit 1; }
    # A series of submissions must end before it has used every ring.
    seconds=$SECONDS_PER_SERIES
    [[ -z $rings ]] || seconds=$((seconds < 5 ? seconds : 5))
    series "$lon" "$lat" "" 4 "$WARMUP_SECONDS" "$rings" >/dev/null
    for ((s = 0; s < WARMUP_SECONDS; s += seconds)); do series "$lon" "$lat" copper 4 "$seconds" "$rings" >/dev/null; done
    echo
    echo "${window%%:*}$([[ -n $rings ]] || echo " (grid from $lon, $lat)")"
    printf '%-8s | %-34s | %-34s | %-40s | %s\n' clients "overlap check: req/s  p50  p95 ms" \
      "submission: req/s  p50  p95 ms" "submission / check at p95 (p50), errors" \
      "CPU ms a request, service + database: check / submission"
    for clients in 1 2 4 8; do
      read -r _ orps o50 o95 ofail ocpu odb <<<"$(series "$lon" "$lat" "" "$clients" "$seconds" "$rings")"
      read -r _ srps s50 s95 sfail scpu sdb <<<"$(series "$lon" "$lat" copper "$clients" "$seconds" "$rings")"
      printf '%-8s | %12s %9s %9s  | %12s %9s %9s  | %-40s | %s + %s / %s + %s\n' "$clients" \
        "$orps" "$o50" "$o95" "$srps" "$s50" "$s95" "$(printf '%.2fx (goal <= 2) (%.2fx), %s + %s failed' \
        "$(awk -v a="$s95" -v b="$o95" 'BEGIN { print a / b }')" "$(awk -v a="$s50" -v b="$o50" 'BEGIN { print a / b }')" \
        "$ofail" "$sfail")" "$ocpu" "$odb" "$scpu" "$sdb"
    done
  done
  echo
  echo "accepted applications: $("${PSQL[@]}" -c 'SELECT count(*) FROM application')"
} | tee "$OUT/applications.txt"
