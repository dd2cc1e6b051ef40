#!/usr/bin/env bash
# Import throughput and measure readiness on PostgreSQL, each measured side by side with what a
# DBA would do by hand, in one run:
#   (1) `import` of the national employer-contributions.csv (full validation, binary COPY into the
#       data table, each employer's sums stored with the version) vs `psql \copy` of the same file
#       into an equivalent table without indexes; target: import ≥ 0.8 × raw COPY throughput.
#   (2) `measures` (every candidate's §5.1 measures ready in candidate_measure, the contributions
#       taken from the sums their import stored) vs the plain GROUP BY a DBA would write over the
#       imported table, materialised; target ≤ 0.5 × its time.
# Usage: bench/import-vs-copy.sh [DATA_DIR]   (national files are generated there when missing)
# Needs app/target/paritrana.jar (./mvnw -pl app -am package -DskipTests), psql, and an EMPTY-ABLE
# PostgreSQL database: BENCH_PG_HOST/PORT/DB/USER/PASSWORD. Its public schema is dropped first.
set -euo pipefail
cd "$(dirname "$0")/.."

HOST=${BENCH_PG_HOST:-127.0.0.1}
PORT=${BENCH_PG_PORT:-55440}
DB=${BENCH_PG_DB:-paritrana_bench}
DBUSER=${BENCH_PG_USER:-paritrana}
export PGPASSWORD=${BENCH_PG_PASSWORD:-paritrana}
DATA=${1:-/tmp/paritrana-national}
JAR=app/target/paritrana.jar
EDITION=2024
YEAR=$((EDITION - 1))
ROUNDS=${BENCH_ROUNDS:-2}

export PARITRANA_DB_URL="jdbc:postgresql://$HOST:$PORT/$DB"
export PARITRANA_DB_USER=$DBUSER
export PARITRANA_DB_PASSWORD=$PGPASSWORD
export LOGGING_LEVEL_ROOT=WARN SPRING_MAIN_BANNER_MODE=off
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$HOST" -p "$PORT" -U "$DBUSER" -d "$DB")
APP=(java -Xmx6g -jar "$JAR")

now() { date +%s.%N; }
# Between runs, so that one run does not pay for the last: vacuum and analyse what the last run
# loaded (else autovacuum starts on its millions of rows while the next run is measured, taking one
# of the cores from it), then flush dirty pages (CHECKPOINT needs pg_checkpoint; else skipped).
checkpoint() {
  "${PSQL[@]}" -c "VACUUM (ANALYZE);" 2>/dev/null || true
  "${PSQL[@]}" -c "CHECKPOINT;" 2>/dev/null || true
}
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

[ -f "$JAR" ] || { echo "build first: ./mvnw -pl app -am package -DskipTests" >&2; exit 1; }
if [ ! -f "$DATA/employer-contributions.csv" ]; then
  "${APP[@]}" generate --scale national --seed 1 --year "$YEAR" --out "$DATA" >/dev/null
fi
FILE="$DATA/employer-contributions.csv"
ROWS=$(( $(wc -l < "$FILE") - 1 ))
SIZE_MB=$(( $(stat -c %s "$FILE") / 1048576 ))

echo "== fresh schema in $DB; edition $EDITION; employers"
"${PSQL[@]}" -c "DROP SCHEMA public CASCADE; CREATE SCHEMA public;"
"${APP[@]}" edition --create "$EDITION" | grep '^created' 
for set in employers minimum-wages employer-vulnerable region-coverage nonasn vulnerable-protection village-protection regulations; do
  "${APP[@]}" import --edition "$EDITION" --no-progress "$set" "$DATA/$set.csv" | grep '^imported' 
done

"${PSQL[@]}" -c "CREATE TABLE raw_contribution (npp VARCHAR, month VARCHAR(7), workers_total BIGINT,
  workers_registered BIGINT, programs VARCHAR(20), wage_reported_total BIGINT, contribution_due BIGINT,
  contribution_paid BIGINT, paid_date DATE)"

echo "== (1) $ROWS rows, $SIZE_MB MB: raw \\copy and import, $ROUNDS rounds each, alternating"
best_copy=""; best_import=""
for round in $(seq 1 "$ROUNDS"); do
  "${PSQL[@]}" -c "TRUNCATE raw_contribution;"
  checkpoint
  t0=$(now)
  "${PSQL[@]}" -c "\\copy raw_contribution FROM '$FILE' WITH (FORMAT csv, HEADER true)"
  t1=$(now)
  copy_s=$(elapsed "$t0" "$t1")
  checkpoint
  out=$("${APP[@]}" import --edition "$EDITION" --no-progress employer-contributions "$FILE")
  # the import's time runs until its commit, when the new version is current; a re-import then
  # deletes the replaced version's rows in a transaction of its own (printed, not counted)
  imported=$(grep '^imported' <<<"$out")
  import_s=$(sed -E 's/.* in ([0-9.]+) s .*/\1/' <<<"$imported")
  ratio=$(awk -v c="$copy_s" -v i="$import_s" 'BEGIN { printf "%.2f", c / i }')
  echo "round $round: psql \\copy ${copy_s} s; import ${import_s} s; ratio $ratio   ($(tr '\n' ' ' <<<"$out"))"
  best_copy=$(awk -v a="$best_copy" -v b="$copy_s" 'BEGIN { print (a == "" || b < a) ? b : a }')
  best_import=$(awk -v a="$best_import" -v b="$import_s" 'BEGIN { print (a == "" || b < a) ? b : a }')
done

echo "== (2) measures of every candidate vs a DBA's GROUP BY (materialised), $ROUNDS rounds each"
best_measures=""; best_groupby=""
for round in $(seq 1 "$ROUNDS"); do
  checkpoint
  out=$("${APP[@]}" measures --edition "$EDITION" | grep '^measures')
  measures_s=$(sed -E 's/.* in ([0-9.]+) s$/\1/' <<<"$out")
  "${PSQL[@]}" -c "DROP TABLE IF EXISTS dba_employer_measures"
  checkpoint
  t0=$(now)
  "${PSQL[@]}" <<SQL
CREATE TABLE dba_employer_measures AS
SELECT c.npp,
       COUNT(*) AS months_reported,
       LEAST(100, 100.0 * SUM(c.workers_registered) / NULLIF(SUM(c.workers_total), 0)) AS registration_pct,
       100.0 * COUNT(*) FILTER (WHERE c.programs LIKE '%JKK%' AND c.programs LIKE '%JKM%'
           AND (e.size_class = 'MIKRO' OR c.programs LIKE '%JHT%')
           AND (e.size_class IN ('KECIL', 'MIKRO') OR c.programs LIKE '%JP%')) / 12 AS program_complete_pct,
       100.0 * COUNT(*) FILTER (WHERE c.contribution_paid >= c.contribution_due
           AND c.paid_date <= c.contribution_month + INTERVAL '1 month 14 days') / 12 AS ontime_pct,
       100.0 * COUNT(*) FILTER (WHERE c.workers_registered > 0 AND c.wage_reported_total
           >= COALESCE(r.monthly_minimum_wage, p.monthly_minimum_wage) * c.workers_registered) / 12 AS wage_compliance_pct,
       SUM(GREATEST(0, c.contribution_due - c.contribution_paid)) AS arrears,
       SUM(c.workers_total) AS workers_total
FROM data_contribution c
JOIN data_employer e ON e.edition_year = c.edition_year AND e.npp = c.npp
LEFT JOIN data_minimum_wage r ON r.edition_year = c.edition_year AND r.region_code = e.region_code AND r.data_year = $YEAR
LEFT JOIN data_minimum_wage p ON p.edition_year = c.edition_year AND p.region_code = LEFT(e.region_code, 2) AND p.data_year = $YEAR
WHERE c.edition_year = $EDITION
GROUP BY c.npp;
SQL
  t1=$(now)
  groupby_s=$(elapsed "$t0" "$t1")
  echo "round $round: measures ${measures_s} s; GROUP BY ${groupby_s} s   ($out)"
  best_measures=$(awk -v a="$best_measures" -v b="$measures_s" 'BEGIN { print (a == "" || b < a) ? b : a }')
  best_groupby=$(awk -v a="$best_groupby" -v b="$groupby_s" 'BEGIN { print (a == "" || b < a) ? b : a }')
done

echo "== results (best of $ROUNDS)"
awk -v rows="$ROWS" -v c="$best_copy" -v i="$best_import" -v m="$best_measures" -v g="$best_groupby" 'BEGIN {
  printf "psql \\copy            %8.2f s  %10.0f rows/s\n", c, rows / c
  printf "import (validated)    %8.2f s  %10.0f rows/s\n", i, rows / i
  printf "(1) import / COPY throughput ratio: %.2f  (target >= 0.8)\n", c / i
  printf "measures ready        %8.2f s\n", m
  printf "DBA GROUP BY          %8.2f s\n", g
  printf "(2) measures / GROUP BY time ratio: %.2f  (target <= 0.5)\n", m / g
}'
