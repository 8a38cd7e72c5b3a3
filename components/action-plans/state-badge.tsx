import { getTranslations } from "next-intl/server";
import type { ActionPlanState } from "@/lib/db/generated/sqlite/enums";

// Text colours chosen for at least 4.5:1 contrast on their light backgrounds.
const STYLE: Record<ActionPlanState, string> = {
  DRAFT: "bg-amber-50 text-amber-900",
  APPROVED: "bg-green-50 text-green-900",
};

export async function StateBadge({ state }: { state: ActionPlanState }) {
  const t = await getTranslations("actionPlans.state");
  return (
    <span className={`whitespace-nowrap rounded px-2 py-0.5 text-xs font-medium ${STYLE[state]}`}>{t(state)}</span>
  );
}
