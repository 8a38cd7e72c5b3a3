import { Dashboard } from "@/components/dashboard/dashboard";
import { requirePage } from "@/lib/auth/guard";
import { dashboardFilterOptions, parseDashboardFilters } from "@/lib/dashboard/filters";
import { careContext, planDashboard } from "@/lib/dashboard/plan";
import { recruitmentDashboard } from "@/lib/dashboard/recruitment";
import { firstValues } from "@/lib/url-params";
import { programmesOverview } from "@/lib/programmes/overview";

export default async function OverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePage("overview.view");
  const filters = parseDashboardFilters(firstValues(await searchParams));
  const [options, recruitment, plan, context, programmes] = await Promise.all([
    dashboardFilterOptions(), recruitmentDashboard(filters), planDashboard(filters.areaId), careContext(filters.year), programmesOverview(),
  ]);
  return <Dashboard filters={filters} options={options} recruitment={recruitment} plan={plan} context={context} programmes={programmes} />;
}
