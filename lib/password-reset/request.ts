// "Zapomenuté heslo": a signed-out visitor asks for a reset link. The answer is always the same, whether the account
// exists, is active, has a password yet, or the request was rate-limited, and it comes back before any account is
// looked up: everything that depends on the account (lookup, link, mail, audit) runs after the answer
// (`defer`, next/server's after() in the action), so neither the words nor the response time tell who has an account.
// Which accounts get a link: every active one, also an invited person who has not set a password yet (the link
// sets their first password and closes the invitation). Deactivated and unknown e-mails get nothing.
import "server-only";
import type { Db } from "@/lib/db";
import type { ActionResult } from "@/lib/actions/errors";
import { fieldErrorsOf } from "@/lib/actions/define-action";
import { audit } from "@/lib/audit";
import { takeResetRequest } from "@/lib/auth/rate-limit";
import { smtpUrl } from "@/lib/mail/config";
import { forgotPasswordSchema } from "./schema";
import { mailResetLink } from "./send-link";
import { logger } from "@/lib/log/logger";

export type Defer = (work: () => Promise<void>) => void;

async function deliver(db: Db, email: string, ip: string, allowed: boolean) {
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, active: true },
  });
  const found = !!user?.active;
  let sent = false;
  if (allowed && found) {
    sent = (await mailResetLink(db, user, null)).sent;
  }
  await audit(db, {
    userId: null,
    action: "password_reset_requested",
    entity: "User",
    entityId: found ? user.id : null,
    after: { ...(found ? {} : { email }), sent, ...(allowed ? {} : { rateLimited: true }) },
    ip,
  });
}

export async function requestReset(
  db: Db,
  input: unknown,
  ip: string,
  defer: Defer,
): Promise<ActionResult<{ requested: true }>> {
  const parsed = forgotPasswordSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "validation", fieldErrors: fieldErrorsOf(parsed.error) };
  const { email } = parsed.data;
  const allowed = await takeResetRequest(db, ip, email);
  if (!smtpUrl()) logger.warn("password reset requested, but SMTP_URL is not set: no e-mail will be sent");
  defer(() =>
    deliver(db, email, ip, allowed).catch((error: unknown) =>
      logger.error({ err: error }, "password reset request failed"),
    ),
  );
  return { ok: true, data: { requested: true } };
}
