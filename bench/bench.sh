#!/usr/bin/env bash
# npm run bench: the performance benchmark (issue 7). Builds the app once; then for SQLite and for PostgreSQL it makes
# a fresh database with the demo data plus the large data set (bench/generate.ts), starts the production build on
# 127.0.0.1 and measures it (bench/measure.ts). On PostgreSQL it also runs two instances behind nginx and measures
# through the proxy, after checking that sessions, the login limit, uploads and caches work across instances
# (bench/scale-out-check.ts). bench/report.ts writes bench/results.md and fails when a budget is missed.
# Needs: a local PostgreSQL (TEST_PG_URL or postgres@127.0.0.1:5432) and nginx (apt-get install -y nginx-light).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 AUTH_SECRET="bench-secret-$(date +%s)"
port=3500 second=3501 proxy_port=3510
out="bench/.results.json"
rm -f "$out"
pg_admin="${TEST_PG_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"
command -v nginx > /dev/null || { echo "nginx is missing: apt-get install -y nginx-light" >&2; exit 1; }
for p in $port $second $proxy_port; do
  if fuser "$p/tcp" > /dev/null 2>&1; then echo "port $p is in use" >&2; exit 1; fi
done

servers=()
stop_all() {
  for pid in "${servers[@]}"; do kill "$pid" 2> /dev/null || true; done
  for p in $port $second $proxy_port; do fuser -k "$p/tcp" > /dev/null 2>&1 || true; done # next start leaves next-server behind
  [[ -f bench/.nginx/nginx.pid ]] && kill "$(cat bench/.nginx/nginx.pid)" 2> /dev/null || true
  servers=()
}
trap stop_all EXIT

start_app() { # port database-url
  NEXTAUTH_URL="http://127.0.0.1:$1" DATABASE_URL="$2" npx next start -H 127.0.0.1 -p "$1" > "bench/.server-$1.log" 2>&1 &
  servers+=($!)
  for _ in $(seq 1 60); do curl -s -o /dev/null "http://127.0.0.1:$1/pristupnost" && return; sleep 1; done
  echo "the app on port $1 did not start" >&2; exit 1
}

fresh_database() { # database-url
  if [[ $1 == postgres* ]]; then psql "$pg_admin" -qc 'DROP DATABASE IF EXISTS lk_bench WITH (FORCE)' -c 'CREATE DATABASE lk_bench'
  else rm -f data/bench.db data/bench.db-wal data/bench.db-shm; fi
  DATABASE_URL="$1" npx tsx scripts/seed.ts > /dev/null
  DATABASE_URL="$1" npx tsx bench/generate.ts
}

echo "Building the production app..."
npx next build > bench/.build.log

sqlite="file:$PWD/data/bench.db"
postgres="${pg_admin%/*}/lk_bench"
fresh_database "$sqlite"
start_app $port "$sqlite"
DATABASE_URL="$sqlite" npx tsx bench/measure.ts "SQLite, 1 instance" "http://127.0.0.1:$port" "$out" $port
stop_all

fresh_database "$postgres"
start_app $port "$postgres"
DATABASE_URL="$postgres" npx tsx bench/measure.ts "PostgreSQL, 1 instance" "http://127.0.0.1:$port" "$out" $port

# Two instances behind nginx, round robin; the proxy passes the client address for the login limit.
start_app $second "$postgres"
mkdir -p bench/.nginx
sed -e "s|@DIR@|$PWD/bench/.nginx|g" -e "s|@PROXY@|$proxy_port|" -e "s|@A@|$port|" -e "s|@B@|$second|" bench/nginx.conf > bench/.nginx/nginx.conf
nginx -c "$PWD/bench/.nginx/nginx.conf" -e "$PWD/bench/.nginx/error.log"
DATABASE_URL="$postgres" npx tsx bench/scale-out-check.ts "http://127.0.0.1:$port" "http://127.0.0.1:$second" "$out"
DATABASE_URL="$postgres" npx tsx bench/measure.ts "PostgreSQL, 2 instances behind nginx" "http://127.0.0.1:$proxy_port" "$out"
stop_all

npx tsx bench/report.ts "$out" bench/results.md
