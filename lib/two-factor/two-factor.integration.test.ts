import { generate } from "otplib";
import { describe, expect, it, vi } from "vitest";
import { currentUser } from "@/lib/auth/session";
import { checkCredentials, SecondFactorInvalidError, SecondFactorRequiredError } from "@/lib/auth/login";
import { MAX_FAILURES, RateLimitedError } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";
import { changePassword } from "@/lib/users/actions";
import { actAs, DEMO } from "@/test/act-as";
import { DEMO_ADMIN_TOTP_SECRET, DEMO_PASSWORD, seedPeople } from "@/prisma/seed/people";
import {
  confirmTwoFactor,
  disableTwoFactor,
  regenerateRecovery,
  resetTwoFactor,
  setTwoFactorPolicy,
  startTwoFactor,
} from "./actions";
import { encryptSecret, hashRecoveryCode, newRecoveryCodes, normaliseRecoveryCode } from "./crypto";
import { POLICY_KEY } from "./policy";

process.env.AUTH_SECRET ||= "integration-test-secret";

const COORDINATOR = "koordinatorka@demo.rodina-lk.cz";
const SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
// A fixed moment (the sign-in check takes `now`), so no test depends on today's date.
const NOW = new Date("2026-03-02T09:00:10Z");
const STEP = Math.floor(NOW.getTime() / 30_000);
const codeAt = (step: number, secret = SECRET) => generate({ secret, epoch: step * 30 + 5 });
const signIn = (input: Record<string, unknown>, ip = "10.1.0.1", now = NOW) =>
  checkCredentials({ email: COORDINATOR, password: DEMO_PASSWORD, ...input }, ip, now);

/** The coordinator enrolled with SECRET and the given recovery codes, as the confirm step leaves it. */
async function enrolCoordinator(codes: string[] = []) {
  await db.user.update({
    where: { id: DEMO.coordinator },
    data: { totpSecret: encryptSecret(SECRET), totpEnabledAt: NOW, totpLastStep: null },
  });
  await db.recoveryCode.deleteMany({ where: { userId: DEMO.coordinator } });
  await db.recoveryCode.createMany({
    data: codes.map((code) => ({ userId: DEMO.coordinator, codeHash: hashRecoveryCode(normaliseRecoveryCode(code)!) })),
  });
}

const counts = async () => ({
  audit: await db.auditLog.count(),
  codes: await db.recoveryCode.count(),
  attempts: await db.loginAttempt.count({ where: { success: true } }),
  user: await db.user.findUniqueOrThrow({
    where: { id: DEMO.coordinator },
    select: { totpSecret: true, totpEnabledAt: true, totpLastStep: true, lastSignInAt: true },
  }),
});

describe("enrolment", () => {
  it("start shows a QR code and the key; a wrong code changes nothing; the right one turns it on with ten hashed recovery codes", async () => {
    await actAs("coordinator");
    const started = await startTwoFactor({});
    if (!started.ok) throw new Error(started.error);
    expect(started.data.qr).toMatch(/^data:image\/png;base64,/);
    expect(started.data.uri).toContain("issuer=Rodinn%C3%A1%20politika%20LK");
    expect(started.data.grouped.replace(/ /g, "")).toBe(started.data.secret);
    const stored = await db.user.findUniqueOrThrow({ where: { id: DEMO.coordinator } });
    expect(stored.totpSecret).not.toContain(started.data.secret);
    expect(stored.totpEnabledAt).toBeNull();

    const before = await counts();
    const right = await generate({ secret: started.data.secret });
    const wrong = String((Number(right) + 500_000) % 1_000_000).padStart(6, "0");
    for (const code of [wrong, "", "abc", "x".repeat(41)]) {
      expect(await confirmTwoFactor({ code })).toMatchObject({ ok: false, error: "validation" });
    }
    expect(await confirmTwoFactor({ code: wrong })).toMatchObject({ fieldErrors: { code: ["wrongCode"] } });
    expect(await counts()).toEqual(before);

    const confirmed = await confirmTwoFactor({ code: right });
    if (!confirmed.ok) throw new Error(confirmed.error);
    expect(confirmed.data.codes).toHaveLength(10);
    const hashes = (await db.recoveryCode.findMany({ where: { userId: DEMO.coordinator } })).map((r) => r.codeHash);
    expect(hashes).toHaveLength(10);
    for (const code of confirmed.data.codes) expect(hashes.join()).not.toContain(code.replace(/-/g, ""));
    expect((await db.user.findUniqueOrThrow({ where: { id: DEMO.coordinator } })).totpEnabledAt).not.toBeNull();
    const entry = await db.auditLog.findFirstOrThrow({
      where: { action: "two_factor_enable", entityId: DEMO.coordinator },
    });
    expect(`${entry.before}${entry.after}`).not.toContain(started.data.secret);
    // Once on, it cannot be started again over the top.
    expect(await startTwoFactor({})).toMatchObject({ ok: false, error: "invalidTransition" });
  });

  it("new recovery codes need a current code and replace the old ones; turning off needs a code or the password", async () => {
    await actAs("coordinator");
    const old = newRecoveryCodes();
    await enrolCoordinator(old);
    const before = await counts();
    expect(await regenerateRecovery({ code: "123456" })).toMatchObject({
      ok: false,
      fieldErrors: { code: ["wrongCode"] },
    });
    expect(await counts()).toEqual(before);
    const regenerated = await regenerateRecovery({ code: old[0] });
    if (!regenerated.ok) throw new Error(regenerated.error);
    expect(regenerated.data.codes).toHaveLength(10);
    expect(await db.recoveryCode.count({ where: { userId: DEMO.coordinator } })).toBe(10);
    await expect(signIn({ code: old[1] })).rejects.toBeInstanceOf(SecondFactorInvalidError);
    expect(
      await db.auditLog.count({ where: { action: "two_factor_recovery_codes", entityId: DEMO.coordinator } }),
    ).toBe(1);

    expect(await disableTwoFactor({ code: "", password: "" })).toMatchObject({
      ok: false,
      fieldErrors: { code: ["codeOrPassword"] },
    });
    expect(await disableTwoFactor({ code: "", password: "spatne-heslo" })).toMatchObject({
      ok: false,
      fieldErrors: { password: ["wrongPassword"] },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: DEMO.coordinator } })).totpEnabledAt).not.toBeNull();
    expect(await disableTwoFactor({ code: "", password: DEMO_PASSWORD })).toEqual({
      ok: true,
      data: { disabled: true },
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: DEMO.coordinator } })).toMatchObject({
      totpSecret: null,
      totpEnabledAt: null,
      totpLastStep: null,
    });
    expect(await db.recoveryCode.count({ where: { userId: DEMO.coordinator } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "two_factor_disable", entityId: DEMO.coordinator } })).toBe(1);
  });

  it("cannot be turned off when the policy requires it for the role", async () => {
    await actAs("admin");
    await seedPeople(db); // the demo admin's secret under this run's key
    const before = await db.user.findUniqueOrThrow({ where: { id: DEMO.admin } });
    expect(await disableTwoFactor({ code: "", password: DEMO_PASSWORD })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: DEMO.admin } })).totpEnabledAt).toEqual(
      before.totpEnabledAt,
    );
  });
});

describe("sign-in with a second factor", () => {
  it("the password alone is never enough: SecondFactorRequired, no session, nothing recorded as a success", async () => {
    await enrolCoordinator();
    const before = await counts();
    await expect(signIn({})).rejects.toBeInstanceOf(SecondFactorRequiredError);
    await expect(signIn({ code: "" })).rejects.toBeInstanceOf(SecondFactorRequiredError);
    await expect(signIn({ code: "   " })).rejects.toBeInstanceOf(SecondFactorRequiredError);
    expect(await counts()).toEqual(before);
    // A wrong password with a right code is a plain refusal.
    expect(await signIn({ password: "spatne-heslo", code: await codeAt(STEP) })).toBeNull();
  });

  it("takes a TOTP code once, in the current step ±1; an older or reused code is refused", async () => {
    await enrolCoordinator();
    const code = await codeAt(STEP);
    expect(await signIn({ code })).toMatchObject({ id: DEMO.coordinator });
    expect((await db.user.findUniqueOrThrow({ where: { id: DEMO.coordinator } })).totpLastStep).toBe(STEP);
    await expect(signIn({ code })).rejects.toBeInstanceOf(SecondFactorInvalidError);
    await expect(signIn({ code: await codeAt(STEP - 1) })).rejects.toBeInstanceOf(SecondFactorInvalidError);
    await expect(signIn({ code: await codeAt(STEP + 2) })).rejects.toBeInstanceOf(SecondFactorInvalidError);
    expect(await signIn({ code: await codeAt(STEP + 1) })).toMatchObject({ id: DEMO.coordinator });
    const login = await db.auditLog.findFirstOrThrow({
      where: { action: "login", userId: DEMO.coordinator },
      orderBy: { createdAt: "desc" },
    });
    expect(JSON.parse(login.after!)).toEqual({ secondFactor: "totp" });
  });

  it("takes a recovery code once (any case, with or without dashes); a replayed one is refused", async () => {
    const [first, second] = newRecoveryCodes(2);
    await enrolCoordinator([first, second]);
    expect(await signIn({ code: first.toUpperCase() }, "10.1.0.2")).toMatchObject({ id: DEMO.coordinator });
    await expect(signIn({ code: first }, "10.1.0.2")).rejects.toBeInstanceOf(SecondFactorInvalidError);
    expect(await signIn({ code: second.replace(/-/g, "") }, "10.1.0.2")).toMatchObject({ id: DEMO.coordinator });
    expect(await db.recoveryCode.count({ where: { userId: DEMO.coordinator, usedAt: null } })).toBe(0);
  });

  it("wrong codes count toward the rate limit and are audited without the code; then even the right code is refused", async () => {
    await enrolCoordinator();
    const ip = "10.1.0.3";
    for (let i = 0; i < MAX_FAILURES; i++)
      await expect(signIn({ code: `00000${i}` }, ip)).rejects.toBeInstanceOf(SecondFactorInvalidError);
    await expect(signIn({ code: await codeAt(STEP) }, ip)).rejects.toBeInstanceOf(RateLimitedError);
    expect(await db.loginAttempt.count({ where: { key: `${ip}|${COORDINATOR}`, success: false } })).toBe(MAX_FAILURES);
    const failed = await db.auditLog.findMany({ where: { action: "login_failed", entityId: DEMO.coordinator, ip } });
    expect(failed).toHaveLength(MAX_FAILURES);
    for (const entry of failed) {
      expect(JSON.parse(entry.after!)).toEqual({ email: COORDINATOR, reason: "second_factor" });
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: DEMO.coordinator } })).totpLastStep).toBeNull();
  });

  it("the demo admin signs in with a code from the published demo secret", async () => {
    await seedPeople(db);
    const code = await codeAt(STEP, DEMO_ADMIN_TOTP_SECRET);
    await expect(
      checkCredentials({ email: "spravce@demo.rodina-lk.cz", password: DEMO_PASSWORD }, "10.1.0.4", NOW),
    ).rejects.toBeInstanceOf(SecondFactorRequiredError);
    expect(
      await checkCredentials({ email: "spravce@demo.rodina-lk.cz", password: DEMO_PASSWORD, code }, "10.1.0.4", NOW),
    ).toMatchObject({ id: DEMO.admin });
  });
});

describe("the admin's policy and reset", () => {
  it("only an admin sets the policy; the change is audited with before and after", async () => {
    await actAs("coordinator");
    expect(await setTwoFactorPolicy({ roles: ["ADMIN"] })).toMatchObject({ ok: false, error: "forbidden" });
    await actAs("admin");
    expect(await setTwoFactorPolicy({ roles: ["ROOT"] })).toMatchObject({ ok: false, error: "validation" });
    expect(await setTwoFactorPolicy({ roles: ["COORDINATOR", "ADMIN"] })).toEqual({
      ok: true,
      data: { value: "ADMIN,COORDINATOR" },
    });
    expect((await db.setting.findUniqueOrThrow({ where: { key: POLICY_KEY } })).value).toBe("ADMIN,COORDINATOR");
    const entry = await db.auditLog.findFirstOrThrow({
      where: { action: "update", entity: "Setting", entityId: POLICY_KEY },
      orderBy: { createdAt: "desc" },
    });
    expect(JSON.parse(entry.before!)).toEqual({ value: "ADMIN" });
    expect(JSON.parse(entry.after!)).toEqual({ value: "ADMIN,COORDINATOR" });
  });

  it("a session that must enrol may only call the enrolment actions", async () => {
    await db.user.update({
      where: { id: DEMO.coordinator },
      data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null },
    });
    const coordinator = (await actAs("coordinator"))!;
    vi.mocked(currentUser).mockResolvedValue({ ...coordinator, mustEnrolSecondFactor: true });
    const hash = (await db.user.findUniqueOrThrow({ where: { id: DEMO.coordinator } })).passwordHash;
    expect(
      await changePassword({
        current: DEMO_PASSWORD,
        password: "Nove-dlouhe-Heslo-77",
        confirm: "Nove-dlouhe-Heslo-77",
      }),
    ).toMatchObject({ ok: false, error: "forbidden" });
    expect(await regenerateRecovery({ code: "123456" })).toMatchObject({ ok: false, error: "forbidden" });
    expect((await db.user.findUniqueOrThrow({ where: { id: DEMO.coordinator } })).passwordHash).toBe(hash);
    const started = await startTwoFactor({});
    expect(started.ok).toBe(true);
    if (started.ok)
      expect((await confirmTwoFactor({ code: await generate({ secret: started.data.secret }) })).ok).toBe(true);
  });

  it("the admin resets a person's second factor: secret, codes and sessions gone, audited with who and whom", async () => {
    await enrolCoordinator(newRecoveryCodes(3));
    await actAs("memberA");
    expect(await resetTwoFactor({ userId: DEMO.coordinator })).toMatchObject({ ok: false, error: "forbidden" });
    expect((await db.user.findUniqueOrThrow({ where: { id: DEMO.coordinator } })).totpEnabledAt).not.toBeNull();
    await actAs("admin");
    expect(await resetTwoFactor({ userId: "no-such-user" })).toMatchObject({ ok: false, error: "notFound" });
    const before = new Date();
    expect(await resetTwoFactor({ userId: DEMO.coordinator })).toEqual({ ok: true, data: { reset: true } });
    const user = await db.user.findUniqueOrThrow({ where: { id: DEMO.coordinator } });
    expect(user).toMatchObject({ totpSecret: null, totpEnabledAt: null, totpLastStep: null });
    expect(user.sessionsValidFrom.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    expect(await db.recoveryCode.count({ where: { userId: DEMO.coordinator } })).toBe(0);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "two_factor_reset" } });
    expect(entry).toMatchObject({ userId: DEMO.admin, entityId: DEMO.coordinator });
    // Signed in again with the password alone, as before enrolment.
    expect(await signIn({}, "10.1.0.5", new Date())).toMatchObject({ id: DEMO.coordinator });
  });
});
