// Setting a password through an e-mailed link (an invitation's first password or a reset). In one transaction: the
// link is used up, the password hash, passwordChangedAt and sessionsValidFrom are set (every older session ends),
// the person's other open links are closed, and the change is audited. Everything else on the account stays.
// A bad link (unknown, used, expired) or a bad password changes nothing. The token is never logged or audited.
import "server-only";
import type { Db } from "@/lib/db";
import type { ActionResult } from "@/lib/actions/errors";
import { fieldErrorsOf } from "@/lib/actions/define-action";
import { audit } from "@/lib/audit";
import { checkLink, consumeLink, type LinkProblem } from "@/lib/account-links/links";
import { hashPassword } from "@/lib/auth/password";
import type { AccountLinkKind } from "@/lib/db/generated/sqlite/enums";
import { setPasswordInput, setPasswordSchema } from "./schema";
import { notifySecurityChange } from "@/lib/account-links/security-notice";

export type SetPasswordResult = ActionResult<{ kind: AccountLinkKind }>;

const linkRefused = (problem: LinkProblem): SetPasswordResult => ({
  ok: false,
  error: "validation",
  details: { problem },
});

export async function setPasswordWithLink(
  db: Db,
  input: unknown,
  ip?: string,
  now = new Date(),
): Promise<SetPasswordResult> {
  const parsed = setPasswordInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: "validation", fieldErrors: fieldErrorsOf(parsed.error) };
  const { token, ...pair } = parsed.data;
  const link = await checkLink(db, token, now);
  if (!link.ok) return linkRefused(link.problem);
  const policy = setPasswordSchema(link.user.email).safeParse(pair);
  if (!policy.success) return { ok: false, error: "validation", fieldErrors: fieldErrorsOf(policy.error) };
  // bcrypt takes a while: hash before the transaction, so the write lock is held only for the writes.
  const passwordHash = await hashPassword(pair.password);
  const result = await db.$transaction(async (tx) => {
    const used = await consumeLink(tx, token, now);
    if (!used.ok) return linkRefused(used.problem);
    const userId = used.user.id;
    await tx.user.update({
      where: { id: userId },
      data: { passwordHash, passwordChangedAt: now, sessionsValidFrom: now },
    });
    await tx.accountLink.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
    await audit(tx, {
      userId,
      action: used.kind === "INVITATION" ? "invitation_accepted" : "password_reset",
      entity: "User",
      entityId: userId,
      ip,
    });
    return { ok: true, data: { kind: used.kind } } as const;
  });
  if (result.ok && result.data.kind === "PASSWORD_RESET") await notifySecurityChange(link.user, "password_reset", now);
  return result;
}
