import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { listPlans } from "@/lib/plan/queries";
import type { PlanTreeArea } from "@/lib/plan/tree";
import { formatDate, formatMoney, formatPercent } from "@/lib/format";
import { StatusBadge } from "./status-badge";
import { SignalBadge, SignalLegend } from "@/components/signal/signal-badge";
import { NodeControls } from "./node-controls";
import { TableHead } from "@/components/ui/table-head";
import { PlanLinks } from "./plan-links";

type Plan = Awaited<ReturnType<typeof listPlans>>[number];
type Props = { plans: Plan[]; plan: Plan | null; areas: PlanTreeArea[]; canEdit: boolean; canManage: boolean };

export async function PlanTree({ plans, plan, areas, canEdit, canManage }: Props) {
  const t = await getTranslations("plan");
  const locale = await getLocale();
  const pct = (p: number | null) => (p === null ? t("noProgress") : formatPercent(p, locale));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <ul className="flex flex-wrap gap-2" aria-label={t("title")}>
        {plans.map((p) => (
          <li key={p.id}>
            <Link
              href={`/strategicky-plan?plan=${p.id}`}
              aria-current={p.id === plan?.id ? "page" : undefined}
              className={`btn-secondary no-underline ${p.id === plan?.id ? "border-blue-800 font-semibold" : ""}`}
            >
              {p.yearFrom}–{p.yearTo} · {t(`state.${p.state}`)}
            </Link>
          </li>
        ))}
      </ul>
      {plan ? (
        <section aria-labelledby="plan-name" className="space-y-4">
          <div>
            <h2 id="plan-name" className="text-xl font-semibold">
              {plan.name}
            </h2>
            {plan.adoptedOn && plan.adoptedBy ? (
              <p className="text-sm text-gray-700">
                {t("adopted", {
                  body: t(`body.${plan.adoptedBy}`),
                  date: formatDate(plan.adoptedOn, locale),
                  resolution: plan.resolutionNo ?? "—",
                })}
              </p>
            ) : null}
            <PlanLinks planId={plan.id} canEdit={canEdit} canManage={canManage} />
          </div>
          {areas.length > 0 ? <SignalLegend /> : null}
          {areas.length === 0 ? <p>{t("noMeasures")}</p> : null}
          {areas.map((area) => (
            <section key={area.id} className="card" aria-labelledby={`area-${area.id}`}>
              <h3 id={`area-${area.id}`} className="text-lg font-semibold">
                {t("area")} {area.code}: {area.title}{" "}
                <span className="text-sm font-normal text-gray-700">
                  · {t("progressOf", { value: pct(area.progress) })}
                </span>
                {canEdit ? (
                  <NodeControls
                    kind="area"
                    id={area.id}
                    name={area.title}
                    editHref={`/strategicky-plan/oblasti/${area.id}`}
                  />
                ) : null}
              </h3>
              {area.goals.map((goal) => (
                <div key={goal.id} className="mt-4 overflow-x-auto">
                  <h4 className="mb-2 font-semibold">
                    {t("goal")} {goal.code}: {goal.title}{" "}
                    <span className="text-sm font-normal text-gray-700">
                      · {t("progressOf", { value: pct(goal.progress) })}
                    </span>
                    {canEdit ? (
                      <NodeControls
                        kind="goal"
                        id={goal.id}
                        name={goal.title}
                        editHref={`/strategicky-plan/cile/${goal.id}`}
                      />
                    ) : null}
                  </h4>
                  <table className="table">
                    <TableHead
                      columns={[
                        t("code"),
                        t("measure"),
                        t("responsible"),
                        t("deadline"),
                        { label: t("budget"), className: "text-right" },
                        t("status"),
                        { label: t("progress"), className: "text-right" },
                        t("rag"),
                      ]}
                    />
                    <tbody>
                      {goal.measures.map((m) => (
                        <tr key={m.id}>
                          <td className="whitespace-nowrap">{m.code}</td>
                          <th scope="row" className="font-normal">
                            <Link href={`/strategicky-plan/opatreni/${m.id}`}>{m.title}</Link>
                            {canEdit ? (
                              <NodeControls
                                kind="measure"
                                id={m.id}
                                name={m.title}
                                editHref={`/strategicky-plan/opatreni/${m.id}/upravit`}
                              />
                            ) : null}
                          </th>
                          <td>{m.responsibleBody ?? "—"}</td>
                          <td className="whitespace-nowrap">{m.deadline ? formatDate(m.deadline, locale) : "—"}</td>
                          <td className="whitespace-nowrap text-right">
                            {m.plannedBudgetHaler != null ? formatMoney(m.plannedBudgetHaler, locale) : "—"}
                          </td>
                          <td>
                            <StatusBadge status={m.status} />
                          </td>
                          <td className="text-right">{pct(m.progress)}</td>
                          <td>
                            <SignalBadge signal={m.signal} />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                  {canEdit ? (
                    <Link href={`/strategicky-plan/opatreni/novy?cil=${goal.id}`} className="mt-2 inline-block text-sm">
                      {t("addMeasure")}
                    </Link>
                  ) : null}
                </div>
              ))}
              {canEdit ? (
                <Link href={`/strategicky-plan/cile/novy?oblast=${area.id}`} className="mt-3 inline-block text-sm">
                  {t("addGoal")}
                </Link>
              ) : null}
            </section>
          ))}
          {canEdit ? (
            <Link href={`/strategicky-plan/oblasti/nova?plan=${plan.id}`} className="btn-secondary no-underline">
              {t("addArea")}
            </Link>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
