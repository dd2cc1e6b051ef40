# Sourced by the load scripts: starts the packaged application (embedded default, demo edition)
# on 127.0.0.1:$PORT in a temporary folder $WORK, waits until its demo edition is seeded, and
# stops it on exit. Needs app/target/paritrana.jar (./mvnw -pl app -am package -DskipTests), or the jar named by PARITRANA_JAR.
JAR="${PARITRANA_JAR:-$PWD/app/target/paritrana.jar}"
BASE="http://127.0.0.1:$PORT"
[ -f "$JAR" ] || { echo "build first: ./mvnw -pl app -am package -DskipTests" >&2; exit 1; }
WORK=$(mktemp -d /tmp/paritrana-bench.XXXXXX)
(cd "$WORK" && exec java ${BENCH_JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 \
  >app.log 2>&1) &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 150); do
  curl -fsS "$BASE/api/v1/public/editions/2024/winners" 2>/dev/null | grep -q '"place":1' && break
  kill -0 $APP 2>/dev/null || { tail -n 40 "$WORK/app.log" >&2; exit 1; }
  sleep 2
done
