#!/usr/bin/env bash
# Does one client's heavy reading starve everyone else's submissions? Measures the latency of
# overlap checks and submissions (100 m squares in an empty desert, one client, one request at a
# time) alone, then while HEAVY clients (default 20) loop over the heaviest reads there are: a
# layer's every feature as GeoJSON, its GeoPackage download, the officer's spreadsheet of every
# application and bursts of tiles, each read at HEAVY_RATE (default 300k bytes/s, a client on a slow
# line, which keeps its request, and the database connection it streams from, for seconds).
# Prints p50/p95/max of each and the heavy answers' statuses.
# Runs against a service that is already up (./cadastre run, say):
#   BENCH_URL (http://localhost:8080)  BENCH_REQUESTS (30 of each)  HEAVY (20)
#   BENCH_PASSWORD (demo-password)     BENCH_LAYER (property_parcels)  HEAVY_RATE (300k)
# Submissions stay in the database (remove them with ./cadastre db psql if they are in the way);
# each run takes a new row of squares.
set -euo pipefail
URL=${BENCH_URL:-http://localhost:8080}
N=${BENCH_REQUESTS:-30}
HEAVY=${HEAVY:-20}
PASSWORD=${BENCH_PASSWORD:-demo-password}
LAYER=${BENCH_LAYER:-property_parcels}
RATE=${HEAVY_RATE:-300k}
WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT
ROW=$(( $(date +%s) % 100000 ))

# The time (ms) of each of N requests, one at a time: checks or submissions of fresh squares.
measure() { # overlaps|applications offset → one time a line
  local i body
  for ((i = 0; i < N; i++)); do
    body=$(awk -v i="$i" -v o="$2" -v r="$ROW" 'BEGIN { x = 58.6 + (i + o) * 0.0015; y = 30.0 + (r % 2000) * 0.0011
      printf "{\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%.4f,%.4f],[%.4f,%.4f],[%.4f,%.4f],[%.4f,%.4f],[%.4f,%.4f]]]}}",
        x, y, x + 0.001, y, x + 0.001, y + 0.0009, x, y + 0.0009, x, y }')
    [[ $1 == overlaps ]] || body="{\"mineral\":\"copper\",${body#\{}"
    curl -s -o "$WORK/last-$1" -w '%{http_code} %{time_total}\n' -u "applicant1:$PASSWORD" \
      -H 'Content-Type: application/json' -d "$body" "$URL/api/v1/$1"
  done
}

summary() { # label file
  sort -k2,2n "$2" | awk -v label="$1" '{ ok += ($1 < 400); t[NR] = $2 * 1000 } END {
    n = NR; printf "%-34s %3d/%d ok  p50 %7.1f  p95 %7.1f  max %7.1f ms\n", label, ok, n, t[int(n * 0.5 + 0.5)], t[int(n * 0.95 + 0.5)], t[n] }'
}

heavy() { # client number
  local urls=("$URL/api/v1/layers/$LAYER/features" "$URL/api/v1/layers/$LAYER/download?format=geopackage"
    "$URL/api/v1/applications/export")
  local k=0 z x y
  while :; do
    if (( ($1 + k) % 4 == 3 )); then
      # a burst of 16 tiles of Iran's centre at zoom 9, as a map opening
      for ((x = 330; x < 334; x++)); do for ((y = 201; y < 205; y++)); do
        curl -s -o /dev/null -w '%{http_code}\n' --limit-rate "$RATE" -u "officer:$PASSWORD" "$URL/tiles/$LAYER/9/$x/$y.mvt" >>"$WORK/heavy"
      done; done
    else
      curl -s -o /dev/null -w '%{http_code}\n' --limit-rate "$RATE" -u "officer:$PASSWORD" "${urls[$(( ($1 + k) % 4 ))]}" >>"$WORK/heavy"
    fi
    k=$((k + 1))
  done
}

echo "Starvation benchmark, $(date -u +%FT%TZ), $(nproc) cores, $N requests a series, $HEAVY heavy clients at $RATE/s"
measure overlaps 0 >/dev/null   # warm-up
measure overlaps 0 >"$WORK/check-alone"
measure applications 0 >"$WORK/submit-alone"
summary "overlap check, alone" "$WORK/check-alone"
summary "submission, alone" "$WORK/submit-alone"
for ((c = 0; c < HEAVY; c++)); do heavy "$c" & done
sleep 3
measure overlaps 0 >"$WORK/check-loaded"
measure applications "$N" >"$WORK/submit-loaded"
summary "overlap check, $HEAVY heavy clients" "$WORK/check-loaded"
summary "submission, $HEAVY heavy clients" "$WORK/submit-loaded"
kill $(jobs -p) 2>/dev/null || true
wait 2>/dev/null || true
echo "heavy answers: $(sort "$WORK/heavy" | uniq -c | awk '{ printf "%s × %s  ", $1, $2 }')"
