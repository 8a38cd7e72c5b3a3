// A password-reset link for one account, issued and (when SMTP is configured) e-mailed. Used by the public
// "Zapomenuté heslo" form and by the admin's person page. A new link replaces the person's older reset links.
// The token exists only in the returned url and in the e-mail: it is never logged or audited.
import "server-only";
import type { Db, Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { issueLink } from "@/lib/account-links/links";
import { accountLinkMail } from "@/lib/account-links/mail";
import { sendMail } from "@/lib/mail/send";

export type ResetLinkResult = { sent: boolean; url?: string };
type Recipient = { id: string; email: string; name: string };

/** Issues and mails the link, without auditing (each caller audits in its own words). */
export async function mailResetLink(client: Tx | Db, user: Recipient, actorId: string | null, now = new Date()) {
  const { url, expiresAt } = await issueLink(client, {
    userId: user.id,
    kind: "PASSWORD_RESET",
    createdById: actorId,
    now,
  });
  const sent = await sendMail(
    user.email,
    accountLinkMail({ kind: "PASSWORD_RESET", name: user.name, email: user.email, url, expiresAt }),
  );
  return { sent, url, expiresAt };
}

/**
 * Issues a 1-hour PASSWORD_RESET link for an active user and e-mails it. Returns `{ sent: true }` when the mail
 * went out, or `{ sent: false, url }` when no SMTP server is configured, so an admin can pass the link on by hand.
 * Audits "password_reset_link_sent" (entity User, the admin in userId). Throws when the user does not exist or is
 * deactivated, and when a configured SMTP server refuses the mail.
 */
export async function sendPasswordResetLink(
  client: Tx | Db,
  userId: string,
  actorId: string | null,
  now = new Date(),
): Promise<ResetLinkResult> {
  const user = await client.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, email: true, name: true, active: true },
  });
  if (!user.active) throw new Error("password reset for a deactivated account");
  const { sent, url, expiresAt } = await mailResetLink(client, user, actorId, now);
  await audit(client, {
    userId: actorId,
    action: "password_reset_link_sent",
    entity: "User",
    entityId: user.id,
    after: { sent, expiresAt },
  });
  return sent ? { sent } : { sent, url };
}
