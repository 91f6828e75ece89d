#!/usr/bin/env bash
# Decree and figures benchmark: the Article 24 work that reaches every inquiry in the country.
# Adds 250,000 applications received over two years, each asking four agencies (1,000,000
# inquiries: answered, deemed or, for the 5,000 of the last three months, open: 20,000 windows);
# then, BENCH_ROUNDS times (default 3), the two taking turns so that the machine's slow spells
# fall on both alike:
#   - a decree extending by a day every open window of the region that holds them all
#     (POST /api/v1/decrees), beside the same work in SQL alone in one transaction rolled back:
#     the applications locked, the windows moved, a decree row, two notices a window (to the
#     agency and to the applicant) and an audit event a window and one for the decree;
#   - the agencies' figures of all time as the officer reads them (GET /api/v1/inquiries/by-agency),
#     beside the service's statement run by psql (timed by the server, \timing), once the months
#     whose windows have all closed are kept as the sweeping job keeps them (V47), and beside the
#     same answer counted from every inquiry, as the figures were before.
# Prints each one's times, median and the ratios service / SQL.
# Run it with ./cadastre bench decrees, which prepares a fresh database cadastre_bench.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
: "${BENCH_DB_PORT:?run this through ./cadastre bench}"
ROUNDS=${BENCH_ROUNDS:-3}
HTTP_PORT=${BENCH_HTTP_PORT:-18080}
OUT=$ROOT/target/bench
mkdir -p "$OUT"
export PGPASSWORD=cadastre
PSQL=(psql -X -q -At -h 127.0.0.1 -p "$BENCH_DB_PORT" -U cadastre -d cadastre_bench -v ON_ERROR_STOP=1)

cd "$ROOT"
# shellcheck source=service.sh
source bench/service.sh
start_service "$OUT/service-decrees.log" ${BENCH_JAVA_OPTS:--Xms2g -Xmx2g}

echo "adding 250,000 applications and 1,000,000 inquiries, 20,000 of them open"
"${PSQL[@]}" <<'SQL'
INSERT INTO application (receipt, received_at, status, type, mineral, applicant, geom, area_m2, requested_area_m2,
                         trimmed, overlap_report, consulted_agencies, compensation, levy)
SELECT nextval('application_receipt'),
       CASE WHEN n >= 245000 THEN now() - INTERVAL '90 days' + (n - 245000) * INTERVAL '25 minutes'
            ELSE now() - INTERVAL '2 years' + n * INTERVAL '2 minutes' END,
       CASE WHEN n >= 245000 THEN 'UNDER_CONSULTATION' ELSE 'READY_FOR_DECISION' END,
       'EXPLORATION', 'copper', 'applicant1',
       ST_Multi(ST_MakeEnvelope(54 + (n % 600) * 0.0015, 31 + (n / 600) * 0.0015,
                                54.001 + (n % 600) * 0.0015, 31.001 + (n / 600) * 0.0015, 4326)),
       10000, 10000, false, '{"overlaps": []}', ARRAY['doe', 'frwo', 'agriculture', 'heritage'], false, false
FROM generate_series(0, 249999) n;
INSERT INTO inquiry (application_id, agency_id, status, notified_at, rule_id, deadline, last_day, last_day_solar_hijri,
                     agency_overlaps, answered_at, deemed_at)
SELECT a.id, g.agency, s.status, a.received_at, (SELECT min(id) FROM legal_rule), a.received_at + INTERVAL '4 months',
       (a.received_at + INTERVAL '4 months')::date, '1404-01-01', '[]',
       CASE WHEN s.status IN ('CONSENTED', 'OBJECTED') THEN a.received_at + (a.receipt % 90) * INTERVAL '1 day' END,
       CASE WHEN s.status = 'DEEMED_CONSENT' THEN a.received_at + INTERVAL '4 months' END
FROM application a CROSS JOIN unnest(ARRAY['doe', 'frwo', 'agriculture', 'heritage']) g (agency)
CROSS JOIN LATERAL (SELECT CASE WHEN a.status = 'UNDER_CONSULTATION' THEN 'OPEN'
                                ELSE (ARRAY['CONSENTED', 'OBJECTED', 'DEEMED_CONSENT', 'CONSENTED'])[a.receipt % 4 + 1]
                           END AS status) s;
SET client_min_messages TO error;
VACUUM ANALYZE application, inquiry;
SQL
REGION='{"type": "Polygon", "coordinates": [[[53.9, 30.9], [55.1, 30.9], [55.1, 31.8], [53.9, 31.8], [53.9, 30.9]]]}'
REGION_WKT='POLYGON((53.9 30.9, 55.1 30.9, 55.1 31.8, 53.9 31.8, 53.9 30.9))'
open=$("${PSQL[@]}" -c "SELECT count(*) FROM inquiry i JOIN application a ON a.id = i.application_id
  WHERE inquiry_status(i) = 'OPEN' AND ST_Intersects(a.geom, ST_GeomFromText('$REGION_WKT', 4326))")
open_all=$("${PSQL[@]}" -c "SELECT count(*) FROM inquiry i WHERE inquiry_status(i) = 'OPEN'")
# The decree's work in SQL alone: what Decrees and DecreedWindows write, in one transaction.
DECREE_SQL="BEGIN;
CREATE TEMP TABLE locked ON COMMIT DROP AS
SELECT a.id FROM application a
WHERE EXISTS (SELECT 1 FROM inquiry i WHERE i.application_id = a.id AND i.status = 'OPEN')
  AND ST_Intersects(a.geom, ST_GeomFromText('$REGION_WKT', 4326))
ORDER BY a.id FOR UPDATE OF a;
CREATE TEMP TABLE moved (id uuid, agency_id text, application_id uuid, receipt bigint, applicant text,
                         last_day date) ON COMMIT DROP;
WITH w AS (
    SELECT i.id, i.agency_id, a.id AS application_id, a.receipt, a.applicant, i.last_day
    FROM inquiry i JOIN application a ON a.id = i.application_id JOIN agency g ON g.id = i.agency_id
    WHERE a.id IN (SELECT id FROM locked) AND inquiry_status(i) = 'OPEN'
), m AS (
UPDATE inquiry i SET deadline = ((w.last_day + 2)::timestamp AT TIME ZONE 'Asia/Tehran'), last_day = w.last_day + 1,
       last_day_solar_hijri = '1405-01-01', warned_at = NULL
FROM w WHERE i.id = w.id
RETURNING i.id, w.agency_id, w.application_id, w.receipt, w.applicant, i.last_day
)
INSERT INTO moved SELECT * FROM m;
INSERT INTO decree (action, days, region, reason, reference, issued_by, issued_at, affected)
SELECT 'EXTEND', 1, ST_Multi(ST_GeomFromText('$REGION_WKT', 4326)), 'bench', 'bench', 'officer', cadastre_now(), count(*) FROM moved;
INSERT INTO notification (kind, recipient, about, subject_fa, body_fa, subject, body)
SELECT 'DECREE', r.recipient, r.about, 'تمدید مهلت استعلام ' || m.receipt, 'مهلت تا ' || m.last_day || ' تمدید شد',
       'Inquiry window extended: application ' || m.receipt, 'The window now closes at the end of ' || m.last_day
FROM moved m CROSS JOIN LATERAL (VALUES ('agency:' || m.agency_id, 'inquiry:' || m.id),
                                        ('user:' || m.applicant, 'application:' || m.application_id)) r (recipient, about);
SELECT audit_append(array_agg('officer'::text), array_agg('inquiry.extend'::text), array_agg('inquiry:' || id),
                    array_agg(jsonb_build_object('previousLastDay', last_day - 1, 'deadlineSolarHijri', '1405-01-01',
                                                 'decree', 1, 'reference', 'bench')),
                    array_agg(NULL::text))
FROM moved;
ROLLBACK;"
# The service's statement for the figures of all time (as the officer reads them, without JIT, as
# the service runs it), and the same answer counted from every inquiry, as it was before V47.
FIGURES_SQL="$(sed '/^--/d; s/%1\$s/ WHERE true /g; s/:warningDays/14/; s/CAST(:days AS int)/CAST(NULL AS int)/g; s/CAST(:from AS date)/CAST(NULL AS date)/; s/CAST(:to AS date)/CAST(NULL AS date)/' \
  src/main/resources/sql/inquiry/agency-figures.sql)"
EVERY_INQUIRY_SQL="SELECT i.agency_id, count(*) FILTER (WHERE s.status = 'OPEN'),
  count(*) FILTER (WHERE s.status = 'OPEN' AND i.paused_at IS NULL AND days_left(i.last_day) <= 14),
  count(*) FILTER (WHERE s.status = 'CONSENTED'), count(*) FILTER (WHERE s.status = 'OBJECTED'),
  count(*) FILTER (WHERE s.status = 'PARTIALLY_OBJECTED'), count(*) FILTER (WHERE s.status = 'DEEMED_CONSENT'),
  count(*) FILTER (WHERE s.status = 'WITHDRAWN'),
  percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM i.answered_at - i.notified_at) / 86400)
  FROM inquiry i CROSS JOIN LATERAL (SELECT inquiry_status(i.status, i.paused_at, i.deadline) AS status) s
  GROUP BY i.agency_id ORDER BY i.agency_id"
# The months whose windows have all closed, kept as the sweeping job keeps them (V47).
echo "keeping $("${PSQL[@]}" -c "SELECT keep_settled_inquiry_months(cadastre_now(), 1000)") settled months"

: >"$OUT/decrees.times"
for ((r = 1; r <= ROUNDS; r++)); do
  answer=$(curl -s -o "$OUT/decree.json" -w '%{http_code} %{time_total}' -u officer:bench-password \
    -H 'Content-Type: application/json' "http://localhost:$HTTP_PORT/api/v1/decrees" \
    -d "{\"action\": \"EXTEND\", \"days\": 1, \"reason\": \"bench\", \"reference\": \"bench-$r\", \"region\": $REGION}")
  [[ ${answer%% *} == 201 && $(jq .affected "$OUT/decree.json") == "$open" ]] \
    || { echo "the decree answered $answer: $(cat "$OUT/decree.json")"; exit 1; }
  echo "decree-service ${answer#* }" >>"$OUT/decrees.times"
  started=$(date +%s.%N)
  "${PSQL[@]}" -c "$DECREE_SQL" >/dev/null
  echo "decree-sql $(bc -l <<<"$(date +%s.%N) - $started")" >>"$OUT/decrees.times"
  echo "figures-service $(curl -s -o "$OUT/figures.json" -w '%{time_total}' -u officer:bench-password \
    "http://localhost:$HTTP_PORT/api/v1/inquiries/by-agency")" >>"$OUT/decrees.times"
  sql_ms=$("${PSQL[@]}" -c 'SET jit = off' -c '\timing on' -c "$FIGURES_SQL" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p')
  echo "figures-sql $(bc -l <<<"$sql_ms / 1000")" >>"$OUT/decrees.times"
  sql_ms=$("${PSQL[@]}" -c '\timing on' -c "$EVERY_INQUIRY_SQL" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p')
  echo "figures-every-inquiry $(bc -l <<<"$sql_ms / 1000")" >>"$OUT/decrees.times"
done
[[ $(jq 'map(.open) | add' "$OUT/figures.json") == "$open_all" ]] || { echo "the figures count other open windows"; exit 1; }

median() { awk -v k="$1" '$1 == k { print $2 }' "$OUT/decrees.times" | sort -n \
  | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
{
  echo "Decree and figures benchmark, $(date -u +%FT%TZ), $(nproc) cores, $("${PSQL[@]}" -c "SELECT count(*) FROM inquiry") inquiries, $open windows open in the region, $ROUNDS rounds"
  for k in decree-service decree-sql figures-service figures-sql figures-every-inquiry; do
    printf '%-18s median %7.2f s   (%s)\n' "$k" "$(median $k)" \
      "$(awk -v k="$k" '$1 == k { printf "%.2f ", $2 }' "$OUT/decrees.times")"
  done
  printf 'decree: service / SQL %.2fx;  figures of all time: service / SQL %.2fx, / every inquiry counted %.2fx\n' \
    "$(bc -l <<<"$(median decree-service) / $(median decree-sql)")" \
    "$(bc -l <<<"$(median figures-service) / $(median figures-sql)")" \
    "$(bc -l <<<"$(median figures-service) / $(median figures-every-inquiry)")"
} | tee "$OUT/decrees.txt"
