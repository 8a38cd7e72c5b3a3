#!/usr/bin/env bash
# The app as the e2e suite sees it: a production build on a fresh SQLite database with the demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${E2E_PORT:-3100}"
db="data/e2e-$port.db"
export DATABASE_URL="file:$PWD/$db" AUTH_SECRET="e2e-secret-not-for-production" NEXTAUTH_URL="http://localhost:$port" \
  NEXT_TELEMETRY_DISABLED=1
# E-mail goes to the suite's mail sink (e2e/services/mail-sink.ts, started first by playwright.config.ts).
export SMTP_URL="smtp://127.0.0.1:$((port + 1))" MAIL_FROM="Rodinná politika LK <noreply@e2e.test>" APP_URL="http://localhost:$port"
# Single sign-on against the suite's OpenID provider (e2e/services/oidc-provider.ts, same client id and secret).
export OIDC_ISSUER="http://127.0.0.1:$((port + 3))" OIDC_CLIENT_ID="rodina-e2e" \
  OIDC_CLIENT_SECRET="e2e-oidc-secret-not-for-production" OIDC_NAME="Testovací IdP"
rm -f "$db" "$db-wal" "$db-shm"
npx tsx scripts/seed.ts
npx next build > /dev/null
# The app's log lines (stdout and stderr) also go to a file, which e2e/zz-logs.spec.ts searches for leaked secrets;
# stderr still reaches Playwright's output.
log="data/e2e-$port.log"
: > "$log"
exec npx next start -p "$port" >> "$log" 2> >(tee -a "$log" >&2)
