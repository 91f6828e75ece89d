#!/usr/bin/env bash
# Import benchmark (issue 3): the national-scale parcel file (1,000,000 tessellated parcels) imported
# through POST /api/v1/layers/property_parcels/imports with the service held to a 512 MiB heap (checked
# first with dryRun=true, which must report the same), beside
# ogr2ogr (GDAL, the standard tool) loading the same file into the same PostGIS, in the same run;
# then the layer taken away again as a zipped Shapefile and a GeoPackage, beside ogr2ogr exporting
# it. Then a small import into another layer, to show that only what changed is subdivided again,
# and the layer catalogue (GET /api/v1/layers) beside the scan of every feature it no longer needs.
# Run it with ./cadastre bench imports.
#
#   BENCH_IMPORT_FORMAT  gpkg (default), zip or geojson
#   BENCH_IMPORT_SCALE   scale of the generated dataset when it is missing (default 1)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
: "${BENCH_DB_PORT:?run this through ./cadastre bench}"
FORMAT=${BENCH_IMPORT_FORMAT:-gpkg}
HTTP_PORT=${BENCH_HTTP_PORT:-18080}
OUT=$ROOT/target/bench
DATA=$ROOT/gis-data/benchmark
FILE=$DATA/property_parcels.$FORMAT
mkdir -p "$OUT"
export PGPASSWORD=cadastre
PSQL=(psql -X -q -At -h 127.0.0.1 -p "$BENCH_DB_PORT" -U cadastre -d cadastre_bench)
PGBENCH=(pgbench -n -M prepared -h 127.0.0.1 -p "$BENCH_DB_PORT" -U cadastre cadastre_bench)
command -v ogr2ogr >/dev/null || { echo "ogr2ogr is missing (apt-get install gdal-bin)"; exit 1; }

cd "$ROOT"
if [[ ! -f $FILE ]]; then
  echo "generating the national-scale dataset into $DATA"
  MAVEN_OPTS=-Xmx512m ./mvnw -q -B compile exec:java -Dexec.mainClass=ir.cadastre.sample.national.NationalDatasetGenerator \
    -Dexec.args="--out $DATA --scale ${BENCH_IMPORT_SCALE:-1}"
fi
# shellcheck source=service.sh
source bench/service.sh
start_service "$OUT/service-imports.log" -Xmx512m -Xlog:gc:file="$OUT/import-gc.log"

parts_of() { "${PSQL[@]}" -c "SELECT count(*) FROM feature_part WHERE layer_id = '$1'"; }

echo "checking $FILE ($(du -h "$FILE" | cut -f1)) through the service (dry run)"
dry_s=$(curl -s -o "$OUT/dry-run-report.json" -w '%{http_code} %{time_total}' -u gis-admin:bench-password \
  -F "file=@$FILE" -F mode=replace -F dryRun=true "http://localhost:$HTTP_PORT/api/v1/layers/property_parcels/imports")
[[ ${dry_s%% *} == 200 ]] || { echo "dry run failed: $dry_s"; head -c 600 "$OUT/dry-run-report.json"; exit 1; }
dry_s=${dry_s#* }

echo "importing $FILE ($(du -h "$FILE" | cut -f1)) through the service"
service_s=$(curl -s -o "$OUT/import-report.json" -w '%{http_code} %{time_total}' -u gis-admin:bench-password \
  -F "file=@$FILE" -F mode=replace "http://localhost:$HTTP_PORT/api/v1/layers/property_parcels/imports")
[[ ${service_s%% *} == 201 ]] || { echo "import failed: $service_s"; head -c 600 "$OUT/import-report.json"; exit 1; }
service_s=${service_s#* }
counts() { python3 -c "import json; r = json.load(open('$1')); print(r['read'], r['imported'], r['repaired'], r['rejected'], r['outsideJurisdiction'], r['retired'])"; }
report=$(counts "$OUT/import-report.json")
[[ $(counts "$OUT/dry-run-report.json") == "$report" ]] || { echo "the dry run reported otherwise"; exit 1; }
heap_before=$(sed -nE 's/.*Pause.* ([0-9]+)M->[0-9]+M\(.*/\1/p' "$OUT/import-gc.log" | sort -n | tail -1)
heap_after=$(sed -nE 's/.*Pause.* [0-9]+M->([0-9]+)M\(.*/\1/p' "$OUT/import-gc.log" | sort -n | tail -1)

echo "loading the same file with ogr2ogr"
start=$(date +%s.%N)
ogr2ogr -f PostgreSQL "PG:host=127.0.0.1 port=$BENCH_DB_PORT user=cadastre password=cadastre dbname=cadastre_bench" \
  "$FILE" -nln ogr_parcels -nlt PROMOTE_TO_MULTI -lco GEOMETRY_NAME=geom -lco SPATIAL_INDEX=GIST -overwrite \
  --config PG_USE_COPY YES
ogr_s=$(echo "$(date +%s.%N) - $start" | bc)
ogr_count=$("${PSQL[@]}" -c "SELECT count(*) FROM ogr_parcels")

# Taking the national layer away: GET /api/v1/layers/property_parcels/download as a zipped Shapefile
# and as a GeoPackage (the same 512 MiB heap), beside ogr2ogr writing the same rows and columns from
# PostGIS to the same formats (its Shapefile zipped as the service's is).
download() {  # format → "seconds bytes"
  curl -s -o "$OUT/download.$1" -w '%{time_total} %{size_download}' -u gis-admin:bench-password \
    "http://localhost:$HTTP_PORT/api/v1/layers/property_parcels/download?format=$1"
}
EXPORTED="SELECT external_id AS id, name, name_fa, agency_id AS agency, status, id AS feature_id,
  version_id AS version, properties->>'licenceId' AS licence_id, geom
  FROM feature WHERE layer_id = 'property_parcels' AND retired_in IS NULL ORDER BY id"
ogr_export() {  # driver file → seconds
  local start options=()
  [[ $1 != "ESRI Shapefile" ]] || options=(-lco ENCODING=UTF-8)
  rm -rf "$OUT/ogr-export" && mkdir -p "$OUT/ogr-export"
  start=$(date +%s.%N)
  ogr2ogr -f "$1" "$OUT/ogr-export/$2" \
    "PG:host=127.0.0.1 port=$BENCH_DB_PORT user=cadastre password=cadastre dbname=cadastre_bench" \
    -sql "$EXPORTED" -nln property_parcels "${options[@]}"
  [[ $1 != "ESRI Shapefile" ]] || (cd "$OUT/ogr-export" && zip -q -r property_parcels.zip property_parcels)
  echo "$(date +%s.%N) - $start" | bc
}
shapefile=$(download shapefile)
geopackage=$(download geopackage)
ogr_shapefile=$(ogr_export "ESRI Shapefile" property_parcels)
ogr_geopackage=$(ogr_export GPKG property_parcels.gpkg)
heap_download=$(sed -nE 's/.*Pause.* ([0-9]+)M->[0-9]+M\(.*/\1/p' "$OUT/import-gc.log" | sort -n | tail -1)

parcel_parts=$(parts_of property_parcels)
small=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -u gis-admin:bench-password \
  -F "file=@gis-data/sample/protected_areas.geojson" -F mode=replace \
  "http://localhost:$HTTP_PORT/api/v1/layers/protected_areas/imports")

# The layer catalogue with the national layer loaded, which every map page asks for when it opens:
# GET /api/v1/layers beside the query it replaced, which counted and bounded every current feature
# (pgbench), in the same run, after checking that both give the same counts.
SCAN="SELECT layer_id, count(*), ST_Extent(geom) FROM feature
  WHERE retired_in IS NULL AND (ends_at IS NULL OR ends_at > cadastre_now()) GROUP BY layer_id"
catalogue() { curl -s -u applicant1:bench-password "http://localhost:$HTTP_PORT/api/v1/layers"; }
diff <(catalogue | python3 -c "import json, sys
for l in json.load(sys.stdin):
    if l['featureCount']: print(l['id'], l['featureCount'])" | sort) \
  <("${PSQL[@]}" -F ' ' -c "SELECT layer_id, count FROM ($SCAN) AS s ORDER BY 1") \
  || { echo "the catalogue's counts differ from a scan's"; exit 1; }
urls=()
for ((i = 0; i <= 200; i++)); do urls+=(-o /dev/null "http://localhost:$HTTP_PORT/api/v1/layers"); done
curl -s -u applicant1:bench-password -w '%{time_total}\n' "${urls[@]}" | awk 'NR > 1 { print $1 * 1000 }' \
  >"$OUT/catalogue-http.ms"
echo "$SCAN;" >"$OUT/catalogue-scan.sql"
"${PGBENCH[@]}" -f "$OUT/catalogue-scan.sql" -t 21 -l --log-prefix="$OUT/catalogue-scan" >/dev/null
awk 'NR > 1 { print $3 / 1000 }' "$OUT"/catalogue-scan.*[0-9] >"$OUT/catalogue-scan.ms"
rm -f "$OUT"/catalogue-scan.*[0-9]
median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
catalogue_ms=$(median "$OUT/catalogue-http.ms")
scan_ms=$(median "$OUT/catalogue-scan.ms")

{
  echo "Import benchmark, $(date -u +%FT%TZ), $(nproc) cores"
  echo "file: $FILE ($(du -h "$FILE" | cut -f1))"
  echo "service (-Xmx512m): ${service_s}s; read imported repaired rejected outside retired = $report"
  echo "  the same file checked only (dryRun=true, the same report): ${dry_s}s"
  awk -v a="$dry_s" -v b="$service_s" 'BEGIN { printf "  dry run / import: %.2fx\n", a / b }'
  echo "  largest heap before a GC: ${heap_before:-?} MiB, after: ${heap_after:-?} MiB (limit 512 MiB)"
  echo "ogr2ogr (COPY, GiST index, no checks): ${ogr_s}s for $ogr_count features"
  awk -v a="$service_s" -v b="$ogr_s" 'BEGIN { printf "service / ogr2ogr: %.2fx\n", a / b }'
  echo "download, zipped Shapefile: service ${shapefile% *}s (${shapefile#* } bytes), ogr2ogr + zip ${ogr_shapefile}s"
  awk -v a="${shapefile% *}" -v b="$ogr_shapefile" 'BEGIN { printf "  service / ogr2ogr: %.2fx\n", a / b }'
  echo "download, GeoPackage: service ${geopackage% *}s (${geopackage#* } bytes), ogr2ogr ${ogr_geopackage}s"
  awk -v a="${geopackage% *}" -v b="$ogr_geopackage" 'BEGIN { printf "  service / ogr2ogr: %.2fx\n", a / b }'
  echo "  largest heap before a GC, import and downloads: ${heap_download:-?} MiB (limit 512 MiB)"
  echo "then protected_areas replaced (${small#* }s, HTTP ${small%% *}); property_parcels parts before/after: $parcel_parts / $(parts_of property_parcels)"
  echo "layer catalogue (GET /api/v1/layers, 200 requests): p50 ${catalogue_ms} ms; the scan it replaced (pgbench, 20): p50 ${scan_ms} ms"
  awk -v a="$catalogue_ms" -v b="$scan_ms" 'BEGIN { printf "  service / scan: %.3fx\n", a / b }'
} | tee "$OUT/imports.txt"
