import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getServerSession } from "next-auth";
import { db } from "@/lib/db";
import { actAs, DEMO } from "@/test/act-as";
import { checkLink } from "@/lib/account-links/links";
import { setPasswordWithLink } from "@/lib/password-reset/set-password";
import { startSmtpSink } from "@/lib/reminders/smtp-sink";
import type * as SessionModule from "@/lib/auth/session";
import { invitePerson, resendInvitation, sendResetLink, setPersonActive, updatePerson } from "./actions";
import { listPeople, peopleFilters, personDetail } from "./queries";

vi.mock("next-auth", async (original) => ({ ...(await original<object>()), getServerSession: vi.fn() }));
const { currentUser } = await vi.importActual<typeof SessionModule>("@/lib/auth/session");
const sessionOf = (id: string, authTime: number) =>
  vi.mocked(getServerSession).mockResolvedValue({ user: { id, authTime }, expires: "" });

process.env.AUTH_SECRET ||= "integration-test-secret";
const APP_URL = "https://rodina.kraj-lbc.test";
const HOUR = 3_600_000;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;

beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(() => sink.close());
beforeEach(async () => {
  delete process.env.SMTP_URL;
  process.env.APP_URL = APP_URL;
  await actAs("admin");
});

/** Everything an attempt must leave untouched. */
const snapshot = async () => ({
  users: await db.user.findMany({
    orderBy: { id: "asc" },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      organisationId: true,
      active: true,
      sessionsValidFrom: true,
    },
  }),
  links: await db.accountLink.count(),
  audit: await db.auditLog.count(),
});
const tokenOf = (url: string) => url.split("/").at(-1)!;
const member = (email: string, extra: Record<string, unknown> = {}) => ({
  name: "Petra Nováková",
  email,
  role: "MEMBER",
  organisationId: "org-naruc",
  ...extra,
});

describe("inviting people", () => {
  it("mails a Czech invitation with a 72-hour link into the app, and audits the new account without the token", async () => {
    process.env.SMTP_URL = sink.url;
    const before = Date.now();
    const result = await invitePerson(member("  Petra.Novakova@Naruc.test "));
    expect(result).toMatchObject({ ok: true, data: { sent: true, email: "petra.novakova@naruc.test", failed: false } });
    if (!result.ok) return;
    expect(result.data.url).toBeUndefined();
    expect(result.data.expiresAt.getTime() - before).toBeGreaterThanOrEqual(72 * HOUR);
    expect(result.data.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(72 * HOUR);

    const user = await db.user.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(user).toMatchObject({
      email: "petra.novakova@naruc.test",
      name: "Petra Nováková",
      role: "MEMBER",
      organisationId: "org-naruc",
      passwordHash: null,
      active: true,
    });

    const mail = sink.received.find((m) => m.to.includes("petra.novakova@naruc.test"))!;
    expect(mail.subject).toBe("Pozvánka do aplikace Rodinná politika Libereckého kraje");
    expect(mail.text).toContain("Tomáš Veselý vás zve");
    const url = new RegExp(`${APP_URL}/prihlaseni/heslo/[A-Za-z0-9_-]{43}`).exec(mail.text)?.[0];
    expect(url).toBeTruthy();
    expect(await checkLink(db, tokenOf(url!))).toMatchObject({ ok: true, kind: "INVITATION", user: { id: user.id } });

    const entry = await db.auditLog.findFirstOrThrow({
      where: { entity: "User", entityId: user.id, action: "create" },
    });
    expect(entry.userId).toBe(DEMO.admin);
    expect(JSON.parse(entry.after!)).toEqual({
      name: "Petra Nováková",
      email: "petra.novakova@naruc.test",
      role: "MEMBER",
      organisationId: "org-naruc",
    });
    const everything = JSON.stringify(await db.auditLog.findMany({ where: { entityId: user.id } }));
    expect(everything).not.toContain(tokenOf(url!));

    // Pending until the person sets a password through the link; then active.
    expect((await personDetail(user.id))?.state).toBe("ceka");
    expect((await listPeople(peopleFilters({ stav: "ceka" }))).people.map((p) => p.id)).toContain(user.id);
    expect(
      await setPasswordWithLink(db, {
        token: tokenOf(url!),
        password: "Silne-Nove-Heslo-42",
        confirm: "Silne-Nove-Heslo-42",
      }),
    ).toMatchObject({ ok: true });
    expect((await personDetail(user.id))?.state).toBe("aktivni");
  });

  it("returns the link to the admin when SMTP is not configured, and nothing is mailed", async () => {
    const mailed = sink.received.length;
    const result = await invitePerson(member("bez.smtp@naruc.test", { role: "COUNCIL", organisationId: "" }));
    expect(result).toMatchObject({ ok: true, data: { sent: false, failed: false } });
    if (!result.ok) return;
    expect(result.data.url).toMatch(new RegExp(`^${APP_URL}/prihlaseni/heslo/[A-Za-z0-9_-]{43}$`));
    expect(await checkLink(db, tokenOf(result.data.url!))).toMatchObject({ ok: true, kind: "INVITATION" });
    expect(sink.received.length).toBe(mailed);
    expect(await db.user.findUniqueOrThrow({ where: { email: "bez.smtp@naruc.test" } })).toMatchObject({
      role: "COUNCIL",
      organisationId: null,
    });
  });

  it("sends a pending person a new invitation that replaces the old link; refuses it for someone who accepted", async () => {
    const first = await invitePerson(member("znovu@naruc.test"));
    if (!first.ok) throw new Error("invite failed");
    const again = await resendInvitation({ id: first.data.id });
    expect(again).toMatchObject({ ok: true, data: { sent: false } });
    if (!again.ok) return;
    expect(await checkLink(db, tokenOf(first.data.url!))).toEqual({ ok: false, problem: "used" });
    expect(await checkLink(db, tokenOf(again.data.url!))).toMatchObject({ ok: true });
    expect(await db.auditLog.count({ where: { entityId: first.data.id, action: "invitation_sent" } })).toBe(1);

    const before = await snapshot();
    expect(await resendInvitation({ id: DEMO.memberA })).toMatchObject({
      ok: false,
      error: "invalidTransition",
      details: { reason: "notPending" },
    });
    expect(await sendResetLink({ id: first.data.id })).toMatchObject({
      ok: false,
      error: "invalidTransition",
      details: { reason: "notAccepted" },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses an e-mail that already has an account, whatever its case and spaces, and writes nothing", async () => {
    const before = await snapshot();
    for (const email of ["clen.naruc@demo.rodina-lk.cz", " CLEN.Naruc@Demo.Rodina-LK.cz  "]) {
      expect(await invitePerson(member(email))).toEqual({
        ok: false,
        error: "validation",
        fieldErrors: { email: ["emailTaken"] },
        details: {},
      });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a member without an organisation, an inactive or unknown organisation, and bad inputs; writes nothing", async () => {
    await db.organisation.create({ data: { id: "org-closed", name: "Zaniklý spolek", kind: "NGO", active: false } });
    const before = await snapshot();
    expect(await invitePerson(member("a@naruc.test", { organisationId: "" }))).toMatchObject({
      ok: false,
      error: "validation",
      fieldErrors: { organisationId: ["organisationRequired"] },
    });
    expect(await invitePerson(member("a@naruc.test", { organisationId: "org-closed" }))).toMatchObject({
      ok: false,
      fieldErrors: { organisationId: ["organisationInactive"] },
    });
    expect(await invitePerson(member("a@naruc.test", { organisationId: "org-nope" }))).toMatchObject({
      ok: false,
      fieldErrors: { organisationId: ["invalid_value"] },
    });
    for (const bad of [
      member("neni-email"),
      member(""),
      member("a@naruc.test", { name: "  " }),
      member("a@naruc.test", { role: "ROOT" }),
      member(`${"x".repeat(250)}@naruc.test`),
      member("a@naruc.test", { name: "x".repeat(121) }),
      null,
      "text",
      [],
      { email: "a@naruc.test" },
    ]) {
      expect(await invitePerson(bad)).toMatchObject({ ok: false, error: "validation" });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("only an admin may invite", async () => {
    for (const who of ["coordinator", "memberA", "council", null] as const) {
      await actAs(who);
      expect((await invitePerson(member("nekdo@naruc.test"))).ok).toBe(false);
    }
    expect(await db.user.count({ where: { email: "nekdo@naruc.test" } })).toBe(0);
  });
});

describe("changing a person", () => {
  it("changes name, role and organisation, auditing only the changed fields; refuses inactive organisations", async () => {
    const saved = await updatePerson({
      id: DEMO.memberB,
      name: "Martin Král",
      role: "MEMBER",
      organisationId: "org-majak",
    });
    expect(saved).toEqual({ ok: true, data: { changed: ["organisationId"] } });
    const entry = await db.auditLog.findFirstOrThrow({
      where: { entityId: DEMO.memberB, action: "update" },
      orderBy: { createdAt: "desc" },
    });
    expect([JSON.parse(entry.before!), JSON.parse(entry.after!)]).toEqual([
      { organisationId: "org-rvc" },
      { organisationId: "org-majak" },
    ]);
    expect(
      await updatePerson({ id: DEMO.memberB, name: "Martin Král", role: "MEMBER", organisationId: "org-majak" }),
    ).toEqual({ ok: true, data: { changed: [] } });

    await db.organisation.update({ where: { id: "org-majak" }, data: { active: false } });
    // Keeping an organisation deactivated since is fine; assigning one is not.
    expect(
      await updatePerson({ id: DEMO.memberB, name: "Martin Král ml.", role: "MEMBER", organisationId: "org-majak" }),
    ).toMatchObject({ ok: true, data: { changed: ["name"] } });
    const before = await snapshot();
    expect(
      await updatePerson({ id: DEMO.memberA, name: "Lucie Horáková", role: "MEMBER", organisationId: "org-majak" }),
    ).toMatchObject({ ok: false, fieldErrors: { organisationId: ["organisationInactive"] } });
    expect(
      await updatePerson({ id: DEMO.memberA, name: "Lucie Horáková", role: "MEMBER", organisationId: "" }),
    ).toMatchObject({ ok: false, fieldErrors: { organisationId: ["organisationRequired"] } });
    expect(await updatePerson({ id: "user-nobody", name: "X", role: "COUNCIL", organisationId: "" })).toMatchObject({
      ok: false,
      error: "notFound",
    });
    expect(
      await updatePerson({ id: DEMO.memberA, name: "", role: "MEMBER", organisationId: "org-naruc" }),
    ).toMatchObject({ ok: false, error: "validation" });
    expect(await snapshot()).toEqual(before);
    await db.organisation.update({ where: { id: "org-majak" }, data: { active: true } });
  });

  it("a role change applies to the signed-in person at once", async () => {
    sessionOf(DEMO.council, Date.now());
    expect((await currentUser())?.role).toBe("COUNCIL");
    expect(
      await updatePerson({ id: DEMO.council, name: "Eva Benešová", role: "COORDINATOR", organisationId: "org-kulk" }),
    ).toMatchObject({ ok: true });
    expect(await currentUser()).toMatchObject({ role: "COORDINATOR", organisationId: "org-kulk" });
    expect(
      await updatePerson({ id: DEMO.council, name: "Eva Benešová", role: "COUNCIL", organisationId: "" }),
    ).toMatchObject({ ok: true });
  });

  it("the admin cannot demote or deactivate themself; the last active admin stays", async () => {
    const before = await snapshot();
    expect(
      await updatePerson({ id: DEMO.admin, name: "Tomáš Veselý", role: "COORDINATOR", organisationId: "" }),
    ).toMatchObject({ ok: false, fieldErrors: { role: ["selfDemote"] } });
    expect(await setPersonActive({ id: DEMO.admin, active: false })).toMatchObject({
      ok: false,
      error: "invalidTransition",
      details: { reason: "selfDeactivate" },
    });
    expect(await snapshot()).toEqual(before);

    // A second admin; then the first one loses their active state behind the second's back (another session):
    // the second admin is now the last one and can be neither demoted nor deactivated.
    const second = await db.user.create({
      data: { email: "druhy.spravce@kraj-lbc.test", name: "Druhý Správce", role: "ADMIN" },
    });
    expect(
      await updatePerson({ id: second.id, name: "Druhý Správce", role: "COUNCIL", organisationId: "" }),
    ).toMatchObject({ ok: true });
    await db.user.update({ where: { id: second.id }, data: { role: "ADMIN" } });
    await db.user.update({ where: { id: DEMO.admin }, data: { active: false } });
    const lonely = await snapshot();
    expect(
      await updatePerson({ id: second.id, name: "Druhý Správce", role: "COUNCIL", organisationId: "" }),
    ).toMatchObject({ ok: false, fieldErrors: { role: ["lastAdmin"] } });
    expect(await setPersonActive({ id: second.id, active: false })).toMatchObject({
      ok: false,
      details: { reason: "lastAdmin" },
    });
    expect(await snapshot()).toEqual(lonely);
    await db.user.update({ where: { id: DEMO.admin }, data: { active: true } });
    await db.user.update({ where: { id: second.id }, data: { active: false } });
  });
});

describe("deactivation", () => {
  it("ends every session of the person at once and voids their links; reactivation does not revive old sessions", async () => {
    const signedIn = Date.now() - 1000;
    sessionOf(DEMO.memberA, signedIn);
    expect(await currentUser()).toMatchObject({ id: DEMO.memberA });
    await sendResetLink({ id: DEMO.memberA });
    expect(await db.accountLink.count({ where: { userId: DEMO.memberA, usedAt: null } })).toBe(1);

    expect(await setPersonActive({ id: DEMO.memberA, active: false })).toEqual({ ok: true, data: { active: false } });
    expect(await currentUser()).toBeNull();
    expect(await db.accountLink.count({ where: { userId: DEMO.memberA, usedAt: null } })).toBe(0);
    expect((await personDetail(DEMO.memberA))?.state).toBe("neaktivni");
    expect(await sendResetLink({ id: DEMO.memberA })).toMatchObject({ ok: false, details: { reason: "inactive" } });
    const entry = await db.auditLog.findFirstOrThrow({ where: { entityId: DEMO.memberA, action: "deactivate" } });
    expect([entry.userId, JSON.parse(entry.before!), JSON.parse(entry.after!)]).toEqual([
      DEMO.admin,
      { active: true },
      { active: false },
    ]);

    expect(await setPersonActive({ id: DEMO.memberA, active: true })).toEqual({ ok: true, data: { active: true } });
    expect(await currentUser()).toBeNull(); // the session from before the deactivation
    sessionOf(DEMO.memberA, Date.now() + 1000);
    expect(await currentUser()).toMatchObject({ id: DEMO.memberA });
    expect(await db.auditLog.count({ where: { entityId: DEMO.memberA, action: "reactivate" } })).toBe(1);
  });

  it("sends a password reset link for an active person, handing the link back without SMTP", async () => {
    const result = await sendResetLink({ id: DEMO.memberB });
    expect(result).toMatchObject({ ok: true, data: { sent: false, email: "clen.rvc@demo.rodina-lk.cz" } });
    if (result.ok)
      expect(await checkLink(db, tokenOf(result.data.url!))).toMatchObject({ ok: true, kind: "PASSWORD_RESET" });
  });
});

describe("the list", () => {
  it("filters by role, state and text (without diacritics), never exposing password hashes", async () => {
    const all = await listPeople(peopleFilters({}));
    expect(all.people.length).toBe(all.total);
    expect(JSON.stringify(all)).not.toMatch(/passwordHash|totpSecret|\$2[aby]\$/);
    expect((await listPeople(peopleFilters({ role: "MEMBER" }))).people.every((p) => p.role === "MEMBER")).toBe(true);
    expect((await listPeople(peopleFilters({ q: "horakova" }))).people.map((p) => p.id)).toEqual([DEMO.memberA]);
    expect((await listPeople(peopleFilters({ q: "naruc" }))).people.map((p) => p.id)).toContain(DEMO.memberA);
    expect(peopleFilters({ role: "ROOT", stav: "x", q: "  " })).toEqual({
      role: undefined,
      state: undefined,
      q: undefined,
    });
  });
});
