import { getTranslations } from "next-intl/server";
import { ImportForm } from "@/components/plan-import/import-form";
import { ImportHelp } from "@/components/plan-import/import-help";
import { RecentImportRuns } from "@/components/import/recent-runs";
import { requirePage } from "@/lib/auth/guard";
import { listPlans } from "@/lib/plan/queries";
import { recentRuns } from "@/lib/import-runs/recent";

export default async function PlanImportPage({ searchParams }: { searchParams: Promise<{ plan?: string }> }) {
  const user = await requirePage("plan.write");
  const t = await getTranslations("planImport");
  const [all, recent] = await Promise.all([listPlans(), recentRuns(user, "PLAN")]);
  const plans = all.filter((p) => p.state !== "ARCHIVED");
  const { plan } = await searchParams;
  const selected = plans.find((p) => p.id === plan) ?? plans[0];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="max-w-3xl">{t("intro")}</p>
      {selected ? (
        <ImportForm
          planId={selected.id}
          plans={plans.map((p) => ({ id: p.id, label: `${p.name} (${t(`state.${p.state}`)})` }))}
        />
      ) : (
        <p>{t("noPlans")}</p>
      )}
      <RecentImportRuns {...recent} />
      <ImportHelp />
    </div>
  );
}
