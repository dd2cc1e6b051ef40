#!/usr/bin/env bash
# Decompression bombs against a running server: PDFs whose object stream inflates to 1 GB and to
# 8 GB (1 MB and 8 MB on the wire) are uploaded as evidence by an operator, while /publik is
# polled beside them. Each bomb must be refused within seconds, the server must keep answering,
# and a small PDF of the same make must still be accepted. Starts the packaged application on
# 127.0.0.1 (see bench/packaged-app.sh); bounded in count and time, loopback only.
# Usage: bench/upload-bombs.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${BENCH_PORT:-18091}
BOMBS=${BENCH_BOMBS:-/tmp/paritrana-bombs}
mkdir -p "$BOMBS"
for mb in 1 1024 8192; do
  [ -f "$BOMBS/bomb-$mb.pdf" ] || python3 bench/make-bomb-pdf.py "$mb" "$BOMBS/bomb-$mb.pdf" >/dev/null
done
. bench/packaged-app.sh

ADMIN=admin:paritrana2024
OPERATOR=bench.operator PASSWORD='Mangrove-Sungai-4823'
# an operator of Kota Tarakan (65.71): the demo brings Kalimantan Utara's level to VERIFIKASI
curl -fsS -o /dev/null -u "$ADMIN" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$OPERATOR\",\"password\":\"$PASSWORD\",\"displayName\":\"Petugas uji\",\"role\":\"OPERATOR_PEMDA\",\"provinceCode\":\"65\",\"governmentCode\":\"65.71\"}" \
  "$BASE/api/v1/users"

# /publik, polled until told to stop: one line per request, "status seconds"
: >"$WORK/poll"
( for _ in $(seq 1 3000); do
    [ -f "$WORK/stop" ] || ! kill -0 $APP 2>/dev/null && break
    curl -s -o /dev/null -m 30 -w '%{http_code} %{time_total}\n' "$BASE/publik" >>"$WORK/poll" || echo "000 30" >>"$WORK/poll"
    sleep 0.2
  done ) &
POLLER=$!

upload() {
  local file=$1
  curl -s -o "$WORK/answer" -m 120 -w '%{http_code} %{time_total}\n' -u "$OPERATOR:$PASSWORD" \
    -F kind=REGULASI -F regulationType=PERKADA -F number=7 -F documentYear=2023 \
    -F title="Perkada perlindungan pekerja rentan" -F "file=@$file;type=application/pdf" \
    "$BASE/api/v1/editions/2024/candidates/65.71/evidence" || echo "000 120"
}

printf '%-14s %8s %10s  %s\n' file bytes answer detail
for mb in 1 1024 8192; do
  file="$BOMBS/bomb-$mb.pdf"
  read -r status seconds < <(upload "$file") || true
  detail=$(grep -o '"message":"[^"]*"' "$WORK/answer" | head -1 | cut -c1-110 || true)
  printf '%-14s %8s %4s %5.2fs  %s\n' "bomb-$mb.pdf" "$(stat -c %s "$file")" "$status" "$seconds" "${detail:-accepted}"
done
touch "$WORK/stop"; wait $POLLER
awk '{ n++; if ($1 != 200) bad++; if ($2 > max) max = $2 } END {
  printf "/publik polled %d times during the uploads: %d not 200, slowest %.2fs\n", n, bad, max }' "$WORK/poll"
echo "OutOfMemoryError in the log: $(grep -c OutOfMemoryError "$WORK/app.log" || true)"
