#!/usr/bin/env bash
# Every benchmark against its target in one run, one after the other (never side by side: they
# would share the cores), with a summary of the ratios at the end:
#   bench/evaluate-vs-duckdb.sh  evaluate vs DuckDB on the national data set
#   bench/import-vs-copy.sh      import vs psql \copy, measures vs a DBA's GROUP BY (PostgreSQL)
#   bench/public-load.sh         public pages' p99 at 64 connections, downloads' second request
# Usage: bench/run-all.sh [DATA_DIR]   (default bench/target/national; generated when missing)
# PostgreSQL: BENCH_PG_HOST/PORT/DB/USER/PASSWORD name a database whose public schema may be
# dropped; without BENCH_PG_HOST a throwaway cluster is started from the installed PostgreSQL.
# The full output goes to bench/target/run-all.log.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
DATA=${1:-$ROOT/bench/target/national}
LOG=$ROOT/bench/target/run-all.log
mkdir -p bench/target
: >"$LOG"

(./mvnw -q -B -ntp -Pbench -pl app,bench -am package -DskipTests)

if [ -z "${BENCH_PG_HOST:-}" ]; then
  PGBIN=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1)")
  [ -x "$PGBIN/initdb" ] || { echo "no PostgreSQL found: set BENCH_PG_HOST and friends" >&2; exit 1; }
  PGDATA=$(mktemp -d /tmp/paritrana-bench-pg.XXXXXX)
  export BENCH_PG_HOST=127.0.0.1 BENCH_PG_PORT=${BENCH_PG_PORT:-55442}
  RUN_AS=()
  [ "$(id -u)" = 0 ] && { chown postgres "$PGDATA"; RUN_AS=(su postgres -c); }
  as_pg() { if [ ${#RUN_AS[@]} -gt 0 ]; then "${RUN_AS[@]}" "$*"; else sh -c "$*"; fi; }
  as_pg "$PGBIN/initdb -D $PGDATA -U postgres -A trust -E UTF8 --locale=C.UTF-8" >/dev/null
  as_pg "$PGBIN/pg_ctl -D $PGDATA -o '-p $BENCH_PG_PORT -k /tmp -c listen_addresses=127.0.0.1' -l $PGDATA/log -w start" >/dev/null
  trap 'as_pg "$PGBIN/pg_ctl -D $PGDATA -m fast stop" >/dev/null 2>&1 || true; rm -rf "$PGDATA"' EXIT
  psql -X -q -h 127.0.0.1 -p "$BENCH_PG_PORT" -U postgres -c "CREATE USER paritrana PASSWORD 'paritrana'" \
    -c 'CREATE DATABASE paritrana_bench OWNER paritrana'
fi

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ { print $2 }') GB RAM; $(java -version 2>&1 | head -1)" | tee -a "$LOG"
run() {
  echo "### $*" | tee -a "$LOG"
  "$@" 2>&1 | tee -a "$LOG"
}
run bench/evaluate-vs-duckdb.sh "$DATA"
run bench/import-vs-copy.sh "$DATA"
run bench/public-load.sh

echo "=== summary (targets in brackets)"
grep -E '^ratio|^\(1\)|^\(2\)|^public-load:|p99 .* ms|first .* second' "$LOG" || true
