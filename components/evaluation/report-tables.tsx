import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { EvaluationReport } from "@/lib/evaluation/report";
import type { MeasureFigure } from "@/lib/evaluation/figures";
import { formatDate, formatMoney, formatNumber, formatPercent } from "@/lib/format";
import { SignalBadge } from "@/components/signal/signal-badge";
import { StatusBadge } from "@/components/plan/status-badge";
import type { CommentTableData } from "./comment-table";

/** The evaluation's tables as data: one per priority area (its measures, planned vs done) and one of programmes. */
export async function reportTables(
  report: EvaluationReport,
): Promise<{ measures: CommentTableData[]; programmes: CommentTableData | null }> {
  const t = await getTranslations("evaluation");
  const locale = await getLocale();
  const dash = "—";
  const measureColumns = [
    t("measure"),
    t("status"),
    t("progress"),
    t("rag"),
    t("activities"),
    t("budget"),
    t("comment"),
  ];
  const indicators = (m: MeasureFigure) =>
    m.indicators.length === 0 ? null : (
      <ul className="mt-1 text-sm text-gray-700" aria-label={t("indicatorsOf", { code: m.code })}>
        {m.indicators.map((i) => (
          <li key={i.id} data-indicator={i.id}>
            {i.name}:{" "}
            {i.value === null
              ? t("noValue")
              : t("indicatorValue", {
                  value: formatNumber(i.value, locale),
                  target: formatNumber(i.targetValue, locale),
                  unit: i.unit,
                  date: formatDate(i.measuredOn!, locale),
                })}
          </li>
        ))}
      </ul>
    );
  const measures = report.areas
    .filter((area) => area.measures.length > 0)
    .map((area) => ({
      key: area.id,
      caption: t("area", { code: area.code, title: area.title }),
      columns: measureColumns,
      rows: area.measures.map((m) => {
        const year = report.rollUp?.measures[m.id];
        return {
          id: m.id,
          header: (
            <>
              <Link href={`/strategicky-plan/opatreni/${m.id}`}>
                {m.code} {m.title}
              </Link>
              {indicators(m)}
            </>
          ),
          commentLabel: t("measureComment", { code: m.code }),
          cells: (
            <>
              <td>
                <StatusBadge status={m.status} />
              </td>
              <td className="text-right" data-testid="progress">
                {m.progress === null ? dash : formatPercent(m.progress, locale)}
              </td>
              <td>
                <SignalBadge signal={m.signal} />
              </td>
              <td>
                {year && year.counted
                  ? t("activitiesValue", { completed: year.completed, counted: year.counted })
                  : dash}
              </td>
              <td className="whitespace-nowrap">
                {year ? (
                  <>
                    {t("planned", { amount: formatMoney(year.planned, locale) })}
                    <br />
                    {t("spent", { amount: formatMoney(year.spent, locale) })}
                  </>
                ) : (
                  dash
                )}
              </td>
            </>
          ),
        };
      }),
    }));
  const programmes =
    report.programmes.length === 0
      ? null
      : {
          key: "programmes",
          caption: t("programmesHeading", { year: report.year }),
          hideCaption: true,
          columns: [
            t("programme"),
            t("yearTarget"),
            t("confirmed"),
            t("fulfilment"),
            t("cumulative", { date: formatDate(report.asOf, locale) }),
            t("comment"),
          ],
          rows: report.programmes.map((p) => ({
            id: p.id,
            header: (
              <>
                {p.name} <span className="text-gray-700">({p.code})</span>
              </>
            ),
            commentLabel: t("programmeComment", { name: p.name }),
            cells: (
              <>
                <td className="text-right">{p.target === null ? dash : formatNumber(p.target, locale)}</td>
                <td className="text-right" data-testid="confirmed">
                  {formatNumber(p.confirmed, locale)}
                </td>
                <td className="text-right">{p.target ? formatPercent(p.confirmed / p.target, locale) : dash}</td>
                <td className="text-right" data-testid="cumulative">
                  {t("cumulativeValue", {
                    count: formatNumber(p.cumulative, locale),
                    target: formatNumber(p.totalTarget, locale),
                  })}
                </td>
              </>
            ),
          })),
        };
  return { measures, programmes };
}
