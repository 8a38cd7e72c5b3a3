import { getTranslations } from "next-intl/server";
import { EventImportForm } from "@/components/event-import/import-form";
import { EventImportHelp } from "@/components/event-import/import-help";
import { RecentImportRuns } from "@/components/import/recent-runs";
import { requirePage } from "@/lib/auth/guard";
import { importPageData } from "@/lib/event-import/page-data";
import { recentRuns } from "@/lib/import-runs/recent";

export default async function EventImportPage() {
  const user = await requirePage("event.log");
  const t = await getTranslations("eventImport");
  const [{ organisations, own }, recent] = await Promise.all([importPageData(user), recentRuns(user, "EVENTS")]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="max-w-3xl">{t("intro")}</p>
      <EventImportForm organisations={organisations} own={own} />
      <RecentImportRuns {...recent} />
      <EventImportHelp />
    </div>
  );
}
