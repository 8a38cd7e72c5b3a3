// Recruitment of substitute parents in the council report: activities against the target with the forecast, the
// outcome funnel per type of activity, and the coverage of the ORPs.
import { formatDate, formatNumber, formatPercent } from "@/lib/format";
import {
  countedSignal,
  forecastFact,
  plannedBy,
  ruleSummary,
  signalWord,
  sliceShape,
  sliceTarget,
  verdictText,
  type Signal,
} from "@/lib/signal";
import type { RecruitmentDashboard } from "@/lib/dashboard/recruitment";
import { num, own, ratio, type Cell, type Section, type SectionId, type Translate } from "./model";
import { sig, type Ctx } from "./sections-plan";
import { sortByName } from "@/lib/sort/collate";

const empty = (id: SectionId, t: Translate): Section => ({
  id,
  title: t(`councilReport.sections.${id}`),
  sheet: t(`councilReport.sheets.${id}`),
  lines: [t("councilReport.noProgramme")],
  tables: [],
});

type Year = RecruitmentDashboard["byYear"][number];

/**
 * A year's signal, only against that year's sub-target (the slice rule of lib/signal); null when the year has no
 * sub-target of its own (then its count is shown without a judgement); not evaluated before the year begins.
 */
function yearSignal(d: RecruitmentDashboard, y: Year, today: Date): Signal | null {
  const slice = sliceTarget({ ...d.programme, placeTargets: [] }, { year: y.year });
  const shape = sliceShape(d.programme, slice);
  if (slice.kind !== "YEAR" || !shape) return null;
  if (today < shape.periodStart) return "NOT_EVALUATED";
  const planned = plannedBy(shape, new Date(Math.min(today.getTime(), shape.periodEnd.getTime())));
  return countedSignal(
    { done: y.confirmed, planned, target: slice.target, periodStart: shape.periodStart, periodEnd: shape.periodEnd },
    today,
  );
}

/** The reported year as the dashboard filtered to it judges it: against the year's sub-target, else count and share. */
function yearLine(p: RecruitmentDashboard, year: number, t: Translate, locale: Ctx["locale"]): string {
  const k = own(t);
  const { done, programmeDone, judgement } = p.slice;
  if (judgement)
    return k("yearLine", {
      year,
      confirmed: done,
      target: judgement.target,
      signal: signalWord(t, judgement.forecast.label),
    });
  return k("yearLineNoTarget", {
    year,
    confirmed: done,
    share: formatPercent(ratio(done, programmeDone) ?? 0, locale),
  });
}

export function recruitmentSection({ r, t, locale }: Ctx): Section {
  const d = r.recruitment;
  const p = r.inPeriod;
  if (!d || !p) return empty("recruitment", t);
  const k = own(t);
  const f = d.forecast;
  const year = r.period.year;
  const lines = [
    k("programmeLine", {
      name: d.programme.name,
      from: formatDate(d.programme.periodStart, locale),
      to: formatDate(d.programme.periodEnd, locale),
    }),
    k("confirmedOfTarget", { done: f.done, target: d.programme.totalTarget }),
    k("verdictLine", { verdict: verdictText(t, locale, f.label, forecastFact(f, d.programme.totalTarget)) }),
    t("dashboard.plannedToDate", { planned: formatNumber(Math.round(f.plannedToDate * 10) / 10, locale) }),
    t("dashboard.pace", { count: f.pacePerYear }),
    ...(year !== null ? [yearLine(p, year, t, locale)] : []),
    k("ruleLine", { rule: ruleSummary(t) }),
  ];
  return {
    id: "recruitment",
    title: k("sections.recruitment"),
    sheet: k("sheets.recruitment"),
    lines,
    tables: [
      {
        caption: k("byYear"),
        columns: [
          { label: k("col.year"), weight: 1 },
          { label: k("col.confirmed"), weight: 1 },
          { label: k("col.yearTarget"), weight: 1 },
          { label: k("col.rag"), weight: 1.2 },
        ],
        rows: d.byYear.map((y) => {
          const s = yearSignal(d, y, r.today);
          return [String(y.year), num(y.confirmed), num(y.target), s ? sig(s, t) : null];
        }),
      },
      {
        caption: k("byOrganisation"),
        columns: [
          { label: k("col.organisation"), weight: 3 },
          { label: k("col.activities"), weight: 1 },
        ],
        rows: p.byOrganisation.map((o) => [o.name, num(o.count)]),
      },
    ],
  };
}

export function funnelSection({ r, t, locale, periodText }: Ctx): Section {
  const d = r.inPeriod;
  if (!d) return empty("funnel", t);
  const k = own(t);
  const row = (
    label: string,
    x: { count: number; reached: number; inquiries: number; applicants: number; costHaler: number },
  ): Cell[] => [
    label,
    num(x.count),
    num(x.reached),
    num(x.inquiries),
    num(x.applicants),
    num(x.costHaler / 100, "money"),
    num(ratio(x.applicants, x.count), "dec"),
    num(ratio(x.applicants, x.costHaler / 100_000), "dec"),
  ];
  const n = (v: number) => formatNumber(v, locale);
  return {
    id: "funnel",
    title: k("sections.funnel"),
    sheet: k("sheets.funnel"),
    lines: [
      k("funnelScope", { period: periodText }),
      k("funnelLine", {
        reached: n(d.funnel.reached),
        inquiries: n(d.funnel.inquiries),
        applicants: n(d.funnel.applicants),
      }),
    ],
    tables: [
      {
        columns: [
          { label: k("col.type"), weight: 2.5 },
          { label: k("col.activities"), weight: 1 },
          { label: k("col.reached"), weight: 1.2 },
          { label: k("col.inquiries"), weight: 1.2 },
          { label: k("col.applicants"), weight: 1.2 },
          { label: k("col.cost"), weight: 1.8 },
          { label: k("col.perActivity"), weight: 1.2 },
          { label: k("col.per1000"), weight: 1.2 },
        ],
        rows: [
          ...d.byType.map((x) => row(locale === "cs" ? x.nameCs : x.nameEn, x)),
          row(k("total"), { ...d.funnel, count: d.funnel.activities }),
        ],
      },
    ],
  };
}

/** Confirmed activities per ORP over the programme, and in the reported year (else this year while the programme runs). */
export function coverageSection({ r, t }: Ctx): Section {
  const d = r.recruitment;
  const p = r.inPeriod;
  if (!d || !p) return empty("coverage", t);
  const k = own(t);
  const running =
    d.programme.periodStart.getUTCFullYear() <= d.thisYear && d.thisYear <= d.programme.periodEnd.getUTCFullYear();
  const yearly = r.period.year !== null ? p : running ? d : null;
  const inYear = new Map(yearly?.orpCoverage.map((o) => [o.id, o.thisYear]));
  const orps = sortByName([...d.orpCoverage]);
  return {
    id: "coverage",
    title: k("sections.coverage"),
    sheet: k("sheets.coverage"),
    lines: [k("coverageIntro")],
    tables: [
      {
        columns: [
          { label: k("col.orp"), weight: 2 },
          ...(yearly ? [{ label: k("col.thisYear", { year: yearly.thisYear }), weight: 1 }] : []),
          { label: k("col.overall"), weight: 1 },
        ],
        rows: orps.map((o) => [o.name, ...(yearly ? [num(inYear.get(o.id) ?? 0)] : []), num(o.overall)]),
      },
    ],
  };
}
