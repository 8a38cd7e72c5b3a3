import { getTranslations } from "next-intl/server";
import { PublicPageSwitch } from "@/components/public-page/public-page-switch";
import { requirePage } from "@/lib/auth/guard";

// The admin's setting of the public page (the same switch is placed on /sprava).
export default async function PublicPageSettingsPage() {
  await requirePage("publicPage.manage");
  const t = await getTranslations("publicPage");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("settingsTitle")}</h1>
      <PublicPageSwitch />
    </div>
  );
}
