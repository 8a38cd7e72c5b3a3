// Messages by full key for the audit view, undefined for a missing one (so that an unknown code is shown as it is).
// Built from the message files, so it serves pages, downloads and tests alike.
import { createTranslator } from "use-intl/core";
import type { Locale } from "@/i18n/config";
import { loadMessages } from "@/i18n/messages";
import type { Translate } from "./describe";

export async function translatorFor(locale: Locale): Promise<Translate> {
  const t = createTranslator({ locale, messages: await loadMessages(locale) });
  return (key, values) => (t.has(key as never) ? t(key as never, values as never) : undefined);
}
