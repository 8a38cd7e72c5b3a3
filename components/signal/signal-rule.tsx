import { getLocale, getTranslations } from "next-intl/server";
import { formatDate, formatPercent } from "@/lib/format";
import {
  EXAMPLE_TODAY,
  RULES,
  SIGNALS,
  THRESHOLD_POINTS,
  decidingRule,
  signalExamples,
  signalWord,
  verdictText,
} from "@/lib/signal";
import { SignalBadge } from "./signal-badge";

/** The one explanation of the signal rule. The rules, their order, the thresholds and the examples come from
 * lib/signal, so the text cannot drift from the code. */
export async function SignalRule() {
  const t = await getTranslations();
  const p = (key: string, values?: Record<string, string | number>) => t(`signal.page.${key}`, values);
  const locale = await getLocale();
  const quoted = (s: string) => (locale === "cs" ? `„${s}“` : `“${s}”`);
  const pct = (x: number | null) => (x === null ? p("none") : formatPercent(x, locale));
  const section = (id: string, title: string, body: React.ReactNode) => (
    <section className="card space-y-2" aria-labelledby={`signal-${id}`}>
      <h2 id={`signal-${id}`} className="text-lg font-semibold">
        {title}
      </h2>
      {body}
    </section>
  );
  return (
    <div className="max-w-4xl space-y-6">
      <h1 className="text-2xl font-semibold">{p("title")}</h1>
      <p>{p("intro")}</p>
      {section(
        "values",
        p("signals"),
        <ul className="flex flex-wrap gap-2">
          {SIGNALS.map((s) => (
            <li key={s}>
              <SignalBadge signal={s} large />
            </li>
          ))}
        </ul>,
      )}
      {section(
        "rules",
        p("rules"),
        <ol className="list-decimal space-y-1 pl-6" data-testid="signal-rules">
          {RULES.map((r) => (
            <li key={r.id} data-rule={r.id}>
              {t(`signal.rule.${r.id}`, { ...THRESHOLD_POINTS, signal: quoted(signalWord(t, r.signal)) })}
            </li>
          ))}
        </ol>,
      )}
      {section(
        "inputs",
        p("inputs"),
        <>
          <p>{p("progress")}</p>
          <p>{p("expected")}</p>
          <p>{p("zero")}</p>
        </>,
      )}
      {section(
        "forecast",
        p("forecastTitle"),
        <p>{p("forecast", { example: verdictText(t, locale, "ON_TRACK", { kind: "SHORT", count: 3 }) })}</p>,
      )}
      {section("slices", p("slicesTitle"), <p>{p("slices")}</p>)}
      {section(
        "examples",
        p("examples", { today: formatDate(EXAMPLE_TODAY, locale) }),
        <div className="overflow-x-auto">
          <table className="table" data-testid="signal-examples">
            <thead>
              <tr>
                <th scope="col">{p("status")}</th>
                <th scope="col" className="text-right">
                  {p("progressCol")}
                </th>
                <th scope="col" className="text-right">
                  {p("expectedCol")}
                </th>
                <th scope="col">{p("deadline")}</th>
                <th scope="col">{p("signal")}</th>
                <th scope="col" className="text-right">
                  {p("rule")}
                </th>
              </tr>
            </thead>
            <tbody>
              {signalExamples().map((e, i) => {
                const rule = decidingRule(e, EXAMPLE_TODAY);
                return (
                  <tr key={i}>
                    <th scope="row" className="font-normal">
                      {t(`status.${e.status}`)}
                    </th>
                    <td className="text-right">{pct(e.progress)}</td>
                    <td className="text-right">{pct(e.expected)}</td>
                    <td className="whitespace-nowrap">
                      {formatDate(e.start, locale)} – {formatDate(e.deadline!, locale)}
                    </td>
                    <td>
                      <SignalBadge signal={rule.signal} />
                    </td>
                    <td className="text-right">{RULES.indexOf(rule) + 1}.</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>,
      )}
    </div>
  );
}
