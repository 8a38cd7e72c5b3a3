// Reading the plan-specific cells: status and indicator direction as Czech or English labels or the enum codes.
// Dates, money and numbers are read by lib/spreadsheet/values.
import type { IndicatorDirection, MeasureStatus } from "@/lib/db/generated/sqlite/enums";
import { matchLabel, text, words, type Parsed } from "@/lib/spreadsheet/values";
import type { Cell } from "./types";

export const STATUS_LABELS: Record<MeasureStatus, { cs: string; en: string }> = {
  NOT_STARTED: { cs: "Nezahájeno", en: "Not started" },
  IN_PROGRESS: { cs: "Probíhá", en: "In progress" },
  COMPLETED: { cs: "Splněno", en: "Completed" },
  DELAYED: { cs: "Zpožděno", en: "Delayed" },
  CANCELLED: { cs: "Zrušeno", en: "Cancelled" },
};

export const DIRECTION_LABELS: Record<IndicatorDirection, { cs: string; en: string }> = {
  HIGHER_IS_BETTER: { cs: "vyšší je lepší", en: "higher is better" },
  LOWER_IS_BETTER: { cs: "nižší je lepší", en: "lower is better" },
};

export function parseStatusCell(cell: Cell): Parsed<MeasureStatus, "badStatus"> {
  const status = matchLabel(STATUS_LABELS, cell) ?? (words(text(cell) ?? "") === "canceled" ? "CANCELLED" : undefined);
  return status ? { value: status } : { error: "badStatus" };
}

/** "vyšší je lepší", "vyšší", "higher", "HIGHER_IS_BETTER"… */
export function parseDirectionCell(cell: Cell): Parsed<IndicatorDirection, "badDirection"> {
  const short: Record<string, IndicatorDirection> = {
    vyssi: "HIGHER_IS_BETTER",
    higher: "HIGHER_IS_BETTER",
    nizsi: "LOWER_IS_BETTER",
    lower: "LOWER_IS_BETTER",
  };
  const direction = matchLabel(DIRECTION_LABELS, cell) ?? short[words(text(cell) ?? "")];
  return direction ? { value: direction } : { error: "badDirection" };
}
