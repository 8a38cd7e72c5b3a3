// npm run bench, scale-out: with two app instances on one PostgreSQL database, checks that nothing lives in one
// process that a second process would miss. Writes its findings to <results>.scale-out.json for bench/report.ts.
// Usage: DATABASE_URL=postgresql://... tsx bench/scale-out-check.ts <instance A URL> <instance B URL> <results.json>
import { createHash, randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import { createDb } from "../lib/db";
import { databaseUrl } from "../lib/db/url";
import { signInOverHttp } from "../lib/http/sign-in-client";

const [a, b, out] = process.argv.slice(2);
const PASSWORD = "Demo.Heslo.2026";
const db = createDb(databaseUrl());
export type Check = { name: string; ok: boolean; detail: string };
const checks: Check[] = [];
const check = (name: string, ok: boolean, detail: string) => {
  checks.push({ name, ok, detail });
  console.log(`${ok ? "ok  " : "FAIL"} ${name}: ${detail}`);
};
const get = (base: string, path: string, cookie: string) =>
  fetch(base + path, { headers: { cookie }, redirect: "manual" });

// 1. Sessions: a cookie issued by A is accepted by B (signed JWT with the shared AUTH_SECRET; the user is read from
//    the database on every request).
const member = (await signInOverHttp(a, "clen.naruc@demo.rodina-lk.cz", PASSWORD))!;
const onB = await get(b, "/", member);
const html = await onB.text();
check(
  "session signed in on A is valid on B",
  onB.status === 200 && html.includes("Lucie Horáková"),
  `B answered ${onB.status}`,
);

// 2. Caches: B serves its cached dashboard until a write made through A; then B renders it again, with the new data.
await get(b, "/", member).then((r) => r.arrayBuffer());
const before = (await get(b, "/", member)).headers.get("x-page-cache");
const title = `Beseda škálování ${randomUUID().slice(0, 8)}`;
const created = await fetch(`${a}/api/v1/events`, {
  method: "POST",
  headers: { "content-type": "application/json", cookie: member, origin: a },
  body: JSON.stringify({
    idempotencyKey: randomUUID(),
    programmeId: "prog-nrp-2024",
    eventTypeId: "TALK",
    title,
    startDate: "2026-06-15",
    placeId: "5105",
    audience: "PUBLIC",
    realisation: "REALISED",
    submit: true,
  }),
});
const after = (await get(b, "/", member)).headers.get("x-page-cache");
const listed = await (await get(b, `/nabor?q=${encodeURIComponent(title)}`, member)).text();
check(
  "a write through A invalidates B's cached dashboard",
  created.status === 201 && before === "hit" && after === "miss" && listed.includes(title),
  `B before the write: ${before}; event created on A: ${created.status}; B after: ${after}; B's events list shows it: ${listed.includes(title)}`,
);

// 3. Login limit: five wrong passwords spread over A and B lock the account on both (the counter is in the database).
const locked = "clen.rvc@demo.rodina-lk.cz";
for (let i = 0; i < 5; i++) await signInOverHttp(i % 2 ? b : a, locked, "wrong-password-123");
const refusedA = (await signInOverHttp(a, locked, PASSWORD)) === null;
const refusedB = (await signInOverHttp(b, locked, PASSWORD)) === null;
check(
  "login limit counts failures made on both instances",
  refusedA && refusedB,
  `correct password after 5 failures (3 on A, 2 on B): refused on A ${refusedA}, on B ${refusedB}`,
);
await db.loginAttempt.deleteMany({ where: { key: { contains: locked } } });

// 4. Uploads: an attachment is a database row, so either instance serves the same bytes.
const event = await db.recruitmentEvent.findFirstOrThrow({ where: { title } });
const content = Buffer.from(`%PDF-1.4\n% bench ${title}\n`);
const attachment = await db.attachment.create({
  data: {
    fileName: "pozvanka.pdf",
    mimeType: "application/pdf",
    size: content.length,
    sha256: createHash("sha256").update(content).digest("hex"),
    content,
    recruitmentEventId: event.id,
  },
});
const [fromA, fromB] = await Promise.all(
  [a, b].map(async (base) =>
    Buffer.from(await (await get(base, `/api/prilohy/${attachment.id}`, member)).arrayBuffer()),
  ),
);
check(
  "an attachment is served by both instances",
  fromA.equals(content) && fromB.equals(content),
  `A ${fromA.length} B, B ${fromB.length} B, stored ${content.length} B`,
);

writeFileSync(out.replace(/\.json$/, ".scale-out.json"), JSON.stringify(checks, null, 2));
await db.$disconnect();
if (checks.some((c) => !c.ok)) process.exit(1);
