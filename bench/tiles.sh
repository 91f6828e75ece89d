#!/usr/bin/env bash
# Vector tile benchmark (issue 6): GET /tiles/{layer}/{z}/{x}/{y}.mvt replayed over a fixed list
# of tiles covering the sample features, beside the same SQL sent directly with psql, in the
# same run. Figures are percentiles of per-request latency: curl's time_total, one curl over one
# kept-alive connection; psql's \timing of a prepared statement, one EXECUTE per tile.
#
# The list: the tiles at zooms 5 to 14 that hold a point of each subdivided piece of a feature
# (feature_part, so large areas are covered along their outlines and inside), at most 32 per
# layer and zoom, chosen by a hash of their address, so the same data gives the same list.
#
# Series, after unmeasured rounds (BENCH_WARMUP_ROUNDS through the service, so that the JIT has
# compiled the request path; one of each SQL):
#   fetch        the tiles through the service (200s);
#   sql          src/main/resources/sql/tiles/tile.sql unchanged, at the first thinning level,
#                as the service sends it (the goal: fetch <= 1.2 x sql at p95);
#   render-only  the same SQL without the fingerprint (what the ETag costs a 200);
#   revalidate   the tiles through the service with If-None-Match = each tile's ETag (304s).
#
#   BENCH_ROUNDS          measured rounds over the list per series, taking turns (default 3)
#   BENCH_WARMUP_ROUNDS   unmeasured rounds through the service first (default 3)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
: "${BENCH_DB_PORT:?run this through ./cadastre bench}"
ROUNDS=${BENCH_ROUNDS:-3}
WARMUP_ROUNDS=${BENCH_WARMUP_ROUNDS:-3}
HTTP_PORT=${BENCH_HTTP_PORT:-18080}
OUT=$ROOT/target/bench
mkdir -p "$OUT"
AUTH="Basic $(printf 'applicant1:bench-password' | base64)"
export PGPASSWORD=cadastre
PSQL=(psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$BENCH_DB_PORT" -U cadastre -d cadastre_bench)

cd "$ROOT"
# shellcheck source=service.sh
source bench/service.sh
# shellcheck disable=SC2086
start_service "$OUT/service-tiles.log" ${BENCH_JAVA_OPTS:--Xms2g -Xmx2g}
# The sample loader runs once the service answers; parcels are the last layer it loads.
for _ in $(seq 1 120); do
  [[ $("${PSQL[@]}" -c "SELECT count(*) FROM layer_version WHERE layer_id = 'property_parcels'") -gt 0 ]] && break
  sleep 1
done

LIST=$OUT/tiles.list
"${PSQL[@]}" -F ' ' >"$LIST" <<'SQL'
WITH point AS (
    SELECT layer_id, ST_PointOnSurface(geom) AS p FROM feature_part
),
tile AS (
    SELECT DISTINCT layer_id, z, floor((ST_X(p) + 180) / 360 * 2 ^ z)::int AS x,
           floor((1 - ln(tan(radians(ST_Y(p))) + 1 / cos(radians(ST_Y(p)))) / pi()) / 2 * 2 ^ z)::int AS y
    FROM point, generate_series(5, 14) z
),
ranked AS (
    SELECT tile.*, row_number() OVER (PARTITION BY layer_id, z ORDER BY md5(concat_ws('/', layer_id, z, x, y))) AS n
    FROM tile
)
SELECT layer_id, z, x, y FROM ranked WHERE n <= 32 ORDER BY z, x, y, layer_id
SQL
tiles=$(wc -l <"$LIST")
(( tiles >= 1000 )) || { echo "only $tiles tiles in the list"; exit 1; }

http_series() { # rounds fetch|revalidate → "status bytes ms etag" per request
  local r
  for ((r = 0; r < $1; r++)); do
    if [[ $2 == revalidate ]]; then paste -d ' ' "$LIST" "$OUT/tiles.etags"; else cat "$LIST"; fi
  done | awk -v port="$HTTP_PORT" -v auth="$AUTH" '{
    if (NR > 1) print "next"
    printf "url = \"http://localhost:%s/tiles/%s/%s/%s/%s.mvt\"\noutput = \"/dev/null\"\n", port, $1, $2, $3, $4
    printf "header = \"Authorization: %s\"\n", auth
    if (NF > 4) { etag = $5; gsub(/"/, "\\\"", etag); printf "header = \"If-None-Match: %s\"\n", etag }
    printf "write-out = \"%%{http_code} %%{size_download} %%{time_total} %%header{etag}\\n\"\n" }' \
    | curl -s -K - | awk '{ printf "%s %s %.3f %s\n", $1, $2, $3 * 1000, $4 }'
}

# The service's SQL file as a prepared statement, its parameters numbered; render-only is the
# same with an empty candidate list in the fingerprint.
SQL_PARAMS=(layer z x y extent minSize labelSize tolerance maxFeatures ifNoneMatch rendering)
prepared=$(cat src/main/resources/sql/tiles/tile.sql)
for i in "${!SQL_PARAMS[@]}"; do prepared=${prepared//:${SQL_PARAMS[$i]}/\$$((i + 1))}; done
! grep -q ':[a-zA-Z]' <<<"$prepared" || { echo "a parameter of tile.sql is not bound"; exit 1; }
candidates="(SELECT string_agg(c.id || '.' || c.version, ',' ORDER BY c.id) FROM candidate c)"
render_only=${prepared/"$candidates"/"''"}
[[ $render_only != "$prepared" ]] || { echo "could not derive the render-only SQL"; exit 1; }
sql_series() { # statement rounds → one latency in ms per line
  {
    echo "PREPARE tile(text, int, int, int, int, float8, float8, float8, int, text, text) AS $1;"
    printf '%s\n' '\o /dev/null'
    printf '%s\n' '\timing on'
    for ((r = 0; r < $2; r++)); do
      awk '{ printf "EXECUTE tile('"'"'%s'"'"', %d, %d, %d, 4096, 1.0 / 512, 0, 1.0 / 4096, 2147483647, '"'', 'bench'"');\n", $1, $2, $3, $4 }' "$LIST"
    done
  } | "${PSQL[@]}" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p'
}
percentile() { # p file
  sort -n "$2" | awk -v p="$1" '{ v[NR] = $1 } END { i = int((p / 100) * NR + 0.999999); if (i < 1) i = 1; print v[i] }'
}

echo "warming up ($WARMUP_ROUNDS rounds of $tiles tiles through the service, one of each SQL)"
http_series "$WARMUP_ROUNDS" fetch >"$OUT/tiles-warmup.txt"
head -n "$tiles" "$OUT/tiles-warmup.txt" | cut -d ' ' -f 4 >"$OUT/tiles.etags"
sql_series "$prepared" 1 >/dev/null
sql_series "$render_only" 1 >/dev/null

# The series take turns, a round each, so that whatever else the machine does weighs on all.
echo "measuring ($ROUNDS rounds of $tiles tiles each, the series taking turns)"
for file in tiles-fetch.txt tiles-sql.ms tiles-render-only.ms tiles-revalidate.txt; do : >"$OUT/$file"; done
for ((round = 0; round < ROUNDS; round++)); do
  http_series 1 fetch >>"$OUT/tiles-fetch.txt"
  sql_series "$prepared" 1 >>"$OUT/tiles-sql.ms"
  sql_series "$render_only" 1 >>"$OUT/tiles-render-only.ms"
  http_series 1 revalidate >>"$OUT/tiles-revalidate.txt"
done
cut -d ' ' -f 3 "$OUT/tiles-fetch.txt" >"$OUT/tiles-fetch.ms"
cut -d ' ' -f 3 "$OUT/tiles-revalidate.txt" >"$OUT/tiles-revalidate.ms"

# Each tile's median over the rounds: a stall of the machine in one round does not count.
tile_medians() { # file → one median per tile
  awk -v n="$tiles" '{ v[(NR - 1) % n] = v[(NR - 1) % n] " " $1 }
    END { for (i = 0; i < n; i++) { k = split(substr(v[i], 2), a, " "); asort_n(a, k); print a[int((k + 1) / 2)] } }
    function asort_n(a, k,   i, j, t) { for (i = 2; i <= k; i++) for (j = i; j > 1 && a[j - 1] + 0 > a[j] + 0; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t } }' "$1"
}
tile_medians "$OUT/tiles-fetch.ms" >"$OUT/tiles-fetch.median.ms"
tile_medians "$OUT/tiles-sql.ms" >"$OUT/tiles-sql.median.ms"

row() { # label file
  printf '%-58s %7d %9s %9s\n' "$1" "$(wc -l <"$2")" "$(percentile 50 "$2")" "$(percentile 95 "$2")"
}
ratio() { # label numerator denominator goal
  awk -v a50="$(percentile 50 "$2")" -v a95="$(percentile 95 "$2")" -v b50="$(percentile 50 "$3")" \
    -v b95="$(percentile 95 "$3")" -v label="$1" -v goal="$4" \
    'BEGIN { printf "%-34s p50 %5.2fx   p95 %5.2fx %s\n", label, a50 / b50, a95 / b95, goal }'
}
{
  echo "Vector tile benchmark, $(date -u +%FT%TZ), $(nproc) cores, load $(cut -d ' ' -f 1-3 /proc/loadavg)"
  echo "$tiles tiles (layers x zooms 5-14 over the sample features), $ROUNDS measured rounds per series"
  printf '%-58s %7s %9s %9s\n' series requests "p50 ms" "p95 ms"
  row "fetch: GET /tiles/… (curl, one kept-alive connection)" "$OUT/tiles-fetch.ms"
  row "sql: tile.sql direct (psql, prepared)" "$OUT/tiles-sql.ms"
  row "render-only: tile.sql without the fingerprint (psql)" "$OUT/tiles-render-only.ms"
  row "revalidate: GET with If-None-Match, 304 (curl)" "$OUT/tiles-revalidate.ms"
  ratio "fetch / sql" "$OUT/tiles-fetch.ms" "$OUT/tiles-sql.ms" "(goal at p95 <= 1.2)"
  ratio "  the same, each tile's median" "$OUT/tiles-fetch.median.ms" "$OUT/tiles-sql.median.ms" "(over the rounds)"
  ratio "sql / render-only" "$OUT/tiles-sql.ms" "$OUT/tiles-render-only.ms" "(what the fingerprint costs)"
  ratio "revalidate / fetch" "$OUT/tiles-revalidate.ms" "$OUT/tiles-fetch.ms" ""
  awk '$1 != 200 { bad++ } $2 > max { max = $2 } $2 > 500000 { over++ }
    END { printf "largest tile served: %d bytes; tiles over 500 KB: %d; fetches not 200: %d\n", max, over, bad }' \
    "$OUT/tiles-fetch.txt"
  awk '$1 != 304 { bad++ } END { printf "revalidations not 304: %d\n", bad }' "$OUT/tiles-revalidate.txt"
} | tee "$OUT/tiles.txt"
