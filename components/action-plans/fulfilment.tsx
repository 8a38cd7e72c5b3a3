import { getLocale, getTranslations } from "next-intl/server";
import type { Fulfilment } from "@/lib/action-plans/rollup";
import { formatPercent } from "@/lib/format";
import { Progress } from "@/components/ui/progress";

/** "Splněno 2 z 3 · 67 %" with a bar; a dash when nothing counts yet (no activities, or all cancelled). */
export async function FulfilmentCell({ summary }: { summary: Fulfilment }) {
  const t = await getTranslations("actionPlans");
  const locale = await getLocale();
  if (summary.fulfilment === null) return <span>—</span>;
  const numbers = { completed: summary.completed, counted: summary.counted };
  return (
    <div className="space-y-1" data-testid="fulfilment">
      <span className="text-sm">
        {t("completedOf", numbers)} · {formatPercent(summary.fulfilment, locale)}
      </span>
      <Progress value={summary.completed} max={summary.counted} label={t("fulfilmentLabel", numbers)} />
    </div>
  );
}
