// Working-group members logging events over the JSON API (POST /api/v1/events), as in the load test, but through
// faults: a refused request (503) is repeated with the same idempotency key after a short pause, as a client
// following Retry-After would, so every event a member meant to log is stored exactly once once the fault is over.
import { randomUUID } from "node:crypto";
import { createDb, type Db } from "../lib/db";
import { hashPassword } from "../lib/auth/password";
import { signInOverHttp } from "../lib/http/sign-in-client";
import { memberEvent } from "./event-input";

const PASSWORD = "Poruchovy-Test-2026";
const ORGANISATIONS = ["org-naruc", "org-rvc", "org-fchcl", "org-majak", "org-ospod-nb"];

export type Member = { email: string; cookie: string };

/** `count` member accounts (or accounts of another `role`) created in the database, each signed in over HTTP. */
export async function signedInMembers(
  databaseUrl: string,
  base: string,
  count: number,
  role: "MEMBER" | "COORDINATOR" = "MEMBER",
): Promise<Member[]> {
  const db = createDb(databaseUrl);
  const hash = await hashPassword(PASSWORD);
  const run = randomUUID().slice(0, 8);
  const emails = Array.from({ length: count }, (_, i) => `porucha-${run}-${i}@demo.rodina-lk.cz`);
  for (const [i, email] of emails.entries()) {
    await db.user.create({
      data: {
        email,
        name: `Poruchový test ${i}`,
        role,
        organisationId: ORGANISATIONS[i % ORGANISATIONS.length],
        passwordHash: hash,
      },
    });
  }
  await db.$disconnect();
  return Promise.all(
    emails.map(async (email) => ({ email, cookie: (await signInOverHttp(base, email, PASSWORD)) ?? fail(email) })),
  );
}

const fail = (email: string): never => {
  throw new Error(`sign-in failed for ${email}`);
};

export type Tally = {
  requests: number;
  /** idempotency key → event id, for every 201 */
  acknowledged: Map<string, string>;
  statuses: Map<number | string, number>;
  /** the longest any single request took, ms */
  slowest: number;
  /** the Czech message shown for a refused request, by status */
  messages: Map<number, string>;
};

export const newTally = (): Tally => ({
  requests: 0,
  acknowledged: new Map(),
  statuses: new Map(),
  slowest: 0,
  messages: new Map(),
});

/** One POST; a network failure counts as status "network". Requests time out after `timeoutMs` (a hang). */
export async function postEvent(
  base: string,
  member: Member,
  key: string,
  tally: Tally,
  timeoutMs = 30_000,
): Promise<number | "network"> {
  const started = performance.now();
  tally.requests++;
  let status: number | "network";
  try {
    const res = await fetch(`${base}/api/v1/events`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: member.cookie, origin: base },
      body: JSON.stringify(memberEvent(key)),
      signal: AbortSignal.timeout(timeoutMs),
    });
    status = res.status;
    const body = (await res.json().catch(() => ({}))) as { id?: string; error?: string };
    if (status === 201 && body.id) {
      const earlier = tally.acknowledged.get(key);
      if (earlier && earlier !== body.id) throw new Error(`key ${key} acknowledged with two different events`);
      tally.acknowledged.set(key, body.id);
    } else if (body.error && !tally.messages.has(status)) tally.messages.set(status, body.error);
  } catch (error) {
    if (error instanceof Error && error.message.includes("acknowledged with two")) throw error;
    status = "network";
  }
  tally.slowest = Math.max(tally.slowest, performance.now() - started);
  tally.statuses.set(status, (tally.statuses.get(status) ?? 0) + 1);
  return status;
}

/** Each member logs events one after another until `stop()` returns true; a refused event is retried (same key)
 * until it is acknowledged or `giveUp()` holds. Returns once every member has finished its current event. A request
 * unanswered after `timeoutMs` counts as a network failure. */
export async function logEventsUntil(
  base: string,
  members: Member[],
  tally: Tally,
  stop: () => boolean,
  giveUp = stop,
  pauseMs = 250,
  timeoutMs = 30_000,
) {
  const run = randomUUID().slice(0, 8);
  await Promise.all(
    members.map(async (member, n) => {
      for (let i = 0; !stop(); i++) {
        const key = `fault-${run}-${n}-${i}`;
        while ((await postEvent(base, member, key, tally, timeoutMs)) !== 201) {
          if (giveUp()) return;
          await new Promise((r) => setTimeout(r, pauseMs));
        }
      }
    }),
  );
}

/** How many events with each acknowledged key are stored (must be exactly 1 each), and stored events nobody was told about. */
export async function storedOnce(db: Db, tally: Tally, keyPrefix = "fault-") {
  const stored = await db.recruitmentEvent.findMany({
    where: { idempotencyKey: { startsWith: keyPrefix } },
    select: { id: true, idempotencyKey: true },
  });
  const byKey = new Map<string, number>();
  for (const e of stored) byKey.set(e.idempotencyKey!, (byKey.get(e.idempotencyKey!) ?? 0) + 1);
  const ids = new Set(stored.map((e) => e.id));
  const lost = [...tally.acknowledged.values()].filter((id) => !ids.has(id)).length;
  const doubled = [...byKey.values()].filter((n) => n > 1).length;
  return {
    stored: stored.length,
    lost,
    doubled,
    unacknowledged: stored.filter((e) => !tally.acknowledged.has(e.idempotencyKey!)).length,
  };
}
