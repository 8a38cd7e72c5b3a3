#!/usr/bin/env bash
# npm run load [users] [seconds]: the concurrent-writers test on SQLite and on PostgreSQL (local server), each on a
# fresh database with the demo data, against the production build on 127.0.0.1:3400. Prints one JSON line per DB.
set -euo pipefail
cd "$(dirname "$0")/.."
users="${1:-50}" seconds="${2:-60}" port=3400
export NEXT_TELEMETRY_DISABLED=1 AUTH_SECRET="load-test-secret" NEXTAUTH_URL="http://localhost:$port" LOAD_URL="http://localhost:$port"
npx next build > /dev/null
pg_admin="${TEST_PG_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"
for url in "file:$PWD/data/load.db" "${pg_admin%/*}/lk_load"; do
  rm -f data/load.db data/load.db-wal data/load.db-shm
  if [[ $url == postgres* ]]; then psql "$pg_admin" -qc 'DROP DATABASE IF EXISTS lk_load WITH (FORCE)' -c 'CREATE DATABASE lk_load'; fi
  DATABASE_URL="$url" npx tsx scripts/seed.ts > /dev/null
  if fuser "$port/tcp" > /dev/null 2>&1; then echo "port $port is in use" >&2; exit 1; fi
  DATABASE_URL="$url" npx next start -p "$port" > /dev/null 2>&1 &
  server=$!
  for _ in $(seq 1 60); do curl -s -o /dev/null "http://localhost:$port/prihlaseni" && break; sleep 1; done
  DATABASE_URL="$url" npx tsx scripts/load-events.ts "$users" "$seconds" || status=$?
  kill "$server" 2>/dev/null || true
  fuser -k "$port/tcp" > /dev/null 2>&1 || true # next start leaves its server process behind otherwise
  wait "$server" 2>/dev/null || true
  [[ ${status:-0} -eq 0 ]] || exit "$status"
done
