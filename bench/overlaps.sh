#!/usr/bin/env bash
# Overlap-check benchmark (issue 2): POST /api/v1/overlaps for a 20-vertex, ~50 km² polygon that
# crosses the sample's largest protected area (≥ 100,000 vertices), as an API client asks for it and
# gzipped as a browser does, beside
#   (a) the same SQL the service runs (sql/overlap/find-overlaps.sql), sent directly with pgbench,
#   (b) the same query against the unsubdivided features instead of their ST_Subdivide parts,
#   (c) the intersection step alone of (a) and of (b).
# All of them run in the same run on the same machine; the figures are percentiles of per-request
# latency (curl's time_total; pgbench's per-transaction log). The measured requests are taken in
# short rounds (10 requests), the series taking turns, so that whatever else the machine does
# falls on all of them alike: on these shared 2-core machines the same series' p50 moves by 20%
# from one second to the next.
# Run it with ./cadastre bench, which prepares a fresh database cadastre_bench on the project's
# cluster.
#
# The service is measured warm, as it runs in production: a fresh JVM goes on compiling its hot
# paths for the first fifteen thousand requests or so (measured: the overlap check's p50 fell from
# 10.6 ms to 7.2 ms over the first 5,000 and to 6.9 ms by 15,000; C2 was still compiling the
# filter chain after 14,000), so the warm-up is long. The
# database is vacuumed and analysed after the sample load, so that autovacuum does not run during
# the measurement.
#
#   BENCH_REQUESTS  measured requests per series (default 300)
#   BENCH_ROUNDS    rounds they are taken in (default 30)
#   BENCH_WARMUP    unmeasured requests first (default 20000)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
: "${BENCH_DB_PORT:?run this through ./cadastre bench}"
N=${BENCH_REQUESTS:-300}
ROUNDS=${BENCH_ROUNDS:-30}
WARMUP=${BENCH_WARMUP:-20000}
HTTP_PORT=${BENCH_HTTP_PORT:-18080}
USER_PASS=applicant1:bench-password
OUT=$ROOT/target/bench
mkdir -p "$OUT"
export PGPASSWORD=cadastre
PSQL=(psql -X -q -At -h 127.0.0.1 -p "$BENCH_DB_PORT" -U cadastre -d cadastre_bench)
PGBENCH=(pgbench -n -M prepared -h 127.0.0.1 -p "$BENCH_DB_PORT" -U cadastre cadastre_bench)

cd "$ROOT"
# shellcheck source=service.sh
source bench/service.sh
# shellcheck disable=SC2086
start_service "$OUT/service.log" ${BENCH_JAVA_OPTS:--Xms2g -Xmx2g}
"${PSQL[@]}" -c "SET client_min_messages TO error" -c "VACUUM ANALYZE" >/dev/null

# The polygon: a 20-segment ring of radius 4 km (~50 km²) centred on a vertex a third of the way
# round the largest protected area's outer ring, so about half of it lies inside.
read -r feature vertices <<<"$("${PSQL[@]}" -F ' ' -c "
  SELECT id, ST_NPoints(geom) FROM feature WHERE layer_id = 'protected_areas'
  ORDER BY ST_NPoints(geom) DESC LIMIT 1")"
(( vertices >= 100000 )) || { echo "largest protected area has only $vertices vertices"; exit 1; }
geojson=$("${PSQL[@]}" -c "
  WITH ring AS (SELECT ST_ExteriorRing(ST_GeometryN(geom, 1)) AS r FROM feature WHERE id = $feature)
  SELECT ST_AsGeoJSON(ST_ForcePolygonCCW(ST_Buffer(ST_PointN(r, ST_NPoints(r) / 3)::geography, 4000, 5)::geometry), 7)
  FROM ring")
echo "{\"geometry\": $geojson}" >"$OUT/body.json"
# The WKB the service sends: the same GeoJSON, as a MultiPolygon with a counter-clockwise shell.
wkb=$("${PSQL[@]}" -c "SELECT encode(ST_AsBinary(ST_Multi(ST_ForcePolygonCCW(ST_GeomFromGeoJSON('$geojson')))), 'hex')")
read -r area npoints <<<"$("${PSQL[@]}" -F ' ' -c "
  SELECT round((ST_Area(ST_GeomFromGeoJSON('$geojson')::geography) / 1e6)::numeric, 1), ST_NPoints(ST_GeomFromGeoJSON('$geojson'))")"

# (a) the service's own SQL file, unchanged; pgbench binds :wkb and :sliver as parameters (-D),
# as the service's JDBC driver does.
cp src/main/resources/sql/overlap/find-overlaps.sql "$OUT/subdivided.sql"
# (b) the same query over whole features: the "shared" step intersects each current feature
# that meets the area, whole, instead of its subdivided parts.
perl -0pe 's/shared AS MATERIALIZED \(.*?GROUP BY p\.feature_id\n\)/shared AS MATERIALIZED (
    SELECT f.id AS feature_id,
           ST_Multi(ST_CollectionExtract(ST_Intersection(f.geom, (SELECT geom FROM area)), 3)) AS geom
    FROM feature f, area
    WHERE f.retired_in IS NULL AND f.geom && area.geom AND ST_Intersects(f.geom, area.geom)
)/s' "$OUT/subdivided.sql" >"$OUT/unsubdivided.sql"
grep -q 'FROM feature f, area' "$OUT/unsubdivided.sql" || { echo "could not derive the unsubdivided query"; exit 1; }
# (c) the intersection step alone, of each: what subdivision changes. Both queries then spend the
# same time on the ellipsoidal area, the GeoJSON and the free part of the same result.
for query in subdivided unsubdivided; do
  perl -0pe 's/(shared AS MATERIALIZED \(.*?\n\)),.*/$1\nSELECT count(*) FROM shared;\n/s' "$OUT/$query.sql" \
    >"$OUT/$query-intersection.sql"
  grep -q 'FROM shared;$' "$OUT/$query-intersection.sql" || { echo "could not derive the $query intersection"; exit 1; }
done

# Each run of curl or pgbench opens a new connection: its first request, which also sets the
# connection up (and pgbench's first, which plans the prepared statement), is left out.
http_series() { # count [curl option] → one latency in ms per line
  local urls=() i
  for ((i = 0; i <= $1; i++)); do urls+=(-o /dev/null "http://localhost:$HTTP_PORT/api/v1/overlaps"); done
  # No 'Expect: 100-continue' (curl adds it to bodies over 1 KiB; browsers and Java's client never do).
  curl -s ${2:-} -H 'Expect:' -u "$USER_PASS" -H 'Content-Type: application/json' --data-binary @"$OUT/body.json" \
    -w '%{http_code} %{time_total}\n' "${urls[@]}" \
    | awk '$1 != 200 { print "HTTP " $1 > "/dev/stderr"; exit 1 } NR > 1 { printf "%.3f\n", $2 * 1000 }'
}
sql_series() { # file count → one latency in ms per line
  local dir; dir=$(mktemp -d)
  "${PGBENCH[@]}" -D wkb="\\x$wkb" -D sliver=1.0 -f "$1" -t $(($2 + 1)) -l --log-prefix="$dir/log" >/dev/null
  awk 'NR > 1 { printf "%.3f\n", $3 / 1000 }' "$dir"/log*
  rm -rf "$dir"
}
percentile() { # p file
  sort -n "$2" | awk -v p="$1" '{ v[NR] = $1 } END { i = int((p / 100) * NR + 0.999999); if (i < 1) i = 1; print v[i] }'
}

echo "warming up ($WARMUP requests, $((WARMUP / 10)) direct queries)"
http_series "$WARMUP" >/dev/null
sql_series "$OUT/subdivided.sql" $((WARMUP / 10)) >/dev/null
sql_series "$OUT/unsubdivided.sql" 20 >/dev/null

echo "measuring ($N requests each, in $ROUNDS rounds)"
: >"$OUT/http.ms"
: >"$OUT/gzip.ms"
: >"$OUT/sql.ms"
: >"$OUT/unsubdivided.ms"
: >"$OUT/subdivided-intersection.ms"
: >"$OUT/unsubdivided-intersection.ms"
for ((round = 0; round < ROUNDS; round++)); do
  http_series $((N / ROUNDS)) >>"$OUT/http.ms"
  http_series $((N / ROUNDS)) --compressed >>"$OUT/gzip.ms"
  sql_series "$OUT/subdivided.sql" $((N / ROUNDS)) >>"$OUT/sql.ms"
  sql_series "$OUT/unsubdivided.sql" $((N / ROUNDS)) >>"$OUT/unsubdivided.ms"
  sql_series "$OUT/subdivided-intersection.sql" $((N / ROUNDS)) >>"$OUT/subdivided-intersection.ms"
  sql_series "$OUT/unsubdivided-intersection.sql" $((N / ROUNDS)) >>"$OUT/unsubdivided-intersection.ms"
done

h50=$(percentile 50 "$OUT/http.ms") h95=$(percentile 95 "$OUT/http.ms")
g50=$(percentile 50 "$OUT/gzip.ms") g95=$(percentile 95 "$OUT/gzip.ms")
size() { # [curl option] → bytes of one answer on the wire
  curl -s ${1:-} -o /dev/null -w '%{size_download}' -u "$USER_PASS" -H 'Content-Type: application/json' \
    --data-binary @"$OUT/body.json" "http://localhost:$HTTP_PORT/api/v1/overlaps"
}
s50=$(percentile 50 "$OUT/sql.ms") s95=$(percentile 95 "$OUT/sql.ms")
u50=$(percentile 50 "$OUT/unsubdivided.ms") u95=$(percentile 95 "$OUT/unsubdivided.ms")
i50=$(percentile 50 "$OUT/subdivided-intersection.ms") i95=$(percentile 95 "$OUT/subdivided-intersection.ms")
j50=$(percentile 50 "$OUT/unsubdivided-intersection.ms") j95=$(percentile 95 "$OUT/unsubdivided-intersection.ms")
{
  echo "Overlap check benchmark, $(date -u +%FT%TZ), $(nproc) cores"
  echo "polygon: $npoints positions, $area km², crossing feature $feature ($vertices vertices)"
  echo "$(wc -l <"$OUT/http.ms") requests per series in $ROUNDS rounds, after $WARMUP requests of warm-up"
  printf '%-44s %10s %10s\n' series "p50 ms" "p95 ms"
  printf '%-44s %10s %10s\n' "POST /api/v1/overlaps (curl, keep-alive)" "$h50" "$h95"
  printf '%-44s %10s %10s\n' "the same, gzipped, as browsers ask" "$g50" "$g95"
  printf '%-44s %10s %10s\n' "same SQL direct (pgbench -M prepared, bound)" "$s50" "$s95"
  printf '%-44s %10s %10s\n' "same SQL, unsubdivided features (pgbench)" "$u50" "$u95"
  printf '%-44s %10s %10s\n' "its intersection step alone, subdivided" "$i50" "$i95"
  printf '%-44s %10s %10s\n' "its intersection step alone, unsubdivided" "$j50" "$j95"
  awk -v h50="$h50" -v h95="$h95" -v s50="$s50" -v s95="$s95" -v u50="$u50" -v u95="$u95" \
    -v i50="$i50" -v i95="$i95" -v j50="$j50" -v j95="$j95" 'BEGIN {
    printf "service / direct SQL:        p50 %.2fx (goal <= 1.3)   p95 %.2fx (goal <= 1.5)\n", h50 / s50, h95 / s95
    printf "subdivided / unsubdivided:   p50 %.3fx (goal <= 0.1)   p95 %.3fx\n", s50 / u50, s95 / u95
    printf "service / unsubdivided SQL:  p50 %.3fx                 p95 %.3fx\n", h50 / u50, h95 / u95
    printf "intersection step alone, subdivided / unsubdivided:  p50 %.3fx   p95 %.3fx\n", i50 / j50, i95 / j95 }'
  echo "bytes of an answer: $(size), gzipped $(size --compressed)"
} | tee "$OUT/overlaps.txt"
