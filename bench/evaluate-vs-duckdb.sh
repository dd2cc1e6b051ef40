#!/usr/bin/env bash
# evaluate (-Xmx1g) against DuckDB's read_csv + GROUP BY per employer, on the same national
# data set in the same run. Prints both times, the ratio, rows per second and evaluate's peak
# heap, best of BENCH_ROUNDS (3) alternating runs. Usage: bench/evaluate-vs-duckdb.sh [DATA_DIR]
# (default bench/target/national)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DATA="${1:-$ROOT/bench/target/national}"
YEAR=2023
APP="$ROOT/app/target/paritrana.jar"
BENCH="$ROOT/bench/target/benchmarks.jar"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

if [[ ! -f "$APP" || ! -f "$BENCH" ]]; then
  (cd "$ROOT" && ./mvnw -q -B -Pbench -pl app,bench -am package -DskipTests)
fi

if [[ ! -f "$DATA/employer-contributions.csv" ]]; then
  mkdir -p "$DATA"
  if java -jar "$APP" help | grep -q '^  generate '; then
    echo "generating the national data set with: generate --scale national"
    java -jar "$APP" generate --scale national --seed 1 --year "$YEAR" --out "$DATA"
  else
    echo "generate is not available: writing the national data set with the bench writer"
    java -cp "$BENCH" id.paritrana.bench.NationalDataWriter "$DATA" "$YEAR" "$ROOT/app/src/main/resources/wilayah"
  fi
fi

ROWS=$(($(wc -l < "$DATA/employer-contributions.csv") - 1))
SIZE=$(du -m "$DATA/employer-contributions.csv" | cut -f1)
echo "data: $DATA ($ROWS contribution rows, $SIZE MB), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

# warm the page cache so both read the file from memory
cat "$DATA"/*.csv > /dev/null

# wall time is what counts; CPU time (user + sys) is printed too. Each side runs ROUNDS times,
# alternating, and the best wall time of each counts: other load on the machine (or its host)
# stretches single runs of both sides
ROUNDS=${BENCH_ROUNDS:-3}
EVALUATE="" DUCKDB=""
for round in $(seq 1 "$ROUNDS"); do
  start=$(date +%s.%N)
  /usr/bin/time -f '%U %S' -o "$WORK/evaluate.cpu" java -Xmx1g -Xlog:gc:file="$WORK/gc.log" -jar "$APP" \
    evaluate --data "$DATA" --year "$YEAR" --out "$WORK/results.csv"
  end=$(date +%s.%N)
  ewall=$(echo "$end - $start" | bc -l)
  cpu=$(awk '{print $1 + $2}' "$WORK/evaluate.cpu")
  # peak heap: the largest "used before" of any collection in the GC log
  peak=$(grep -oE '[0-9]+M->[0-9]+M' "$WORK/gc.log" | sed 's/M->.*//' | sort -n | tail -1)
  if [[ -z "$EVALUATE" ]] || (( $(echo "$ewall < $EVALUATE" | bc -l) )); then
    EVALUATE=$ewall EVALUATE_CPU=$cpu PEAK=$peak
  fi

  start=$(date +%s.%N)
  /usr/bin/time -f '%U %S' -o "$WORK/duckdb.cpu" java -cp "$BENCH" id.paritrana.bench.DuckDbAggregation \
    "$DATA/employer-contributions.csv" "$YEAR"
  end=$(date +%s.%N)
  wall=$(echo "$end - $start" | bc -l)
  cpu=$(awk '{print $1 + $2}' "$WORK/duckdb.cpu")
  if [[ -z "$DUCKDB" ]] || (( $(echo "$wall < $DUCKDB" | bc -l) )); then
    DUCKDB=$wall DUCKDB_CPU=$cpu
  fi
  printf 'round %d: evaluate %.2f s, duckdb %.2f s\n' "$round" "$ewall" "$wall"
done

printf 'evaluate: %.2f s wall, %.2f s CPU (best of %d; whole command incl. JVM start, %d result rows), peak heap %s MB\n' \
  "$EVALUATE" "$EVALUATE_CPU" "$ROUNDS" "$(($(wc -l < "$WORK/results.csv") - 1))" "${PEAK:-?}"
printf 'duckdb:   %.2f s wall, %.2f s CPU (best of %d; JVM start, read_csv and GROUP BY npp)\n' "$DUCKDB" "$DUCKDB_CPU" "$ROUNDS"
printf 'ratio:    %.2f wall (target <= 1.0), %.2f CPU\n' "$(echo "$EVALUATE / $DUCKDB" | bc -l)" \
  "$(echo "$EVALUATE_CPU / $DUCKDB_CPU" | bc -l)"
printf 'rows/s:   evaluate %.0f, duckdb %.0f\n' "$(echo "$ROWS / $EVALUATE" | bc -l)" "$(echo "$ROWS / $DUCKDB" | bc -l)"
