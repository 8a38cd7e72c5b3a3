import type { Db } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { ensureLocalAuthSecret } from "@/lib/auth/secret";
import { decryptSecret, encryptSecret } from "@/lib/two-factor/crypto";
import { POLICY_KEY } from "@/lib/two-factor/policy";
import { orpId } from "./places";

type Org = { id: string; name: string; kind: "NGO" | "MUNICIPALITY" | "REGIONAL_OFFICE"; orp: string; ico?: string };

export const ORGANISATIONS: Org[] = [
  { id: "org-kulk", name: "Krajský úřad Libereckého kraje", kind: "REGIONAL_OFFICE", orp: "Liberec", ico: "70891508" },
  { id: "org-naruc", name: "Centrum pro rodinu NÁRUČ, z.s.", kind: "NGO", orp: "Liberec" },
  { id: "org-rvc", name: "Rodina v centru, z.ú.", kind: "NGO", orp: "Česká Lípa" },
  { id: "org-fchcl", name: "Farní charita Česká Lípa", kind: "NGO", orp: "Česká Lípa" },
  { id: "org-majak", name: "MAJÁK o.p.s.", kind: "NGO", orp: "Liberec" },
  { id: "org-ospod-nb", name: "OSPOD Nový Bor (Městský úřad Nový Bor)", kind: "MUNICIPALITY", orp: "Nový Bor" },
  {
    id: "org-ospod-cl",
    name: "OSPOD Česká Lípa (Městský úřad Česká Lípa)",
    kind: "MUNICIPALITY",
    orp: "Česká Lípa",
    ico: "00260428",
  },
  {
    id: "org-ospod-lb",
    name: "OSPOD Liberec (Magistrát města Liberec)",
    kind: "MUNICIPALITY",
    orp: "Liberec",
    ico: "00262978",
  },
  {
    id: "org-ospod-jn",
    name: "OSPOD Jablonec nad Nisou (Magistrát města Jablonec nad Nisou)",
    kind: "MUNICIPALITY",
    orp: "Jablonec nad Nisou",
    ico: "00262340",
  },
  { id: "org-ospod-sm", name: "OSPOD Semily (Městský úřad Semily)", kind: "MUNICIPALITY", orp: "Semily" },
  { id: "org-ospod-jil", name: "OSPOD Jilemnice (Městský úřad Jilemnice)", kind: "MUNICIPALITY", orp: "Jilemnice" },
  { id: "org-ospod-tu", name: "OSPOD Turnov (Městský úřad Turnov)", kind: "MUNICIPALITY", orp: "Turnov" },
  { id: "org-ospod-ta", name: "OSPOD Tanvald (Městský úřad Tanvald)", kind: "MUNICIPALITY", orp: "Tanvald" },
  { id: "org-ospod-fr", name: "OSPOD Frýdlant (Městský úřad Frýdlant)", kind: "MUNICIPALITY", orp: "Frýdlant" },
  {
    id: "org-ospod-zb",
    name: "OSPOD Železný Brod (Městský úřad Železný Brod)",
    kind: "MUNICIPALITY",
    orp: "Železný Brod",
  },
];

/** Fictitious demo people, one per role (two members, of different organisations). Password: DEMO_PASSWORD. */
export const DEMO_PASSWORD = "Demo.Heslo.2026";
export const DEMO_USERS = [
  { id: "user-admin", email: "spravce@demo.rodina-lk.cz", name: "Tomáš Veselý", role: "ADMIN", org: null },
  {
    id: "user-coordinator",
    email: "koordinatorka@demo.rodina-lk.cz",
    name: "Jana Dvořáková",
    role: "COORDINATOR",
    org: "org-kulk",
  },
  {
    id: "user-member-naruc",
    email: "clen.naruc@demo.rodina-lk.cz",
    name: "Lucie Horáková",
    role: "MEMBER",
    org: "org-naruc",
  },
  { id: "user-member-rvc", email: "clen.rvc@demo.rodina-lk.cz", name: "Martin Král", role: "MEMBER", org: "org-rvc" },
  { id: "user-council", email: "rada@demo.rodina-lk.cz", name: "Eva Benešová", role: "COUNCIL", org: null },
] as const;

/** The demo admin's TOTP secret, published on purpose (README, "Two-factor sign-in"): the demo is fictitious, and
 * with it anyone trying the demo can add the admin to an authenticator app. Never a real account's secret. */
export const DEMO_ADMIN_TOTP_SECRET = "DEMOSPRAVCERODINNAPOLITIKALKDEMO";
/** The demo office requires a second factor of admins (lib/two-factor/policy). */
export const DEMO_TWO_FACTOR_ROLES = "ADMIN";
const DEMO_ENROLLED_AT = new Date("2026-01-05T08:00:00Z");
/** When the demo accounts were set up: fixed, not the seed's run, so that a session begun at any date the tests pin
 * (lib/clock, e2e/clock.ts) is not older than the account's sessionsValidFrom. */
const DEMO_ACCOUNTS_FROM = new Date("2019-01-01T00:00:00Z");

export async function seedPeople(db: Db) {
  for (const o of ORGANISATIONS) {
    const data = { name: o.name, kind: o.kind, ico: o.ico ?? null, placeId: orpId(o.orp), isWorkingGroupMember: true };
    await db.organisation.upsert({ where: { id: o.id }, create: { id: o.id, ...data }, update: data });
  }
  for (const u of DEMO_USERS) {
    const existing = await db.user.findUnique({ where: { id: u.id } });
    // bcrypt is slow on purpose: hash only when the demo password is not already stored.
    const passwordHash =
      existing && (await verifyPassword(DEMO_PASSWORD, existing.passwordHash))
        ? existing.passwordHash
        : await hashPassword(DEMO_PASSWORD);
    const data = { email: u.email, name: u.name, role: u.role, organisationId: u.org, passwordHash, active: true };
    const since = {
      createdAt: DEMO_ACCOUNTS_FROM,
      passwordChangedAt: DEMO_ACCOUNTS_FROM,
      sessionsValidFrom: DEMO_ACCOUNTS_FROM,
    };
    await db.user.upsert({ where: { id: u.id }, create: { id: u.id, ...data, ...since }, update: data });
  }
  await seedAdminSecondFactor(db);
}

/** The demo admin is enrolled with DEMO_ADMIN_TOTP_SECRET, stored encrypted under the auth secret like any other
 * (so the seed needs the server's AUTH_SECRET, or creates the local one an embedded install uses). */
async function seedAdminSecondFactor(db: Db) {
  ensureLocalAuthSecret();
  const admin = await db.user.findUniqueOrThrow({ where: { id: "user-admin" }, select: { totpSecret: true } });
  if (decryptSecret(admin.totpSecret) !== DEMO_ADMIN_TOTP_SECRET) {
    await db.user.update({
      where: { id: "user-admin" },
      data: { totpSecret: encryptSecret(DEMO_ADMIN_TOTP_SECRET), totpEnabledAt: DEMO_ENROLLED_AT, totpLastStep: null },
    });
  }
  const policy = { key: POLICY_KEY, value: DEMO_TWO_FACTOR_ROLES };
  await db.setting.upsert({ where: { key: POLICY_KEY }, create: policy, update: {} });
}
