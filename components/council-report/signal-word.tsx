import type { Sig } from "@/lib/council-report/model";
import { SignalChip } from "@/components/signal/signal-chip";

/** A signal of the council report's model (word already translated), as every page shows it. */
export function SignalWord({ sig }: { sig: Sig }) {
  return <SignalChip signal={sig.signal} text={sig.text} />;
}
