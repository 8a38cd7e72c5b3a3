import type { Sig } from "@/lib/council-report/model";
import { SIGNAL_STYLE } from "@/lib/council-report/signal-style";

/** A signal as the PDF and the spreadsheet show it: the word on its colour, with a symbol (never colour alone). */
export function SignalWord({ sig }: { sig: Sig }) {
  const s = SIGNAL_STYLE[sig.signal];
  return (
    <span
      className="inline-flex items-center gap-1 whitespace-nowrap rounded border px-2 py-0.5 text-xs font-medium"
      style={{ backgroundColor: s.fill, color: s.text, borderColor: s.border }}
      data-signal={sig.signal}
    >
      <span aria-hidden="true">{s.symbol}</span>
      {sig.text}
    </span>
  );
}
