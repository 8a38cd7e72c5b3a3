// Row checks that need no database: required cells, formats, code hierarchy (measure 2.1.3 belongs to goal 2.1 in
// area 2), duplicate measure codes and differing titles of one area or goal within the file.
import { cellReader, type CellReader } from "@/lib/spreadsheet/cells";
import type { Sheet } from "@/lib/spreadsheet/types";
import { parseDateCell, parseMoneyCell, parseNumberCell, parseYearCell } from "@/lib/spreadsheet/values";
import type { ColumnIndex, ColumnKey } from "./columns";
import type { ImportRow, IndicatorFields, Issue, IssueCode } from "./types";
import { parseDirectionCell, parseStatusCell } from "./values";

// The same limits as the measure and indicator forms (lib/plan/schema.ts), so imported data stays editable there.
const CODE = [/^\d{1,2}$/, /^\d{1,2}\.\d{1,2}$/, /^\d{1,2}\.\d{1,2}\.\d{1,2}$/];
const MAX = { title: 300, text: 5000, body: 200, funding: 500, reason: 2000, indicator: 300, unit: 40 };

export function validateRows(sheet: Sheet, index: ColumnIndex): { rows: ImportRow[]; issues: Issue[] } {
  const rows: ImportRow[] = [];
  const issues: Issue[] = [];
  const firstLine = {
    code: new Map<string, number>(),
    area: new Map<string, [string, number]>(),
    goal: new Map<string, [string, number]>(),
  };

  for (const { line, cells } of sheet.rows) {
    const { issues: found, report, str, parsed } = cellReader<ColumnKey, IssueCode>(line, cells, index);
    const code = (key: ColumnKey, level: number, parent?: string | null) => {
      const value = str(key, 40, true);
      if (!value) return null;
      if (!CODE[level - 1].test(value)) {
        report(key, "badCode", { value });
        return null;
      }
      if (parent && !value.startsWith(`${parent}.`)) report(key, "hierarchy", { code: value, parent });
      return value;
    };

    const areaCode = code("areaCode", 1);
    const goalCode = code("goalCode", 2, areaCode);
    const measureCode = code("code", 3, goalCode);
    const areaTitle = str("areaTitle", MAX.title, true);
    const goalTitle = str("goalTitle", MAX.title, true);
    const measure = {
      title: str("title", MAX.title, true)!,
      description: str("description", MAX.text),
      responsibleBody: str("responsibleBody", MAX.body),
      startDate: parsed("startDate", parseDateCell),
      deadline: parsed("deadline", parseDateCell),
      plannedBudgetHaler: parsed("plannedBudget", parseMoneyCell),
      fundingSources: str("fundingSources", MAX.funding),
      status: parsed("status", parseStatusCell) ?? undefined,
      statusReason: str("statusReason", MAX.reason),
    };
    if (measure.startDate && measure.deadline && measure.startDate > measure.deadline) report("deadline", "dateOrder");
    const indicator = indicatorOf(str, parsed, report);

    if (measureCode) {
      const first = firstLine.code.get(measureCode);
      if (first !== undefined) report("code", "duplicateCode", { code: measureCode, line: first });
      else firstLine.code.set(measureCode, line);
    }
    for (const [kind, key, c, title] of [
      ["area", "areaTitle", areaCode, areaTitle],
      ["goal", "goalTitle", goalCode, goalTitle],
    ] as const) {
      if (!c || !title) continue;
      const first = firstLine[kind].get(c);
      if (!first) firstLine[kind].set(c, [title, line]);
      else if (first[0] !== title) report(key, "titleMismatch", { code: c, line: first[1], title: first[0] });
    }

    issues.push(...found);
    if (found.length === 0) {
      rows.push({
        line,
        areaCode: areaCode!,
        areaTitle: areaTitle!,
        goalCode: goalCode!,
        goalTitle: goalTitle!,
        code: measureCode!,
        measure,
        indicator,
      });
    }
  }
  return { rows, issues };
}

type Reader = CellReader<ColumnKey, IssueCode>;

/** The row's indicator: null when the row has none (or the file has no indicator columns). */
function indicatorOf(str: Reader["str"], parsed: Reader["parsed"], report: Reader["report"]): IndicatorFields | null {
  const name = str("indicator", MAX.indicator);
  if (name === undefined) return null;
  const fields = {
    unit: str("unit", MAX.unit),
    direction: parsed("direction", parseDirectionCell) ?? undefined,
    baselineValue: parsed("baselineValue", parseNumberCell),
    baselineYear: parsed("baselineYear", parseYearCell),
    targetValue: parsed("targetValue", parseNumberCell),
    targetDate: parsed("targetDate", parseDateCell),
  };
  if (name === null) {
    if (Object.values(fields).some((value) => value !== null && value !== undefined))
      report("indicator", "indicatorIncomplete");
    return null;
  }
  for (const key of ["unit", "baselineValue", "baselineYear", "targetValue", "targetDate"] as const) {
    if (fields[key] === null) report(key, "required");
  }
  return { name, ...fields } as IndicatorFields;
}
