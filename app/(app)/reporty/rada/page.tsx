import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CouncilReport } from "@/components/council-report/council-report";
import type { Locale } from "@/i18n/config";
import { requirePage } from "@/lib/auth/guard";
import { councilReportModel } from "@/lib/council-report/build";
import { parsePeriod } from "@/lib/council-report/period";
import { councilReport } from "@/lib/council-report/report";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("councilReport");
  return { title: `${t("pageTitle")} | ${t("region")}` };
}

// /reporty/rada?obdobi=2025 (a year) or ?obdobi=cele (the whole plan period), laid out for print.
export default async function CouncilReportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePage("reports.view");
  const { obdobi } = await searchParams;
  const period = parsePeriod(typeof obdobi === "string" ? obdobi : undefined);
  if (!period) notFound();
  const locale = (await getLocale()) as Locale;
  const report = await councilReport(period);
  const model = await councilReportModel(report, locale);
  return <CouncilReport model={model} period={period} years={report.years} locale={locale} />;
}
