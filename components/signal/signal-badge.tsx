import { getTranslations } from "next-intl/server";
import type { Rag } from "@/lib/plan/rag";

// Colour plus text (never colour alone); text colours reach 4.5:1 on their backgrounds.
const STYLE: Record<Rag, string> = {
  ON_TRACK: "bg-green-50 text-green-900 border-green-700",
  AT_RISK: "bg-amber-50 text-amber-950 border-amber-600",
  OFF_TRACK: "bg-red-50 text-red-900 border-red-700",
  NOT_EVALUATED: "bg-gray-100 text-gray-800 border-gray-500",
};
const SYMBOL: Record<Rag, string> = { ON_TRACK: "●", AT_RISK: "▲", OFF_TRACK: "■", NOT_EVALUATED: "○" };

export async function RagBadge({ rag }: { rag: Rag }) {
  const t = await getTranslations("plan.ragValue");
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded border px-2 py-0.5 text-xs font-medium ${STYLE[rag]}`} data-rag={rag}>
      <span aria-hidden="true">{SYMBOL[rag]}</span>
      {t(rag)}
    </span>
  );
}
