// Recruitment of substitute parents in the council report: activities against the target with the forecast, the
// outcome funnel per type of activity, and the coverage of the ORPs.
import { formatDate, formatNumber } from "@/lib/format";
import type { RecruitmentDashboard } from "@/lib/dashboard/recruitment";
import { num, own, ratio, type Cell, type Section, type SectionId, type Translate } from "./model";
import type { Ctx } from "./sections-plan";

const empty = (id: SectionId, t: Translate): Section =>
  ({ id, title: t(`councilReport.sections.${id}`), sheet: t(`councilReport.sheets.${id}`), lines: [t("councilReport.noProgramme")], tables: [] });

/** The forecast sentence, with the dashboard's own wording. */
function forecastText(d: RecruitmentDashboard, t: Translate, locale: Ctx["locale"]): string {
  const f = d.forecast;
  if (f.label === "REACHED" && f.reachedOn) return t("dashboard.forecastReached", { date: formatDate(f.reachedOn, locale) });
  if (f.ended) return t("dashboard.forecastEnded", { done: f.done, target: d.programme.totalTarget });
  if (f.shortAtEnd > 0 || !f.reachedOn) return t("dashboard.forecastShort", { count: f.shortAtEnd });
  return t("dashboard.forecastDate", { date: formatDate(f.reachedOn, locale) });
}

export function recruitmentSection({ r, t, locale }: Ctx): Section {
  const d = r.recruitment;
  if (!d) return empty("recruitment", t);
  const k = own(t);
  const f = d.forecast;
  const year = r.period.year === null ? undefined : d.byYear.find((y) => y.year === r.period.year);
  const lines = [
    k("programmeLine", { name: d.programme.name, from: formatDate(d.programme.periodStart, locale), to: formatDate(d.programme.periodEnd, locale) }),
    k("confirmedOfTarget", { done: f.done, target: d.programme.totalTarget }),
    k("paceLine", { label: t(`dashboard.paceLabel.${f.label}`) }),
    t("dashboard.plannedToDate", { planned: formatNumber(Math.round(f.plannedToDate * 10) / 10, locale) }),
    t("dashboard.pace", { count: f.pacePerYear }),
    forecastText(d, t, locale),
    ...(year ? [k("yearLine", { year: year.year, confirmed: year.confirmed, target: year.target ?? "—" })] : []),
    `${t("dashboard.paceRuleTitle")}: ${t("dashboard.paceRule")}`,
  ];
  return {
    id: "recruitment", title: k("sections.recruitment"), sheet: k("sheets.recruitment"), lines,
    tables: [
      {
        caption: k("byYear"),
        columns: [{ label: k("col.year"), weight: 1 }, { label: k("col.confirmed"), weight: 1 }, { label: k("col.yearTarget"), weight: 1 }],
        rows: d.byYear.map((y) => [String(y.year), num(y.confirmed), num(y.target)]),
      },
      {
        caption: k("byOrganisation"),
        columns: [{ label: k("col.organisation"), weight: 3 }, { label: k("col.activities"), weight: 1 }],
        rows: d.byOrganisation.map((o) => [o.name, num(o.count)]),
      },
    ],
  };
}

export function funnelSection({ r, t, locale, periodText }: Ctx): Section {
  const d = r.recruitment;
  if (!d) return empty("funnel", t);
  const k = own(t);
  const row = (label: string, x: { count: number; reached: number; inquiries: number; applicants: number; costHaler: number }): Cell[] => [
    label, num(x.count), num(x.reached), num(x.inquiries), num(x.applicants), num(x.costHaler / 100, "money"),
    num(ratio(x.applicants, x.count), "dec"), num(ratio(x.applicants, x.costHaler / 100_000), "dec"),
  ];
  const n = (v: number) => formatNumber(v, locale);
  return {
    id: "funnel", title: k("sections.funnel"), sheet: k("sheets.funnel"),
    lines: [k("funnelScope", { period: periodText }), k("funnelLine", { reached: n(d.funnel.reached), inquiries: n(d.funnel.inquiries), applicants: n(d.funnel.applicants) })],
    tables: [{
      columns: [
        { label: k("col.type"), weight: 2.5 }, { label: k("col.activities"), weight: 1 }, { label: k("col.reached"), weight: 1.2 },
        { label: k("col.inquiries"), weight: 1.2 }, { label: k("col.applicants"), weight: 1.2 }, { label: k("col.cost"), weight: 1.8 },
        { label: k("col.perActivity"), weight: 1.2 }, { label: k("col.per1000"), weight: 1.2 },
      ],
      rows: [
        ...d.byType.map((x) => row(locale === "cs" ? x.nameCs : x.nameEn, x)),
        row(k("total"), { ...d.funnel, count: d.funnel.activities }),
      ],
    }],
  };
}

export function coverageSection({ r, t }: Ctx): Section {
  const d = r.recruitment;
  if (!d) return empty("coverage", t);
  const k = own(t);
  return {
    id: "coverage", title: k("sections.coverage"), sheet: k("sheets.coverage"), lines: [k("coverageIntro")],
    tables: [{
      columns: [{ label: k("col.orp"), weight: 2 }, { label: k("col.thisYear", { year: d.thisYear }), weight: 1 }, { label: k("col.overall"), weight: 1 }],
      rows: [...d.orpCoverage].sort((a, b) => a.name.localeCompare(b.name, "cs")).map((o) => [o.name, num(o.thisYear), num(o.overall)]),
    }],
  };
}
