#!/usr/bin/env bash
# A soak of the embedded default: starts the packaged application (H2 under a fresh ./data, demo
# edition) with its connection pool retiring connections continuously, then drives the demo as
# its people do (bench/soak.py: sign-ins of every demo role, their pages, a write of every kind,
# sign-outs, public pages, the API with Basic, /actuator/health) for SOAK_SECONDS, and prints the
# totals. Exits non-zero if any request failed (5xx, unexpected status, refused write or sign-in,
# connection failure) or the application logged an error.
# Usage: SOAK_SECONDS=3600 bench/soak.sh   (PARITRANA_JAR=… to soak a copy of the jar)
set -euo pipefail
cd "$(dirname "$0")/.."

SOAK_SECONDS=${SOAK_SECONDS:-3600}
PORT=${BENCH_PORT:-18095}
# Hikari's shortest lifetimes: every connection is retired after 30 s, idle ones after 10 s.
BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:-} -Dspring.datasource.hikari.max-lifetime=30000 \
  -Dspring.datasource.hikari.idle-timeout=10000 -Dspring.datasource.hikari.minimum-idle=1"
. bench/packaged-app.sh

echo "soak of $JAR for ${SOAK_SECONDS}s on $BASE (data in $WORK), started $(date -u +%H:%M:%SZ)"
status=0
python3 bench/soak.py "$BASE" "$SOAK_SECONDS" || status=$?
# H2 writes a trace file only when it has something to say: none is 0 KB
trace=$( { cat "$WORK"/data/*.trace.db 2>/dev/null || true; } | wc -c | awk '{ print int($1 / 1024) }')
logged=$(grep -c ' ERROR ' "$WORK/app.log" || true)
echo "H2 trace file: ${trace} KB; application log: ${logged} ERROR lines; finished $(date -u +%H:%M:%SZ)"
if [ "$logged" -gt 0 ]; then
  grep -m 5 -A 3 ' ERROR ' "$WORK/app.log" >&2
  status=1
fi
exit "$status"
