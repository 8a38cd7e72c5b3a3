import type { MeasureStatus } from "@/lib/db/generated/sqlite/enums";

export const MEASURE_STATUSES: MeasureStatus[] = ["NOT_STARTED", "IN_PROGRESS", "COMPLETED", "DELAYED", "CANCELLED"];
