import { getTranslations } from "next-intl/server";
import type { MeasureStatus } from "@/lib/db/generated/sqlite/enums";

// Text colours chosen for at least 4.5:1 contrast on their light backgrounds.
const STYLE: Record<MeasureStatus, string> = {
  NOT_STARTED: "bg-gray-100 text-gray-800",
  IN_PROGRESS: "bg-blue-50 text-blue-900",
  COMPLETED: "bg-green-50 text-green-900",
  DELAYED: "bg-amber-50 text-amber-900",
  CANCELLED: "bg-red-50 text-red-900",
};

export async function StatusBadge({ status }: { status: MeasureStatus }) {
  const t = await getTranslations("status");
  return (
    <span className={`whitespace-nowrap rounded px-2 py-0.5 text-xs font-medium ${STYLE[status]}`}>{t(status)}</span>
  );
}
