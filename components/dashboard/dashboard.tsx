import { getLocale, getTranslations } from "next-intl/server";
import type { RecruitmentDashboard, DashboardFilters } from "@/lib/dashboard/recruitment";
import type { PlanDashboard, careContext } from "@/lib/dashboard/plan";
import type { dashboardFilterOptions } from "@/lib/dashboard/filters";
import type { ProgrammeSummary } from "@/lib/programmes/overview";
import { periodYears } from "@/lib/programmes/targets";
import { OtherTargets } from "./other-targets";
import { DashboardFilterForm } from "./dashboard-filters";
import { RecruitmentSection } from "./recruitment-section";
import { BreakdownSection } from "./breakdown-section";
import { FunnelSection } from "./funnel-section";
import { ContextSection } from "./context-section";
import { PlanSection } from "./plan-section";

type Options = Awaited<ReturnType<typeof dashboardFilterOptions>>;
type Props = {
  filters: DashboardFilters;
  options: Options;
  recruitment: RecruitmentDashboard | null;
  plan: PlanDashboard | null;
  context: Awaited<ReturnType<typeof careContext>>;
  programmes: ProgrammeSummary[];
  /** `pohled`: kept by the filter form (a member's regional view, "/?pohled=kraj"). */
  view?: string;
};
type Filter = Exclude<keyof DashboardFilters, "programmeId">;

/** Every part of the page follows every filter it can; a part that a set filter cannot slice says so. */
async function notFiltered(filters: DashboardFilters, options: Options, applies: Filter[]) {
  const t = await getTranslations("dashboard");
  const cs = (await getLocale()) === "cs";
  const place = [
    ...options.orps,
    ...options.districts.map((d) => ({ ...d, name: t("district", { name: d.name }) })),
  ].find((p) => p.id === filters.placeId);
  const type = options.eventTypes.find((e) => e.id === filters.eventTypeId);
  const area = options.areas.find((a) => a.id === filters.areaId);
  const names: Record<Filter, string | undefined> = {
    year: filters.year ? t("filterYear", { year: filters.year }) : undefined,
    organisationId:
      filters.organisationId &&
      (options.organisations.find((o) => o.id === filters.organisationId)?.name ?? filters.organisationId),
    placeId: filters.placeId && (place?.name ?? filters.placeId),
    eventTypeId: filters.eventTypeId && (type ? (cs ? type.nameCs : type.nameEn) : filters.eventTypeId),
    areaId: filters.areaId && (area ? `${area.code}. ${area.title}` : filters.areaId),
  };
  const skipped = (Object.keys(names) as Filter[])
    .filter((k) => names[k] && !applies.includes(k))
    .map((k) => names[k]!);
  return skipped.length ? (
    <p className="text-sm text-gray-700" data-testid="not-filtered">
      {t("notFiltered", { filters: skipped.join(", ") })}
    </p>
  ) : null;
}

export async function Dashboard({ filters, options, recruitment, plan, context, programmes, view }: Props) {
  const t = await getTranslations("dashboard");
  const years = recruitment ? periodYears(recruitment.programme.periodStart, recruitment.programme.periodEnd) : [];
  const recruitmentFilters: Filter[] = ["year", "organisationId", "placeId", "eventTypeId"];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <DashboardFilterForm
        filters={filters}
        options={options}
        programmeId={recruitment?.programme.id}
        years={years}
        view={view}
      />
      {recruitment ? (
        <>
          {await notFiltered(filters, options, recruitmentFilters)}
          <RecruitmentSection data={recruitment} />
          <BreakdownSection data={recruitment} />
          <FunnelSection data={recruitment} />
        </>
      ) : (
        <p>{t("noData")}</p>
      )}
      <ContextSection rows={context} note={await notFiltered(filters, options, ["year"])} />
      {plan ? <PlanSection data={plan} note={await notFiltered(filters, options, ["areaId"])} /> : null}
      {await notFiltered(filters, options, [])}
      <OtherTargets programmes={programmes} />
    </div>
  );
}
