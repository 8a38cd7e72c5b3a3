import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ActionPlanDetail } from "@/lib/action-plans/queries";
import { formatDate, formatMoney } from "@/lib/format";
import { AddActivityForm } from "./add-activity-form";
import { ApproveForm } from "./approve-form";
import { CopyUnfinishedButton } from "./copy-unfinished-button";
import { FulfilmentCell } from "./fulfilment";
import { MeasureActivities } from "./measure-activities";
import { StateBadge } from "./state-badge";

/** One year's action plan: summary, activities by measure with their roll-up, and the coordinator's forms. */
export async function ActionPlanView({ detail, canEdit }: { detail: ActionPlanDetail; canEdit: boolean }) {
  const t = await getTranslations("actionPlans");
  const locale = await getLocale();
  const { actionPlan, groups, total, nextYear } = detail;
  const draft = actionPlan.state === "DRAFT";
  const hasNextYear = actionPlan.year < actionPlan.plan.yearTo;
  return (
    <div className="space-y-6">
      <p>
        <Link href="/strategicky-plan/akcni-plany">{t("backToList")}</Link>
      </p>
      <div>
        <h1 className="text-2xl font-semibold">{t("yearTitle", { year: actionPlan.year })}</h1>
        <p className="text-gray-700">{actionPlan.plan.name}</p>
        <p className="mt-2 flex flex-wrap items-center gap-2 text-sm" data-testid="action-plan-state">
          <StateBadge state={actionPlan.state} />
          {actionPlan.approvedOn
            ? t("approvedBy", {
                date: formatDate(actionPlan.approvedOn, locale),
                resolution: actionPlan.resolutionNo ?? "—",
              })
            : t("draftNote")}
        </p>
      </div>

      <section className="card" aria-labelledby="summary-heading">
        <h2 id="summary-heading" className="mb-3 text-lg font-semibold">
          {t("summary")}
        </h2>
        <dl className="grid gap-4 sm:grid-cols-4">
          <div>
            <dt className="text-sm text-gray-700">{t("activityCount")}</dt>
            <dd className="text-lg font-semibold">{t("activities", { count: total.counted + total.cancelled })}</dd>
          </div>
          <div>
            <dt className="text-sm text-gray-700">{t("fulfilment")}</dt>
            <dd>
              <FulfilmentCell summary={total} />
            </dd>
          </div>
          <div>
            <dt className="text-sm text-gray-700">{t("planned")}</dt>
            <dd className="text-lg font-semibold" data-testid="total-planned">
              {formatMoney(total.planned, locale)}
            </dd>
          </div>
          <div>
            <dt className="text-sm text-gray-700">{t("spent")}</dt>
            <dd className="text-lg font-semibold" data-testid="total-spent">
              {formatMoney(total.spent, locale)}
            </dd>
          </div>
        </dl>
      </section>

      <section className="space-y-4" aria-labelledby="measures-heading">
        <h2 id="measures-heading" className="text-lg font-semibold">
          {t("byMeasure")}
        </h2>
        {groups.length === 0 ? <p>{t("noActivities")}</p> : null}
        {groups.map((group) => (
          <MeasureActivities key={group.measure.id} group={group} canEdit={canEdit} draft={draft} />
        ))}
      </section>

      {canEdit ? (
        <section className="card" aria-labelledby="add-heading">
          <h2 id="add-heading" className="mb-3 text-lg font-semibold">
            {t("add.heading")}
          </h2>
          {draft ? (
            <AddActivityForm
              actionPlanId={actionPlan.id}
              measures={detail.measures.map((m) => ({
                id: m.id,
                label: `${m.code} ${m.title}`,
                responsible: m.responsibleBody ?? "",
              }))}
              organisations={detail.organisations}
            />
          ) : (
            <p className="text-sm text-gray-700">{t("add.approvedNote")}</p>
          )}
        </section>
      ) : null}

      {canEdit && draft ? (
        <section className="card" aria-labelledby="approve-heading">
          <h2 id="approve-heading" className="mb-3 text-lg font-semibold">
            {t("approve.heading")}
          </h2>
          <ApproveForm actionPlanId={actionPlan.id} />
        </section>
      ) : null}

      {canEdit && hasNextYear && nextYear?.state !== "APPROVED" ? (
        <section className="card" aria-labelledby="copy-heading">
          <h2 id="copy-heading" className="mb-2 text-lg font-semibold">
            {t("copy.heading")}
          </h2>
          <p className="mb-3 text-sm text-gray-700">{t("copy.text")}</p>
          <CopyUnfinishedButton fromActionPlanId={actionPlan.id} year={actionPlan.year + 1} />
        </section>
      ) : null}
    </div>
  );
}
