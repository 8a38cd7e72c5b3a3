// Reading the plan-specific cells: status and indicator direction as Czech or English labels (from the messages)
// or the enum codes.
// Dates, money and numbers are read by lib/spreadsheet/values.
import type { IndicatorDirection, MeasureStatus } from "@/lib/db/generated/sqlite/enums";
import csCommon from "@/messages/cs/common.json";
import enCommon from "@/messages/en/common.json";
import csPlan from "@/messages/cs/plan.json";
import enPlan from "@/messages/en/plan.json";
import { labelsFromMessages } from "@/lib/spreadsheet/labels";
import { matchLabel, text, words, type Parsed } from "@/lib/spreadsheet/values";
import type { Cell } from "./types";

export const STATUS_LABELS = labelsFromMessages<MeasureStatus>(
  ["NOT_STARTED", "IN_PROGRESS", "COMPLETED", "DELAYED", "CANCELLED"],
  { cs: csCommon.status, en: enCommon.status },
);

export const DIRECTION_LABELS = labelsFromMessages<IndicatorDirection>(["HIGHER_IS_BETTER", "LOWER_IS_BETTER"], {
  cs: csPlan.measure.directionValue,
  en: enPlan.measure.directionValue,
});

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
