import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { listActionPlans } from "@/lib/action-plans/queries";
import { formatDate, formatMoney } from "@/lib/format";
import { CreateActionPlanForm } from "./create-action-plan-form";
import { FulfilmentCell } from "./fulfilment";
import { StateBadge } from "./state-badge";

type Props = { plans: Awaited<ReturnType<typeof listActionPlans>>; canEdit: boolean };

export async function ActionPlanList({ plans, canEdit }: Props) {
  const t = await getTranslations("actionPlans");
  const locale = await getLocale();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-gray-700">{t("intro")}</p>
      </div>
      {plans.map((plan) => {
        const years = Array.from({ length: plan.yearTo - plan.yearFrom + 1 }, (_, i) => plan.yearFrom + i);
        const free = years.filter((year) => !plan.actionPlans.some((ap) => ap.year === year));
        return (
          <section
            key={plan.id}
            className="card overflow-x-auto"
            aria-labelledby={`plan-${plan.id}`}
            data-plan={plan.id}
          >
            <h2 id={`plan-${plan.id}`} className="mb-3 text-lg font-semibold">
              {plan.name}
            </h2>
            {plan.actionPlans.length === 0 ? (
              <p className="text-sm">{t("noActionPlans")}</p>
            ) : (
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t("year")}</th>
                    <th scope="col">{t("status")}</th>
                    <th scope="col" className="text-right">
                      {t("activityCount")}
                    </th>
                    <th scope="col">{t("fulfilment")}</th>
                    <th scope="col" className="text-right">
                      {t("planned")}
                    </th>
                    <th scope="col" className="text-right">
                      {t("spent")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {plan.actionPlans.map((ap) => (
                    <tr key={ap.id} data-year={ap.year}>
                      <th scope="row">
                        <Link href={`/strategicky-plan/akcni-plany/${ap.id}`}>{t("yearTitle", { year: ap.year })}</Link>
                      </th>
                      <td>
                        <StateBadge state={ap.state} />
                        {ap.approvedOn ? (
                          <span className="mt-1 block text-xs text-gray-700">
                            {t("approvedBy", {
                              date: formatDate(ap.approvedOn, locale),
                              resolution: ap.resolutionNo ?? "—",
                            })}
                          </span>
                        ) : null}
                      </td>
                      <td className="text-right">{ap.fulfilment.counted + ap.fulfilment.cancelled}</td>
                      <td className="min-w-40">
                        <FulfilmentCell summary={ap.fulfilment} />
                      </td>
                      <td className="whitespace-nowrap text-right">{formatMoney(ap.fulfilment.planned, locale)}</td>
                      <td className="whitespace-nowrap text-right">{formatMoney(ap.fulfilment.spent, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {canEdit && free.length > 0 ? (
              <CreateActionPlanForm planId={plan.id} years={free} planName={plan.name} />
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
