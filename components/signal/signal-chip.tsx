import type { Signal } from "@/lib/signal";
import { SIGNAL_STYLE } from "@/lib/signal/style";

/** A signal's word on its colour with its symbol (never colour alone): the one look of every badge. */
export function SignalChip({
  signal,
  text,
  large,
  testId,
}: {
  signal: Signal;
  text: string;
  large?: boolean;
  testId?: string;
}) {
  const style = SIGNAL_STYLE[signal];
  return (
    <span
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded border px-2 py-0.5 font-medium ${large ? "text-sm" : "text-xs"}`}
      style={{ backgroundColor: style.fill, color: style.text, borderColor: style.border }}
      data-signal={signal}
      data-testid={testId}
    >
      <span aria-hidden="true">{style.symbol}</span>
      {text}
    </span>
  );
}
