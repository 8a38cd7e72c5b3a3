import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { completeSsoSignIn, matchSsoIdentity } from "./sso";

const COORDINATOR = "koordinatorka@demo.rodina-lk.cz";
const NOW = new Date("2026-03-02T08:30:00Z");

const lastAudit = (action: string) => db.auditLog.findFirst({ where: { action }, orderBy: { createdAt: "desc" } });
const counts = async () => ({ audit: await db.auditLog.count(), users: await db.user.count() });

afterEach(async () => {
  await db.user.update({ where: { id: "user-council" }, data: { active: true } });
});

describe("single sign-on: matching the provider's e-mail to an account", () => {
  it("signs in the active account with that verified e-mail (case and spaces do not matter) and audits it", async () => {
    const identity = await matchSsoIdentity(
      { sub: "idp-123", email: ` ${COORDINATOR.toUpperCase()} `, email_verified: true, name: "J. D." },
      false,
    );
    expect(identity).toEqual({ id: "user-coordinator", email: COORDINATOR, name: "Jana Dvořáková" });
    expect(await completeSsoSignIn(identity, db, NOW)).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: "user-coordinator" } })).lastSignInAt).toEqual(NOW);
    const entry = await lastAudit("login");
    expect(entry).toMatchObject({ userId: "user-coordinator", entityId: "user-coordinator" });
    expect(JSON.parse(entry!.after!)).toEqual({ method: "sso" });
  });

  it("lets an invited person without a password in", async () => {
    await db.user.update({ where: { id: "user-council" }, data: { passwordHash: null } });
    const identity = await matchSsoIdentity({ email: "rada@demo.rodina-lk.cz", email_verified: true }, false);
    expect(identity.id).toBe("user-council");
  });

  it("trusts an unverified e-mail (or the preferred_username) for a trusted tenant", async () => {
    expect((await matchSsoIdentity({ email: COORDINATOR }, true)).id).toBe("user-coordinator");
    expect((await matchSsoIdentity({ preferred_username: COORDINATOR }, true)).id).toBe("user-coordinator");
  });

  it.each([
    [
      "an unknown e-mail",
      { email: "neznamy@example.cz", email_verified: true },
      false,
      "unknown",
      "/prihlaseni?chyba=sso&email=neznamy%40example.cz",
    ],
    [
      "an unverified e-mail without OIDC_TRUST_EMAIL",
      { email: COORDINATOR },
      false,
      "unverified",
      "/prihlaseni?chyba=sso-email",
    ],
    [
      "a preferred_username without OIDC_TRUST_EMAIL",
      { preferred_username: COORDINATOR },
      false,
      "no_email",
      "/prihlaseni?chyba=sso-email",
    ],
    ["no e-mail at all", { sub: "x" }, true, "no_email", "/prihlaseni?chyba=sso-email"],
  ])(
    "refuses %s, audits the e-mail and reason, and changes nothing else",
    async (_label, claims, trust, reason, redirect) => {
      const before = await counts();
      const coordinator = await db.user.findUniqueOrThrow({ where: { id: "user-coordinator" } });
      const identity = await matchSsoIdentity(claims, trust);
      expect(identity.id).toBe("sso-refused");
      expect(await completeSsoSignIn(identity, db, NOW)).toBe(redirect);
      expect(await counts()).toEqual({ ...before, audit: before.audit + 1 });
      const entry = await lastAudit("sso_refused");
      expect(entry?.userId).toBeNull();
      expect(JSON.parse(entry!.after!)).toEqual({ email: identity.email, reason });
      expect(await db.user.findUniqueOrThrow({ where: { id: "user-coordinator" } })).toEqual(coordinator);
    },
  );

  it("refuses a deactivated account with the same message as an unknown one", async () => {
    await db.user.update({ where: { id: "user-council" }, data: { active: false } });
    const before = await db.user.findUniqueOrThrow({ where: { id: "user-council" } });
    const identity = await matchSsoIdentity({ email: "rada@demo.rodina-lk.cz", email_verified: true }, true);
    expect(await completeSsoSignIn(identity, db, NOW)).toBe("/prihlaseni?chyba=sso&email=rada%40demo.rodina-lk.cz");
    const entry = await lastAudit("sso_refused");
    expect(entry).toMatchObject({ userId: null, entityId: "user-council" });
    expect(JSON.parse(entry!.after!)).toEqual({ email: "rada@demo.rodina-lk.cz", reason: "inactive" });
    expect(await db.user.findUniqueOrThrow({ where: { id: "user-council" } })).toEqual(before);
  });

  it("refuses an identity that did not come from the matcher", async () => {
    expect(await completeSsoSignIn({ id: "sso-refused", email: null }, db, NOW)).toBe("/prihlaseni?chyba=sso-email");
    expect(JSON.parse((await lastAudit("sso_refused"))!.after!)).toEqual({ email: null, reason: "missing" });
  });
});
