import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { evaluationIndex } from "@/lib/evaluation/versions";

type Plans = Awaited<ReturnType<typeof evaluationIndex>>;

/** Choosing a plan and a year: every year of every plan, with how many versions its evaluation has. */
export async function EvaluationIndex({ plans }: { plans: Plans }) {
  const t = await getTranslations("evaluation");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 max-w-3xl text-gray-700">{t("intro")}</p>
      </div>
      {plans.length === 0 ? <p>{t("noPlans")}</p> : null}
      {plans.map((plan) => (
        <section key={plan.id} className="card" aria-labelledby={`plan-${plan.id}`} data-plan={plan.id}>
          <h2 id={`plan-${plan.id}`} className="mb-3 text-lg font-semibold">
            {plan.name}
          </h2>
          <ul className="grid gap-2 sm:grid-cols-3 lg:grid-cols-5">
            {plan.years.map(({ year, versions, approved }) => (
              <li key={year} className="rounded-md border border-gray-200 p-3">
                <Link
                  href={`/reporty/hodnoceni/${plan.id}/${year}`}
                  aria-label={t("yearLink", { year, plan: plan.name })}
                  className="text-lg font-semibold"
                >
                  {year}
                </Link>
                <p className="text-sm text-gray-700">{t("versionCount", { count: versions })}</p>
                {approved ? (
                  <p className="text-sm font-medium text-green-900">
                    <span aria-hidden="true">✔ </span>
                    {t("hasApproved")}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
