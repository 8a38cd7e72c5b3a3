// Builds the document model of the council report in one language (the downloads are always Czech).
import { createTranslator } from "use-intl/core";
import type { Locale } from "@/i18n/config";
import { loadMessages } from "@/i18n/messages";
import { formatDate } from "@/lib/format";
import { own, pageCounterCss, type ReportModel, type Translate } from "./model";
import type { CouncilReport } from "./report";
import { indicatorsSection, measuresSection, summarySection } from "./sections-plan";
import { coverageSection, funnelSection, recruitmentSection } from "./sections-recruitment";

export async function reportTranslator(locale: Locale): Promise<Translate> {
  const t = createTranslator({ locale, messages: await loadMessages(locale) });
  return (key, values) => (t as unknown as Translate)(key, values);
}

export function buildReportModel(r: CouncilReport, t: Translate, locale: Locale): ReportModel {
  const k = own(t);
  const periodText = r.period.year === null ? k("periodWhole") : k("periodYear", { year: r.period.year });
  const ctx = { r, t, locale, periodText };
  return {
    region: k("region"),
    department: k("department"),
    title: r.period.year === null ? k("titleWhole") : k("titleYear", { year: r.period.year }),
    dateLine: k("reportDate", { date: formatDate(r.today, locale) }),
    asOf: k("asOf"),
    sections: [summarySection(ctx), measuresSection(ctx), indicatorsSection(ctx), recruitmentSection(ctx), funnelSection(ctx), coverageSection(ctx)],
    pageOf: (page, pages) => k("pageOf", { page, pages }),
    pageCounter: pageCounterCss((page, pages) => k("pageOf", { page, pages })),
  };
}

export async function councilReportModel(r: CouncilReport, locale: Locale): Promise<ReportModel> {
  return buildReportModel(r, await reportTranslator(locale), locale);
}
