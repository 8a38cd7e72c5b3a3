// Concurrent writers: N working-group members log events for S seconds against a running production build
// (POST /api/v1/events). Afterwards every acknowledged event must exist exactly once. Usage (see scripts/load.sh):
//   DATABASE_URL=... LOAD_URL=http://localhost:3400 tsx scripts/load-events.ts [users=50] [seconds=60]
import { randomUUID } from "node:crypto";
import { createDb } from "../lib/db";
import { hashPassword } from "../lib/auth/password";
import { databaseUrl } from "../lib/db/url";
import { signInOverHttp } from "../lib/http/sign-in-client";
import { memberEvent } from "../faults/event-input";

const base = process.env.LOAD_URL ?? "http://localhost:3400";
const users = Number(process.argv[2] ?? 50);
const seconds = Number(process.argv[3] ?? 60);
const PASSWORD = "Zatezovy-Test-2026";
const db = createDb(databaseUrl());
const orgs = ["org-naruc", "org-rvc", "org-fchcl", "org-majak", "org-ospod-nb"];

async function signIn(email: string): Promise<string> {
  const session = await signInOverHttp(base, email, PASSWORD);
  if (!session) throw new Error(`sign-in failed for ${email}`);
  return session;
}

const hash = await hashPassword(PASSWORD);
const run = randomUUID().slice(0, 8);
const accounts = Array.from({ length: users }, (_, i) => ({
  email: `zatez-${run}-${i}@demo.rodina-lk.cz`,
  org: orgs[i % orgs.length],
}));
for (const a of accounts)
  await db.user.create({
    data: {
      email: a.email,
      name: `Zátěžový test ${a.email}`,
      role: "MEMBER",
      organisationId: a.org,
      passwordHash: hash,
    },
  });
const cookies = await Promise.all(accounts.map((a) => signIn(a.email)));

const acknowledged = new Map<string, string>(); // idempotency key → event id
const latencies: number[] = [];
const statuses = new Map<number, number>();
const deadline = Date.now() + seconds * 1000;

async function worker(cookie: string, n: number) {
  const mine: string[] = [];
  for (let i = 0; Date.now() < deadline; i++) {
    // Every tenth request repeats an earlier one, as a client retrying after a lost answer would.
    const key = i % 10 === 9 && mine.length ? mine[mine.length - 1] : `load-${run}-${n}-${i}`;
    const started = performance.now();
    const res = await fetch(`${base}/api/v1/events`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie, origin: base },
      body: JSON.stringify(memberEvent(key)),
    });
    latencies.push(performance.now() - started);
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    if (res.status === 201) {
      const { id } = (await res.json()) as { id: string };
      if (acknowledged.has(key) && acknowledged.get(key) !== id)
        throw new Error(`key ${key} acknowledged twice with different events`);
      acknowledged.set(key, id);
      mine.push(key);
    } else await res.text();
  }
}

const started = Date.now();
await Promise.all(cookies.map((c, n) => worker(c, n)));
const elapsed = (Date.now() - started) / 1000;
const stored = await db.recruitmentEvent.findMany({
  where: { idempotencyKey: { startsWith: `load-${run}-` } },
  select: { id: true, idempotencyKey: true },
});
const storedIds = new Set(stored.map((e) => e.id));
const lost = [...acknowledged.values()].filter((id) => !storedIds.has(id)).length;
const unacknowledged = stored.filter((e) => !acknowledged.has(e.idempotencyKey!)).length;
latencies.sort((a, b) => a - b);
const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))].toFixed(0);
const summary = {
  database: databaseUrl().startsWith("postgres") ? "PostgreSQL" : "SQLite",
  users,
  seconds: elapsed.toFixed(1),
  requests: latencies.length,
  "req/s": (latencies.length / elapsed).toFixed(1),
  "p50 ms": pct(0.5),
  "p95 ms": pct(0.95),
  statuses: Object.fromEntries(statuses),
  acknowledged: acknowledged.size,
  stored: stored.length,
  lost,
  unacknowledged,
};
console.log(JSON.stringify(summary));
await db.$disconnect();
if (lost || stored.length !== acknowledged.size || !statuses.get(201)) process.exit(1);
