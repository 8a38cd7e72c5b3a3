import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ChoiceField } from "@/components/ui/choice-field";
import { activeFilters, FilterPanel } from "@/components/ui/filter-panel";
import type { dashboardFilterOptions } from "@/lib/dashboard/filters";
import type { DashboardFilters } from "@/lib/dashboard/recruitment";

type Options = Awaited<ReturnType<typeof dashboardFilterOptions>>;

/** A GET form: the filters live in the URL, so a link shows the same picture. */
export async function DashboardFilterForm({
  filters,
  options,
  programmeId,
  years,
  view,
}: {
  filters: DashboardFilters;
  options: Options;
  programmeId?: string;
  years: number[];
  view?: string;
}) {
  const t = await getTranslations("dashboard");
  const cs = (await getLocale()) === "cs";
  const choice = (
    name: string,
    label: string,
    value: string | number | undefined,
    items: [string, string][],
    empty: string,
  ) => <ChoiceField id={`d-${name}`} name={name} label={label} value={value} items={items} empty={empty} />;
  const places: [string, string][] = [
    ...options.orps.map((o): [string, string] => [o.id, o.name]),
    ...options.districts.map((d): [string, string] => [d.id, t("district", { name: d.name })]),
  ];
  const { programmeId: programme, year, organisationId, placeId, eventTypeId, areaId } = filters;
  return (
    <FilterPanel
      label={t("filters")}
      active={activeFilters([programme, year, organisationId, placeId, eventTypeId, areaId])}
      className="grid gap-3 sm:grid-cols-3 lg:grid-cols-7"
    >
      {view ? <input type="hidden" name="pohled" value={view} /> : null}
      {choice(
        "program",
        t("programme"),
        programmeId,
        options.programmes.map((p) => [p.id, p.name]),
        t("all"),
      )}
      {choice(
        "rok",
        t("year"),
        filters.year,
        years.map((y) => [String(y), String(y)]),
        t("wholePeriod"),
      )}
      {choice(
        "organizace",
        t("organisation"),
        filters.organisationId,
        options.organisations.map((o) => [o.id, o.name]),
        t("all"),
      )}
      {choice("orp", t("place"), filters.placeId, places, t("all"))}
      {choice(
        "typ",
        t("eventType"),
        filters.eventTypeId,
        options.eventTypes.map((e) => [e.id, cs ? e.nameCs : e.nameEn]),
        t("all"),
      )}
      {choice(
        "oblast",
        t("area"),
        filters.areaId,
        options.areas.map((a) => [a.id, `${a.code}. ${a.title}`]),
        t("all"),
      )}
      <div className="flex items-end gap-3">
        <button type="submit" className="btn">
          {t("apply")}
        </button>
        <Link href={view ? `/?pohled=${view}` : "/"} className="link-target">
          {t("reset")}
        </Link>
      </div>
    </FilterPanel>
  );
}
