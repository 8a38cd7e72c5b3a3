import "server-only";
// The council report as an A4 PDF (pdfkit with DejaVu Sans, so Czech diacritics render): the region and the date in
// the header of every page, "Strana X z Y" in the footer, sections with simple text tables.
import { readFileSync } from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import type { Locale } from "@/i18n/config";
import { alignRight, cellText, isSig, type Cell, type ReportModel, type Table } from "./model";
import { SIGNAL_STYLE } from "@/lib/signal/style";

const FONTS = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
const REGULAR = path.join(FONTS, "DejaVuSans.ttf");
const BOLD = path.join(FONTS, "DejaVuSans-Bold.ttf");
const MARGIN = { top: 64, bottom: 60, left: 45, right: 45 };
const PAD = 2;

type Doc = PDFKit.PDFDocument;

const contentWidth = (pdf: Doc) => pdf.page.width - MARGIN.left - MARGIN.right;
const ensureRoom = (pdf: Doc, height: number) => {
  if (pdf.y + height > pdf.page.height - MARGIN.bottom) pdf.addPage();
};

/** A cell's text; a signal's symbol goes before its word. */
const cellLabel = (cell: Cell, locale: Locale) => (isSig(cell) ? `${SIGNAL_STYLE[cell.signal].symbol} ${cell.text}` : cellText(cell, locale));

/** One row of cells side by side, signals on their colour; leaves pdf.y below the row. */
function row(pdf: Doc, cells: Cell[], widths: number[], right: boolean[], bold: boolean, locale: Locale) {
  pdf.font(bold ? "bold" : "regular").fontSize(7.5);
  const texts = cells.map((cell) => cellLabel(cell, locale));
  const height = Math.max(...texts.map((text, i) => pdf.heightOfString(text, { width: widths[i] - 2 * PAD }))) + 2 * PAD;
  ensureRoom(pdf, height);
  const top = pdf.y;
  let x = MARGIN.left;
  if (bold) pdf.rect(x, top, contentWidth(pdf), height).fill("#e5e7eb").fillColor("black");
  cells.forEach((cell, i) => {
    const style = isSig(cell) ? SIGNAL_STYLE[cell.signal] : null;
    if (style) pdf.rect(x + 0.5, top + 0.5, widths[i] - 1, height - 1).lineWidth(0.6).fillAndStroke(style.fill, style.border).fillColor(style.text);
    pdf.text(texts[i], x + PAD, top + PAD, { width: widths[i] - 2 * PAD, align: right[i] ? "right" : "left" });
    pdf.fillColor("black");
    x += widths[i];
  });
  pdf.moveTo(MARGIN.left, top + height).lineTo(MARGIN.left + contentWidth(pdf), top + height).lineWidth(0.3).strokeColor("#9ca3af").stroke();
  pdf.x = MARGIN.left;
  pdf.y = top + height;
}

function table(pdf: Doc, t: Table, locale: Locale) {
  const total = t.columns.reduce((s, c) => s + c.weight, 0);
  const widths = t.columns.map((c) => (c.weight / total) * contentWidth(pdf));
  if (t.caption) {
    ensureRoom(pdf, 90);
    pdf.font("bold").fontSize(9.5).text(t.caption, MARGIN.left, pdf.y, { width: contentWidth(pdf) }).moveDown(0.3);
  }
  const numeric = t.columns.map((_, i) => t.rows.some((r) => alignRight(r[i])));
  row(pdf, t.columns.map((c) => c.label), widths, numeric, true, locale);
  for (const r of t.rows) row(pdf, r, widths, numeric, false, locale);
  pdf.moveDown(0.8);
}

/** Header and footer on every page, once the page count is known. */
function frame(pdf: Doc, m: ReportModel) {
  const { start, count } = pdf.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    pdf.switchToPage(i);
    const width = contentWidth(pdf);
    pdf.page.margins.bottom = 0;
    pdf.font("bold").fontSize(8).fillColor("#374151").text(m.region, MARGIN.left, 28, { width, lineBreak: false });
    pdf.font("regular").text(m.dateLine, MARGIN.left, 28, { width, align: "right", lineBreak: false });
    pdf.text(m.pageOf(i - start + 1, count), MARGIN.left, pdf.page.height - 38, { width, align: "center", lineBreak: false });
    pdf.fillColor("black");
  }
}

export function councilPdf(m: ReportModel, locale: Locale = "cs"): Promise<Buffer> {
  const pdf = new PDFDocument({ size: "A4", margins: MARGIN, bufferPages: true, font: REGULAR, lang: locale, info: { Title: [m.title, ...m.scope].join(" – "), Author: m.region } });
  pdf.registerFont("regular", readFileSync(REGULAR));
  pdf.registerFont("bold", readFileSync(BOLD));
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });
  pdf.font("bold").fontSize(10).text(m.region).font("regular").fontSize(9).text(m.department).moveDown(0.8);
  pdf.font("bold").fontSize(16).text(m.title).moveDown(0.3);
  pdf.font("bold").fontSize(10);
  for (const line of m.scope) pdf.text(line);
  pdf.font("regular").moveDown(0.3);
  for (const line of m.notices) pdf.text(line).moveDown(0.2);
  pdf.font("regular").fontSize(9).text(`${m.dateLine}. ${m.asOf}`).moveDown(1);
  for (const section of m.sections) {
    ensureRoom(pdf, 80);
    pdf.font("bold").fontSize(13).text(section.title, MARGIN.left, pdf.y).moveDown(0.3);
    pdf.font("regular").fontSize(9);
    for (const line of section.lines) pdf.text(line, { width: contentWidth(pdf) }).moveDown(0.2);
    pdf.moveDown(0.4);
    for (const t of section.tables) table(pdf, t, locale);
  }
  frame(pdf, m);
  pdf.end();
  return done;
}
