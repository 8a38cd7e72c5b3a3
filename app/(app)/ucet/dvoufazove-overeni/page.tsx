import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { TwoFactorPage } from "@/components/two-factor/two-factor-page";
import { requirePage } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: `${t("twoFactor.title")} | ${t("app.title")}` };
}

export default async function TwoFactorRoute() {
  // The one page a session that must still enrol may open (lib/two-factor/policy).
  const user = await requirePage("signedIn", { duringEnrolment: true });
  return <TwoFactorPage user={user} locale={await getLocale()} />;
}
