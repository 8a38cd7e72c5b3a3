import { getLocale, getTranslations } from "next-intl/server";
import type { RecruitmentDashboard } from "@/lib/dashboard/recruitment";
import { formatDate, formatNumber } from "@/lib/format";
import type { Locale } from "@/i18n/config";
import { Progress } from "@/components/ui/progress";
import { Chart } from "@/components/charts/chart";
import { DataTable } from "@/components/charts/data-table";

const LABEL_STYLE = { REACHED: "bg-green-50 text-green-900", AHEAD: "bg-green-50 text-green-900", ON_TRACK: "bg-blue-50 text-blue-900", AT_RISK: "bg-amber-50 text-amber-950", OFF_TRACK: "bg-red-50 text-red-900" };

/** Burn-up of the recruitment target with the forecast and the per-year view. */
export async function RecruitmentSection({ data: d }: { data: RecruitmentDashboard }) {
  const t = await getTranslations("dashboard");
  const locale = (await getLocale()) as Locale;
  const f = d.forecast;
  const target = d.programme.totalTarget;
  const forecastText = f.label === "REACHED" && f.reachedOn ? t("forecastReached", { date: formatDate(f.reachedOn, locale) })
    : f.ended ? t("forecastEnded", { done: f.done, target })
    : f.shortAtEnd > 0 ? t("forecastShort", { count: f.shortAtEnd })
    : t("forecastDate", { date: formatDate(f.reachedOn!, locale) });
  const burn = d.burnUp.map((p) => ({ month: p.month, [t("actual")]: p.actual, [t("planned")]: p.planned, [t("target")]: p.target }));
  return (
    <section className="card space-y-4" aria-labelledby="recruitment-heading">
      <h2 id="recruitment-heading" className="text-lg font-semibold">{t("recruitment")}</h2>
      <p className="text-sm text-gray-700">{d.programme.name} ({formatDate(d.programme.periodStart, locale)} – {formatDate(d.programme.periodEnd, locale)})</p>
      <div className="grid gap-4 md:grid-cols-3">
        <div>
          <p className="text-3xl font-semibold" data-testid="recruitment-count">{t("confirmedOfTarget", { done: f.done, target })}</p>
          <Progress value={f.done} max={target} label={t("confirmedOfTarget", { done: f.done, target })} />
        </div>
        <div className="text-sm">
          <p><span className={`rounded px-2 py-0.5 font-semibold ${LABEL_STYLE[f.label]}`} data-testid="pace-label">{t(`paceLabel.${f.label}`)}</span></p>
          <p className="mt-1">{t("plannedToDate", { planned: formatNumber(Math.round(f.plannedToDate * 10) / 10, locale) })}</p>
          <p>{t("pace", { count: f.pacePerYear })}</p>
        </div>
        <p className="text-sm font-medium" data-testid="forecast">{forecastText}</p>
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium">{t("paceRuleTitle")}</summary>
        <p className="mt-1">{t("paceRule")}</p>
      </details>
      <Chart title={t("burnUp")} kind="line" data={burn} index="month" categories={[t("actual"), t("planned"), t("target")]} colors={["blue", "amber", "gray"]} />
      <DataTable caption={t("burnUp")} summary={t("showTable")} columns={[t("month"), t("actual"), t("planned"), t("target")]}
        rows={d.burnUp.filter((p) => p.actual !== null).map((p) => [p.month, p.actual ?? "", formatNumber(p.planned, locale), p.target])} />
      <h3 className="font-semibold">{t("byYear")}</h3>
      <Chart title={t("byYear")} kind="bar" data={d.byYear.map((y) => ({ year: String(y.year), [t("confirmed")]: y.confirmed, [t("yearTarget")]: y.target }))}
        index="year" categories={[t("confirmed"), t("yearTarget")]} colors={["blue", "amber"]} />
      <DataTable caption={t("byYear")} summary={t("showTable")} columns={[t("year"), t("confirmed"), t("yearTarget")]} testId="by-year"
        rows={d.byYear.map((y) => [y.year, y.confirmed, y.target ?? "—"])} />
    </section>
  );
}
