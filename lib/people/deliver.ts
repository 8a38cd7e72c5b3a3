import "server-only";
// Sends an account link by e-mail, or hands it back to the admin when it cannot go out: no SMTP_URL (sendMail says
// false) or a mail server that refuses it (the failure is logged; the link still works when passed on by hand).
import type { AccountLinkKind } from "@/lib/db/generated/sqlite/enums";
import { accountLinkMail } from "@/lib/account-links/mail";
import { sendMail } from "@/lib/mail/send";
import { logger } from "@/lib/log/logger";

export type LinkDelivery = { sent: boolean; url?: string; expiresAt: Date; failed: boolean };

export async function deliverLink(input: {
  kind: AccountLinkKind;
  name: string;
  email: string;
  url: string;
  expiresAt: Date;
  inviter?: string;
}): Promise<LinkDelivery> {
  let sent = false;
  let failed = false;
  try {
    sent = await sendMail(input.email, accountLinkMail(input));
  } catch (error) {
    logger.error({ err: error, kind: input.kind }, "account link mail failed");
    failed = true;
  }
  return sent
    ? { sent, expiresAt: input.expiresAt, failed }
    : { sent, url: input.url, expiresAt: input.expiresAt, failed };
}
