// The words of the signal and of the forecast, one wording for the dashboard, the council report and the public page.
// The present-day signal and the forecast are two facts; a card shows them in one sentence ("V plánu; při tempu
// posledních 12 měsíců budou na konci období chybět 3 aktivity.") so that neither can be read as the other.
import type { Locale } from "@/i18n/config";
import { formatDate } from "@/lib/format";
import { AHEAD_MARGIN, AT_RISK_GAP, OFF_TRACK_GAP, type Signal } from "./rule";

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** What the pace of the last 12 months says about the end of the period. */
export type ForecastFact =
  | { kind: "REACHED"; date: Date } // the target is met (on that day)
  | { kind: "ENDED"; done: number; target: number } // the period ended short of the target
  | { kind: "SHORT"; count: number } // at this pace, `count` will be missing at the end
  | { kind: "ON_COURSE"; date: Date }; // at this pace, the target is reached on that day

export type ForecastNumbers = { done: number; reachedOn: Date | null; shortAtEnd: number; ended: boolean };

export function forecastFact(f: ForecastNumbers, target: number): ForecastFact {
  if (f.done >= target) return { kind: "REACHED", date: f.reachedOn! };
  if (f.ended) return { kind: "ENDED", done: f.done, target };
  if (f.shortAtEnd > 0 || !f.reachedOn) return { kind: "SHORT", count: Math.max(1, f.shortAtEnd) };
  return { kind: "ON_COURSE", date: f.reachedOn };
}

/** "V plánu", "Mimo plán"... */
export const signalWord = (t: Translate, s: Signal) => t(`signal.value.${s}`);

/** The forecast as a clause ("při tempu posledních 12 měsíců bude cíl splněn 3. 5. 2027"). */
export function forecastClause(t: Translate, locale: Locale, fact: ForecastFact): string {
  switch (fact.kind) {
    case "REACHED":
    case "ON_COURSE":
      return t(`signal.forecast.${fact.kind}`, { date: formatDate(fact.date, locale) });
    case "ENDED":
      return t("signal.forecast.ENDED", { done: fact.done, target: fact.target });
    case "SHORT":
      return t("signal.forecast.SHORT", { count: fact.count });
  }
}

/** Today's signal and the forecast in one sentence. */
export const verdictText = (t: Translate, locale: Locale, s: Signal, fact: ForecastFact) =>
  t("signal.verdict", { signal: signalWord(t, s), forecast: forecastClause(t, locale, fact) });

/** The thresholds in percentage points, for messages that state the rule. */
export const THRESHOLD_POINTS = {
  offTrack: Math.round(OFF_TRACK_GAP * 100),
  atRisk: Math.round(AT_RISK_GAP * 100),
  ahead: Math.round(AHEAD_MARGIN * 100),
};

/** The rule in one sentence (the council report, the public page); the full rule is on the page "Jak se signál počítá". */
export const ruleSummary = (t: Translate) =>
  t("signal.summary", {
    ...THRESHOLD_POINTS,
    ON_TRACK: signalWord(t, "ON_TRACK"),
    AHEAD: signalWord(t, "AHEAD"),
    AT_RISK: signalWord(t, "AT_RISK"),
    OFF_TRACK: signalWord(t, "OFF_TRACK"),
  });
