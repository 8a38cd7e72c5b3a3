import "server-only";
// The council report as a workbook: one sheet per section, numbers as numbers, dates as dates, Czech headers.
import ExcelJS from "exceljs";
import { DATE_FORMAT, MONEY_FORMAT } from "@/lib/spreadsheet/write";
import { isNum, isSig, type Cell, type NumberFormat, type ReportModel, type Section } from "./model";
import { argb, SIGNAL_STYLE } from "@/lib/signal/style";

const FORMATS: Record<NumberFormat, string> = { int: "#,##0", dec: "#,##0.00", percent: "0%", money: MONEY_FORMAT };
const bold = (r: ExcelJS.Row, size?: number) => {
  r.font = { bold: true, ...(size ? { size } : {}) };
};

function put(cell: ExcelJS.Cell, value: Cell) {
  if (isSig(value)) {
    // The word in the cell, its colour as the fill: readable without colour, filterable by the word.
    const style = SIGNAL_STYLE[value.signal];
    cell.value = value.text;
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
    cell.font = { bold: true, color: { argb: argb(style.text) } };
    const side = { style: "thin" as const, color: { argb: argb(style.border) } };
    cell.border = { top: side, left: side, bottom: side, right: side };
  } else if (isNum(value)) {
    cell.value = value.n;
    cell.numFmt = FORMATS[value.f];
  } else {
    cell.value = value;
    if (value instanceof Date) cell.numFmt = DATE_FORMAT;
  }
}

function sheet(wb: ExcelJS.Workbook, s: Section, m: ReportModel) {
  const ws = wb.addWorksheet(s.sheet);
  bold(ws.addRow([s.title]), 13);
  for (const line of s.id === "summary"
    ? [m.title, ...m.scope, ...m.notices, m.dateLine, ...(m.author ? [m.author] : []), ...s.lines]
    : s.lines)
    ws.addRow([line]);
  const widths: number[] = [];
  for (const t of s.tables) {
    ws.addRow([]);
    if (t.caption) bold(ws.addRow([t.caption]));
    const header = ws.addRow(t.columns.map((c) => c.label));
    bold(header);
    header.alignment = { wrapText: true, vertical: "top" };
    for (const cells of t.rows) {
      const r = ws.addRow([]);
      cells.forEach((value, i) => put(r.getCell(i + 1), value));
    }
    t.columns.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, Math.round(c.weight * 12))));
  }
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = Math.min(60, Math.max(12, w))));
}

export async function councilXlsx(m: ReportModel): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = m.region;
  wb.title = [m.title, ...m.scope].join(" – ");
  for (const s of m.sections) sheet(wb, s, m);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
