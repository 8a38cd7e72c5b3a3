// A plan's measures in the import columns, as XLSX (real dates and numbers) or CSV (Czech Excel style: ";",
// UTF-8 with BOM, "1. 10. 2016", "7025696,25"), so that an export imports back without changes.
import ExcelJS from "exceljs";
import { stringify } from "csv-stringify/sync";
import { db } from "@/lib/db";
import { formatDate } from "@/lib/format";
import { COLUMNS, type ColumnKey } from "./columns";
import { DIRECTION_LABELS, STATUS_LABELS } from "./values";

type Value = string | number | bigint | Date | null;
export type ExportRow = Record<ColumnKey, Value>;

export async function planExport(planId: string) {
  const plan = await db.plan.findUnique({ where: { id: planId } });
  if (!plan) return null;
  const measures = await db.measure.findMany({
    where: { planId, archivedAt: null, goal: { archivedAt: null, area: { archivedAt: null } } },
    include: {
      goal: { include: { area: true } },
      indicators: { where: { archivedAt: null }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }], take: 1 },
    },
  });
  const nodes = (m: (typeof measures)[number]) => [m.goal.area, m.goal, m];
  measures.sort((a, b) => {
    const [x, y] = [nodes(a), nodes(b)];
    return x.reduce((d, node, i) => d || node.sortOrder - y[i].sortOrder || byCode(node.code, y[i].code), 0);
  });
  const rows = measures.map((m): ExportRow => {
    const indicator = m.indicators[0];
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

/** "1.1.9" before "1.1.10". */
const byCode = (a: string, b: string) => a.localeCompare(b, "en", { numeric: true });

const WIDTHS: Partial<Record<ColumnKey, number>> = { areaTitle: 30, goalTitle: 30, title: 40, description: 50, responsibleBody: 25, fundingSources: 30, statusReason: 40, indicator: 30 };

export async function toXlsx(rows: ExportRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Opatření", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ header: c.cs, key: c.key, width: WIDTHS[c.key] ?? 14 }));
  for (const row of rows) {
    sheet.addRow(Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) / 100 : v])));
  }
  for (const key of ["startDate", "deadline", "targetDate"] as const) sheet.getColumn(key).numFmt = "d. m. yyyy";
  sheet.getColumn("plannedBudget").numFmt = "#,##0.00";
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Text a spreadsheet would run as a formula gets a leading apostrophe (CSV injection); the import removes it. */
const safe = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

function csvValue(value: Value): string {
  if (value === null) return "";
  if (value instanceof Date) return formatDate(value);
  if (typeof value === "bigint") return `${value / 100n},${String(value % 100n).padStart(2, "0")}`;
  if (typeof value === "number") return String(value).replace(".", ",");
  return safe(value);
}

export function toCsv(rows: ExportRow[]): string {
  const records = [COLUMNS.map((c) => c.cs), ...rows.map((row) => COLUMNS.map((c) => csvValue(row[c.key])))];
  return stringify(records, { delimiter: ";", bom: true, record_delimiter: "windows" });
}
