import { getLocale, getTranslations } from "next-intl/server";
import type { RecruitmentDashboard } from "@/lib/dashboard/recruitment";
import { verdictText } from "@/lib/signal";
import { formatDate, formatMonth, formatNumber, formatPercent, monthStart } from "@/lib/format";
import { Progress } from "@/components/ui/progress";
import { Chart } from "@/components/charts/chart";
import { DataTable } from "@/components/charts/data-table";
import { SignalBadge, SignalRuleLink } from "@/components/signal/signal-badge";

/** What the filters cut out of the programme, and which target it is judged against (or that it is not). */
async function SliceNote({ data: d }: { data: RecruitmentDashboard }) {
  const t = await getTranslations("dashboard");
  const { rule, place } = d.slice;
  if (rule.kind === "PROGRAMME") return null;
  const placeName = place ? (place.kind === "DISTRICT" ? t("district", { name: place.name }) : place.name) : "";
  const text =
    rule.kind === "NONE"
      ? t(`sliceNoTarget.${rule.reason}`, { year: d.slice.year ?? "", place: placeName })
      : t(`sliceJudged.${rule.kind}`, {
          year: rule.kind === "YEAR" ? rule.year : 0,
          target: rule.target,
          place: placeName,
        });
  return (
    <p className="rounded-md bg-gray-100 p-2 text-sm" data-testid="slice-note" data-slice={rule.kind}>
      {text}
    </p>
  );
}

/** Burn-up of the recruitment target (or of the filtered slice) with today's signal, the forecast and the per-year view. */
export async function RecruitmentSection({ data: d }: { data: RecruitmentDashboard }) {
  const root = await getTranslations();
  const t = await getTranslations("dashboard");
  const locale = await getLocale();
  const { slice } = d;
  const j = slice.judgement;
  const count = j
    ? t("confirmedOfTarget", { done: slice.done, target: j.target })
    : t("activityCount", { count: slice.done });
  const share = slice.programmeDone > 0 ? slice.done / slice.programmeDone : 0;
  const month = (p: { month: string }) => formatMonth(monthStart(p.month), locale);
  const burn = d.burnUp.map((p) => ({
    month: month(p),
    [t("actual")]: p.actual,
    [t("planned")]: p.planned,
    [t("target")]: p.target,
  }));
  const withTargets = d.byYear.some((y) => y.target !== null);
  return (
    <section className="card space-y-4" aria-labelledby="recruitment-heading">
      <h2 id="recruitment-heading" className="text-lg font-semibold">
        {t("recruitment")}
      </h2>
      <p className="text-sm text-gray-700">
        {d.programme.name} ({formatDate(slice.period.periodStart, locale)} –{" "}
        {formatDate(slice.period.periodEnd, locale)})
      </p>
      <SliceNote data={d} />
      <div className="grid gap-4 md:grid-cols-3">
        <div>
          <p className="text-3xl font-semibold" data-testid="recruitment-count">
            {count}
          </p>
          {j ? (
            <Progress value={slice.done} max={j.target} label={count} />
          ) : (
            <p className="text-sm" data-testid="slice-share">
              {t("shareOfProgramme", { share: formatPercent(share, locale), whole: slice.programmeDone })}
            </p>
          )}
        </div>
        {j ? (
          <>
            <div className="space-y-1 text-sm">
              <p className="flex flex-wrap items-center gap-2">
                <SignalBadge signal={j.forecast.label} testId="pace-label" large />
                <SignalRuleLink />
              </p>
              <p>
                {t("plannedToDate", { planned: formatNumber(Math.round(j.forecast.plannedToDate * 10) / 10, locale) })}
              </p>
              <p>{t("pace", { count: j.forecast.pacePerYear })}</p>
            </div>
            <p className="text-sm font-medium" data-testid="forecast">
              {verdictText(root, locale, j.forecast.label, j.fact)}
            </p>
          </>
        ) : null}
      </div>
      <Chart
        title={t("burnUp")}
        name="burn-up"
        locale={locale}
        kind="line"
        data={burn}
        index="month"
        categories={j ? [t("actual"), t("planned"), t("target")] : [t("actual")]}
        colors={["blue", "vermillion", "grey"]}
      />
      <DataTable
        caption={t("burnUp")}
        summary={t("showTable")}
        columns={j ? [t("month"), t("actual"), t("planned"), t("target")] : [t("month"), t("actual")]}
        testId="burn-up"
        rows={d.burnUp
          .filter((p) => p.actual !== null)
          .map((p) =>
            j
              ? [month(p), p.actual ?? "", formatNumber(p.planned ?? 0, locale), p.target ?? ""]
              : [month(p), p.actual ?? ""],
          )}
      />
      <h3 className="font-semibold">{t("byYear")}</h3>
      <Chart
        title={t("byYear")}
        name="by-year"
        locale={locale}
        kind="bar"
        data={d.byYear.map((y) => ({
          year: String(y.year),
          [t("confirmed")]: y.confirmed,
          [t("yearTarget")]: y.target,
        }))}
        index="year"
        categories={withTargets ? [t("confirmed"), t("yearTarget")] : [t("confirmed")]}
        colors={["blue", "grey"]}
      />
      <DataTable
        caption={t("byYear")}
        summary={t("showTable")}
        columns={withTargets ? [t("year"), t("confirmed"), t("yearTarget")] : [t("year"), t("confirmed")]}
        testId="by-year"
        rows={d.byYear.map((y) => (withTargets ? [y.year, y.confirmed, y.target ?? "—"] : [y.year, y.confirmed]))}
      />
    </section>
  );
}
