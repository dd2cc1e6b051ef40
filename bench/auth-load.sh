#!/usr/bin/env bash
# The cost of each door to the API under load, side by side in one run: the same leaderboard call
# as an administrator with a session cookie, with a personal API token, and with HTTP Basic (a
# BCrypt check per request). Starts the packaged application (embedded default, demo edition) on
# 127.0.0.1 in a temporary folder and drives it with wrk (apt-get install wrk): bounded in time,
# loopback only.
# Usage: bench/auth-load.sh [SECONDS] [CONNECTIONS]   (defaults 15 and 64)
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_EACH=${1:-15}
CONNECTIONS=${2:-64}
PORT=${BENCH_PORT:-18090}
URL="http://127.0.0.1:$PORT/api/v1/editions/2024/desk-scores?category=PEMKAB_PEMKOT&size=20"
USER=admin PASSWORD=paritrana2024

command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 1; }
. bench/packaged-app.sh

# a session: the sign-in form's CSRF token, then the form
JAR_FILE="$WORK/cookies"
CSRF=$(curl -fsS -c "$JAR_FILE" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -fsS -b "$JAR_FILE" -c "$JAR_FILE" -o /dev/null --data-urlencode "username=$USER" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$CSRF" "$BASE/login"
SESSION=$(awk '$6 == "PARITRANA_SESSION" { print $7 }' "$JAR_FILE")
# a token, created with the password
TOKEN=$(curl -fsS -u "$USER:$PASSWORD" -H 'Content-Type: application/json' \
  -d '{"name":"bench","days":1}' "$BASE/api/v1/tokens" | grep -o '"secret":"[^"]*"' | sed 's/"secret":"//;s/"//')
BASIC=$(printf '%s:%s' "$USER" "$PASSWORD" | base64)

run() {
  local name=$1 header=$2
  curl -fsS -o /dev/null -H "$header" "$URL" || { echo "$name: the call fails" >&2; exit 1; }
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency -H "$header" "$URL" >"$WORK/$name.txt"
  local rps p99 errors
  rps=$(awk '/Requests\/sec/ { print $2 }' "$WORK/$name.txt")
  p99=$(awk '$1 == "99%" { print $2 }' "$WORK/$name.txt")
  errors=$(awk '/Non-2xx|Socket errors/ { print }' "$WORK/$name.txt" | tr '\n' ' ')
  printf '%-8s %10s req/s   p99 %8s   %s\n' "$name" "$rps" "$p99" "${errors:-0 errors}"
  echo "$rps" >"$WORK/$name.rps"
}

echo "GET $URL, $CONNECTIONS connections, ${SECONDS_EACH}s each, $(nproc) cores (client and server on one machine)"
run session "Cookie: PARITRANA_SESSION=$SESSION"
run token "Authorization: Bearer $TOKEN"
run basic "Authorization: Basic $BASIC"
awk -v s="$(cat "$WORK/session.rps")" -v t="$(cat "$WORK/token.rps")" -v b="$(cat "$WORK/basic.rps")" \
  'BEGIN { printf "token/session %.2f×, basic/session %.2f×, token/basic %.1f×\n", t / s, b / s, t / b }'
