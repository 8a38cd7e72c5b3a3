import { getTranslations } from "next-intl/server";
import { AccountForms } from "@/components/account/account-forms";
import { TwoFactorAccountSection } from "@/components/two-factor/account-section";
import { requirePage } from "@/lib/auth/guard";

export default async function AccountPage() {
  await requirePage("signedIn");
  const t = await getTranslations("account");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <TwoFactorAccountSection />
      <AccountForms />
    </div>
  );
}
