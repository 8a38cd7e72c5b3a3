import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { currentYear } from "@/lib/clock";
import type { MeasureDetail } from "@/lib/plan/measure-detail";
import { formatDate, formatNumber, formatPercent, formatTimeAxis } from "@/lib/format";
import { Chart } from "@/components/charts/chart";
import { IndicatorForm } from "./indicator-form";
import type { IndicatorSourceOptions } from "@/lib/indicators/queries";

/** Where a computed indicator's values come from, and whether that source is archived. */
async function IndicatorSourceLine({ indicator: i }: { indicator: Indicator }) {
  if (i.source === "MANUAL") return null;
  const t = await getTranslations("measure");
  const locale = await getLocale();
  const types = i.sourceTypes.map((s) => (locale === "en" ? s.eventType.nameEn : s.eventType.nameCs)).join(", ");
  const programme = i.sourceProgramme;
  const what =
    i.source === "PROGRAMME" && programme
      ? [
          i.sourcePlace
            ? t("computedProgrammePlace", { name: programme.name, place: i.sourcePlace.name })
            : t("computedProgramme", { name: programme.name }),
          types ? t("computedTypes", { types }) : "",
        ]
          .filter(Boolean)
          .join(", ")
      : i.source === "CARE_STATISTICS" && i.sourceCareFigure
        ? t("computedCare", {
            figure: t(`careFigure.${i.sourceCareFigure}`),
            kind: i.sourceCareKind ? t(`careKind.${i.sourceCareKind}`) : t("sourceCareKindAll"),
          })
        : t("computedActionPlan");
  return (
    <p className="text-sm" data-testid="indicator-source">
      {t("computedFrom", { source: what })}
      {programme ? (
        <>
          {" "}
          · <Link href={`/nabor/programy/${programme.id}`}>{t("openProgramme")}</Link>
        </>
      ) : null}
      {programme && !programme.active ? (
        <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-amber-900">{t("sourceArchived")}</span>
      ) : null}
    </p>
  );
}

type Indicator = MeasureDetail["indicators"][number];

/** One indicator: baseline, target, progress, a chart of values vs target and the same numbers as a table. */
export async function IndicatorSection({
  indicator,
  sourceOptions,
}: {
  indicator: Indicator;
  sourceOptions: IndicatorSourceOptions | null;
}) {
  const t = await getTranslations("measure");
  const locale = await getLocale();
  const n = (v: number) => formatNumber(v, locale);
  // The baseline stands at the end of its year, so the axis holds dates of one kind only.
  const points = [
    { measuredOn: new Date(Date.UTC(indicator.baselineYear, 11, 31)), value: indicator.baselineValue },
    ...indicator.values,
  ];
  const dates = formatTimeAxis(
    points.map((p) => p.measuredOn),
    locale,
  );
  const data = points.map((p, i) => ({ date: dates[i], [t("actual")]: p.value, [t("target")]: indicator.targetValue }));
  return (
    <section className="rounded-md border border-gray-200 p-4" aria-labelledby={`ind-${indicator.id}`}>
      <h3 id={`ind-${indicator.id}`} className="font-semibold">
        {indicator.name}
      </h3>
      <IndicatorSourceLine indicator={indicator} />
      <dl className="my-2 grid grid-cols-2 gap-2 text-sm sm:grid-cols-5">
        <div>
          <dt className="text-gray-700">{t("unit")}</dt>
          <dd>{indicator.unit}</dd>
        </div>
        <div>
          <dt className="text-gray-700">{t("direction")}</dt>
          <dd>{t(`directionValue.${indicator.direction}`)}</dd>
        </div>
        <div>
          <dt className="text-gray-700">{t("baseline")}</dt>
          <dd>{t("baselineOf", { value: n(indicator.baselineValue), year: indicator.baselineYear })}</dd>
        </div>
        <div>
          <dt className="text-gray-700">{t("target")}</dt>
          <dd>{t("targetOf", { value: n(indicator.targetValue), date: formatDate(indicator.targetDate, locale) })}</dd>
        </div>
        <div>
          <dt className="text-gray-700">{t("progress")}</dt>
          <dd data-testid="indicator-progress">
            {indicator.progress === null ? "—" : formatPercent(indicator.progress, locale)}
          </dd>
        </div>
      </dl>
      {indicator.yearlyTargets.length ? (
        <p className="text-sm">
          {indicator.yearlyTargets.map((y) => t("yearlyTarget", { year: y.year, value: n(y.value) })).join(" · ")}
        </p>
      ) : null}
      {indicator.values.length > 0 ? (
        <Chart
          title={t("chartTitle", { name: indicator.name })}
          name="indicator"
          locale={locale}
          kind="line"
          data={data}
          index="date"
          categories={[t("actual"), t("target")]}
          colors={["blue", "grey"]}
          unit={indicator.unit}
        />
      ) : null}
      <table className="table mt-2">
        <caption className="sr-only">{t("chartTable", { name: indicator.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("date")}</th>
            <th scope="col" className="text-right">
              {t("value")}
            </th>
            <th scope="col">{t("source")}</th>
            <th scope="col">{t("note")}</th>
          </tr>
        </thead>
        <tbody>
          {indicator.values.map((v) => (
            <tr key={v.id}>
              <td>{formatDate(v.measuredOn, locale)}</td>
              <td className="text-right">{n(v.value)}</td>
              <td>{v.source ?? "—"}</td>
              <td>{v.note ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {sourceOptions ? (
        <details className="mt-3">
          <summary className="cursor-pointer text-sm font-medium">{t("editIndicator")}</summary>
          <IndicatorForm
            measureId={indicator.measureId}
            year={currentYear()}
            initial={{
              id: indicator.id,
              measureId: indicator.measureId,
              name: indicator.name,
              unit: indicator.unit,
              direction: indicator.direction,
              baselineValue: indicator.baselineValue,
              baselineYear: indicator.baselineYear,
              targetValue: indicator.targetValue,
              targetDate: indicator.targetDate.toISOString().slice(0, 10),
              yearlyTargets: indicator.yearlyTargets.map(({ year, value }) => ({ year, value })),
              weight: indicator.weight,
              source: indicator.source,
              sourceProgrammeId: indicator.sourceProgrammeId ?? "",
              sourcePlaceId: indicator.sourcePlaceId ?? "",
              sourceTypeIds: indicator.sourceTypes.map((t) => t.eventTypeId),
              sourceCareKind: indicator.sourceCareKind ?? "",
              sourceCareFigure: indicator.sourceCareFigure ?? "",
            }}
            options={sourceOptions}
          />
        </details>
      ) : null}
    </section>
  );
}
