// The RAG signal of a measure (V plánu / Ohroženo / Mimo plán), computed, never stored. The rule, in order:
//  1. cancelled → not evaluated; completed → on track;
//  2. deadline passed and not completed → off track;
//  3. delayed → at risk;
//  4. pace: expected = share of the time from start to deadline that has elapsed; behind by more than 25 points →
//     off track, by more than 10 points → at risk;
//  5. due within 60 days with progress under 80 % → at risk;
//  6. otherwise on track. A measure not started counts as 0 %; without a deadline or known progress only rules 1–3
//     apply.
export type Rag = "ON_TRACK" | "AT_RISK" | "OFF_TRACK" | "NOT_EVALUATED";

export const AT_RISK_GAP = 0.1;
export const OFF_TRACK_GAP = 0.25;
export const DUE_SOON_DAYS = 60;
const DAY = 86_400_000;

type Input = { status: string; startDate: Date | null; deadline: Date | null; progress: number | null };

export function expectedProgress(startDate: Date, deadline: Date, today: Date): number {
  const total = deadline.getTime() - startDate.getTime();
  if (total <= 0) return 1;
  return Math.min(1, Math.max(0, (today.getTime() - startDate.getTime()) / total));
}

export function rag({ status, startDate, deadline, progress: known }: Input, today = new Date()): Rag {
  const progress = known ?? (status === "NOT_STARTED" ? 0 : null);
  if (status === "CANCELLED") return "NOT_EVALUATED";
  if (status === "COMPLETED") return "ON_TRACK";
  if (deadline && today.getTime() > deadline.getTime() + DAY - 1) return "OFF_TRACK";
  if (status === "DELAYED") return "AT_RISK";
  if (!deadline || progress === null) return "ON_TRACK";
  if (startDate) {
    const gap = expectedProgress(startDate, deadline, today) - progress;
    if (gap > OFF_TRACK_GAP) return "OFF_TRACK";
    if (gap > AT_RISK_GAP) return "AT_RISK";
  }
  if (deadline.getTime() - today.getTime() <= DUE_SOON_DAYS * DAY && progress < 0.8) return "AT_RISK";
  return "ON_TRACK";
}
