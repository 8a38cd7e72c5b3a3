import { getLocale, getTranslations } from "next-intl/server";
import type { getOverview } from "@/lib/overview/queries";
import { MEASURE_STATUSES } from "@/lib/plan/status";
import { formatDate } from "@/lib/format";
import type { Locale } from "@/i18n/config";
import { ProgrammesTable } from "@/components/overview/programmes-table";
import { Progress } from "@/components/ui/progress";

type Props = Awaited<ReturnType<typeof getOverview>>;

export async function Overview({ plan, statusCounts, programmes, recruitment }: Props) {
  const t = await getTranslations();
  const locale = (await getLocale()) as Locale;
  const total = statusCounts ? Object.values(statusCounts).reduce((a, b) => a + b, 0) : 0;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("overview.title")}</h1>
      <div className="grid gap-6 lg:grid-cols-2">
        <section className="card" aria-labelledby="plan-heading">
          <h2 id="plan-heading" className="text-lg font-semibold">{t("overview.planHeading")}</h2>
          {plan && statusCounts ? (
            <>
              <p className="mb-3 text-sm text-gray-700">
                {t("overview.planPeriod", { name: plan.name })} ·{" "}
                {t("overview.measuresTotal", { count: total })}
              </p>
              <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5" data-testid="status-counts">
                {MEASURE_STATUSES.map((status) => (
                  <div key={status} className="rounded-md bg-gray-100 p-3">
                    <dt className="text-xs text-gray-700">{t(`status.${status}`)}</dt>
                    <dd className="text-2xl font-semibold" data-status={status}>{statusCounts[status]}</dd>
                  </div>
                ))}
              </dl>
            </>
          ) : (
            <p>{t("overview.noPlan")}</p>
          )}
        </section>
        {recruitment ? (
          <section className="card" aria-labelledby="recruitment-heading">
            <h2 id="recruitment-heading" className="text-lg font-semibold">{t("overview.recruitmentHeading")}</h2>
            <p className="mb-1 text-sm text-gray-700">
              {recruitment.name} ({formatDate(recruitment.periodStart, locale)} – {formatDate(recruitment.periodEnd, locale)})
            </p>
            <p className="my-2 text-3xl font-semibold" data-testid="recruitment-count">
              {t("overview.realisedOfTarget", { done: recruitment.confirmed, target: recruitment.totalTarget })}
            </p>
            <Progress value={recruitment.confirmed} max={recruitment.totalTarget} label={t("overview.realisedOfTarget", { done: recruitment.confirmed, target: recruitment.totalTarget })} />
            <p className="mt-2 text-sm">
              {recruitment.confirmed >= recruitment.totalTarget
                ? t("overview.targetReached")
                : t("overview.remaining", { count: recruitment.totalTarget - recruitment.confirmed })}{" "}
              · {t("overview.awaitingReview", { count: recruitment.awaitingReview })}
            </p>
          </section>
        ) : null}
      </div>
      <ProgrammesTable programmes={programmes} />
    </div>
  );
}
