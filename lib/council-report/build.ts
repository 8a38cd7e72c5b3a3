// Builds the document model of the council report in one language (the downloads are always Czech).
import { createTranslator } from "use-intl/core";
import { DEFAULT_LOCALE, type Locale } from "@/i18n/config";
import { loadMessages } from "@/i18n/messages";
import type { Role } from "@/lib/db/generated/sqlite/enums";
import { formatDate } from "@/lib/format";
import { pragueToday } from "@/lib/tasks/time";
import type { ReportChoice, ReportQuery } from "./choice-rules";
import { own, pageCounterCss, type ReportModel, type Translate } from "./model";
import { councilReport, type CouncilReport, type ReportSelection } from "./report";
import { indicatorsSection, measuresSection, summarySection } from "./sections-plan";
import { coverageSection, funnelSection, recruitmentSection } from "./sections-recruitment";
import { now } from "@/lib/clock";

export async function reportTranslator(locale: Locale): Promise<Translate> {
  const t = createTranslator({ locale, messages: await loadMessages(locale) });
  return (key, values) => (t as unknown as Translate)(key, values);
}

/** The years the whole-period report covers: the plan's, else the programme's. */
function span(r: CouncilReport) {
  if (r.plan) return { from: r.plan.yearFrom, to: r.plan.yearTo };
  const p = r.recruitment?.programme;
  return p ? { from: p.periodStart.getUTCFullYear(), to: p.periodEnd.getUTCFullYear() } : null;
}

function scopeLines(r: CouncilReport, t: Translate, locale: Locale): string[] {
  const k = own(t);
  const p = r.recruitment?.programme;
  return [
    r.plan
      ? k(r.plan.state === "DRAFT" ? "scopePlanDraft" : "scopePlan", {
          name: r.plan.name,
          from: r.plan.yearFrom,
          to: r.plan.yearTo,
        })
      : k("noPlan"),
    p
      ? k("scopeProgramme", {
          name: p.name,
          from: formatDate(p.periodStart, locale),
          to: formatDate(p.periodEnd, locale),
        })
      : k("noProgramme"),
  ];
}

/** The person a downloaded report names as its author. */
export type ReportAuthor = { name: string; role: Role };

export function buildReportModel(
  r: CouncilReport,
  t: Translate,
  locale: Locale,
  notices: string[] = [],
  author: ReportAuthor | null = null,
): ReportModel {
  const k = own(t);
  const years = span(r);
  const year = r.period.year;
  const periodText = year !== null ? k("periodYear", { year }) : years ? k("periodSpan", years) : k("periodWhole");
  const ctx = { r, t, locale, periodText };
  return {
    region: k("region"),
    department: k("department"),
    title: year !== null ? k("titleYear", { year }) : years ? k("titleSpan", years) : k("titleWhole"),
    scope: scopeLines(r, t, locale),
    notices,
    period: k("coverPeriod", { period: periodText }),
    dateLine: k("reportDate", { date: formatDate(pragueToday(r.today), locale) }),
    author: author && k("author", { name: author.name, role: t(`roles.${author.role}`) }),
    asOf: k("asOf"),
    sections: [
      summarySection(ctx),
      measuresSection(ctx),
      indicatorsSection(ctx),
      recruitmentSection(ctx),
      funnelSection(ctx),
      coverageSection(ctx),
    ],
    pageOf: (page, pages) => k("pageOf", { page, pages }),
    pageCounter: pageCounterCss((page, pages) => k("pageOf", { page, pages })),
  };
}

export async function councilReportModel(
  r: CouncilReport,
  locale: Locale,
  notices: string[] = [],
  author: ReportAuthor | null = null,
): Promise<ReportModel> {
  return buildReportModel(r, await reportTranslator(locale), locale, notices, author);
}

/**
 * The council report's document model for one plan and one programme (either may be null), for a year or the
 * whole period: what the page, the PDF and the spreadsheet render.
 */
export async function councilReportModelFor(
  selection: ReportSelection,
  { today = now(), locale = DEFAULT_LOCALE, author = null as ReportAuthor | null } = {},
) {
  return councilReportModel(await councilReport(selection, today), locale, [], author);
}

/**
 * What the reader is told about the choice. "notice" (the page): a parameter that fell back to the default, a
 * programme of another period than the plan. "refused" (a download, which must not silently differ): why not.
 */
export function choiceNotices(
  c: ReportChoice,
  q: ReportQuery,
  t: Translate,
  kind: "notice" | "refused" = "notice",
): string[] {
  const k = own(t);
  const out = c.problems.map((p) =>
    k(`${kind}.${p}`, { value: (p === "plan" ? q.plan : p === "programme" ? q.program : q.obdobi) ?? "" }),
  );
  if (kind === "notice" && c.otherPeriod && c.plan && c.programme)
    out.push(k("notice.otherPeriod", { programme: c.programme.name, plan: c.plan.name }));
  return out;
}
