import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { AuditFilters, listAuditLog } from "@/lib/admin/audit-log";
import { formatDateTime } from "@/lib/format";
import type { Locale } from "@/i18n/config";
import { Pager } from "@/components/ui/pager";

type Props = { data: Awaited<ReturnType<typeof listAuditLog>>; filters: AuditFilters; params: Record<string, string | undefined> };
const select = "mt-1 block w-full rounded-md border-gray-400 text-sm";
const day = (d?: Date) => (d ? d.toISOString().slice(0, 10) : "");

/** The append-only audit log: who changed what and when, with the values before and after. */
export async function AuditLog({ data, filters, params }: Props) {
  const t = await getTranslations("admin");
  const locale = (await getLocale()) as Locale;
  const choice = (name: string, label: string, value: string | undefined, items: [string, string][]) => (
    <div>
      <label htmlFor={`a-${name}`} className="block text-sm font-medium">{label}</label>
      <select id={`a-${name}`} name={name} defaultValue={value ?? ""} className={select}>
        <option value="">{t("all")}</option>
        {items.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
      </select>
    </div>
  );
  return (
    <div className="space-y-4">
      <Link href="/sprava" className="text-sm">{t("back")}</Link>
      <h1 className="text-2xl font-semibold">{t("auditTitle")}</h1>
      <form method="get" className="card grid gap-3 sm:grid-cols-3 lg:grid-cols-6" aria-label={t("auditFilters")}>
        {choice("entita", t("entity"), filters.entity, data.entities.map((e) => [e, e]))}
        {choice("akce", t("action"), filters.action, data.actions.map((a) => [a, a]))}
        {choice("uzivatel", t("user"), filters.userId, data.users.map((u) => [u.id, u.name]))}
        <div><label htmlFor="a-od" className="block text-sm font-medium">{t("from")}</label><input id="a-od" type="date" name="od" defaultValue={day(filters.from)} className={select} /></div>
        <div><label htmlFor="a-do" className="block text-sm font-medium">{t("to")}</label><input id="a-do" type="date" name="do" defaultValue={day(filters.to)} className={select} /></div>
        <div className="flex items-end"><button type="submit" className="btn">{t("filter")}</button></div>
      </form>
      <section className="card overflow-x-auto" aria-label={t("auditTitle")}>
        <p className="mb-2 text-sm" data-testid="audit-count">{t("auditCount", { count: data.total })}</p>
        <table className="table">
          <thead><tr><th scope="col">{t("when")}</th><th scope="col">{t("user")}</th><th scope="col">{t("action")}</th><th scope="col">{t("entity")}</th><th scope="col">{t("change")}</th></tr></thead>
          <tbody>
            {data.rows.map((r) => (
              <tr key={r.id}>
                <td className="whitespace-nowrap">{formatDateTime(r.createdAt, locale)}</td>
                <td>{r.user?.name ?? "—"}{r.ip ? <span className="block text-xs text-gray-700">{r.ip}</span> : null}</td>
                <td>{r.action}</td>
                <td>{r.entity}<span className="block break-all text-xs text-gray-700">{r.entityId}</span></td>
                <td className="max-w-xl">
                  {r.before ? <details><summary className="cursor-pointer text-xs">{t("before")}</summary><pre className="whitespace-pre-wrap break-all text-xs">{r.before}</pre></details> : null}
                  {r.after ? <details><summary className="cursor-pointer text-xs">{t("after")}</summary><pre className="whitespace-pre-wrap break-all text-xs">{r.after}</pre></details> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <Pager page={filters.page} pages={data.pages} params={params} />
      </section>
    </div>
  );
}
