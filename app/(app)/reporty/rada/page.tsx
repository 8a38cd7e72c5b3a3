import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CouncilReport } from "@/components/council-report/council-report";
import { requirePage } from "@/lib/auth/guard";
import { councilReportView } from "@/lib/council-report/view";
import { firstValues } from "@/lib/url-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("councilReport");
  return { title: `${t("pageTitle")} | ${t("region")}` };
}

// /reporty/rada?plan=<id>&program=<id>&obdobi=2025|cele, laid out for print; an unknown choice falls back, said so.
export default async function CouncilReportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePage("reports.view");
  const { plan, program, obdobi } = firstValues(await searchParams);
  const query = { plan, program, obdobi };
  const locale = await getLocale();
  const [view, t] = await Promise.all([councilReportView(query, locale), getTranslations("councilReport")]);
  return <CouncilReport view={view} query={query} locale={locale} noticesTitle={t("noticesTitle")} />;
}
