import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SIGNALS, SIGNAL_RULE_PAGE, type Signal } from "@/lib/signal";
import { SignalChip } from "./signal-chip";

/** The signal of a measure or a counted target (lib/signal), the same badge everywhere. */
export async function SignalBadge({ signal, testId, large }: { signal: Signal; testId?: string; large?: boolean }) {
  const t = await getTranslations("signal.value");
  return <SignalChip signal={signal} text={t(signal)} large={large} testId={testId} />;
}

/** The link to the page that explains the rule. */
export async function SignalRuleLink({ className = "text-sm" }: { className?: string }) {
  const t = await getTranslations("signal");
  return (
    <Link href={SIGNAL_RULE_PAGE} className={className}>
      {t("ruleLink")}
    </Link>
  );
}

/** Every signal with its colour and word, and the link to the rule: the legend of a table of signals. */
export async function SignalLegend({ signals = SIGNALS }: { signals?: readonly Signal[] }) {
  const t = await getTranslations("signal");
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="signal-legend">
      <span className="text-gray-700">{t("legend")}:</span>
      {signals.map((s) => (
        <SignalBadge key={s} signal={s} />
      ))}
      <SignalRuleLink />
    </div>
  );
}
