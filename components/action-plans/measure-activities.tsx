import { getLocale, getTranslations } from "next-intl/server";
import type { ActionPlanDetail } from "@/lib/action-plans/queries";
import { emptyFulfilment } from "@/lib/action-plans/rollup";
import { formatMoney } from "@/lib/format";
import { StatusBadge } from "@/components/plan/status-badge";
import { ActivityEditForm } from "./activity-edit-form";
import { FulfilmentCell } from "./fulfilment";

type Group = ActionPlanDetail["groups"][number];

/** Haléře as an editable amount: 17135050n → "171350,50"; "" when not set. */
const moneyInput = (haler: bigint | null) => (haler === null ? "" : (Number(haler) / 100).toFixed(2).replace(".", ","));

/** One measure's activities in the year, with the measure's roll-up (fulfilment, planned and spent). */
export async function MeasureActivities({ group, canEdit, draft }: { group: Group; canEdit: boolean; draft: boolean }) {
  const t = await getTranslations("actionPlans");
  const locale = await getLocale();
  const { measure, activities } = group;
  const rollUp = group.rollUp ?? emptyFulfilment();
  const headingId = `measure-${measure.id}`;
  return (
    <section className="card overflow-x-auto" aria-labelledby={headingId} data-measure={measure.code}>
      <h3 id={headingId} className="text-base font-semibold">
        {t("measureHeading", { code: measure.code, title: measure.title })}
      </h3>
      <div className="mt-2 grid gap-3 text-sm sm:grid-cols-3" data-testid="measure-roll-up">
        <FulfilmentCell summary={rollUp} />
        <p>
          {t("planned")}: <strong>{formatMoney(rollUp.planned, locale)}</strong>
        </p>
        <p>
          {t("spent")}: <strong>{formatMoney(rollUp.spent, locale)}</strong>
        </p>
      </div>
      {rollUp.cancelled > 0 ? (
        <p className="mt-1 text-xs text-gray-700">{t("cancelledNote", { count: rollUp.cancelled })}</p>
      ) : null}
      <table className="table mt-3">
        <thead>
          <tr>
            <th scope="col">{t("activity")}</th>
            <th scope="col">{t("responsible")}</th>
            <th scope="col">{t("indicator")}</th>
            <th scope="col" className="text-right">
              {t("planned")}
            </th>
            <th scope="col" className="text-right">
              {t("spent")}
            </th>
            <th scope="col">{t("status")}</th>
            {canEdit ? (
              <th scope="col" className="row-actions">
                {t("edit")}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {activities.map((a) => (
            <tr key={a.id} data-activity={a.id}>
              <th scope="row" className="font-normal">
                <span className="font-medium">{a.title}</span>
                {a.description ? <span className="block text-xs text-gray-700">{a.description}</span> : null}
                {a.copiedFromId ? <span className="block text-xs text-gray-700">{t("copiedFrom")}</span> : null}
              </th>
              <td>
                {a.responsible ?? "—"}
                {a.organisation ? <span className="block text-xs text-gray-700">{a.organisation.name}</span> : null}
              </td>
              <td>{a.indicatorText ?? "—"}</td>
              <td className="whitespace-nowrap text-right">
                {a.plannedBudgetHaler !== null ? formatMoney(a.plannedBudgetHaler, locale) : "—"}
              </td>
              <td className="whitespace-nowrap text-right">
                {a.spentBudgetHaler !== null ? formatMoney(a.spentBudgetHaler, locale) : "—"}
              </td>
              <td>
                <StatusBadge status={a.status} />
              </td>
              {canEdit ? (
                <td className="row-actions">
                  <ActivityEditForm
                    activity={{
                      id: a.id,
                      title: a.title,
                      status: a.status,
                      spent: moneyInput(a.spentBudgetHaler),
                      planned: moneyInput(a.plannedBudgetHaler),
                    }}
                    draft={draft}
                  />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
