// A plan's measures in the import columns, as XLSX or CSV (lib/spreadsheet/write), so that an export imports back
// without changes.
import ExcelJS from "exceljs";
import { db } from "@/lib/db";
import {
  csvChunk,
  DATE_FORMAT,
  MONEY_FORMAT,
  SHEET_VIEWS,
  xlsxColumns,
  xlsxRow,
  type OutColumn,
  type OutValue,
} from "@/lib/spreadsheet/write";
import { COLUMNS, type ColumnKey } from "./columns";
import { DIRECTION_LABELS, STATUS_LABELS } from "./values";
import { compareText } from "@/lib/sort/collate";

export type ExportRow = Record<ColumnKey, OutValue>;

/**
 * The plan's measures (not archived, under an area and goal that are not archived) in the order of the tree, each
 * with its first indicator that is not archived. The indicators are one flat query over the plan (a nested
 * `indicators: { take: 1 }` sends the measure ids as bound parameters, past SQLite's limit for a large plan).
 */
export async function planExport(planId: string) {
  const plan = await db.plan.findUnique({ where: { id: planId } });
  if (!plan) return null;
  const [measures, indicators] = await Promise.all([
    db.measure.findMany({
      where: { planId, archivedAt: null, goal: { archivedAt: null, area: { archivedAt: null } } },
      include: { goal: { include: { area: true } } },
    }),
    db.indicator.findMany({
      where: { archivedAt: null, measure: { planId, archivedAt: null } },
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    }),
  ]);
  const firstIndicator = new Map<string, (typeof indicators)[number]>();
  for (const indicator of indicators)
    if (!firstIndicator.has(indicator.measureId)) firstIndicator.set(indicator.measureId, indicator);
  const nodes = (m: (typeof measures)[number]) => [m.goal.area, m.goal, m];
  measures.sort((a, b) => {
    const [x, y] = [nodes(a), nodes(b)];
    return x.reduce((d, node, i) => d || node.sortOrder - y[i].sortOrder || compareText(node.code, y[i].code), 0);
  });
  const rows = measures.map((m): ExportRow => {
    const indicator = firstIndicator.get(m.id);
    return {
      areaCode: m.goal.area.code,
      areaTitle: m.goal.area.title,
      goalCode: m.goal.code,
      goalTitle: m.goal.title,
      code: m.code,
      title: m.title,
      description: m.description,
      responsibleBody: m.responsibleBody,
      startDate: m.startDate,
      deadline: m.deadline,
      plannedBudget: m.plannedBudgetHaler,
      fundingSources: m.fundingSources,
      status: STATUS_LABELS[m.status].cs,
      statusReason: m.statusReason,
      indicator: indicator?.name ?? null,
      unit: indicator?.unit ?? null,
      direction: indicator ? DIRECTION_LABELS[indicator.direction].cs : null,
      baselineValue: indicator?.baselineValue ?? null,
      baselineYear: indicator?.baselineYear ?? null,
      targetValue: indicator?.targetValue ?? null,
      targetDate: indicator?.targetDate ?? null,
    };
  });
  return { plan, rows };
}

const WIDTHS: Partial<Record<ColumnKey, number>> = {
  areaTitle: 30,
  goalTitle: 30,
  title: 40,
  description: 50,
  responsibleBody: 25,
  fundingSources: 30,
  statusReason: 40,
  indicator: 30,
};
const FORMATS: Partial<Record<ColumnKey, string>> = {
  startDate: DATE_FORMAT,
  deadline: DATE_FORMAT,
  targetDate: DATE_FORMAT,
  plannedBudget: MONEY_FORMAT,
};
const OUT: OutColumn<ColumnKey>[] = COLUMNS.map((c) => ({ ...c, width: WIDTHS[c.key], numFmt: FORMATS[c.key] }));

export async function toXlsx(rows: ExportRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Opatření", SHEET_VIEWS);
  sheet.columns = xlsxColumns(OUT);
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(xlsxRow(OUT, row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const toCsv = (rows: ExportRow[]): string => csvChunk(OUT, rows, true);
