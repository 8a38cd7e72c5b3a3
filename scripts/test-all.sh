#!/usr/bin/env bash
# npm test: types, lint, unit + integration tests on SQLite and PostgreSQL, then the browser suite in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
step() { printf '\n== %s ==\n' "$1"; }

step "TypeScript"
npx tsc --noEmit
step "ESLint"
npx eslint . --max-warnings 0
step "Vitest: unit, SQLite, PostgreSQL (${TEST_PG_URL:-postgresql://postgres@127.0.0.1:5432/postgres})"
npx vitest run
step "Playwright e2e in Chromium"
npx playwright test
