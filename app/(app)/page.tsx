import { notFound } from "next/navigation";
import { Dashboard } from "@/components/dashboard/dashboard";
import { BackToMine, MyOrganisation } from "@/components/my-organisation/my-organisation";
import { requirePage } from "@/lib/auth/guard";
import { dashboardFilterOptions, parseDashboardFilters } from "@/lib/dashboard/filters";
import { careContext, planDashboard } from "@/lib/dashboard/plan";
import { recruitmentDashboard } from "@/lib/dashboard/recruitment";
import { myOrganisation } from "@/lib/my-organisation/queries";
import { firstValues } from "@/lib/url-params";
import { programmesOverview } from "@/lib/programmes/overview";
import { today } from "@/lib/clock";

// Served through the rendered-page cache (lib/cache/page-cache): its key holds the signed-in user (id, role,
// organisation) and the query string, so one member's organisation page is never served to anyone else, and
// "/?pohled=kraj" is cached apart from "/".
export default async function OverviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePage("overview.view");
  const params = firstValues(await searchParams);
  const member = user.role === "MEMBER" && user.organisationId ? user.organisationId : null;
  if (member && params.pohled !== "kraj") {
    const data = await myOrganisation(member, today());
    if (!data) notFound();
    return <MyOrganisation data={data} />;
  }
  const filters = parseDashboardFilters(params);
  const [options, recruitment, plan, context, programmes] = await Promise.all([
    dashboardFilterOptions(),
    recruitmentDashboard(filters),
    planDashboard(filters.areaId),
    careContext(filters.year),
    programmesOverview(),
  ]);
  const dashboard = (
    <Dashboard
      filters={filters}
      options={options}
      recruitment={recruitment}
      plan={plan}
      context={context}
      programmes={programmes}
      view={member ? "kraj" : undefined}
    />
  );
  return member ? (
    <div className="space-y-4">
      <BackToMine />
      {dashboard}
    </div>
  ) : (
    dashboard
  );
}
