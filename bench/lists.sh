#!/usr/bin/env bash
# List benchmark: the officers', reviewers' and applicants' lists on a national-scale database
# (300,000 applications received over seven months, half of them pending, a quarter granted with
# their licences, every third with an inquiry of the Department of Environment, open or deemed
# consent by now, each with the notice its agency was sent, none of them seen; two thousand of those
# with an inquiry, the first ones and those whose window closes first from today, carry the overlap
# report of a real 28 km² area across the sample's largest protected area, 67 KB, and their
# inquiries its overlaps), through the service,
# beside the same SQL run directly, in the same run: for a page
# of applications or inquiries the service's whole statement (the page's ids in the list's order, then
# the view's columns), for licences the raw query that chooses the page's ids. The raw queries mirror
# the ones in Applications and InquiryReader; the benchmark stops if their ids differ from the
# service's.
# Run it with ./cadastre bench lists, which prepares a fresh database cadastre_bench.
#
#   BENCH_REQUESTS  measured requests per series (default 30; the first, which opens the
#                   connection, is not counted)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
: "${BENCH_DB_PORT:?run this through ./cadastre bench}"
N=${BENCH_REQUESTS:-30}
HTTP_PORT=${BENCH_HTTP_PORT:-18080}
OUT=$ROOT/target/bench
mkdir -p "$OUT"
export PGPASSWORD=cadastre
PSQL=(psql -X -q -At -h 127.0.0.1 -p "$BENCH_DB_PORT" -U cadastre -d cadastre_bench)
# warningDays: the inquiry view's parameter, as the service binds it (cadastre.inquiries.warning-days).
PGBENCH=(pgbench -n -M prepared -D warningDays=14 -h 127.0.0.1 -p "$BENCH_DB_PORT" -U cadastre cadastre_bench)

cd "$ROOT"
# shellcheck source=service.sh
source bench/service.sh
start_service "$OUT/service-lists.log" -Xms2g -Xmx2g

# A real overlap report: an area of radius 3 km round a vertex of the largest protected area,
# submitted, its report kept, withdrawn.
area=$("${PSQL[@]}" -c "
  WITH ring AS (SELECT ST_ExteriorRing(ST_GeometryN(geom, 1)) AS r FROM feature WHERE layer_id = 'protected_areas'
                ORDER BY ST_NPoints(geom) DESC LIMIT 1)
  SELECT ST_AsGeoJSON(ST_Buffer(ST_PointN(r, ST_NPoints(r) / 3)::geography, 3000, 5)::geometry, 7) FROM ring")
real=$(curl -sf -u applicant1:bench-password -H 'Content-Type: application/json' \
  -d "{\"type\": \"EXPLORATION\", \"mineral\": \"copper\", \"geometry\": $area}" \
  "http://localhost:$HTTP_PORT/api/v1/applications" | jq -r .id)
curl -sf -o /dev/null -u applicant1:bench-password -X POST "http://localhost:$HTTP_PORT/api/v1/applications/$real/withdrawal"

echo "adding 300,000 applications, 100,000 inquiries and 75,000 licences"
"${PSQL[@]}" -v real="$real" <<'SQL'
INSERT INTO application (receipt, received_at, status, type, mineral, applicant, geom, area_m2, requested_area_m2,
                         trimmed, overlap_report, consulted_agencies, compensation, levy, withdrawn_at, decision,
                         decided_at, decided_by)
SELECT nextval('application_receipt'), TIMESTAMPTZ '2026-05-01 08:00Z' + n * INTERVAL '1 minute', s.status,
       'EXPLORATION', 'copper', CASE WHEN n % 30000 = 0 THEN 'applicant2' ELSE 'applicant1' END,
       ST_Multi(ST_MakeEnvelope(54 + (n % 600) * 0.0015, 31 + (n / 600) * 0.0015,
                                54.001 + (n % 600) * 0.0015, 31.001 + (n / 600) * 0.0015, 4326)),
       10000, 10000, false,
       CASE WHEN n % 3 = 0 AND (n < 3000 OR n - open.first BETWEEN 0 AND 2999)
            THEN (SELECT overlap_report FROM application WHERE id = :'real') ELSE '{"overlaps": []}' END,
       CASE WHEN n % 3 = 0 THEN ARRAY['doe'] ELSE ARRAY[]::text[] END, false, false,
       CASE WHEN s.status = 'WITHDRAWN' THEN TIMESTAMPTZ '2025-09-01 08:00Z' END,
       CASE WHEN s.status = 'GRANTED' THEN 'GRANT' END,
       CASE WHEN s.status = 'GRANTED' THEN TIMESTAMPTZ '2025-09-01 08:00Z' END,
       CASE WHEN s.status = 'GRANTED' THEN 'officer' END
FROM generate_series(0, 299999) n,
     LATERAL (SELECT (ARRAY['UNDER_CONSULTATION', 'READY_FOR_DECISION', 'WITHDRAWN', 'GRANTED'])[n % 4 + 1] AS status) s,
     -- the first application whose inquiry's window is still open today
     (SELECT ceil(extract(epoch FROM now() - INTERVAL '4 months' - TIMESTAMPTZ '2026-05-01 08:00Z') / 60) AS first) open;
INSERT INTO inquiry (application_id, agency_id, notified_at, rule_id, deadline, last_day, last_day_solar_hijri,
                     agency_overlaps)
SELECT a.id, 'doe', a.received_at, (SELECT min(id) FROM legal_rule), a.received_at + INTERVAL '4 months',
       (a.received_at + INTERVAL '4 months')::date, '1404-01-01',
       CASE WHEN a.overlap_report = '{"overlaps": []}' THEN '[]'
            ELSE (SELECT agency_overlaps FROM inquiry WHERE application_id = :'real') END
FROM application a WHERE 'doe' = ANY (a.consulted_agencies) AND a.id <> :'real';
INSERT INTO licence (application_id, holder, type, mineral, issued_at, issued_by, geom, area_m2, compensation,
                     compensation_parcels, levy)
SELECT a.id, a.applicant, a.type, a.mineral, a.decided_at, a.decided_by, a.geom, a.area_m2, false, '[]', false
FROM application a WHERE a.status = 'GRANTED' ORDER BY a.receipt;
INSERT INTO notification (kind, recipient, subject_fa, body_fa, subject, body, created_at)
SELECT 'INQUIRY_OPENED', 'agency:' || i.agency_id, 'استعلام تازهٔ مادهٔ ۲۴: درخواست ' || a.receipt,
       repeat('متن اعلان ', 30), 'New Article 24 inquiry: application ' || a.receipt, repeat('notice text ', 30),
       i.notified_at
FROM inquiry i JOIN application a ON a.id = i.application_id ORDER BY i.notified_at;
SET client_min_messages TO error;
VACUUM ANALYZE application, inquiry, licence, notification;
SQL

# The raw queries: the ids of a page, in the list's order (Applications.PAGE, InquiryReader.PAGE).
APPLICATIONS_PAGE="SELECT a.id FROM application a
  ORDER BY CASE WHEN a.status IN ('SUBMITTED', 'UNDER_CONSULTATION', 'READY_FOR_DECISION') THEN a.receipt END
           NULLS LAST, a.receipt DESC"
# An application's state as of now, by which lists filter and count (Applications.STATUS_NOW).
WINDOWS_CLOSED="(SELECT c.application_id FROM inquiry c
  WHERE c.status = 'OPEN' AND c.paused_at IS NULL AND c.deadline <= (SELECT cadastre_now())
    AND NOT EXISTS (SELECT 1 FROM inquiry i WHERE i.application_id = c.application_id
                    AND inquiry_status(i.status, i.paused_at, i.deadline) = 'OPEN'))"
STATUS_NOW="CASE WHEN a.status = 'UNDER_CONSULTATION' AND a.id IN $WINDOWS_CLOSED
  THEN 'READY_FOR_DECISION' ELSE a.status END"
# Without a pending state in the filter, the list's order is the receipt's alone.
DECIDED_PAGE="SELECT a.id FROM application a WHERE $STATUS_NOW = ANY ('{GRANTED,REJECTED}') ORDER BY a.receipt DESC"
READY_PAGE="SELECT a.id FROM application a WHERE $STATUS_NOW = ANY ('{READY_FOR_DECISION}')
  ORDER BY CASE WHEN a.status IN ('SUBMITTED', 'UNDER_CONSULTATION', 'READY_FOR_DECISION') THEN a.receipt END
           NULLS LAST, a.receipt DESC"
# The inquiries in two parts, each in an index's order: the open ones, then the rest (inquiry-page.sql).
INQUIRIES_PAGE="SELECT id FROM (
    (SELECT i.id, 0 AS part, i.deadline FROM inquiry i WHERE i.agency_id = 'doe' AND i.status = 'OPEN'
       AND inquiry_status(i.status, i.paused_at, i.deadline) = 'OPEN' ORDER BY i.deadline, i.id LIMIT 100)
    UNION ALL
    (SELECT i.id, 1 AS part, i.deadline FROM inquiry i WHERE i.agency_id = 'doe'
       AND inquiry_status(i.status, i.paused_at, i.deadline) <> 'OPEN' ORDER BY i.deadline DESC, i.id DESC LIMIT 100)
  ) parts ORDER BY part, CASE part WHEN 0 THEN deadline END, CASE part WHEN 0 THEN id END, deadline DESC, id DESC"
# A tab of open ones only, or of closed ones only, reads one of the parts.
OPEN_PAGE="SELECT i.id FROM inquiry i WHERE i.agency_id = 'doe' AND i.status = 'OPEN'
  AND inquiry_status(i) = ANY ('{OPEN}') ORDER BY i.deadline, i.id"
DEEMED_PAGE="SELECT i.id FROM inquiry i WHERE i.agency_id = 'doe'
  AND inquiry_status(i) = ANY ('{DEEMED_CONSENT}') ORDER BY i.deadline DESC, i.id DESC"
# A reviewer's notices (Inbox): the newest 20 of its own and its agency's, and the unread ones
# counted up to 1,000. chr(58) is the colon, which pgbench would read as a variable.
NOTICES_PAGE="SELECT id FROM notification WHERE recipient IN ('user' || chr(58) || 'doe-reviewer',
  'agency' || chr(58) || 'doe') ORDER BY id DESC LIMIT 20"
NOTICES="WITH mine AS (
    (SELECT id, kind, created_at, subject, body, subject_fa, body_fa FROM notification
     WHERE recipient = 'user' || chr(58) || 'doe-reviewer' AND id < 9223372036854775807 ORDER BY id DESC LIMIT 20)
    UNION ALL
    (SELECT id, kind, created_at, subject, body, subject_fa, body_fa FROM notification
     WHERE recipient = 'agency' || chr(58) || 'doe' AND id < 9223372036854775807 ORDER BY id DESC LIMIT 20)
  ),
  reader AS (SELECT notices_seen, language FROM app_user WHERE username = 'doe-reviewer')
  SELECT m.id, m.kind, m.created_at, m.id > r.notices_seen AS unread,
         CASE r.language WHEN 'en' THEN m.subject ELSE m.subject_fa END AS subject,
         CASE r.language WHEN 'en' THEN m.body ELSE m.body_fa END AS body
  FROM mine m, reader r ORDER BY m.id DESC LIMIT 20;
  SELECT least(1000,
      (SELECT count(*) FROM (SELECT FROM notification WHERE recipient = 'user' || chr(58) || 'doe-reviewer'
                             AND id > u.notices_seen LIMIT 1000) mine)
    + (SELECT count(*) FROM (SELECT FROM notification WHERE recipient = 'agency' || chr(58) || 'doe'
                             AND id > u.notices_seen LIMIT 1000) agencys))
  FROM app_user u WHERE u.username = 'doe-reviewer'"

http_series() { # user path → one latency in ms per line; the first request is left out
  local urls=() i
  for ((i = 0; i <= N; i++)); do urls+=(-o /dev/null "http://localhost:$HTTP_PORT$2"); done
  curl -s -u "$1:bench-password" -w '%{http_code} %{time_total}\n' "${urls[@]}" \
    | awk '$1 != 200 { print "HTTP " $1 > "/dev/stderr"; exit 1 } NR > 1 { printf "%.3f\n", $2 * 1000 }'
}
sql_series() { # sql → one latency in ms per line
  local dir; dir=$(mktemp -d)
  echo "$1;" >"$dir/query.sql"
  "${PGBENCH[@]}" -f "$dir/query.sql" -t $((N + 1)) -l --log-prefix="$dir/log" >/dev/null
  awk 'NR > 1 { printf "%.3f\n", $3 / 1000 }' "$dir"/log*
  rm -rf "$dir"
}
percentile() { # p, latencies on stdin
  sort -n | awk -v p="$1" '{ v[NR] = $1 } END { i = int((p / 100) * NR + 0.999999); if (i < 1) i = 1; print v[i] }'
}
same_ids() { # user path sql: the service's page holds the raw query's ids, in order
  diff <(curl -s -u "$1:bench-password" "http://localhost:$HTTP_PORT$2" | jq -r 'if type == "array" then . else .items end | .[].id') \
    <("${PSQL[@]}" -c "$3") >/dev/null || { echo "the raw query for $2 no longer chooses the service's page"; exit 1; }
}
# The whole statement the service runs for a page of applications or inquiries: the view's columns
# (the SQL files the service reads) of the page's ids, chosen by the raw query given.
APPLICATION_VIEW=$(cat src/main/resources/sql/application/application-view.sql)
INQUIRY_VIEW=$(cat src/main/resources/sql/inquiry/inquiry-view.sql)
applications_page() { # ids sql, summary (true or false; false when not given)
  echo "${APPLICATION_VIEW//:summary/${2:-false}} FROM unnest(ARRAY($1)) WITH ORDINALITY AS page (id, n)
    JOIN application a ON a.id = page.id ORDER BY page.n"
}
inquiries_page() { # ids sql, summary (true or false; false when not given)
  echo "${INQUIRY_VIEW//:summary/${2:-false}} FROM unnest(ARRAY($1)) WITH ORDINALITY AS page (id, n)
    JOIN inquiry i ON i.id = page.id JOIN application a ON a.id = i.application_id ORDER BY page.n"
}
row() { # label user path [ids sql [timed sql]] → a line of the table
  local http sql h50 h95 s50 s95 bytes
  http=$(http_series "$2" "$3")
  h50=$(percentile 50 <<<"$http") h95=$(percentile 95 <<<"$http")
  bytes=$(curl -s -o /dev/null -u "$2:bench-password" -w '%{size_download}' "http://localhost:$HTTP_PORT$3")
  if [[ -n ${4:-} ]]; then
    # Counts have no ids to compare.
    [[ $3 == */counts ]] || same_ids "$2" "$3" "$4"
    sql=$(sql_series "${5:-$4}")
    s50=$(percentile 50 <<<"$sql") s95=$(percentile 95 <<<"$sql")
    printf '%-52s %9s %9s %9s %9s %8.1fx %11s\n' "$1" "$h50" "$h95" "$s50" "$s95" "$(awk -v a="$h50" -v b="$s50" 'BEGIN { print a / b }')" "$bytes"
  else
    printf '%-52s %9s %9s %9s %9s %9s %11s\n' "$1" "$h50" "$h95" - - - "$bytes"
  fi
}

# The spreadsheets' rows as psql's COPY writes them, in the sheets' order (ApplicationSheet, InquirySheet).
SHEETS=5
APPLICATIONS_SHEET="SELECT a.receipt, a.received_at, $STATUS_NOW, a.type, a.mineral, a.applicant, a.area_m2,
  a.requested_area_m2, a.trimmed, a.consulted_agencies, a.compensation, a.levy, a.decision, a.decision_reason,
  a.decided_at, a.decided_by, l.number, a.withdrawn_at
  FROM application a LEFT JOIN licence l ON l.application_id = a.id
  ORDER BY CASE WHEN a.status IN ('SUBMITTED', 'UNDER_CONSULTATION', 'READY_FOR_DECISION') THEN a.receipt END
           NULLS LAST, a.receipt DESC"
INQUIRIES_SHEET="SELECT a.receipt, a.applicant, a.mineral, i.agency_id, i.status, i.notified_at, i.deadline,
  i.last_day_solar_hijri, i.last_day, i.paused_at, i.answered_at, i.answered_by, i.reason, i.refused_geom IS NOT NULL
  FROM inquiry i JOIN application a ON a.id = i.application_id WHERE i.agency_id = 'doe'
  ORDER BY CASE WHEN i.status = 'OPEN' THEN i.deadline END NULLS LAST, i.deadline DESC, i.id DESC"
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
sheet() { # label user path sql → a line: the service's and COPY's median seconds, their ratio, bytes
  local service copy bytes i start
  service=$(for ((i = 0; i < SHEETS; i++)); do
    curl -s -o /dev/null -u "$2:bench-password" -w '%{time_total}\n' "http://localhost:$HTTP_PORT$3"
  done | median)
  copy=$(for ((i = 0; i < SHEETS; i++)); do
    start=$(date +%s.%N)
    "${PSQL[@]}" -c "\\copy ($4) TO STDOUT WITH CSV HEADER" >/dev/null
    echo "$(date +%s.%N) - $start" | bc
  done | median)
  bytes=$(curl -s -o /dev/null -u "$2:bench-password" -w '%{size_download}' "http://localhost:$HTTP_PORT$3")
  printf '%-52s service %6.2f s   COPY %6.2f s   %5.1fx %11s bytes\n' "$1" "$service" "$copy" \
    "$(awk -v a="$service" -v b="$copy" 'BEGIN { print a / b }')" "$bytes"
}

after_of() { # a next address → its after, decoded: the place's parts, separated by spaces
  local after=${1##*after=}
  after=${after%%&*}
  while ((${#after} % 4)); do after+='='; done
  tr -- '-_' '+/' <<<"$after" | base64 -d
  echo
}
applications_after() { # part receipt → the ids of the officer's applications after that place (Applications.PAGE)
  local pending_after=$2 decided_before=9223372036854775807
  [[ $1 == 1 ]] && pending_after=9223372036854775807 decided_before=$2
  echo "SELECT id FROM (
    (SELECT a.id, 0 AS part, a.receipt FROM application a WHERE $PENDING_RECEIPT > $pending_after
     ORDER BY $PENDING_RECEIPT NULLS LAST, a.receipt DESC LIMIT 100)
    UNION ALL
    (SELECT a.id, 1 AS part, a.receipt FROM application a WHERE $PENDING_RECEIPT IS NULL AND a.receipt < $decided_before
     ORDER BY $PENDING_RECEIPT NULLS LAST, a.receipt DESC LIMIT 100)
  ) parts ORDER BY part, CASE part WHEN 0 THEN receipt END, receipt DESC"
}
PENDING_RECEIPT="(CASE WHEN a.status IN ('SUBMITTED', 'UNDER_CONSULTATION', 'READY_FOR_DECISION') THEN a.receipt END)"

command -v jq >/dev/null || { echo "jq is missing (apt-get install jq)"; exit 1; }
echo "warming up"
for path in "/api/v1/applications?pageSize=100" "/api/v1/applications?page=2999&pageSize=100" \
  "/api/v1/applications?status=READY_FOR_DECISION&pageSize=100" \
  "/api/v1/applications?summary=true&status=READY_FOR_DECISION&pageSize=100"; do
  N=200 http_series officer "$path" >/dev/null
done
for path in "/api/v1/inquiries?pageSize=100" "/api/v1/inquiries?status=OPEN&pageSize=100" \
  "/api/v1/inquiries?summary=true&status=OPEN&pageSize=100" "/api/v1/notifications"; do
  N=200 http_series doe-reviewer "$path" >/dev/null
done
N=100 http_series officer "/api/v1/applications/counts" >/dev/null
N=100 http_series officer "/api/v1/inquiries/by-agency?days=30" >/dev/null
N=200 http_series applicant2 "/api/v1/applications?mine=true" >/dev/null

{
  echo "List benchmark, $(date -u +%FT%TZ), $(nproc) cores, $N requests per series"
  echo "$("${PSQL[@]}" -c "SELECT count(*) FROM application") applications, $("${PSQL[@]}" -c "SELECT count(*) FROM inquiry") inquiries, $("${PSQL[@]}" -c "SELECT count(*) FROM licence") licences"
  printf '%-52s %9s %9s %9s %9s %9s %11s\n' "request (user)" "p50 ms" "p95 ms" "SQL p50" "SQL p95" "p50 ratio" "bytes"
  row "applications, first 100 (officer)" officer "/api/v1/applications?pageSize=100" \
    "$APPLICATIONS_PAGE LIMIT 100" "$(applications_page "$APPLICATIONS_PAGE LIMIT 100")"
  row "applications, page 2,999 of 100 (officer)" officer "/api/v1/applications?page=2999&pageSize=100" \
    "$APPLICATIONS_PAGE LIMIT 100 OFFSET 299800" "$(applications_page "$APPLICATIONS_PAGE LIMIT 100 OFFSET 299800")"
  # The page after page 2,999, as its next gives it: from page 2,999's last application, whose
  # part (0 pending, 1 decided) and receipt next's after carries.
  next=$(curl -s -u officer:bench-password "http://localhost:$HTTP_PORT/api/v1/applications?page=2999&pageSize=100" | jq -r .next)
  read -r part receipt < <(after_of "$next")
  row "applications, page 3,000 by page 2,999's next (officer)" officer "$next" \
    "$(applications_after "$part" "$receipt") LIMIT 100" "$(applications_page "$(applications_after "$part" "$receipt") LIMIT 100")"
  row "applications, unpaged: the first 10,000 (officer)" officer "/api/v1/applications"
  row "applications counted by state (officer)" officer "/api/v1/applications/counts" \
    "SELECT s, (SELECT count(*) FROM application a WHERE a.status = s)
     FROM unnest(CAST('{SUBMITTED,UNDER_CONSULTATION,READY_FOR_DECISION,GRANTED,REJECTED,WITHDRAWN}' AS text[])) s
     UNION ALL SELECT 'ready since', count(*)
     FROM application a WHERE a.status = 'UNDER_CONSULTATION' AND a.id IN $WINDOWS_CLOSED"
  row "ready for decision, first 100 (officer's first tab)" officer \
    "/api/v1/applications?status=READY_FOR_DECISION&pageSize=100" "$READY_PAGE LIMIT 100" \
    "$(applications_page "$READY_PAGE LIMIT 100")"
  row "the same, summaries, as the officer's page asks" officer \
    "/api/v1/applications?summary=true&status=READY_FOR_DECISION&pageSize=100" "$READY_PAGE LIMIT 100" \
    "$(applications_page "$READY_PAGE LIMIT 100" true)"
  row "decided applications, first 100 (officer)" officer \
    "/api/v1/applications?status=GRANTED,REJECTED&pageSize=100" "$DECIDED_PAGE LIMIT 100" \
    "$(applications_page "$DECIDED_PAGE LIMIT 100")"
  # Its raw query takes tens of microseconds, below what pgbench's log resolves.
  row "own applications, 10 of 300,000 (applicant2)" applicant2 "/api/v1/applications?mine=true"
  # Its raw query, like the applicant's, is below what pgbench's log resolves.
  row "licences, first 100 (officer)" officer "/api/v1/licences?pageSize=100"
  row "licences, page 700 of 100 (officer)" officer "/api/v1/licences?page=700&pageSize=100" \
    "SELECT l.id FROM licence l ORDER BY l.number DESC LIMIT 100 OFFSET 69900"
  row "inquiries, first 100 (DoE reviewer)" doe-reviewer "/api/v1/inquiries?pageSize=100" \
    "$INQUIRIES_PAGE LIMIT 100" "$(inquiries_page "$INQUIRIES_PAGE LIMIT 100")"
  row "open inquiries, first 100 (DoE reviewer's first tab)" doe-reviewer \
    "/api/v1/inquiries?status=OPEN&pageSize=100" "$OPEN_PAGE LIMIT 100" "$(inquiries_page "$OPEN_PAGE LIMIT 100")"
  row "the same, summaries, as the reviewer's page asks" doe-reviewer \
    "/api/v1/inquiries?summary=true&status=OPEN&pageSize=100" "$OPEN_PAGE LIMIT 100" \
    "$(inquiries_page "$OPEN_PAGE LIMIT 100" true)"
  row "deemed consents, first 100 (DoE reviewer)" doe-reviewer \
    "/api/v1/inquiries?status=DEEMED_CONSENT&pageSize=100" "$DEEMED_PAGE LIMIT 100" \
    "$(inquiries_page "$DEEMED_PAGE LIMIT 100")"
  row "inquiries, unpaged: the first 5,000 (DoE reviewer)" doe-reviewer "/api/v1/inquiries"
  row "inquiries counted by state (DoE reviewer)" doe-reviewer "/api/v1/inquiries/counts" \
    "SELECT inquiry_status(i), count(*) FROM inquiry i WHERE i.agency_id = 'doe' GROUP BY 1"
  row "the agencies' figures, last 30 days (officer)" officer "/api/v1/inquiries/by-agency?days=30"
  row "notices, newest 20 of 100,000 (DoE reviewer)" doe-reviewer "/api/v1/notifications" \
    "$NOTICES_PAGE" "$NOTICES"
  echo "SQL (pgbench -M prepared): for a page of applications or inquiries, the service's whole statement (the"
  echo "page's ids, then the view's columns); for licences, the raw query choosing the page's ids; for counts,"
  echo "the count; for notices, the service's two statements. Ratio = service p50 / SQL p50"
  echo
  echo "Whole lists as spreadsheets (CSV), $SHEETS of each, medians: the service beside psql's COPY of the same"
  echo "rows, columns and order to CSV (an application's state as of now; an inquiry's stored state, and the"
  echo "dates, which the service turns into today's and Solar Hijri ones)"
  sheet "applications, all (officer)" officer /api/v1/applications/export "$APPLICATIONS_SHEET"
  sheet "inquiries, all of the DoE's (DoE reviewer)" doe-reviewer /api/v1/inquiries/export "$INQUIRIES_SHEET"
} | tee "$OUT/lists.txt"
