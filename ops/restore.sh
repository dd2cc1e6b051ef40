#!/usr/bin/env bash
# Restores a backup made by ops/backup.sh into a NEW, empty database (never over a live one).
# usage: ops/restore.sh FILE DATABASE
# Connection from the usual libpq variables: PGHOST, PGPORT, PGUSER, PGPASSWORD. Run it as the
# application's database user (PGUSER=paritrana), so that the restored tables belong to it; that
# user must be allowed to create databases, or an administrator creates DATABASE for it first
# (CREATE DATABASE ... OWNER paritrana).
set -euo pipefail
file=$1
database=$2
start=$(date +%s)
createdb "$database" 2>/dev/null || echo "database $database exists: restoring into it (it must be empty)"
pg_restore --no-owner --exit-on-error --jobs=2 --dbname="$database" "$file"
echo "restored $file into $database in $(( $(date +%s) - start )) s"
echo "next: start Paritrana on it and run: java -jar paritrana.jar audit-verify"
