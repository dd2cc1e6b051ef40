#!/usr/bin/env bash
# The public portal under load and the documents people wait for, in one run against the packaged
# application (embedded default, demo edition) on 127.0.0.1:
#   (1) /publik, the 2024 winners page, a winner's public scorecard and the public winners API,
#       each under CONNECTIONS concurrent connections for SECONDS_EACH seconds (wrk: a bounded load
#       generator on the same machine); target p99 < 50 ms with 0 errors;
#   (2) first and second download of the public scorecard PDF, the decree annex (PDF, XLSX) and the
#       certificates ZIP of a determined province, signed in with a session as a secretariat
#       would be; target: second download < 1 s.
# Usage: bench/public-load.sh [SECONDS_EACH] [CONNECTIONS]   (defaults 15 and 64)
# Prints one line per measurement and a last line `public-load: … targets met N/M`.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_EACH=${1:-15}
CONNECTIONS=${2:-64}
PORT=${BENCH_PORT:-18091}
USER=admin PASSWORD=paritrana2024
TARGET_P99_MS=50 TARGET_SECOND_S=1

command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 1; }
. bench/packaged-app.sh

# a winner of the demo's determined province, from the public API
WINNER=$(curl -fsS "$BASE/api/v1/public/editions/2024/winners" | python3 -c '
import json, sys
w = json.load(sys.stdin)["winners"][0]
print("%s/%s/%s %s" % (w["snapshotId"], w["category"], w["candidateCode"], w["scope"]))')
CARD="/publik/2024/kartu/${WINNER% *}"
SCOPE=${WINNER#* }

# a session, as a browser signs in
COOKIES="$WORK/cookies"
CSRF=$(curl -fsS -c "$COOKIES" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -fsS -b "$COOKIES" -c "$COOKIES" -o /dev/null --data-urlencode "username=$USER" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$CSRF" "$BASE/login"

met=0 total=0
verdict() { # name, value, ok (0/1)
  total=$((total + 1))
  if [ "$3" = 1 ]; then met=$((met + 1)); echo "  $1: met"; else echo "  $1: NOT met"; fi
}

echo "== (1) $CONNECTIONS connections, ${SECONDS_EACH}s each, $(nproc) cores (client and server on one machine)"
for path in /publik /publik/2024 "$CARD" /api/v1/public/editions/2024/winners; do
  curl -fsS -o /dev/null "$BASE$path" || { echo "$path: the call fails" >&2; exit 1; }
  # warm-up, not counted: the JIT compiles the path a visitor takes
  wrk -t2 -c"$CONNECTIONS" -d"${WARMUP:-5}s" "$BASE$path" >/dev/null
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency "$BASE$path" >"$WORK/wrk.txt"
  rps=$(awk '/Requests\/sec/ { print $2 }' "$WORK/wrk.txt")
  p99=$(awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms/, "", v) } else { sub(/s/, "", v); v *= 1000 } printf "%.2f", v }' "$WORK/wrk.txt")
  errors=$(awk '/Non-2xx/ { n += $NF } /Socket errors/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' "$WORK/wrk.txt")
  printf '%-60s %9s req/s   p99 %8s ms   errors %s\n' "GET $path" "$rps" "$p99" "$errors"
  verdict "p99 < ${TARGET_P99_MS} ms, 0 errors" "$p99" "$(awk -v p="$p99" -v e="$errors" -v t=$TARGET_P99_MS 'BEGIN { print (p < t && e == 0) ? 1 : 0 }')"
done

echo "== (2) downloads: first and second request (signed in with a session)"
for path in "$CARD/pdf" "/edisi/2024/hasil/$SCOPE/revisi/1/lampiran.pdf" "/edisi/2024/hasil/$SCOPE/revisi/1/lampiran.xlsx" \
  "/edisi/2024/piagam/$SCOPE/piagam.zip"; do
  times=()
  for _ in 1 2; do
    times+=("$(curl -fsS -b "$COOKIES" -o "$WORK/download" -w '%{time_total}' "$BASE$path")")
  done
  printf '%-60s first %6.2f s   second %6.2f s   %s bytes\n' "GET $path" "${times[0]}" "${times[1]}" "$(stat -c %s "$WORK/download")"
  verdict "second < ${TARGET_SECOND_S} s" "${times[1]}" "$(awk -v s="${times[1]}" -v t=$TARGET_SECOND_S 'BEGIN { print (s < t) ? 1 : 0 }')"
done
echo "public-load: targets met $met/$total"
