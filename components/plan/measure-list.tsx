import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { filterOptions, listMeasures, MeasureFilters } from "@/lib/plan/measure-list";
import { MEASURE_STATUSES } from "@/lib/plan/status";
import { formatDate, formatPercent } from "@/lib/format";
import { StatusBadge } from "./status-badge";
import { SignalBadge, SignalRuleLink } from "@/components/signal/signal-badge";
import { SIGNALS } from "@/lib/signal";
import { Pager } from "@/components/ui/pager";
import { ChoiceField } from "@/components/ui/choice-field";
import { TableHead } from "@/components/ui/table-head";
import { activeFilters, FilterPanel } from "@/components/ui/filter-panel";

type Props = {
  planId: string;
  planName: string;
  filters: MeasureFilters;
  params: Record<string, string | undefined>;
  options: Awaited<ReturnType<typeof filterOptions>>;
  result: Awaited<ReturnType<typeof listMeasures>>;
};
const select = "mt-1 block w-full rounded-md border-gray-400 text-sm";

export async function MeasureList({ planId, planName, filters, params, options, result }: Props) {
  const t = await getTranslations();
  const locale = await getLocale();
  const l = (key: string) => t(`measureList.${key}`);
  const href = (change: Record<string, string>) =>
    `?${new URLSearchParams({ ...Object.fromEntries(Object.entries(params).filter(([, v]) => v)), plan: planId, ...change } as Record<string, string>)}`;
  const choice = (name: string, label: string, value: string | undefined, items: [string, string][]) => (
    <ChoiceField id={`f-${name}`} name={name} label={label} value={value} items={items} empty={l("any")} />
  );
  return (
    <div className="space-y-4">
      <Link href={`/strategicky-plan?plan=${planId}`} className="text-sm">
        {t("measure.back")}
      </Link>
      <h1 className="text-2xl font-semibold">{l("title")}</h1>
      <p className="text-sm text-gray-700">{planName}</p>
      <p className="flex gap-4 text-sm">
        <Link href={href({ termin: "overdue", strana: "1" })}>{l("overdue")}</Link>
        <Link href={href({ termin: "soon", strana: "1" })}>{l("soon")}</Link>
      </p>
      <FilterPanel
        label={l("filters")}
        active={activeFilters([
          filters.areaId,
          filters.status,
          filters.responsible,
          filters.term,
          filters.signal,
          filters.q,
        ])}
        className="grid gap-3 sm:grid-cols-4"
      >
        <input type="hidden" name="plan" value={planId} />
        {choice(
          "oblast",
          l("area"),
          filters.areaId,
          options.areas.map((a) => [a.id, `${a.code} ${a.title}`]),
        )}
        {choice(
          "stav",
          l("status"),
          filters.status,
          MEASURE_STATUSES.map((s) => [s, t(`status.${s}`)]),
        )}
        {choice(
          "gestor",
          l("responsible"),
          filters.responsible,
          options.responsible.map((r) => [r, r]),
        )}
        {choice("termin", l("term"), filters.term, [
          ["overdue", l("overdue")],
          ["soon", l("soon")],
        ])}
        {choice(
          "signal",
          l("rag"),
          filters.signal,
          SIGNALS.map((s) => [s, t(`signal.value.${s}`)]),
        )}
        <div className="sm:col-span-2">
          <label htmlFor="f-q" className="block text-sm font-medium">
            {l("search")}
          </label>
          <input id="f-q" name="q" type="search" defaultValue={filters.q ?? ""} className={select} />
        </div>
        <div>
          <label htmlFor="f-sort" className="block text-sm font-medium">
            {l("sort")}
          </label>
          <select id="f-sort" name="razeni" defaultValue={filters.sort} className={select}>
            {(["code", "deadline", "title", "progress"] as const).map((s) => (
              <option key={s} value={s}>
                {t(`measureList.sortBy.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-end gap-3 sm:col-span-4">
          <button type="submit" className="btn">
            {l("apply")}
          </button>
          <Link href={`?plan=${planId}`} className="link-target">
            {l("reset")}
          </Link>
        </div>
      </FilterPanel>
      <section className="card overflow-x-auto" aria-live="polite">
        <p className="mb-2 flex flex-wrap gap-x-4 text-sm">
          <span data-testid="measure-count">{t("measureList.found", { count: result.total })}</span>
          <SignalRuleLink />
        </p>
        {result.rows.length === 0 ? (
          <p>{l("none")}</p>
        ) : (
          <table className="table">
            <TableHead
              columns={[
                ...(["code", "measure", "responsible", "deadline", "status"] as const).map((c) => t(`plan.${c}`)),
                { label: t("plan.progress"), className: "text-right" },
                t("plan.rag"),
              ]}
            />
            <tbody>
              {result.rows.map((m) => (
                <tr key={m.id}>
                  <td>{m.code}</td>
                  <th scope="row" className="font-normal">
                    <Link href={`/strategicky-plan/opatreni/${m.id}`}>{m.title}</Link>
                  </th>
                  <td>{m.responsibleBody ?? "—"}</td>
                  <td className="whitespace-nowrap">{m.deadline ? formatDate(m.deadline, locale) : "—"}</td>
                  <td>
                    <StatusBadge status={m.status} />
                  </td>
                  <td className="text-right">{m.progress === null ? "—" : formatPercent(m.progress, locale)}</td>
                  <td>
                    <SignalBadge signal={m.signal} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pager page={filters.page} pages={result.pages} params={{ ...params, plan: planId }} />
      </section>
    </div>
  );
}
