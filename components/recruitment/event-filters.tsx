import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { EventFilters, EventOptions } from "@/lib/recruitment/event-list";
import { ChoiceField } from "@/components/ui/choice-field";
import { activeFilters, FilterPanel } from "@/components/ui/filter-panel";

const select = "mt-1 block w-full rounded-md border-gray-400 text-sm";

/** The filter form of the events list: a plain GET form, so a filtered list is a link. */
export async function EventFilterForm({ filters, options }: { filters: EventFilters; options: EventOptions }) {
  const t = await getTranslations();
  const cs = (await getLocale()) === "cs";
  const r = (key: string) => t(`recruitment.${key}`);
  const choice = (name: string, label: string, value: string | number | undefined, items: [string, string][]) => (
    <ChoiceField id={`f-${name}`} name={name} label={label} value={value} items={items} empty={r("any")} />
  );
  const { year, typeId, placeId, organisationId, status, realisation, programmeId, q } = filters;
  return (
    <FilterPanel
      label={r("filters")}
      active={activeFilters([year, typeId, placeId, organisationId, status, realisation, programmeId, q])}
      className="grid gap-3 sm:grid-cols-4"
    >
      {choice(
        "rok",
        r("year"),
        filters.year,
        options.years.map((y) => [String(y), String(y)]),
      )}
      {choice(
        "typ",
        r("type"),
        filters.typeId,
        options.types.map((x) => [x.id, cs ? x.nameCs : x.nameEn]),
      )}
      {choice(
        "orp",
        r("orp"),
        filters.placeId,
        options.places.map((p) => [p.id, p.name]),
      )}
      {choice(
        "organizace",
        r("organisation"),
        filters.organisationId,
        options.organisations.map((o) => [o.id, o.name]),
      )}
      {choice(
        "stav",
        r("status"),
        filters.status,
        (["DRAFT", "SUBMITTED", "CONFIRMED", "RETURNED"] as const).map((s) => [s, t(`review.${s}`)]),
      )}
      {choice(
        "realizace",
        r("realisationLabel"),
        filters.realisation,
        (["PLANNED", "REALISED"] as const).map((s) => [s, t(`realisation.${s}`)]),
      )}
      {choice(
        "program",
        r("programme"),
        filters.programmeId,
        options.programmes.map((p) => [p.id, p.name]),
      )}
      <div>
        <label htmlFor="f-q" className="block text-sm font-medium">
          {r("search")}
        </label>
        <input
          id="f-q"
          name="q"
          type="search"
          defaultValue={filters.q ?? ""}
          className={select}
          aria-describedby="f-q-hint"
        />
        <p id="f-q-hint" className="mt-1 text-xs text-gray-700">
          {r("searchHint")}
        </p>
      </div>
      <div className="flex items-end gap-3 sm:col-span-4">
        <button type="submit" className="btn">
          {r("apply")}
        </button>
        <Link href="?" className="link-target">
          {r("reset")}
        </Link>
      </div>
    </FilterPanel>
  );
}
