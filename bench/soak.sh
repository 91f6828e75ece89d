#!/usr/bin/env bash
# Soak run: every kind of user at once for some minutes (bench/Soak.java: four applicants, the
# three agencies' reviewers, the officer, a map reader, the GIS administrator), then what the
# database must hold however their requests interleaved:
#   - no two claims (pending applications, licences in force) share interior;
#   - the audit trail is unbroken, and every application has the event of its submission;
#   - a pending application is in the applications layer, and nothing else is;
#   - a granted application has its licence, and no other has one;
#   - no inquiry is still open on an application withdrawn or decided;
#   - where two applications' areas meet, the earlier receipt has the earlier time (disjoint
#     ones, which never wait for each other, may take their numbers and times a few
#     microseconds apart in either order).
# It fails on any of those, on any answer of 500 or more, and on any error in the service's log.
# Run it with ./cadastre bench soak, which prepares a fresh database cadastre_bench.
#
#   SOAK_MINUTES  how long the users work (default 10)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
: "${BENCH_DB_PORT:?run this through ./cadastre bench soak}"
MINUTES=${SOAK_MINUTES:-10}
HTTP_PORT=${BENCH_HTTP_PORT:-18080}
OUT=$ROOT/target/bench
mkdir -p "$OUT"
export PGPASSWORD=cadastre
PSQL=(psql -X -q -At -h 127.0.0.1 -p "$BENCH_DB_PORT" -U cadastre -d cadastre_bench)

cd "$ROOT"
# shellcheck source=service.sh
source bench/service.sh
start_service "$OUT/service-soak.log" -Xms1g -Xmx1g
"${PSQL[@]}" -f bench/rings.sql >"$OUT/rings.txt"

# Each check: a name, then a query that counts what breaks it.
CHECKS=(
  "claims sharing interior" "
    SELECT count(*) FROM feature a JOIN feature b ON a.id < b.id
    WHERE a.layer_id IN ('applications', 'licences') AND b.layer_id IN ('applications', 'licences')
      AND a.retired_in IS NULL AND b.retired_in IS NULL
      AND (a.ends_at IS NULL OR a.ends_at > now()) AND (b.ends_at IS NULL OR b.ends_at > now())
      AND a.geom && b.geom AND ST_Area(ST_Intersection(a.geom, b.geom)::geography) > 1"
  "breaks in the audit trail" "SELECT count(*) FROM audit_breaks()"
  "applications without their submission's event" "
    SELECT count(*) FROM application a WHERE NOT EXISTS (
        SELECT 1 FROM audit_event e WHERE e.subject = 'application:' || a.id AND e.action = 'application.submit')"
  "applications in the layer that should not be, or missing from it" "
    SELECT count(*) FROM application a
    WHERE (a.status IN ('SUBMITTED', 'UNDER_CONSULTATION', 'READY_FOR_DECISION'))
       <> EXISTS (SELECT 1 FROM feature f WHERE f.layer_id = 'applications' AND f.retired_in IS NULL
                  AND f.properties ->> 'applicationId' = a.id::text)"
  "licences that do not follow a grant" "
    SELECT count(*) FROM application a
    WHERE (a.status = 'GRANTED') <> EXISTS (SELECT 1 FROM licence l WHERE l.application_id = a.id)"
  "inquiries open on applications withdrawn or decided" "
    SELECT count(*) FROM inquiry i JOIN application a ON a.id = i.application_id
    WHERE i.status = 'OPEN' AND a.status IN ('WITHDRAWN', 'GRANTED', 'REJECTED')"
  "applications whose stored grantable area is not what is left after the refused parts" "
    SELECT count(*) FROM application a
    WHERE abs(coalesce(a.grantable_area_m2, a.area_m2) - CASE WHEN EXISTS (
              SELECT 1 FROM inquiry i WHERE i.application_id = a.id AND i.refused_geom IS NOT NULL)
          THEN ST_Area(grantable_area(a.id)::geography) ELSE a.area_m2 END) > 1e-6"
  "applications whose areas meet, with receipts out of the order of their times" "
    SELECT count(*) FROM application a JOIN application b ON a.receipt < b.receipt
    WHERE a.geom && b.geom AND ST_Intersects(a.geom, b.geom) AND a.received_at > b.received_at"
)

checks() { # → one line per check, "count name"
  local i
  for ((i = 0; i < ${#CHECKS[@]}; i += 2)); do
    echo "$("${PSQL[@]}" -c "${CHECKS[i + 1]}") ${CHECKS[i]}"
  done
}

before=$(checks)
if grep -qv '^0 ' <<<"$before"; then echo "the sample data already breaks a check:"; echo "$before"; exit 1; fi
rss() { ps -o rss= -p "$service" | awk '{ printf "%.0f MB", $1 / 1024 }'; }
start_rss=$(rss)

{
  echo "Soak run, $(date -u +%FT%TZ), $(nproc) cores, $MINUTES minutes"
  status=0
  java bench/Soak.java "http://localhost:$HTTP_PORT" "$MINUTES" "$OUT/rings.txt" bench-password \
    -h 127.0.0.1 -p "$BENCH_DB_PORT" -U cadastre -d cadastre_bench || status=1
  echo
  echo "service memory (resident): $start_rss at the start, $(rss) at the end"
  "${PSQL[@]}" -F ' ' -c "SELECT 'applications by state:', string_agg(status || ' ' || n, ', ' ORDER BY status)
                          FROM (SELECT status, count(*) n FROM application GROUP BY 1) s"
  "${PSQL[@]}" -F ' ' -c "SELECT 'inquiries by state:', string_agg(status || ' ' || n, ', ' ORDER BY status)
                          FROM (SELECT status, count(*) n FROM inquiry GROUP BY 1) s"
  echo
  after=$(checks)
  echo "$after"
  grep -qv '^0 ' <<<"$after" && status=1
  errors=$(grep -c ' ERROR ' "$OUT/service-soak.log" || true)
  echo "$errors errors in the service's log"
  [[ $errors == 0 ]] || { grep -m 5 -A 3 ' ERROR ' "$OUT/service-soak.log"; status=1; }
  echo
  [[ $status == 0 ]] && echo "soak passed" || echo "SOAK FAILED"
  exit $status
} | tee "$OUT/soak.txt"
