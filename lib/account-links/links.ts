// Single-use links sent by e-mail: an invitation (set your first password) or a password reset. The token is 32
// random bytes that exist only in the link; the database keeps an HMAC of it under the server's secret, so a leaked
// table gives no usable link and a forged token matches nothing. A new link of a kind replaces the older ones.
import { createHmac, randomBytes } from "node:crypto";
import type { Db, Tx } from "@/lib/db";
import type { AccountLinkKind } from "@/lib/db/generated/sqlite/enums";
import { authSecret } from "@/lib/auth/secret";
import { appUrl } from "@/lib/mail/config";

export const LINK_HOURS: Record<AccountLinkKind, number> = { INVITATION: 72, PASSWORD_RESET: 1 };
/** The page that takes a link's token: app/(auth)/prihlaseni/heslo/[token]. */
export const LINK_PATH = "/prihlaseni/heslo";
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

function hashOf(token: string): string {
  const secret = authSecret();
  if (!secret) throw new Error("AUTH_SECRET is not set (and no local secret in data/)");
  return createHmac("sha256", secret).update(token).digest("base64url");
}

export type IssuedLink = { url: string; expiresAt: Date };

export async function issueLink(
  tx: Tx | Db,
  input: { userId: string; kind: AccountLinkKind; createdById: string | null; now?: Date },
): Promise<IssuedLink> {
  const now = input.now ?? new Date();
  await tx.accountLink.updateMany({
    where: { userId: input.userId, kind: input.kind, usedAt: null },
    data: { usedAt: now },
  });
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + LINK_HOURS[input.kind] * 3_600_000);
  await tx.accountLink.create({
    data: {
      userId: input.userId,
      kind: input.kind,
      tokenHash: hashOf(token),
      expiresAt,
      createdById: input.createdById,
    },
  });
  return { url: `${appUrl()}${LINK_PATH}/${token}`, expiresAt };
}

export type LinkProblem = "unknown" | "used" | "expired";
export type LinkCheck =
  | {
      ok: true;
      linkId: string;
      kind: AccountLinkKind;
      user: { id: string; email: string; name: string; active: boolean };
    }
  | { ok: false; problem: LinkProblem };

/** What a token opens, without using it up (the page shows the form or the reason it cannot). */
export async function checkLink(client: Tx | Db, token: string, now = new Date()): Promise<LinkCheck> {
  if (!TOKEN.test(token)) return { ok: false, problem: "unknown" };
  const link = await client.accountLink.findUnique({
    where: { tokenHash: hashOf(token) },
    select: {
      id: true,
      kind: true,
      usedAt: true,
      expiresAt: true,
      user: { select: { id: true, email: true, name: true, active: true } },
    },
  });
  if (!link || !link.user.active) return { ok: false, problem: "unknown" };
  if (link.usedAt) return { ok: false, problem: "used" };
  if (link.expiresAt <= now) return { ok: false, problem: "expired" };
  return { ok: true, linkId: link.id, kind: link.kind, user: link.user };
}

/** Uses a link up inside the caller's transaction; of two requests racing with one token only one gets it. */
export async function consumeLink(tx: Tx, token: string, now = new Date()): Promise<LinkCheck> {
  const check = await checkLink(tx, token, now);
  if (!check.ok) return check;
  const claimed = await tx.accountLink.updateMany({ where: { id: check.linkId, usedAt: null }, data: { usedAt: now } });
  return claimed.count === 1 ? check : { ok: false, problem: "used" };
}
