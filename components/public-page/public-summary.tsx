import { getLocale, getTranslations } from "next-intl/server";
import { formatDate, formatPercent } from "@/lib/format";
import type { PublicSummary as Summary } from "@/lib/public-page/summary";
import { Progress } from "@/components/ui/progress";
import { SignalWord } from "@/components/council-report/signal-word";
import { ruleSummary, signalWord } from "@/lib/signal";

/** The public transparency page: aggregated progress only. */
export async function PublicSummary({ data }: { data: Summary }) {
  const t = await getTranslations();
  const p = (key: string, values?: Record<string, string | number>) => t(`publicPage.${key}`, values);
  const locale = await getLocale();
  const r = data.recruitment;
  return (
    <main id="obsah" className="mx-auto max-w-4xl space-y-6 px-4 py-8">
      <header>
        <p className="text-sm font-semibold uppercase tracking-wide text-gray-700">{t("councilReport.region")}</p>
        <h1 className="mt-1 text-2xl font-semibold">{p("title")}</h1>
        <p className="mt-2">{p("intro")}</p>
        <p className="mt-1 text-sm text-gray-700">{p("asOf", { date: formatDate(data.today, locale) })}</p>
      </header>
      <section className="card space-y-3" aria-labelledby="public-recruitment">
        <h2 id="public-recruitment" className="text-lg font-semibold">
          {p("recruitment")}
        </h2>
        {r ? (
          <>
            <p className="text-sm text-gray-700">
              {p("programme", {
                name: r.programme,
                from: formatDate(r.periodStart, locale),
                to: formatDate(r.periodEnd, locale),
              })}
            </p>
            <p className="text-3xl font-semibold" data-testid="public-count">
              {p("countOfTarget", { done: r.done, target: r.target })}
            </p>
            <Progress value={r.done} max={r.target} label={p("countOfTarget", { done: r.done, target: r.target })} />
            <p data-testid="public-pace">
              {p("pace")} <SignalWord sig={{ signal: r.label, text: signalWord(t, r.label) }} />
            </p>
            <p className="text-sm text-gray-700">{ruleSummary(t)}</p>
          </>
        ) : (
          <p>{p("noData")}</p>
        )}
      </section>
      <section className="card space-y-4" aria-labelledby="public-plan">
        <h2 id="public-plan" className="text-lg font-semibold">
          {p("plan")}
        </h2>
        {data.plan ? (
          <>
            <p className="text-sm text-gray-700">{data.plan.name}</p>
            <table className="table" data-testid="public-status">
              <caption className="mb-1 text-left font-semibold">{p("byStatus")}</caption>
              <thead>
                <tr>
                  <th scope="col">{p("status")}</th>
                  <th scope="col" className="!text-right">
                    {p("count")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.plan.statusCounts.map((s) => (
                  <tr key={s.status}>
                    <th scope="row" className="font-normal">
                      {t(`status.${s.status}`)}
                    </th>
                    <td className="text-right">{s.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <table className="table" data-testid="public-areas">
              <caption className="mb-1 text-left font-semibold">{p("byArea")}</caption>
              <thead>
                <tr>
                  <th scope="col">{p("area")}</th>
                  <th scope="col" className="!text-right">
                    {p("progress")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.plan.areas.map((a) => (
                  <tr key={a.id}>
                    <th scope="row" className="font-normal">
                      {a.code}. {a.title}
                    </th>
                    <td className="text-right">
                      {a.progress === null ? p("notEvaluated") : formatPercent(a.progress, locale)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : (
          <p>{p("noData")}</p>
        )}
      </section>
    </main>
  );
}
