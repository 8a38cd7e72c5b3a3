// Single-use account links against a real database: issue → check → consume once, expiry, forged tokens, a newer
// link replacing the older, and that the database never holds a token itself.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DEMO } from "@/test/act-as";
import { LINK_HOURS, checkLink, consumeLink, issueLink } from "./links";

// Links are HMAC'd under the server's secret; tests set one of their own.
process.env.AUTH_SECRET ||= "integration-test-secret";
const userId = DEMO.memberB;
const T0 = new Date("2026-03-02T09:00:00Z");
const tokenOf = (url: string) => url.split("/").at(-1)!;
const issue = async (kind: "INVITATION" | "PASSWORD_RESET" = "PASSWORD_RESET", now = T0) =>
  tokenOf((await issueLink(db, { userId, kind, createdById: DEMO.admin, now })).url);
const consume = (token: string, now = T0) => db.$transaction((tx) => consumeLink(tx, token, now));

describe("account links", () => {
  it("a link opens its account until it is used, and only once", async () => {
    const token = await issue();
    const check = await checkLink(db, token, T0);
    expect(check).toMatchObject({
      ok: true,
      kind: "PASSWORD_RESET",
      user: { id: userId, email: "clen.rvc@demo.rodina-lk.cz", active: true },
    });
    expect(await checkLink(db, token, T0), "looking does not use it up").toMatchObject({ ok: true });
    expect(await consume(token)).toMatchObject({ ok: true, kind: "PASSWORD_RESET", user: { id: userId } });
    expect(await consume(token)).toEqual({ ok: false, problem: "used" });
    expect(await checkLink(db, token, T0)).toEqual({ ok: false, problem: "used" });
  });

  it("expires after its kind's lifetime (1 h for a reset, 72 h for an invitation)", async () => {
    const hour = 3_600_000;
    const reset = await issue("PASSWORD_RESET");
    expect(LINK_HOURS.PASSWORD_RESET).toBe(1);
    expect(await checkLink(db, reset, new Date(T0.getTime() + hour - 1))).toMatchObject({ ok: true });
    expect(await checkLink(db, reset, new Date(T0.getTime() + hour))).toEqual({ ok: false, problem: "expired" });
    expect(await consume(reset, new Date(T0.getTime() + hour + 1))).toEqual({ ok: false, problem: "expired" });
    const invitation = await issue("INVITATION");
    expect(await checkLink(db, invitation, new Date(T0.getTime() + 72 * hour - 1))).toMatchObject({
      ok: true,
      kind: "INVITATION",
    });
    expect(await consume(invitation, new Date(T0.getTime() + 72 * hour))).toEqual({ ok: false, problem: "expired" });
    expect(
      await db.accountLink.count({ where: { userId, kind: "INVITATION", usedAt: null } }),
      "an expired link is not used up",
    ).toBe(1);
  });

  it("forged, garbled and altered tokens open nothing", async () => {
    const real = await issue();
    const altered = (real[0] === "A" ? "B" : "A") + real.slice(1);
    const forged = [
      randomBytes(32).toString("base64url"),
      altered,
      real.slice(0, 42),
      `${real}A`,
      "",
      "abc",
      "x".repeat(10_000),
      real.replace(/./, "/"),
      `${real.slice(0, 42)}=`,
      "../../etc/passwd",
    ];
    for (const token of forged) {
      expect(await checkLink(db, token, T0), token.slice(0, 50)).toEqual({ ok: false, problem: "unknown" });
      expect(await consume(token), token.slice(0, 50)).toEqual({ ok: false, problem: "unknown" });
    }
    expect(await checkLink(db, real, T0), "the real link is still good").toMatchObject({ ok: true });
  });

  it("a newer link of a kind replaces the older ones; the other kind stays", async () => {
    const invitation = await issue("INVITATION");
    const older = await issue("PASSWORD_RESET");
    const newer = await issue("PASSWORD_RESET", new Date(T0.getTime() + 60_000));
    expect(await checkLink(db, older, T0)).toEqual({ ok: false, problem: "used" });
    expect(await checkLink(db, newer, T0)).toMatchObject({ ok: true });
    expect(await checkLink(db, invitation, T0)).toMatchObject({ ok: true, kind: "INVITATION" });
  });

  it("a deactivated account's link opens nothing", async () => {
    const token = await issue();
    await db.user.update({ where: { id: userId }, data: { active: false } });
    try {
      expect(await checkLink(db, token, T0)).toEqual({ ok: false, problem: "unknown" });
      expect(await consume(token)).toEqual({ ok: false, problem: "unknown" });
    } finally {
      await db.user.update({ where: { id: userId }, data: { active: true } });
    }
  });

  it("the database never holds the token itself", async () => {
    const token = await issue();
    const rows = await db.accountLink.findMany({ where: { userId } });
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain(token);
    expect(rows.every((r) => r.tokenHash !== token && /^[A-Za-z0-9_-]{43}$/.test(r.tokenHash))).toBe(true);
    expect(JSON.stringify(await db.auditLog.findMany())).not.toContain(token);
  });

  it("of two requests racing with one token exactly one gets it", async () => {
    const token = await issue();
    const results = await Promise.all([consume(token), consume(token), consume(token)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([
      { ok: false, problem: "used" },
      { ok: false, problem: "used" },
    ]);
  });
});
