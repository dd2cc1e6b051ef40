#!/usr/bin/env bash
# Backs up the Paritrana PostgreSQL database to one compressed custom-format file.
# usage: ops/backup.sh [FILE]    (default: paritrana-YYYYMMDD-HHMMSS.dump)
# Connection from the usual libpq variables: PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE.
set -euo pipefail
file=${1:-paritrana-$(date -u +%Y%m%d-%H%M%S).dump}
start=$(date +%s)
pg_dump --format=custom --compress=6 --no-owner --file="$file" "${PGDATABASE:-paritrana}"
# a dump that cannot be listed is not a backup
pg_restore --list "$file" > /dev/null
echo "backup $file: $(du -h "$file" | cut -f1) in $(( $(date +%s) - start )) s"
