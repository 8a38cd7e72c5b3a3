import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { MeasureDetail as Detail } from "@/lib/plan/measure-detail";
import { formatDate, formatMoney, formatPercent } from "@/lib/format";
import { StatusBadge } from "./status-badge";
import { SignalBadge, SignalRuleLink } from "@/components/signal/signal-badge";
import { currentYear, todayIso } from "@/lib/clock";
import { IndicatorSection } from "./indicator-section";
import { UpdateTimeline } from "./update-timeline";
import { ProgressUpdateForm } from "./progress-update-form";
import { IndicatorForm } from "./indicator-form";
import { CarryOverForm } from "./carry-over-form";
import { carryOverLine } from "@/lib/plan/carry-over";
import { isComputed } from "@/lib/indicators/source";
import type { IndicatorSourceOptions } from "@/lib/indicators/queries";
import type { ThreadEntry } from "@/lib/conversation/queries";
import { Thread } from "@/components/conversation/thread";

type Props = {
  measure: Detail;
  canEdit: boolean;
  canReport: boolean;
  sourceOptions: IndicatorSourceOptions | null;
  comments: ThreadEntry[];
  canComment: boolean;
};

export async function MeasureDetail({ measure: m, canEdit, canReport, sourceOptions, comments, canComment }: Props) {
  const t = await getTranslations();
  const locale = await getLocale();
  const money = (v: bigint | null) => (v === null ? "—" : formatMoney(v, locale));
  const date = (d: Date | null) => (d ? formatDate(d, locale) : "—");
  const item = (label: string, value: React.ReactNode) => (
    <div>
      <dt className="text-sm text-gray-700">{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <article className="space-y-6">
      <div>
        <Link href={`/strategicky-plan?plan=${m.plan.id}`} className="text-sm">
          {t("measure.back")}
        </Link>
        <p className="mt-2 text-sm text-gray-700">
          {m.plan.name} ·{" "}
          {t("measure.areaGoal", {
            area: `${m.goal.area.code} ${m.goal.area.title}`,
            goal: `${m.goal.code} ${m.goal.title}`,
          })}
        </p>
        <h1 className="text-2xl font-semibold">
          {m.code} {m.title}
        </h1>
        {m.carriedOverFrom ? (
          <p className="text-sm">
            <Link href={`/strategicky-plan/opatreni/${m.carriedOverFrom.id}`}>
              {t("plan.carriedOverFrom", carryOverLine(m.carriedOverFrom))}
            </Link>
          </p>
        ) : null}
        {m.carriedOverTo ? (
          <p className="text-sm">
            <Link href={`/strategicky-plan/opatreni/${m.carriedOverTo.id}`}>
              {t("plan.carriedOverTo", carryOverLine(m.carriedOverTo))}
            </Link>
          </p>
        ) : null}
        {canEdit ? (
          <Link href={`/strategicky-plan/opatreni/${m.id}/upravit`} className="btn-secondary mt-2 no-underline">
            {t("measure.edit")}
          </Link>
        ) : null}
      </div>
      <section className="card" aria-labelledby="details-heading">
        <h2 id="details-heading" className="mb-3 text-lg font-semibold">
          {t("measure.details")}
        </h2>
        {m.description ? <p className="mb-4 whitespace-pre-line">{m.description}</p> : null}
        <dl className="grid gap-4 sm:grid-cols-3">
          {item(t("measure.status"), <StatusBadge status={m.status} />)}
          {item(
            t("measure.progress"),
            <span data-testid="measure-progress">{m.progress === null ? "—" : formatPercent(m.progress, locale)}</span>,
          )}
          {item(
            t("measure.rag"),
            <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <SignalBadge signal={m.signal} testId="measure-signal" />
              {m.expected !== null ? (
                <span className="text-sm text-gray-700">
                  {t("signal.expectedToday", { value: formatPercent(m.expected, locale) })}
                </span>
              ) : null}
              <SignalRuleLink />
            </span>,
          )}
          {m.statusReason ? item(t("measure.statusReason"), m.statusReason) : null}
          {item(t("measure.responsibleBody"), m.responsibleBody ?? "—")}
          {item(t("measure.responsibleOrg"), m.responsibleOrg?.name ?? "—")}
          {item(t("measure.partners"), m.partners.map((p) => p.organisation.name).join(", ") || "—")}
          {item(t("measure.period"), `${date(m.startDate)} – ${date(m.deadline)}`)}
          {item(t("measure.plannedBudget"), money(m.plannedBudgetHaler))}
          {item(t("measure.spentBudget"), money(m.spentBudgetHaler))}
          {item(t("measure.fundingSources"), m.fundingSources ?? "—")}
        </dl>
        <details className="mt-4 text-sm">
          <summary className="cursor-pointer font-medium">{t("measure.progressRuleTitle")}</summary>
          <p className="mt-2">{t("measure.progressRule")}</p>
        </details>
      </section>
      <section className="card space-y-4" aria-labelledby="indicators-heading">
        <h2 id="indicators-heading" className="text-lg font-semibold">
          {t("measure.indicators")}
        </h2>
        {m.indicators.length === 0 ? <p>{t("measure.noIndicators")}</p> : null}
        {m.indicators.map((indicator) => (
          <IndicatorSection key={indicator.id} indicator={indicator} sourceOptions={sourceOptions} />
        ))}
        {sourceOptions ? <IndicatorForm measureId={m.id} options={sourceOptions} year={currentYear()} /> : null}
      </section>
      <section className="card space-y-4" aria-labelledby="updates-heading">
        <h2 id="updates-heading" className="text-lg font-semibold">
          {t("measure.updates")}
        </h2>
        {canReport ? (
          <ProgressUpdateForm
            measureId={m.id}
            today={todayIso()}
            indicators={m.indicators.filter((i) => !isComputed(i)).map(({ id, name, unit }) => ({ id, name, unit }))}
          />
        ) : null}
        <UpdateTimeline updates={m.progressUpdates} />
      </section>
      <Thread entries={comments} record={{ measureId: m.id }} canComment={canComment} />
      {canEdit && m.plan.nextPlan && !m.carriedOverTo && m.nextPlanGoals.length ? (
        <section className="card" aria-labelledby="carry-heading">
          <h2 id="carry-heading" className="mb-2 text-lg font-semibold">
            {t("measure.carryOver")}
          </h2>
          <CarryOverForm measureId={m.id} planName={m.plan.nextPlan.name} goals={m.nextPlanGoals} />
        </section>
      ) : null}
    </article>
  );
}
