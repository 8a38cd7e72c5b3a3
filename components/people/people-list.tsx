import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ROLES } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/format";
import { PERSON_STATES } from "@/lib/people/schema";
import type { PeopleFilters, PersonRow } from "@/lib/people/queries";
import { ChoiceField } from "@/components/ui/choice-field";
import { activeFilters, FilterPanel } from "@/components/ui/filter-panel";
import { PageTitle } from "@/components/ui/page-title";
import { ScrollBox } from "@/components/ui/scroll-box";
import { RowAction, TableHead } from "@/components/ui/table-head";
import { inputClass } from "@/components/ui/field";
import { StateBadge } from "./state-badge";

type Props = { people: PersonRow[]; total: number; filters: PeopleFilters; selfId: string };

/** The admin's register of accounts: filters in the URL, one row per person, "Upravit" kept in view on a phone. */
export async function PeopleList({ people, total, filters, selfId }: Props) {
  const t = await getTranslations();
  const locale = await getLocale();
  const filtered = activeFilters([filters.role, filters.state, filters.q]);
  return (
    <div className="space-y-4">
      <Link href="/sprava" className="link-target text-sm">
        {t("people.back")}
      </Link>
      <PageTitle title={t("people.title")} action={{ href: "/sprava/uzivatele/pozvat", label: t("people.invite") }} />
      <FilterPanel label={t("people.filters")} active={filtered} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <ChoiceField
          id="p-role"
          name="role"
          label={t("people.column.role")}
          value={filters.role}
          empty={t("people.all")}
          items={ROLES.map((r): [string, string] => [r, t(`roles.${r}`)])}
        />
        <ChoiceField
          id="p-stav"
          name="stav"
          label={t("people.column.state")}
          value={filters.state}
          empty={t("people.all")}
          items={PERSON_STATES.map((s): [string, string] => [s, t(`people.state.${s}`)])}
        />
        <div>
          <label htmlFor="p-q" className="block text-sm font-medium">
            {t("people.search")}
          </label>
          <input
            id="p-q"
            name="q"
            type="search"
            defaultValue={filters.q ?? ""}
            aria-describedby="p-q-hint"
            className={inputClass}
          />
          <p id="p-q-hint" className="text-xs text-gray-700">
            {t("people.searchHint")}
          </p>
        </div>
        <div className="flex flex-wrap items-end gap-3">
          <button type="submit" className="btn">
            {t("people.filter")}
          </button>
          {filtered ? (
            <Link href="/sprava/uzivatele" className="inline-block py-2 text-sm">
              {t("people.reset")}
            </Link>
          ) : null}
        </div>
      </FilterPanel>
      <p className="text-sm" data-testid="people-count">
        {filtered ? t("people.countOf", { shown: people.length, total }) : t("people.count", { count: total })}
      </p>
      {people.length ? (
        <ScrollBox label={t("people.tableLabel")} className="card p-0">
          <table className="table min-w-[60rem]">
            <TableHead
              columns={(["name", "email", "role", "organisation", "state", "lastSignIn", "twoFactor"] as const).map(
                (c) => t(`people.column.${c}`),
              )}
              actions={t("people.column.actions")}
            />
            <tbody>
              {people.map((p) => (
                <tr key={p.id}>
                  <th scope="row" className="font-normal">
                    <Link href={`/sprava/uzivatele/${p.id}`} className="link-target">
                      {p.name}
                    </Link>
                    {p.id === selfId ? <span className="text-gray-700"> {t("people.person.you")}</span> : null}
                  </th>
                  <td>{p.email}</td>
                  <td>{t(`roles.${p.role}`)}</td>
                  <td>{p.organisation?.name ?? "—"}</td>
                  <td>
                    <StateBadge state={p.state} label={t(`people.state.${p.state}`)} />
                  </td>
                  <td className="whitespace-nowrap">
                    {p.lastSignInAt ? formatDateTime(p.lastSignInAt, locale) : t("people.never")}
                  </td>
                  <td>{t(p.twoFactor ? "people.on" : "people.off")}</td>
                  <RowAction href={`/sprava/uzivatele/${p.id}`} label={t("people.edit")} name={p.name} />
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      ) : (
        <p className="card text-sm">{t("people.empty")}</p>
      )}
    </div>
  );
}
