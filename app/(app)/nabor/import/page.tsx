import { getTranslations } from "next-intl/server";
import { EventImportForm } from "@/components/event-import/import-form";
import { EventImportHelp } from "@/components/event-import/import-help";
import { requirePage } from "@/lib/auth/guard";
import { importPageData } from "@/lib/event-import/page-data";

export default async function EventImportPage() {
  const user = await requirePage("event.log");
  const t = await getTranslations("eventImport");
  const { organisations, own } = await importPageData(user);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="max-w-3xl">{t("intro")}</p>
      <EventImportForm organisations={organisations} own={own} />
      <EventImportHelp />
    </div>
  );
}
