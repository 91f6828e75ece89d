#!/usr/bin/env bash
# Registration benchmark: the old cadastre's register entering the service. 2 × N licences of the
# old cadastre (default N = 10,000; BENCH_LICENCES) in the licences layer, ~1 km² squares across
# central Iran (over the sample's protected areas, rangelands and parcels, so that each registration
# finds its Art. 22 and 25 consequences); a third each exploitation licences, exploration licences
# and discovery certificates, held by two applicants. The first N enter from one spreadsheet
# (POST /api/v1/licences/registrations), checked first (dryRun=true), as an officer would; the other
# N one request each (POST /api/v1/licences), by curl on one kept-alive connection, as a migration
# script calling the API would: the standard way before the file. Ratio = the file's time / the
# requests' (wall-clock, from the first request to the last answer). Beside them, the same work in
# SQL alone, in one transaction rolled back before the requests register those licences: the
# service's own overlap query (sql/overlap/find-overlaps.sql, unchanged) for each licence's area,
# the licences inserted, their features updated, their audit events appended and their holders'
# notices written; the file / SQL ratio is what the service adds to the database's own work.
# Run it with ./cadastre bench registrations, which prepares a fresh database cadastre_bench.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
: "${BENCH_DB_PORT:?run this through ./cadastre bench}"
N=${BENCH_LICENCES:-10000}
HTTP_PORT=${BENCH_HTTP_PORT:-18080}
OUT=$ROOT/target/bench
mkdir -p "$OUT"
export PGPASSWORD=cadastre
PSQL=(psql -X -q -At -h 127.0.0.1 -p "$BENCH_DB_PORT" -U cadastre -d cadastre_bench)
AUTH="Authorization: Basic $(printf 'officer:bench-password' | base64)"

cd "$ROOT"
# shellcheck source=service.sh
source bench/service.sh
start_service "$OUT/service-registrations.log" ${BENCH_JAVA_OPTS:--Xms2g -Xmx2g}

echo "adding $((2 * N)) licences of the old cadastre to the licences layer"
"${PSQL[@]}" -v n="$N" <<'SQL'
INSERT INTO feature (layer_id, external_id, name, geom)
SELECT 'licences', 'OLD-' || n, 'Old licence ' || n,
       ST_Multi(ST_MakeEnvelope(52 + (n % 200) * 0.02, 30 + (n / 200) * 0.02,
                                52.01 + (n % 200) * 0.02, 30.01 + (n / 200) * 0.02, 4326))
FROM generate_series(0, 2 * :n - 1) n;
VACUUM ANALYZE feature;
SQL

# The spreadsheet, as the old register keeps it: Solar Hijri days, Persian names of minerals.
{
  echo "externalId,holder,type,mineral,issuedOn,lastDay,termYears,reserve"
  for ((n = 0; n < N; n++)); do
    case $((n % 3)) in
      0) echo "OLD-$n,applicant$((n % 2 + 1)),EXPLOITATION,مس,1398/12/11,1408/12/10,10," ;;
      1) echo "OLD-$n,applicant$((n % 2 + 1)),EXPLORATION,copper,1403/05/01,,," ;;
      2) echo "OLD-$n,applicant$((n % 2 + 1)),DISCOVERY_CERTIFICATE,سنگ آهن,1405/06/01,1406/05/31,,\"2,000,000 t\"" ;;
    esac
  done
} >"$OUT/old-register.csv"

send_file() { # dryRun → "seconds registered" of the whole file
  curl -s -o "$OUT/registration-report.json" -w '%{time_total}' -H "$AUTH" -F file=@"$OUT/old-register.csv" \
    -F dryRun="$1" "http://localhost:$HTTP_PORT/api/v1/licences/registrations"
  echo " $(jq .registered "$OUT/registration-report.json")"
}
echo "the file of $N rows, checked, then registered"
read -r checked_s checked <<<"$(send_file true)"
read -r file_s registered <<<"$(send_file false)"
[[ $checked == "$N" && $registered == "$N" ]] \
  || { echo "the file registered $registered (checked: $checked) of $N; see $OUT/registration-report.json"; exit 1; }

echo "the same work on the other $N in SQL alone (one transaction, rolled back)"
# The service's overlap query as a function of the area, so that the database runs it once a
# licence without a round trip between them.
overlaps=$(sed -e 's/:wkb/wkb/g; s/:sliver/sliver/g' src/main/resources/sql/overlap/find-overlaps.sql)
started=$(date +%s.%N)
"${PSQL[@]}" -v n="$N" >/dev/null <<SQL
BEGIN;
CREATE FUNCTION pg_temp.overlaps(wkb bytea, sliver float8)
    RETURNS TABLE (area_m2 float8, free_geometry text, free_area_m2 float8, feature_id bigint, layer_id text,
                   external_id text, name text, name_fa text, agency text, consequences text[],
                   overlap_area_m2 float8, intersection text)
    LANGUAGE sql AS \$fn\$ $overlaps \$fn\$;
CREATE TEMP TABLE registered ON COMMIT DROP AS
SELECT f.id AS feature_id, f.external_id, f.geom, n, c.*
FROM generate_series(:n, 2 * :n - 1) n
JOIN feature f ON f.layer_id = 'licences' AND f.external_id = 'OLD-' || n AND f.retired_in IS NULL
CROSS JOIN LATERAL (
    SELECT max(o.area_m2) AS area_m2,
           coalesce(jsonb_agg(jsonb_build_object('featureId', o.feature_id, 'externalId', o.external_id, 'name', o.name,
                                                 'area_m2', o.overlap_area_m2))
                    FILTER (WHERE 'COMPENSATION' = ANY (o.consequences)), '[]') AS parcels,
           coalesce(bool_or('LEVY' = ANY (o.consequences)), false) AS levy
    FROM pg_temp.overlaps(ST_AsBinary(f.geom), 1) o) c;
WITH licence AS (
    INSERT INTO licence (holder, type, mineral, issued_at, issued_by, geom, area_m2, compensation,
                         compensation_parcels, levy, feature_id, registered_at)
    SELECT 'applicant' || (n % 2 + 1), 'EXPLORATION', 'copper', '2024-07-22', 'officer', geom, area_m2,
           parcels <> '[]', parcels, levy, feature_id, cadastre_now()
    FROM registered ORDER BY n
    RETURNING id, number, holder, feature_id
), feature AS (
    UPDATE feature f SET status = 'ACTIVE',
           properties = f.properties || jsonb_build_object('licenceId', l.id, 'holder', l.holder)
    FROM licence l WHERE f.id = l.feature_id
), notice AS (
    INSERT INTO notification (kind, recipient, about, subject_fa, body_fa, subject, body)
    SELECT 'LICENCE', 'user:' || holder, 'licence:' || id, 'پروانه ' || number, 'ثبت شد', 'Licence ' || number,
           'registered'
    FROM licence
)
SELECT audit_append(array_agg('officer'::text), array_agg('licence.register'::text), array_agg('licence:' || id),
                    array_agg(jsonb_build_object('featureId', feature_id, 'holder', holder)), array_agg(NULL::text))
FROM licence;
ROLLBACK;
SQL
sql_s=$(bc -l <<<"$(date +%s.%N) - $started")

echo "the other $N, one request each"
kinds=('"type": "EXPLOITATION", "mineral": "copper", "issuedOn": "2020-03-01", "lastDay": "2030-02-28", "termYears": 10'
  '"type": "EXPLORATION", "mineral": "copper", "issuedOn": "2024-07-22"'
  '"type": "DISCOVERY_CERTIFICATE", "mineral": "iron_ore", "issuedOn": "2026-08-23", "lastDay": "2027-08-22", "reserve": "2,000,000 t"')
for ((n = N; n < 2 * N; n++)); do
  body="{\"externalId\": \"OLD-$n\", \"holder\": \"applicant$((n % 2 + 1))\", ${kinds[n % 3]}}"
  ((n == N)) || echo next
  printf 'url = "http://localhost:%s/api/v1/licences"\nuser = "officer:bench-password"\n' "$HTTP_PORT"
  printf 'header = "Content-Type: application/json"\noutput = "/dev/null"\n'
  printf 'write-out = "%%{http_code} %%{time_total}\\n"\ndata = "%s"\n' "${body//\"/\\\"}"
done >"$OUT/registrations.curl"
started=$(date +%s.%N)
curl -s -K "$OUT/registrations.curl" >"$OUT/registrations.ms"
single_s=$(bc -l <<<"$(date +%s.%N) - $started")
answers=$(awk '{ print $1 }' "$OUT/registrations.ms" | sort | uniq -c | awk '{ printf "%s × %s  ", $2, $1 }')
percentile() { awk '{ print $2 * 1000 }' "$OUT/registrations.ms" | sort -n \
  | awk -v p="$1" '{ v[NR] = $1 } END { i = int((p / 100) * NR + 0.999999); print v[i] }'; }
in_register=$("${PSQL[@]}" -c "
  SELECT count(*) FROM licence l JOIN feature f ON f.id = l.feature_id WHERE f.external_id LIKE 'OLD-%'")
[[ $in_register == $((2 * N)) ]] || { echo "$in_register licences registered, not $((2 * N))"; exit 1; }

{
  echo "Registration benchmark, $(date -u +%FT%TZ), $(nproc) cores, $N licences each way"
  printf '%-52s %9.2f s %8.2f ms a licence\n' "the file, checked only (dryRun=true)" "$checked_s" \
    "$(bc -l <<<"1000 * $checked_s / $N")"
  printf '%-52s %9.2f s %8.2f ms a licence\n' "the file, registered" "$file_s" "$(bc -l <<<"1000 * $file_s / $N")"
  printf '%-52s %9.2f s %8.2f ms a licence\n' "the same work in SQL alone (one transaction)" "$sql_s" \
    "$(bc -l <<<"1000 * $sql_s / $N")"
  printf '%-52s %9.2f s %8.2f ms a licence\n' "one request a licence (curl, one connection)" "$single_s" \
    "$(bc -l <<<"1000 * $single_s / $N")"
  echo "  answers: $answers p50 $(percentile 50) ms, p95 $(percentile 95) ms"
  printf 'file / one request a licence: %.2fx\n' "$(bc -l <<<"$file_s / $single_s")"
  printf 'file / SQL alone: %.2fx\n' "$(bc -l <<<"$file_s / $sql_s")"
} | tee "$OUT/registrations.txt"
