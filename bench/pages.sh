#!/usr/bin/env bash
# Every GET a page makes on its first load, and the GETs behind its buttons, as each role: the
# officer, the DoE reviewer, the GIS administrator, an applicant with many applications
# (applicant1) and one with few (applicant2). The other benchmarks time the heavy lists and the
# writes; this one looks for what they leave out. Each request BENCH_REQUESTS times (default 5)
# over one kept-alive connection, the first (which opens it) not counted; prints the median, the
# status and the size of the answer, in page order; then (BENCH_DEEP=false leaves them out) the
# deepest pages, pages far past the end, the widest filters and the reports of all time.
# Runs against a service that is already up, best on the lists benchmark's data (its 300,000
# applications added to a database the service has loaded; see the README):
#   BENCH_URL (http://localhost:8080)  BENCH_PASSWORD (demo-password)  BENCH_REQUESTS (5)
set -euo pipefail
URL=${BENCH_URL:-http://localhost:8080}
PASSWORD=${BENCH_PASSWORD:-demo-password}
N=${BENCH_REQUESTS:-5}

ask() { curl -sf -u "$1:$PASSWORD" "$URL$2"; }
APP=$(ask applicant1 '/api/v1/applications?mine=true&summary=true&pageSize=1' | jq -r '.items[0].id')
RECEIPT=$(ask applicant1 "/api/v1/applications/$APP" | jq -r .receipt)
LICENCE=$(ask officer '/api/v1/licences?pageSize=1' | jq -r '.items[0].id')
NUMBER=$(ask officer "/api/v1/licences/$LICENCE" | jq -r .number)
INQUIRY=$(ask doe-reviewer '/api/v1/inquiries?pageSize=1' | jq -r '.items[0].id')

times() { # user path → "user status median-ms bytes path"
  local urls=() i
  for ((i = 0; i <= N; i++)); do urls+=(-o /dev/null "$URL$2"); done
  curl -s -u "$1:$PASSWORD" -H 'Accept-Language: en' -w '%{http_code} %{time_total} %{size_download}\n' "${urls[@]}" \
    | tail -n +2 | sort -k2,2g \
    | awk -v user="$1" -v path="$2" -v n="$N" '{ line[NR] = $0 } END {
        split(line[int((n + 1) / 2)], m, " ")
        printf "%-13s %s %9.1f ms %10d B  %s\n", user, m[1], m[2] * 1000, m[3], path }'
}

for user in applicant1 officer doe-reviewer gis-admin; do   # every page's frame and map
  for path in /api/v1/me /api/v1/minerals /api/v1/jurisdiction /api/v1/map/settings /api/v1/layers \
    '/api/v1/notifications?limit=1&language=en' '/api/v1/notifications?language=en'; do
    times "$user" "$path"
  done
done
# the applicant's page
times applicant1 '/api/v1/applications?mine=true&summary=true'
times applicant1 '/api/v1/licences?holder=applicant1&pageSize=1000'
times applicant2 '/api/v1/applications?mine=true&summary=true'
times applicant2 '/api/v1/licences?holder=applicant2&pageSize=1000'
times applicant1 "/api/v1/applications/$APP"
times applicant1 "/api/v1/applications/$APP/receipt"
times applicant1 '/api/v1/layers/protected_areas/features?bbox=44,25,63,40&limit=500'
# the officer's page: lists, register, finding by number, the agencies' figures, the audit trail
times officer /api/v1/applications/counts
times officer '/api/v1/applications?summary=true&status=SUBMITTED,UNDER_CONSULTATION,READY_FOR_DECISION&pageSize=100'
times officer '/api/v1/licences?pageSize=100'
times officer '/api/v1/licences?pageSize=100&requested=true'
times officer '/api/v1/licences?pageSize=100&warned=true'
times officer "/api/v1/applications/by-receipt/$RECEIPT"
times officer "/api/v1/licences/by-number/$NUMBER"
times officer "/api/v1/licences/$LICENCE/vertices"
times officer /api/v1/inquiries/by-agency
times officer '/api/v1/inquiries/by-agency?days=30'
times officer /api/v1/decrees
times officer '/api/v1/activity-reports?pageSize=100'
times officer /api/v1/audit
times officer "/api/v1/audit?subject=application:$APP"
times officer /api/v1/audit/anchors
times officer /api/v1/audit/verification
# the reviewer's page
times doe-reviewer /api/v1/inquiries/counts
times doe-reviewer '/api/v1/inquiries?summary=true&status=OPEN&pageSize=100'
times doe-reviewer "/api/v1/inquiries/$INQUIRY"
times doe-reviewer /api/v1/inquiries/by-agency
# the GIS page
times gis-admin /api/v1/publication
for layer in protected_areas property_parcels licences applications; do times gis-admin "/api/v1/layers/$layer/versions"; done
times gis-admin '/api/v1/layers/licences/features?bbox=44,25,63,40&limit=1000'
# National scale: the deepest pages, pages far past the end (empty, next null), the widest filters
# and the reports of all time, which read the whole of a table where the pages above read an index.
if [[ ${BENCH_DEEP:-true} == true ]]; then
  for path in '/api/v1/applications?page=2999&pageSize=100' '/api/v1/applications?page=100000' \
    '/api/v1/applications?status=GRANTED,REJECTED,WITHDRAWN&page=1000' '/api/v1/applications?bbox=44,25,63,40&pageSize=1000' \
    '/api/v1/inquiries?page=5000' '/api/v1/inquiries?page=100000' '/api/v1/inquiries?status=DEEMED_CONSENT,CONSENTED&pageSize=1000' \
    '/api/v1/inquiries?dueWithinDays=3660&pageSize=1000' '/api/v1/licences?page=700' '/api/v1/licences?page=100000' \
    '/api/v1/licences?bbox=44,25,63,40&pageSize=1000' '/api/v1/audit?page=3000' '/api/v1/audit?page=100000' \
    '/api/v1/activity-reports?page=100000' /api/v1/inquiries/counts '/api/v1/inquiries/by-agency?from=2000-01-01' \
    '/api/v1/inquiries/by-agency?days=3660'; do
    times officer "$path"
  done
  times doe-reviewer '/api/v1/inquiries?page=100000'
  times applicant1 '/api/v1/applications?mine=true&page=100000'
fi
