// Builds import files for the tests (unit, integration and e2e): generated on the fly, no binary fixtures.
import { csvText, fileOf, tableOf, xlsxBytes } from "@/lib/spreadsheet/test-files";
import { COLUMNS, type ColumnKey } from "./columns";
import type { Cell } from "./types";

export type Row = Partial<Record<ColumnKey, Cell>>;

const STATUSES = ["Nezahájeno", "Probíhá", "Splněno", "IN_PROGRESS", "NOT_STARTED"];

/** `count` measures in areas from `firstArea` on, 5 goals per area, 5 measures per goal, with mixed value styles. */
export function sampleRows(count = 100, firstArea = 5): Row[] {
  return Array.from({ length: count }, (_, i) => {
    const [a, g, m] = [firstArea + Math.floor(i / 25), (Math.floor(i / 5) % 5) + 1, (i % 5) + 1];
    return {
      areaCode: String(a),
      areaTitle: `Oblast ${a}`,
      goalCode: `${a}.${g}`,
      goalTitle: `Cíl ${a}.${g}`,
      code: `${a}.${g}.${m}`,
      title: `Opatření ${a}.${g}.${m} – podpora rodin`,
      description: i % 3 === 0 ? null : `Popis opatření ${i + 1}`,
      responsibleBody: i % 2 ? "OSV KÚ LK" : "Odbor školství KÚ LK",
      startDate: i % 2 ? new Date(Date.UTC(2024, 0, 1)) : "1. 1. 2024",
      deadline: i % 2 ? "2026-12-31" : "31. 12. 2026",
      plannedBudget: i % 2 ? 7_025_696.25 : "7 025 696,25",
      fundingSources: "rozpočet Libereckého kraje",
      status: STATUSES[i % STATUSES.length],
      statusReason: null,
      indicator: `Počet podpořených rodin ${i + 1}`,
      unit: "rodiny",
      direction: i % 4 === 0 ? "nižší je lepší" : "vyšší je lepší",
      baselineValue: i % 2 ? 10 : "12,5",
      baselineYear: 2023,
      targetValue: 100 + i,
      targetDate: i % 2 ? new Date(Date.UTC(2028, 11, 31)) : "31. 12. 2028",
    };
  });
}

const CS = COLUMNS.map((c) => c.cs);

export const xlsxOf = (rows: Row[], headers: string[] = CS) => xlsxBytes(tableOf(COLUMNS, headers, rows), "Opatření");
export const csvOf = (rows: Row[], delimiter = ";", headers: string[] = CS) =>
  csvText(tableOf(COLUMNS, headers, rows), delimiter);
export { fileOf };

/** FormData as the import form sends it. */
export function formOf(planId: string, file: File | null, sha256?: string, mode?: "all" | "valid"): FormData {
  const form = new FormData();
  form.set("payload", JSON.stringify({ planId, sha256, mode }));
  if (file) form.set("file", file);
  return form;
}
