import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { PageTitle } from "@/components/ui/page-title";
import { ScrollBox } from "@/components/ui/scroll-box";
import { RowAction, TableHead } from "@/components/ui/table-head";
import type { ActiveFilter, OrganisationRow } from "@/lib/organisations/queries";

const FILTERS: { value: ActiveFilter; query: string }[] = [
  { value: "all", query: "" },
  { value: "active", query: "?stav=aktivni" },
  { value: "inactive", query: "?stav=neaktivni" },
];

/** The admin's register of organisations: who they are, where they sit, whether they are in the working group. */
export async function OrganisationRegister({ rows, filter }: { rows: OrganisationRow[]; filter: ActiveFilter }) {
  const t = await getTranslations("organisations");
  const tKind = await getTranslations("admin.kind");
  const yesNo = (value: boolean) => t(value ? "yes" : "no");
  return (
    <div className="space-y-4">
      <p>
        <Link href="/sprava" className="link-target">
          {t("back")}
        </Link>
      </p>
      <PageTitle title={t("title")} action={{ href: "/sprava/organizace/nova", label: t("new") }} />
      <p className="text-sm text-gray-700">{t("intro")}</p>
      <nav aria-label={t("filterLabel")} className="flex flex-wrap items-center gap-2 text-sm">
        <span>{t("filter")}:</span>
        {FILTERS.map((f) => (
          <Link
            key={f.value}
            href={`/sprava/organizace${f.query}`}
            aria-current={filter === f.value ? "page" : undefined}
            className={`rounded-full px-3 py-1 ring-1 ring-gray-300 ${filter === f.value ? "bg-blue-800 text-white no-underline" : "bg-white"}`}
          >
            {t(`show.${f.value}`)}
          </Link>
        ))}
      </nav>
      <p role="status" className="text-sm text-gray-700">
        {t("count", { count: rows.length })}
      </p>
      {rows.length ? (
        <ScrollBox label={t("tableLabel")} className="card p-0">
          <table className="table">
            <TableHead
              columns={[
                ...(["name", "shortName", "ico", "kind", "seat", "workingGroup"] as const).map((c) => t(`col.${c}`)),
                { label: t("col.members"), className: "text-right" },
                t("col.state"),
              ]}
              actions={t("edit")}
            />
            <tbody>
              {rows.map((o) => (
                <tr key={o.id}>
                  <th scope="row" className="min-w-56 font-normal">
                    <Link href={`/sprava/organizace/${o.id}`}>{o.name}</Link>
                  </th>
                  <td>{o.shortName}</td>
                  <td className="whitespace-nowrap tabular-nums">{o.ico}</td>
                  <td>{tKind(o.kind)}</td>
                  <td>
                    {o.place ? (
                      <>
                        {o.place.name}
                        {o.place.parent ? (
                          <span className="block text-xs text-gray-700">
                            {t("field.district", { name: o.place.parent.name })}
                          </span>
                        ) : null}
                      </>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td>{yesNo(o.isWorkingGroupMember)}</td>
                  <td className="text-right tabular-nums">{o._count.users}</td>
                  <td>
                    {o.active ? (
                      t("state.active")
                    ) : (
                      <span className="font-semibold text-red-800">{t("state.inactive")}</span>
                    )}
                  </td>
                  <RowAction href={`/sprava/organizace/${o.id}`} label={t("edit")} name={o.name} />
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      ) : (
        <p>{t("empty")}</p>
      )}
    </div>
  );
}
