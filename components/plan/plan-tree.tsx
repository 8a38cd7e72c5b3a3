import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { listPlans, planTree } from "@/lib/plan/queries";
import { formatDate, formatMoney } from "@/lib/format";
import type { Locale } from "@/i18n/config";
import { StatusBadge } from "./status-badge";

type Plan = Awaited<ReturnType<typeof listPlans>>[number];
type Props = { plans: Plan[]; plan: Plan | null; areas: Awaited<ReturnType<typeof planTree>> };

export async function PlanTree({ plans, plan, areas }: Props) {
  const t = await getTranslations("plan");
  const locale = (await getLocale()) as Locale;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <ul className="flex flex-wrap gap-2">
        {plans.map((p) => (
          <li key={p.id}>
            <Link href={`/strategicky-plan?plan=${p.id}`} aria-current={p.id === plan?.id ? "page" : undefined}
              className={`btn-secondary no-underline ${p.id === plan?.id ? "border-blue-800 font-semibold" : ""}`}>
              {p.yearFrom}–{p.yearTo} · {t(`state.${p.state}`)}
            </Link>
          </li>
        ))}
      </ul>
      {plan ? (
        <section aria-labelledby="plan-name" className="space-y-4">
          <div>
            <h2 id="plan-name" className="text-xl font-semibold">{plan.name}</h2>
            {plan.adoptedOn && plan.adoptedBy ? (
              <p className="text-sm text-gray-700">
                {t("adopted", { body: t(`body.${plan.adoptedBy}`), date: formatDate(plan.adoptedOn, locale), resolution: plan.resolutionNo ?? "—" })}
              </p>
            ) : null}
          </div>
          {areas.length === 0 ? <p>{t("noMeasures")}</p> : null}
          {areas.map((area) => (
            <section key={area.id} className="card" aria-labelledby={`area-${area.id}`}>
              <h3 id={`area-${area.id}`} className="text-lg font-semibold">
                {t("area")} {area.code}: {area.title}
              </h3>
              {area.goals.map((goal) => (
                <div key={goal.id} className="mt-4 overflow-x-auto">
                  <h4 className="mb-2 font-semibold">{t("goal")} {goal.code}: {goal.title}</h4>
                  <table className="table">
                    <thead>
                      <tr>
                        <th scope="col">{t("code")}</th>
                        <th scope="col">{t("measure")}</th>
                        <th scope="col">{t("responsible")}</th>
                        <th scope="col">{t("deadline")}</th>
                        <th scope="col" className="text-right">{t("budget")}</th>
                        <th scope="col">{t("status")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {goal.measures.map((m) => (
                        <tr key={m.id}>
                          <td className="whitespace-nowrap">{m.code}</td>
                          <th scope="row" className="font-normal">
                            {m.title}
                            <span className="block text-xs text-gray-700">{t("indicators", { count: m._count.indicators })}</span>
                          </th>
                          <td>{m.responsibleBody ?? "—"}</td>
                          <td className="whitespace-nowrap">{m.deadline ? formatDate(m.deadline, locale) : "—"}</td>
                          <td className="whitespace-nowrap text-right">{m.plannedBudgetHaler != null ? formatMoney(m.plannedBudgetHaler, locale) : "—"}</td>
                          <td><StatusBadge status={m.status} /></td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              ))}
            </section>
          ))}
        </section>
      ) : null}
    </div>
  );
}
