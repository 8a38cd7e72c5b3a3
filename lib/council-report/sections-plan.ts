// Summary, measures and indicators of the council report.
import type { Locale } from "@/i18n/config";
import { formatPercent } from "@/lib/format";
import { beforeFullStop } from "@/lib/format/sentence";
import type { CouncilReport } from "./report";
import { num, own, type Cell, type Section, type Sig, type Translate } from "./model";
import { SIGNALS, signalWord, type Signal } from "@/lib/signal";

export type Ctx = { r: CouncilReport; t: Translate; locale: Locale; periodText: string };

/** A signal (of a measure, of a programme's count) as a coloured word. */
export const sig = (signal: Signal, t: Translate): Sig => ({ signal, text: signalWord(t, signal) });

export function summarySection({ r, t, periodText }: Ctx): Section {
  const k = own(t);
  const rows: [string, Cell][] = [[k("summary.period"), periodText]];
  if (r.plan) {
    rows.push([k("summary.plan"), r.plan.name], [k("summary.measureCount"), num(r.plan.measureCount)]);
    for (const s of r.plan.statusCounts)
      rows.push([k("summary.status", { status: t(`status.${s.status}`) }), num(s.count)]);
    const measures = r.areas.flatMap((a) => a.measures);
    for (const s of SIGNALS)
      rows.push([k("summary.rag", { rag: signalWord(t, s) }), num(measures.filter((m) => m.signal === s).length)]);
    rows.push([k("summary.planProgress"), num(r.planProgress, "percent")]);
  }
  const d = r.recruitment;
  const p = r.inPeriod;
  if (d && p) {
    rows.push(
      [k("summary.programme"), d.programme.name],
      [k("summary.done"), num(d.forecast.done)],
      [k("summary.target"), num(d.programme.totalTarget)],
      [k("summary.paceLabel"), sig(d.forecast.label, t)],
      [k("summary.periodActivities"), num(p.funnel.activities)],
      [k("summary.periodApplicants"), num(p.funnel.applicants)],
      [k("summary.periodCost"), num(p.funnel.costHaler / 100, "money")],
    );
  }
  return {
    id: "summary",
    title: k("sections.summary"),
    sheet: k("sheets.summary"),
    lines: d ? [k("confirmedOfTarget", { done: d.forecast.done, target: d.programme.totalTarget })] : [],
    tables: [
      {
        columns: [
          { label: k("col.item"), weight: 3 },
          { label: k("col.value"), weight: 2 },
        ],
        rows: rows.map(([label, value]) => [label, value]),
      },
    ],
  };
}

export function measuresSection({ r, t, locale }: Ctx): Section {
  const k = own(t);
  const columns = [
    { label: k("col.code"), weight: 0.8 },
    { label: k("col.measure"), weight: 3.2 },
    { label: k("col.responsible"), weight: 1.5 },
    { label: k("col.deadline"), weight: 1.4 },
    { label: k("col.status"), weight: 1.4 },
    { label: k("col.rag"), weight: 1.8 },
    { label: k("col.progress"), weight: 0.9 },
    { label: k("col.reason"), weight: 2.6 },
  ];
  const empty = r.areas.filter((a) => !a.measures.length);
  return {
    id: "measures",
    title: k("sections.measures"),
    sheet: k("sheets.measures"),
    lines: r.plan
      ? [
          r.plan.name,
          ...(empty.length
            ? [
                k("areasWithoutMeasures", {
                  areas: beforeFullStop(empty.map((a) => `${a.code} ${a.title}`).join(", ")),
                }),
              ]
            : []),
        ]
      : [k("noPlan")],
    // An area without measures gets no table (a header with no rows reads like a printing error).
    tables: r.areas
      .filter((a) => a.measures.length)
      .map((a) => ({
        caption: k("areaCaption", {
          code: a.code,
          title: a.title,
          progress: a.progress === null ? "—" : formatPercent(a.progress, locale),
        }),
        columns,
        rows: a.measures.map((m) => [
          m.code,
          m.title,
          m.responsibleBody,
          m.deadline,
          t(`status.${m.status}`),
          sig(m.signal, t),
          num(m.progress, "percent"),
          m.statusReason,
        ]),
      })),
  };
}

export function indicatorsSection({ r, t }: Ctx): Section {
  const k = own(t);
  const columns = [
    { label: k("col.code"), weight: 0.8 },
    { label: k("col.indicator"), weight: 3.2 },
    { label: k("col.unit"), weight: 1.8 },
    { label: k("col.baseline"), weight: 1.2 },
    { label: k("col.target"), weight: 1.2 },
    { label: k("col.actual"), weight: 1.2 },
    { label: k("col.measuredOn"), weight: 1.5 },
    { label: k("col.progress"), weight: 1 },
  ];
  return {
    id: "indicators",
    title: k("sections.indicators"),
    sheet: k("sheets.indicators"),
    lines: r.plan ? [] : [k("noPlan")],
    tables: r.plan
      ? [
          {
            columns,
            rows: r.indicators.map((i) => [
              i.code,
              i.name,
              i.unit,
              num(i.baseline, "dec"),
              num(i.target, "dec"),
              num(i.actual, "dec"),
              i.measuredOn,
              num(i.progress, "percent"),
            ]),
          },
        ]
      : [],
  };
}
