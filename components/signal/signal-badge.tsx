import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SIGNALS, SIGNAL_RULE_PAGE, type Signal } from "@/lib/signal";

// Colour plus symbol plus text (never colour alone); text colours reach 4.5:1 on their backgrounds.
const STYLE: Record<Signal, string> = {
  MET: "bg-green-100 text-green-950 border-green-800",
  AHEAD: "bg-teal-50 text-teal-900 border-teal-700",
  ON_TRACK: "bg-green-50 text-green-900 border-green-700",
  AT_RISK: "bg-amber-50 text-amber-950 border-amber-600",
  OFF_TRACK: "bg-red-50 text-red-900 border-red-700",
  NOT_EVALUATED: "bg-gray-100 text-gray-800 border-gray-500",
};
const SYMBOL: Record<Signal, string> = { MET: "✓", AHEAD: "↑", ON_TRACK: "●", AT_RISK: "▲", OFF_TRACK: "■", NOT_EVALUATED: "○" };

/** The signal of a measure or a counted target (lib/signal), the same badge everywhere. */
export async function SignalBadge({ signal, testId, large }: { signal: Signal; testId?: string; large?: boolean }) {
  const t = await getTranslations("signal.value");
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded border px-2 py-0.5 font-medium ${large ? "text-sm" : "text-xs"} ${STYLE[signal]}`} data-signal={signal} data-testid={testId}>
      <span aria-hidden="true">{SYMBOL[signal]}</span>
      {t(signal)}
    </span>
  );
}

/** The link to the page that explains the rule. */
export async function SignalRuleLink({ className = "text-sm" }: { className?: string }) {
  const t = await getTranslations("signal");
  return <Link href={SIGNAL_RULE_PAGE} className={className}>{t("ruleLink")}</Link>;
}

/** Every signal with its colour and word, and the link to the rule: the legend of a table of signals. */
export async function SignalLegend({ signals = SIGNALS }: { signals?: readonly Signal[] }) {
  const t = await getTranslations("signal");
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="signal-legend">
      <span className="text-gray-700">{t("legend")}:</span>
      {signals.map((s) => <SignalBadge key={s} signal={s} />)}
      <SignalRuleLink />
    </div>
  );
}
