import type { PersonState } from "@/lib/people/schema";

const TONE: Record<PersonState, string> = {
  aktivni: "bg-green-50 text-green-900 ring-green-300",
  ceka: "bg-amber-50 text-amber-900 ring-amber-300",
  neaktivni: "bg-gray-100 text-gray-800 ring-gray-300",
};

/** A person's account state as a label (the words carry the meaning; the colour only repeats it). */
export function StateBadge({ state, label }: { state: PersonState; label: string }) {
  return (
    <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${TONE[state]}`}>{label}</span>
  );
}
