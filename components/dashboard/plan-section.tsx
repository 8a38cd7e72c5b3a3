import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { PlanDashboard } from "@/lib/dashboard/plan";
import { formatDate, formatNumber, formatPercent } from "@/lib/format";
import { Chart } from "@/components/charts/chart";
import { DataTable } from "@/components/charts/data-table";
import { SignalBadge, SignalRuleLink } from "@/components/signal/signal-badge";

/** The strategic plan at a glance: status, signal, progress per area, overdue measures, best and worst indicators. */
export async function PlanSection({ data: d, note }: { data: PlanDashboard; note?: React.ReactNode }) {
  const t = await getTranslations();
  const locale = await getLocale();
  const k = (key: string) => t(`dashboard.${key}`);
  const indicatorTable = (title: string, rows: PlanDashboard["closest"]) => (
    <div>
      <h3 className="mb-1 font-semibold">{title}</h3>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{k("indicator")}</th>
            <th scope="col">{k("measure")}</th>
            <th scope="col" className="text-right">
              {k("progress")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((i) => (
            <tr key={i.id}>
              <th scope="row" className="font-normal">
                {i.name}
              </th>
              <td>
                <Link href={`/strategicky-plan/opatreni/${i.measure.id}`}>{i.measure.code}</Link>
              </td>
              <td className="text-right">{formatPercent(i.progress, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <section className="card space-y-4" aria-labelledby="plan-heading">
      <h2 id="plan-heading" className="text-lg font-semibold">
        {k("plan")}
      </h2>
      <p className="text-sm text-gray-700">{d.plan.name}</p>
      {note}
      <div className="grid gap-6 lg:grid-cols-2">
        <div>
          <h3 className="font-semibold">{k("byStatus")}</h3>
          <dl className="mt-2 grid grid-cols-3 gap-2 sm:grid-cols-5" data-testid="status-counts">
            {d.statusCounts.map((s) => (
              <div key={s.status} className="rounded-md bg-gray-100 p-2">
                <dt className="text-xs text-gray-700">{t(`status.${s.status}`)}</dt>
                <dd className="text-xl font-semibold" data-status={s.status}>
                  {s.count}
                </dd>
              </div>
            ))}
          </dl>
        </div>
        <div>
          <h3 className="font-semibold">
            {k("byRag")} <SignalRuleLink className="ml-2 text-sm font-normal" />
          </h3>
          <dl className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-3" data-testid="signal-counts">
            {d.signalCounts.map((r) => (
              <div key={r.signal} className="rounded-md bg-gray-100 p-2">
                <dt>
                  <SignalBadge signal={r.signal} />
                </dt>
                <dd className="mt-1 text-xl font-semibold" data-signal-count={r.signal}>
                  {r.count}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      </div>
      <h3 className="font-semibold">{k("progressByArea")}</h3>
      <Chart
        title={k("progressByArea")}
        name="areas"
        locale={locale}
        kind="bar"
        horizontal
        index="area"
        categories={[k("progress")]}
        colors={["blue"]}
        unit="%"
        data={d.areas.map((a) => ({
          area: `${a.code}. ${a.title}`,
          [k("progress")]: a.progress === null ? null : Math.round(a.progress * 100),
        }))}
      />
      <DataTable
        caption={k("progressByArea")}
        summary={k("showTable")}
        columns={[k("area"), k("progress")]}
        rows={d.areas.map((a) => [
          `${a.code}. ${a.title}`,
          a.progress === null ? "—" : formatPercent(a.progress, locale),
        ])}
      />
      <div>
        <h3 className="mb-1 font-semibold">
          {k("overdue")} ({formatNumber(d.overdue.length, locale)})
        </h3>
        {d.overdue.length === 0 ? (
          <p className="text-sm">{k("noOverdue")}</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {d.overdue.slice(0, 8).map((m) => (
              <li key={m.id}>
                <Link href={`/strategicky-plan/opatreni/${m.id}`}>
                  {m.code} {m.title}
                </Link>{" "}
                – {k("deadline")} {formatDate(m.deadline, locale)} · {t(`status.${m.status}`)}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        {indicatorTable(k("closest"), d.closest)}
        {indicatorTable(k("furthest"), d.furthest)}
      </div>
    </section>
  );
}
