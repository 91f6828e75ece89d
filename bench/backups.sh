#!/usr/bin/env bash
# Backup benchmark: ./cadastre db backup and ./cadastre db restore of the national-scale database
# the other benchmarks leave in cadastre_bench (run it after them: `all` runs it last), beside plain
# pg_dump -Fc and pg_restore of the same database in the same run, as the cluster's superuser both,
# the two taking turns. Prints each one's time, the files' sizes, the ratios, what plain pg_restore
# failed to restore, and stops unless the restored database holds the rows of cadastre_bench.
# Run it with ./cadastre bench backups, which keeps cadastre_bench as the last benchmark left it.
#
#   BENCH_ROUNDS  rounds of the four (default 1)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
: "${BENCH_DB_PORT:?run this through ./cadastre bench}" "${BENCH_DB_SOCK:?run this through ./cadastre bench}"
ROUNDS=${BENCH_ROUNDS:-1}
OUT=$ROOT/target/bench
WORK=$OUT/backups
mkdir -p "$WORK"
rm -f "$WORK"/* "$OUT/backups.times"
export CADASTRE_DB_PORT=$BENCH_DB_PORT

# The cluster's superuser, as ./cadastre runs it (as root, the postgres OS user; output through stdout).
superuser() { if [[ $(id -u) -eq 0 ]]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }
psql_as_superuser() { superuser psql -X -q -At -v ON_ERROR_STOP=1 -h "$BENCH_DB_SOCK" -p "$BENCH_DB_PORT" "$@"; }
seconds() { local started=$1; bc -l <<<"$(date +%s.%N) - $started"; }
# Every table's rows, as one line per table, to compare two databases.
ROWS="SELECT string_agg(format('%s %s', c.oid::regclass,
        (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM %s', c.oid::regclass), false, true, '')))[1]),
        E'\n' ORDER BY c.oid::regclass::text)
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind = 'r' AND n.nspname IN ('public', 'publish')"

psql_as_superuser -d cadastre_bench -c "$ROWS" >"$WORK/rows.bench"
echo "cadastre_bench: $(psql_as_superuser -d cadastre_bench -c "SELECT pg_size_pretty(pg_database_size('cadastre_bench'))"), \
$(awk '{ n += $2 } END { print n }' "$WORK/rows.bench") rows in $(wc -l <"$WORK/rows.bench") tables"

for ((r = 1; r <= ROUNDS; r++)); do
  started=$(date +%s.%N)
  "$ROOT/cadastre" db backup "$WORK/ours-$r.backup" --database cadastre_bench 2>/dev/null
  echo "backup $(seconds "$started")" >>"$OUT/backups.times"
  started=$(date +%s.%N)
  superuser pg_dump -h "$BENCH_DB_SOCK" -p "$BENCH_DB_PORT" -d cadastre_bench -Fc >"$WORK/plain-$r.dump"
  echo "pg_dump $(seconds "$started")" >>"$OUT/backups.times"

  psql_as_superuser -d postgres -c "DROP DATABASE IF EXISTS cadastre_restored WITH (FORCE)"
  started=$(date +%s.%N)
  "$ROOT/cadastre" db restore "$WORK/ours-$r.backup" --database cadastre_restored 2>/dev/null
  echo "restore $(seconds "$started")" >>"$OUT/backups.times"
  psql_as_superuser -d cadastre_restored -c "$ROWS" >"$WORK/rows.restored"
  diff "$WORK/rows.bench" "$WORK/rows.restored" || { echo "the restored database holds other rows"; exit 1; }

  psql_as_superuser -d postgres -c "DROP DATABASE IF EXISTS cadastre_plain WITH (FORCE)" \
    -c "CREATE DATABASE cadastre_plain OWNER cadastre"
  started=$(date +%s.%N)
  superuser pg_restore -h "$BENCH_DB_SOCK" -p "$BENCH_DB_PORT" -d cadastre_plain <"$WORK/plain-$r.dump" \
    2>"$WORK/plain-restore.errors" || true
  echo "pg_restore $(seconds "$started")" >>"$OUT/backups.times"
  psql_as_superuser -d cadastre_plain -c "$ROWS" >"$WORK/rows.plain"
done
psql_as_superuser -d postgres -c "DROP DATABASE cadastre_restored" -c "DROP DATABASE cadastre_plain"

median() { awk -v k="$1" '$1 == k { print $2 }' "$OUT/backups.times" | sort -n \
  | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
{
  echo "Backup benchmark, $(date -u +%FT%TZ), $(nproc) cores, $ROUNDS rounds"
  for k in backup pg_dump restore pg_restore; do
    printf '%-11s median %7.1f s   (%s)\n' "$k" "$(median $k)" \
      "$(awk -v k="$k" '$1 == k { printf "%.1f ", $2 }' "$OUT/backups.times")"
  done
  printf 'backup / pg_dump %.2fx, restore / pg_restore %.2fx; files: %s (backup), %s (pg_dump -Fc)\n' \
    "$(bc -l <<<"$(median backup) / $(median pg_dump)")" "$(bc -l <<<"$(median restore) / $(median pg_restore)")" \
    "$(du -h "$WORK/ours-1.backup" | cut -f1)" "$(du -h "$WORK/plain-1.dump" | cut -f1)"
  echo "plain pg_restore: $(grep -c 'ERROR' "$WORK/plain-restore.errors" || true) errors, first: $(grep -m1 'ERROR' "$WORK/plain-restore.errors" || echo none)"
  echo "tables it restored with other rows than cadastre_bench's:"
  diff "$WORK/rows.bench" "$WORK/rows.plain" | sed -n 's/^> /  /p' || true
} | tee "$OUT/backups.txt"
rm -f "$WORK"/*.backup* "$WORK"/*.dump
