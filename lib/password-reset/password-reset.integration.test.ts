// The two public actions as a signed-out visitor calls them: "Zapomenuté heslo" and setting a password through a
// link. Every refused call leaves the account, its links and the audit log as they were.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { checkLink, issueLink } from "@/lib/account-links/links";
import { checkCredentials } from "@/lib/auth/login";
import { verifyPassword } from "@/lib/auth/password";
import { RESET_PER_EMAIL, RESET_PER_IP, takeResetRequest } from "@/lib/auth/rate-limit";
import { startSmtpSink } from "@/lib/reminders/smtp-sink";
import { DEMO } from "@/test/act-as";
import { requestPasswordReset, setPassword } from "./actions";
import { sendPasswordResetLink } from "./send-link";
import { logger } from "@/lib/log/logger";

// What next/server's after() was given: the test runs it when it wants to see what happens after the answer.
const deferred = vi.hoisted(() => [] as (() => Promise<void>)[]);
vi.mock("next/server", () => ({ after: (work: () => Promise<void>) => deferred.push(work) }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" }) }));
const runDeferred = async () => {
  for (const work of deferred.splice(0)) await work();
};

process.env.AUTH_SECRET ||= "integration-test-secret";
const member = { id: DEMO.memberB, email: "clen.rvc@demo.rodina-lk.cz" };
const GOOD = "Zelena-Louka-Jizera-42";
const NEUTRAL = { ok: true, data: { requested: true } };
let sink: Awaited<ReturnType<typeof startSmtpSink>>;

beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(() => sink.close());
afterEach(() => {
  delete process.env.SMTP_URL;
  deferred.length = 0;
});

const tokenOf = (url: string) => url.split("/").at(-1)!;
const issue = async (
  userId: string = member.id,
  kind: "INVITATION" | "PASSWORD_RESET" = "PASSWORD_RESET",
  now?: Date,
) => tokenOf((await issueLink(db, { userId, kind, createdById: DEMO.admin, now })).url);
const account = (id: string) => db.user.findUniqueOrThrow({ where: { id }, omit: { updatedAt: true } });
const snapshot = async (id: string) => ({
  user: await account(id),
  links: await db.accountLink.findMany({ where: { userId: id }, orderBy: { id: "asc" } }),
  audit: await db.auditLog.count(),
});
const auditText = async () => JSON.stringify(await db.auditLog.findMany());

describe("setting a password through a link", () => {
  it("a reset link sets the new password, ends older sessions, keeps the rest, audits without the token, and works once", async () => {
    const token = await issue();
    const before = await account(member.id);
    const start = new Date();
    expect(await setPassword({ token, password: GOOD, confirm: GOOD })).toEqual({
      ok: true,
      data: { kind: "PASSWORD_RESET" },
    });
    const after = await account(member.id);
    expect(await verifyPassword(GOOD, after.passwordHash)).toBe(true);
    expect(after.passwordChangedAt.getTime()).toBeGreaterThanOrEqual(start.getTime());
    expect(after.sessionsValidFrom).toEqual(after.passwordChangedAt);
    const rest = (u: typeof after) => ({ ...u, passwordHash: null, passwordChangedAt: null, sessionsValidFrom: null });
    expect(rest(after)).toEqual(rest(before));
    const entry = await db.auditLog.findFirstOrThrow({
      where: { action: "password_reset" },
      orderBy: { createdAt: "desc" },
    });
    expect(entry).toMatchObject({
      userId: member.id,
      entity: "User",
      entityId: member.id,
      before: null,
      after: null,
      ip: "203.0.113.7",
    });
    expect(await auditText()).not.toContain(token);
    expect(await checkCredentials({ email: member.email, password: GOOD })).toMatchObject({ id: member.id });

    const used = await snapshot(member.id);
    expect(await setPassword({ token, password: "Jina-Louka-Jizera-43", confirm: "Jina-Louka-Jizera-43" })).toEqual({
      ok: false,
      error: "validation",
      details: { problem: "used" },
    });
    expect(await snapshot(member.id)).toEqual(used);
  });

  it("an invitation sets the first password and closes the person's other open links", async () => {
    const invited = await db.user.create({
      data: {
        email: "novy.clen@demo.rodina-lk.cz",
        name: "Nový Člen",
        role: "MEMBER",
        organisationId: "org-rvc",
        passwordHash: null,
      },
    });
    const reset = await issue(invited.id, "PASSWORD_RESET");
    const invitation = await issue(invited.id, "INVITATION");
    expect(await setPassword({ token: invitation, password: GOOD, confirm: GOOD })).toEqual({
      ok: true,
      data: { kind: "INVITATION" },
    });
    expect(await verifyPassword(GOOD, (await account(invited.id)).passwordHash)).toBe(true);
    expect(
      await db.auditLog.count({ where: { action: "invitation_accepted", entityId: invited.id, userId: invited.id } }),
    ).toBe(1);
    expect(await checkLink(db, reset)).toEqual({ ok: false, problem: "used" });
  });

  it("forged and expired links change nothing and say why", async () => {
    const expired = await issue(member.id, "PASSWORD_RESET", new Date(Date.now() - 2 * 3_600_000));
    const before = await snapshot(member.id);
    const forged = "A".repeat(43);
    expect(await setPassword({ token: forged, password: GOOD, confirm: GOOD })).toMatchObject({
      ok: false,
      details: { problem: "unknown" },
    });
    expect(await setPassword({ token: expired, password: GOOD, confirm: GOOD })).toMatchObject({
      ok: false,
      details: { problem: "expired" },
    });
    expect(await snapshot(member.id)).toEqual(before);
  });

  it("refuses bad input with the field's reason and leaves the account and the link untouched", async () => {
    const token = await issue();
    const before = await snapshot(member.id);
    const long = "Abc1-Xyz2_".repeat(1_000);
    const cases: [unknown, Record<string, string[]> | null][] = [
      [{ token, password: "kratke", confirm: "kratke" }, { password: ["too_small|12"] }],
      [{ token, password: "aaaaaaaaaaaaaaa", confirm: "aaaaaaaaaaaaaaa" }, { password: ["weakPassword"] }],
      [{ token, password: "heslo-Jizera-2026", confirm: "heslo-Jizera-2026" }, { password: ["weakPassword"] }],
      [{ token, password: "Clenrvc-Jizera-2026", confirm: "Clenrvc-Jizera-2026" }, { password: ["weakPassword"] }],
      [{ token, password: GOOD, confirm: `${GOOD}x` }, { confirm: ["passwordMismatch"] }],
      [
        { token, password: long, confirm: long },
        { password: ["too_big|128", "passwordTooLong"], confirm: ["too_big|200"] },
      ],
      [{ token, password: GOOD, confirm: long }, { confirm: ["too_big|200"] }],
      [{ token: long, password: GOOD, confirm: GOOD }, { token: ["too_big|100"] }],
      [{ token, password: 123456789012, confirm: 123456789012 }, null],
      [{ token: { $ne: null }, password: GOOD, confirm: GOOD }, null],
      [{ token: [token], password: GOOD, confirm: GOOD }, null],
      [{ password: GOOD, confirm: GOOD }, null],
      [null, null],
      [undefined, null],
      ["text", null],
      [[token, GOOD, GOOD], null],
      [new FormData(), null],
    ];
    for (const [input, fieldErrors] of cases) {
      const result = await setPassword(input);
      expect(result.ok, JSON.stringify(input)?.slice(0, 80)).toBe(false);
      if (!result.ok) expect(result.error).toBe("validation");
      if (fieldErrors && !result.ok) expect(result.fieldErrors).toEqual(fieldErrors);
    }
    expect(await snapshot(member.id)).toEqual(before);
  });
});

describe("Zapomenuté heslo", () => {
  it("answers before looking the account up, then mails an active member a 1-hour link and audits without the token", async () => {
    process.env.SMTP_URL = sink.url;
    const links = await db.accountLink.count();
    const audits = await db.auditLog.count();
    expect(await requestPasswordReset({ email: "  Clen.RVC@demo.rodina-lk.cz " })).toEqual(NEUTRAL);
    expect(
      [await db.accountLink.count(), await db.auditLog.count()],
      "nothing account-specific before the answer",
    ).toEqual([links, audits]);
    await runDeferred();
    const mail = sink.received.filter((m) => m.to.includes(member.email)).at(-1)!;
    expect(mail.subject).toContain("Obnovení hesla");
    const url = /http:\/\/\S+\/prihlaseni\/heslo\/\S+/.exec(mail.text)![0];
    expect(await checkLink(db, tokenOf(url))).toMatchObject({
      ok: true,
      kind: "PASSWORD_RESET",
      user: { id: member.id },
    });
    const entry = await db.auditLog.findFirstOrThrow({
      where: { action: "password_reset_requested" },
      orderBy: { createdAt: "desc" },
    });
    expect(entry).toMatchObject({ userId: null, entity: "User", entityId: member.id, ip: "203.0.113.7" });
    expect(JSON.parse(entry.after!)).toEqual({ sent: true });
    expect(await auditText()).not.toContain(tokenOf(url));
  });

  it("gives an unknown or deactivated e-mail the same answer and sends nothing", async () => {
    process.env.SMTP_URL = sink.url;
    await db.user.update({ where: { id: DEMO.memberA }, data: { active: false } });
    const mails = sink.received.length;
    const links = await db.accountLink.count();
    for (const email of ["nikdo@example.cz", "clen.naruc@demo.rodina-lk.cz"]) {
      expect(await requestPasswordReset({ email })).toEqual(NEUTRAL);
    }
    await runDeferred();
    expect(sink.received.length).toBe(mails);
    expect(await db.accountLink.count()).toBe(links);
    const entries = await db.auditLog.findMany({
      where: { action: "password_reset_requested", entityId: null },
      orderBy: { createdAt: "asc" },
    });
    expect(entries.map((e) => JSON.parse(e.after!))).toEqual([
      { email: "nikdo@example.cz", sent: false },
      { email: "clen.naruc@demo.rodina-lk.cz", sent: false },
    ]);
    await db.user.update({ where: { id: DEMO.memberA }, data: { active: true } });
  });

  it(`after ${RESET_PER_EMAIL} requests for one e-mail the answer stays the same but nothing is sent`, async () => {
    process.env.SMTP_URL = sink.url;
    const email = "koordinatorka@demo.rodina-lk.cz";
    const count = () => sink.received.filter((m) => m.to.includes(email)).length;
    const mails = count();
    for (let i = 0; i < RESET_PER_EMAIL + 1; i++) expect(await requestPasswordReset({ email })).toEqual(NEUTRAL);
    await runDeferred();
    expect(count() - mails).toBe(RESET_PER_EMAIL);
    const last = await db.auditLog.findFirstOrThrow({
      where: { action: "password_reset_requested", entityId: DEMO.coordinator },
      orderBy: { createdAt: "desc" },
    });
    expect(JSON.parse(last.after!)).toEqual({ sent: false, rateLimited: true });
  });

  it(`counts at most ${RESET_PER_IP} requests per IP and forgets them after the window`, async () => {
    const now = new Date("2026-03-02T09:00:00Z");
    for (let i = 0; i < RESET_PER_IP; i++)
      expect(await takeResetRequest(db, "198.51.100.1", `osoba${i}@example.cz`, now)).toBe(true);
    expect(await takeResetRequest(db, "198.51.100.1", "dalsi@example.cz", now)).toBe(false);
    expect(await takeResetRequest(db, "198.51.100.2", "dalsi@example.cz", now)).toBe(true);
    expect(await takeResetRequest(db, "198.51.100.1", "dalsi@example.cz", new Date(now.getTime() + 16 * 60_000))).toBe(
      true,
    );
  });

  it("without SMTP_URL answers the same, sends nothing and warns on the server", async () => {
    const warn = vi.spyOn(logger, "warn").mockImplementation(() => {});
    const mails = sink.received.length;
    expect(await requestPasswordReset({ email: "rada@demo.rodina-lk.cz" })).toEqual(NEUTRAL);
    await runDeferred();
    expect(sink.received.length).toBe(mails);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("SMTP_URL is not set"));
    expect(warn.mock.calls.flat().join(" ")).not.toMatch(/prihlaseni\/heslo/);
    warn.mockRestore();
  });

  it("refuses a malformed e-mail without counting, looking up or auditing anything", async () => {
    const before = [await db.loginAttempt.count(), await db.auditLog.count()];
    for (const input of [
      { email: "" },
      { email: "neni-email" },
      { email: `${"a".repeat(10_000)}@example.cz` },
      { email: 42 },
      { email: ["a@b.cz"] },
      null,
      "a@b.cz",
      new FormData(),
    ]) {
      expect(await requestPasswordReset(input), JSON.stringify(input)?.slice(0, 60)).toMatchObject({
        ok: false,
        error: "validation",
      });
    }
    expect(deferred).toHaveLength(0);
    expect([await db.loginAttempt.count(), await db.auditLog.count()]).toEqual(before);
  });
});

describe("sendPasswordResetLink (the admin's person page)", () => {
  it("returns the url only when no SMTP server is configured", async () => {
    const byHand = await sendPasswordResetLink(db, DEMO.council, DEMO.admin);
    expect(byHand.sent).toBe(false);
    expect(await checkLink(db, tokenOf(byHand.url!))).toMatchObject({ ok: true, user: { id: DEMO.council } });
    process.env.SMTP_URL = sink.url;
    expect(await sendPasswordResetLink(db, DEMO.council, DEMO.admin)).toEqual({ sent: true });
    expect(await checkLink(db, tokenOf(byHand.url!)), "the newer link replaced it").toEqual({
      ok: false,
      problem: "used",
    });
    expect(sink.received.at(-1)!.to).toEqual(["rada@demo.rodina-lk.cz"]);
    expect(
      await db.auditLog.count({
        where: { action: "password_reset_link_sent", entityId: DEMO.council, userId: DEMO.admin },
      }),
    ).toBe(2);
  });

  it("refuses a deactivated account", async () => {
    await db.user.update({ where: { id: DEMO.memberA }, data: { active: false } });
    const links = await db.accountLink.count();
    await expect(sendPasswordResetLink(db, DEMO.memberA, DEMO.admin)).rejects.toThrow();
    expect(await db.accountLink.count()).toBe(links);
    await db.user.update({ where: { id: DEMO.memberA }, data: { active: true } });
  });
});
