import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { auditPage } from "@/lib/audit-view/queries";
import { EXPORT_MAX } from "@/lib/audit-view/queries";
import type { AuditFilters, FilterError } from "@/lib/audit-view/filters";
import { Pager } from "@/components/ui/pager";
import { activeFilters, FilterPanel } from "@/components/ui/filter-panel";
import { ChoiceField } from "@/components/ui/choice-field";
import { AuditEntry } from "./audit-entry";

type Props = {
  data: Awaited<ReturnType<typeof auditPage>>;
  filters: AuditFilters;
  errors: FilterError[];
  params: Record<string, string | undefined>;
};
const input = "mt-1 block w-full rounded-md border-gray-400 text-sm";

/** The append-only audit log for people: filters, downloads of the filtered view, one card per entry. */
export async function AuditLog({ data, filters, errors, params }: Props) {
  const t = await getTranslations();
  const errorOf = (field: string) => errors.find((e) => e.field === field);
  const message = (e: FilterError) => t(`audit.errors.${e.code}`, { value: e.value ?? "" });
  const choice = (name: string, label: string, value: string | undefined, items: [string, string][]) => (
    <ChoiceField id={`a-${name}`} name={name} label={label} value={value} items={items} empty={t("admin.all")} />
  );
  const date = (name: "od" | "do", label: string) => {
    const error = errorOf(name);
    return (
      <div>
        <label htmlFor={`a-${name}`} className="block text-sm font-medium">
          {label}
        </label>
        <input
          id={`a-${name}`}
          name={name}
          type="text"
          inputMode="numeric"
          defaultValue={params[name] ?? ""}
          placeholder={t("audit.datePlaceholder")}
          aria-describedby={`a-${name}-hint${error ? ` a-${name}-error` : ""}`}
          aria-invalid={error ? true : undefined}
          className={input}
        />
        <p id={`a-${name}-hint`} className="sr-only">
          {t("audit.dateHint")}
        </p>
        {error ? (
          <p id={`a-${name}-error`} className="field-error">
            {message(error)}
          </p>
        ) : null}
      </div>
    );
  };
  const query = new URLSearchParams(
    Object.entries(params).filter((e): e is [string, string] => !!e[1] && e[0] !== "strana"),
  ).toString();
  return (
    <div className="space-y-4">
      <Link href="/sprava" className="text-sm">
        {t("admin.back")}
      </Link>
      <h1 className="text-2xl font-semibold">{t("admin.auditTitle")}</h1>
      {errors.length ? (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          <p className="font-semibold">{t("audit.errors.title")}</p>
          <ul className="list-disc pl-5">
            {errors.map((e) => (
              <li key={e.code + e.field}>{message(e)}</li>
            ))}
          </ul>
          <p>{t("audit.errors.notApplied")}</p>
        </div>
      ) : null}
      <FilterPanel
        label={t("admin.auditFilters")}
        active={activeFilters([filters.entity, filters.action, filters.userId, params.od, params.do])}
        open={errors.length > 0}
        className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6"
      >
        {choice("entita", t("admin.entity"), filters.entity, data.entities)}
        {choice("akce", t("admin.action"), filters.action, data.actions)}
        {choice("uzivatel", t("admin.user"), filters.userId, data.users)}
        {date("od", t("admin.from"))}
        {date("do", t("admin.to"))}
        <div className="flex flex-wrap items-end gap-3">
          <button type="submit" className="btn">
            {t("admin.filter")}
          </button>
          <Link href="/sprava/audit" className="inline-block py-2 text-sm">
            {t("audit.reset")}
          </Link>
        </div>
      </FilterPanel>
      <section aria-label={t("admin.auditTitle")} className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm" data-testid="audit-count">
            {t("admin.auditCount", { count: data.total })}
          </p>
          <nav aria-label={t("audit.export")} className="flex flex-wrap gap-2">
            <a className="btn-secondary" href={`/sprava/audit/export?format=csv${query ? `&${query}` : ""}`}>
              {t("audit.exportCsv")}
            </a>
            <a className="btn-secondary" href={`/sprava/audit/export?format=xlsx${query ? `&${query}` : ""}`}>
              {t("audit.exportXlsx")}
            </a>
          </nav>
        </div>
        {data.total > EXPORT_MAX ? (
          <p className="text-sm text-gray-700">{t("audit.exportCapped", { max: EXPORT_MAX })}</p>
        ) : null}
        {data.entries.length ? (
          <ol className="space-y-3">
            {data.entries.map((e) => (
              <AuditEntry key={e.id} entry={e} />
            ))}
          </ol>
        ) : (
          <p className="card text-sm">{t("audit.empty")}</p>
        )}
        <Pager page={filters.page} pages={data.pages} params={params} />
      </section>
    </div>
  );
}
