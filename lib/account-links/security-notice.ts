// After a change to how a person signs in (password, second factor), they get an e-mail saying what changed and
// when, so a change they did not make does not go unnoticed (ASVS 2.2.3, 2.5.5). The change is already stored: a
// mail server that is missing or refuses the message does not undo it.
import { createTranslator } from "use-intl/core";
import cs from "@/messages/cs/accounts.json";
import { formatDateTime } from "@/lib/format";
import { appUrl } from "@/lib/mail/config";
import { sendMail, type Mail } from "@/lib/mail/send";
import { logger } from "@/lib/log/logger";

const t = createTranslator({ locale: "cs", messages: cs, namespace: "securityMail" });

export type SecurityChange =
  "password_change" | "password_reset" | "two_factor_enable" | "two_factor_disable" | "two_factor_reset";

export function securityNoticeMail(input: { change: SecurityChange; name: string; at: Date }): Mail {
  const when = formatDateTime(input.at).replace(/\u00a0/g, " ");
  const text = [
    t("greeting", { name: input.name }),
    t(`change.${input.change}`, { when }),
    t("notYou", { url: `${appUrl()}/prihlaseni/zapomenute-heslo` }),
    t("signature"),
  ].join("\n\n");
  return { subject: t("subject"), text: `${text}\n` };
}

export async function notifySecurityChange(
  person: { email: string; name: string },
  change: SecurityChange,
  at = new Date(),
): Promise<void> {
  try {
    await sendMail(person.email, securityNoticeMail({ change, name: person.name, at }));
  } catch (error) {
    logger.error({ err: error, change }, "security notice mail failed");
  }
}
