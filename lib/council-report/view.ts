import "server-only";
// The council report for a choice read from the URL: the page and the downloads both start here.
import type { Locale } from "@/i18n/config";
import { buildReportModel, choiceNotices, reportTranslator, type ReportAuthor } from "./build";
import { reportChoice } from "./choice";
import type { ReportQuery } from "./choice-rules";
import { councilReport, type ReportSelection } from "./report";
import { now } from "@/lib/clock";

/** The choice and, for a download, why it is refused (nothing when it is fine). */
export async function reportRequest(query: ReportQuery, locale: Locale, today = now()) {
  const [choice, t] = await Promise.all([reportChoice(query, today), reportTranslator(locale)]);
  return { query, choice, t, locale, today, refused: choiceNotices(choice, query, t, "refused") };
}

/** The document model of the chosen report; a choice that fell back is said in its notices, a download names its author. */
export async function reportModelOf(
  { query, choice, t, locale, today }: Awaited<ReturnType<typeof reportRequest>>,
  author: ReportAuthor | null = null,
) {
  const selection: ReportSelection = {
    planId: choice.plan?.id ?? null,
    programmeId: choice.programme?.id ?? null,
    period: choice.period,
  };
  return buildReportModel(await councilReport(selection, today), t, locale, choiceNotices(choice, query, t), author);
}

export async function councilReportView(query: ReportQuery, locale: Locale, today = now()) {
  const request = await reportRequest(query, locale, today);
  return { choice: request.choice, model: await reportModelOf(request) };
}

export type CouncilReportView = Awaited<ReturnType<typeof councilReportView>>;
