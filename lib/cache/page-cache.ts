// Rendered-page cache for the busiest pages (the overview dashboard). A page is rendered once per user, language,
// URL, day and data version, then served as stored HTML until any write bumps the version (lib/cache/data-version):
// the session is still checked against the database on every request, and each response gets a fresh CSP nonce.
// The cache lives in each process, but because its key holds the version read from the shared database, an instance
// can never serve a page that another instance's write has made out of date.
import type { NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { LOCALE_COOKIE } from "@/i18n/config";
import { authSecret } from "@/lib/auth/secret";
import { sessionHolder, type SessionRow, type SessionUser } from "@/lib/auth/session-holder";
import { parseRequiredRoles, POLICY_KEY } from "@/lib/two-factor/policy";
import { db } from "@/lib/db";
import { toDate } from "@/lib/db/raw-date";
import { can, type Permission } from "@/lib/auth/permissions";
import { RENDER_HEADER } from "./render-header";
import { logger } from "@/lib/log/logger";
import { todayIso } from "@/lib/clock";

/** Pages served from the cache, with the permission their page checks. */
const CACHED_PAGES: Record<string, Permission> = { "/": "overview.view" };
const MAX_BYTES = 64 * 1024 * 1024;
const KEPT_HEADERS = [
  "content-type",
  "cache-control",
  "vary",
  "x-content-type-options",
  "referrer-policy",
  "x-frame-options",
];

/** The page as UTF-8 bytes cut where its render's nonce was (each answer puts its own nonce between the parts). */
type Entry = { parts: Buffer[]; headers: [string, string][] };
const entries = new Map<string, Entry>(); // insertion order = least recently used first
const rendering = new Map<string, Promise<Entry | null>>();
let bytes = 0;

const sizeOf = (entry: Entry) => entry.parts.reduce((sum, part) => sum + part.length, 0);

function remember(key: string, entry: Entry) {
  entries.set(key, entry);
  bytes += sizeOf(entry);
  for (const [oldest, old] of entries) {
    if (bytes <= MAX_BYTES) break;
    entries.delete(oldest);
    bytes -= sizeOf(old);
  }
}

function recall(key: string): Entry | undefined {
  const entry = entries.get(key);
  if (entry) {
    entries.delete(key);
    entries.set(key, entry);
  }
  return entry;
}

/** The session's user and the data version in one round trip: this runs on every request for a cached page, where
 * two Prisma queries cost more than the rest of the answer. */
export async function viewer(
  id: string,
  authTime: number | undefined,
  method?: string,
): Promise<{ user: SessionUser | null; version: number }> {
  type Row = SessionRow & {
    sessionsValidFrom: Date | string;
    totpEnabledAt: Date | string | null;
    policy: string | null;
    version: number | bigint | null;
  };
  const rows = await db.$queryRaw<Row[]>`
    SELECT u."id" AS "id", u."email" AS "email", u."name" AS "name", u."role" AS "role", u."organisationId" AS "organisationId",
           u."sessionsValidFrom" AS "sessionsValidFrom", u."totpEnabledAt" AS "totpEnabledAt",
           (SELECT s."value" FROM "Setting" s WHERE s."key" = ${POLICY_KEY}) AS "policy",
           (SELECT d."version" FROM "DataVersion" d WHERE d."id" = 1) AS "version"
    FROM "User" u WHERE u."id" = ${id} AND u."active" = ${true}`;
  const row = rows[0];
  if (!row) return { user: null, version: 0 };
  const { policy, version, ...user } = row;
  const stored = {
    ...user,
    sessionsValidFrom: toDate(user.sessionsValidFrom),
    totpEnabledAt: user.totpEnabledAt === null ? null : toDate(user.totpEnabledAt),
  };
  return {
    user: sessionHolder(stored, { authTime, method }, parseRequiredRoles(policy)),
    version: Number(version ?? 0),
  };
}

const pragueDay = todayIso;

/** Renders the page through this same server (the request goes to the page, not the cache) and keeps its HTML. */
async function render(request: NextRequest): Promise<Entry | null> {
  const url = `http://127.0.0.1:${process.env.PORT ?? 3000}${request.nextUrl.pathname}${request.nextUrl.search}`;
  const headers = new Headers({ [RENDER_HEADER]: "1" });
  for (const name of ["cookie", "accept", "accept-language", "user-agent", "x-forwarded-proto"]) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  // A server bound to an address other than loopback cannot be asked this way: the page is then rendered as usual.
  const response = await fetch(url, { headers, redirect: "manual" }).catch((error: unknown) => {
    logger.error({ err: error, path: new URL(url).pathname }, "page cache: could not render through the server");
    return null;
  });
  if (!response) return null;
  const nonce = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];
  const html = await response.text();
  if (response.status !== 200 || !nonce) return null;
  return {
    parts: html.split(nonce).map((part) => Buffer.from(part)),
    headers: KEPT_HEADERS.flatMap((h) =>
      response.headers.has(h) ? [[h, response.headers.get(h)!] as [string, string]] : [],
    ),
  };
}

/** The cached page for this request, or null when the request must go to the page itself (not a cached page, not
 * signed in, no permission: the page then redirects or answers 403 as usual). */
export async function cachedPage(request: NextRequest, nonce: string): Promise<Response | null> {
  const permission = CACHED_PAGES[request.nextUrl.pathname];
  if (!permission || request.method !== "GET" || request.headers.has(RENDER_HEADER) || request.headers.has("rsc"))
    return null;
  const token = await getToken({ req: request, secret: authSecret() });
  if (!token?.sub) return null;
  const { user, version } = await viewer(
    token.sub,
    token.authTime as number | undefined,
    token.method as string | undefined,
  );
  if (!user || user.mustEnrolSecondFactor || !can(user.role, permission)) return null;
  // The user (id, role, organisation) is part of the key: a member's "/" is their own organisation's page
  // (components/my-organisation), never served to another user; the query keeps "/?pohled=kraj" apart.
  const key = JSON.stringify([
    version,
    pragueDay(),
    user,
    request.cookies.get(LOCALE_COOKIE)?.value,
    request.nextUrl.pathname,
    request.nextUrl.search,
  ]);
  let entry = recall(key);
  const hit = Boolean(entry);
  if (!entry) {
    let pending = rendering.get(key);
    if (!pending) {
      pending = render(request).finally(() => rendering.delete(key));
      rendering.set(key, pending);
    }
    entry = (await pending) ?? undefined;
    if (!entry) return null;
    if (!entries.has(key)) remember(key, entry);
  }
  const nonceBytes = Buffer.from(nonce);
  const body = Buffer.concat(entry.parts.flatMap((part, i) => (i ? [nonceBytes, part] : [part])));
  const response = new Response(body as Uint8Array<ArrayBuffer>, { headers: entry.headers });
  response.headers.set("x-page-cache", hit ? "hit" : "miss");
  return response;
}
