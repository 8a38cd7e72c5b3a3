// Single sign-on through the office's OpenID Connect provider (Microsoft Entra ID, ADFS, …), off unless OIDC_ISSUER,
// OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are set (README, "Single sign-on"). The provider only proves who the person
// is: their verified e-mail must belong to an active account of this app (no self-registration), and the role and
// organisation stay the app's own. profile() looks the account up (a read); the signIn callback writes the outcome
// (last sign-in and audit "login", or audit "sso_refused" and the sign-in page with the reason).
import type { User } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { audit } from "@/lib/audit";
import { db, type Db } from "@/lib/db";
import { z } from "@/lib/validation";

export const SSO_PROVIDER_ID = "sso";
const DEFAULT_NAME = "Jednotné přihlášení";
/** The sign-in page with the refusal message (components/auth/sso-button.tsx reads these parameters). */
export const SSO_REFUSED_PATH = "/prihlaseni";
/** The id given to a refused identity: no user has it, so even a session made with it would find nobody. */
const REFUSED_ID = "sso-refused";

type Env = Record<string, string | undefined>;

export type SsoConfig = { issuer: string; clientId: string; clientSecret: string; name: string; trustEmail: boolean };

export function ssoConfig(env: Env = process.env): SsoConfig | null {
  const issuer = env.OIDC_ISSUER?.trim().replace(/\/+$/, "");
  const clientId = env.OIDC_CLIENT_ID?.trim();
  const clientSecret = env.OIDC_CLIENT_SECRET;
  if (!issuer || !clientId || !clientSecret) return null;
  return {
    issuer,
    clientId,
    clientSecret,
    name: env.OIDC_NAME?.trim() || DEFAULT_NAME,
    trustEmail: env.OIDC_TRUST_EMAIL === "true",
  };
}

/** The button's label when single sign-on is on, else null. */
export const ssoName = (env: Env = process.env): string | null => ssoConfig(env)?.name ?? null;

export type SsoRefusal = "no_email" | "unverified" | "unknown" | "inactive";
export type SsoIdentity = {
  id: string;
  email: string | null;
  name: string | null;
  ssoRefusal?: SsoRefusal;
  ssoUserId?: string;
};
type Claims = Record<string, unknown>;

const emailSchema = z.string().trim().toLowerCase().min(3).max(254).email();
const asEmail = (value: unknown): string | null => {
  const parsed = emailSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
};

/**
 * The e-mail the provider vouches for. Without OIDC_TRUST_EMAIL only `email` with `email_verified` true counts;
 * with it (Entra ID sends no email_verified) `email`, else `preferred_username` or `upn` when they are e-mails,
 * counts unless the provider says outright that it is unverified.
 */
export function verifiedEmail(
  claims: Claims,
  trustEmail: boolean,
): { email: string | null; problem?: "no_email" | "unverified" } {
  const stated = asEmail(claims.email);
  const email = stated ?? (trustEmail ? (asEmail(claims.preferred_username) ?? asEmail(claims.upn)) : null);
  if (!email) return { email: null, problem: "no_email" };
  const verified = claims.email_verified === true || claims.email_verified === "true";
  const denied = claims.email_verified === false || claims.email_verified === "false";
  if (verified || (trustEmail && !denied)) return { email };
  return { email, problem: "unverified" };
}

/** What profile() hands next-auth: our user's id when the e-mail matches an active account, else a refusal. */
export async function matchSsoIdentity(
  claims: Claims,
  trustEmail: boolean,
  reader: Pick<Db, "user"> = db,
): Promise<SsoIdentity> {
  const name = typeof claims.name === "string" ? claims.name.slice(0, 200) : null;
  const { email, problem } = verifiedEmail(claims, trustEmail);
  if (!email || problem) return { id: REFUSED_ID, email, name, ssoRefusal: problem ?? "no_email" };
  const user = await reader.user.findUnique({ where: { email }, select: { id: true, name: true, active: true } });
  if (!user) return { id: REFUSED_ID, email, name, ssoRefusal: "unknown" };
  if (!user.active) return { id: REFUSED_ID, email, name, ssoRefusal: "inactive", ssoUserId: user.id };
  return { id: user.id, email, name: user.name };
}

const refusalOf = (user: User): SsoIdentity["ssoRefusal"] | "missing" => {
  const identity = user as Partial<SsoIdentity>;
  if (identity.ssoRefusal) return identity.ssoRefusal;
  return !user.id || user.id === REFUSED_ID ? "missing" : undefined;
};

/**
 * The signIn callback's answer for a single sign-on: true for a matched account (its last sign-in and an audit
 * "login" with method "sso" recorded), else the sign-in page's address with the refusal (audited as
 * "sso_refused" with the e-mail and reason; no tokens are kept).
 */
export async function completeSsoSignIn(
  user: User,
  writer: Pick<Db, "user" | "auditLog"> = db,
  now = new Date(),
): Promise<true | string> {
  const refusal = refusalOf(user);
  const email = user.email ?? null;
  if (refusal) {
    const entityId = (user as Partial<SsoIdentity>).ssoUserId ?? null;
    await audit(writer, {
      userId: null,
      action: "sso_refused",
      entity: "User",
      entityId,
      after: { email, reason: refusal },
    });
    // Unknown and inactive accounts get one message, so the page does not tell which one it was.
    const known = email && (refusal === "unknown" || refusal === "inactive");
    const query = new URLSearchParams(known ? { chyba: "sso", email } : { chyba: "sso-email" });
    return `${SSO_REFUSED_PATH}?${query}`;
  }
  await writer.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
  await audit(writer, {
    userId: user.id,
    action: "login",
    entity: "User",
    entityId: user.id,
    after: { method: "sso" },
  });
  return true;
}

/** next-auth's provider list entry: empty when single sign-on is not configured. */
export function ssoProviders(env: Env = process.env): OAuthConfig<Claims>[] {
  const config = ssoConfig(env);
  if (!config) return [];
  return [
    {
      id: SSO_PROVIDER_ID,
      name: config.name,
      type: "oauth",
      wellKnown: `${config.issuer}/.well-known/openid-configuration`,
      clientId: config.clientId,
      clientSecret: config.clientSecret,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state", "nonce"],
      profile: (claims) => matchSsoIdentity(claims, config.trustEmail),
    },
  ];
}
