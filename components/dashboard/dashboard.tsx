import { getTranslations } from "next-intl/server";
import type { RecruitmentDashboard, DashboardFilters } from "@/lib/dashboard/recruitment";
import type { PlanDashboard, careContext } from "@/lib/dashboard/plan";
import type { dashboardFilterOptions } from "@/lib/dashboard/filters";
import type { ProgrammeProgress } from "@/lib/recruitment/queries";
import { ProgrammesTable } from "@/components/overview/programmes-table";
import { DashboardFilterForm } from "./dashboard-filters";
import { RecruitmentSection } from "./recruitment-section";
import { BreakdownSection } from "./breakdown-section";
import { FunnelSection } from "./funnel-section";
import { ContextSection } from "./context-section";
import { PlanSection } from "./plan-section";

type Props = {
  filters: DashboardFilters; options: Awaited<ReturnType<typeof dashboardFilterOptions>>; recruitment: RecruitmentDashboard | null;
  plan: PlanDashboard | null; context: Awaited<ReturnType<typeof careContext>>; programmes: ProgrammeProgress[];
};

export async function Dashboard({ filters, options, recruitment, plan, context, programmes }: Props) {
  const t = await getTranslations("dashboard");
  const years = recruitment ? recruitment.byYear.map((y) => y.year) : [];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <DashboardFilterForm filters={filters} options={options} programmeId={recruitment?.programme.id} years={years} />
      {recruitment ? (
        <>
          <RecruitmentSection data={recruitment} />
          <BreakdownSection data={recruitment} />
          <FunnelSection data={recruitment} />
        </>
      ) : <p>{t("noData")}</p>}
      <ContextSection rows={context} />
      {plan ? <PlanSection data={plan} /> : null}
      <ProgrammesTable programmes={programmes.filter((p) => !p.code.startsWith("NRP"))} heading={t("otherTargets")} />
    </div>
  );
}
