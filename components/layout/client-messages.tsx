import { NextIntlClientProvider } from "next-intl";

/**
 * The messages for client components that translate with next-intl's hooks (forms, import results, sign-in). Set in
 * the layouts of the sections that have such components, not in the root layout: the overview dashboard and the
 * public pages have none, so they load neither use-intl's formatter code nor a copy of every message.
 */
export function ClientMessages({ children }: { children: React.ReactNode }) {
  return <NextIntlClientProvider>{children}</NextIntlClientProvider>;
}
