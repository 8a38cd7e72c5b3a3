import { getTranslations } from "next-intl/server";
import type { RecruitmentDashboard, DashboardFilters } from "@/lib/dashboard/recruitment";
import type { PlanDashboard, careContext } from "@/lib/dashboard/plan";
import type { dashboardFilterOptions } from "@/lib/dashboard/filters";
import type { ProgrammeSummary } from "@/lib/programmes/overview";
import { OtherTargets } from "./other-targets";
import { DashboardFilterForm } from "./dashboard-filters";
import { RecruitmentSection } from "./recruitment-section";
import { BreakdownSection } from "./breakdown-section";
import { FunnelSection } from "./funnel-section";
import { ContextSection } from "./context-section";
import { PlanSection } from "./plan-section";

type Props = {
  filters: DashboardFilters; options: Awaited<ReturnType<typeof dashboardFilterOptions>>; recruitment: RecruitmentDashboard | null;
  plan: PlanDashboard | null; context: Awaited<ReturnType<typeof careContext>>; programmes: ProgrammeSummary[];
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
      <OtherTargets programmes={programmes} />
    </div>
  );
}
