import "server-only";
// A table of the council PDF with column widths measured from its content. pdfkit breaks a word wider than its cell
// letter by letter ("Nehodnoc|eno"), so no column is narrower than its longest word; text wraps at spaces only (no
// hyphenation), and the non-breaking spaces of lib/format keep "7 025 696,25 Kč" and "0 %" on one line.
import type { Locale } from "@/i18n/config";
import { SIGNAL_STYLE } from "@/lib/signal/style";
import { alignRight, cellText, isSig, type Cell, type Sig, type Table } from "./model";

export type Doc = PDFKit.PDFDocument;
/** Where the table goes: its left edge and width, and the lowest y a row may reach on a page. */
export type Frame = { left: number; width: number; bottom: number };

const PAD = 3;
/** Font sizes tried in turn until the longest words of all columns fit side by side. */
const SIZES = [7.5, 7, 6.5, 6];
/** A signal's marker: a filled square of the signal's colour with its symbol, before the word. */
const marker = (size: number) => size + 3;
const MARKER_GAP = 3;

type Span = { min: number; max: number };

const together = (text: string) => text.replace(/ /g, "\u00a0");
/** Dates as lib/format writes them ("31. 12. 2023") stay on one line: "31. 12." above "2023" reads as two values. */
export const keepDates = (text: string) => text.replace(/\d{1,2}\. \d{1,2}\. \d{4}/g, together);
/** A cell's text; a signal's word stays on one line too. */
const label = (cell: Cell, locale: Locale) => (isSig(cell) ? together(cell.text) : keepDates(cellText(cell, locale)));

/**
 * A cell's widths at 1 pt (a width grows with the font size, so one measuring serves every size tried): the longest
 * piece pdfkit may not break, with the space it measures after it, and the whole text.
 */
function measure(pdf: Doc, text: string, font: string): Span {
  pdf.font(font).fontSize(1);
  const pieces = text.split(/[ \n]+/).filter(Boolean);
  return { min: Math.max(0, ...pieces.map((p) => pdf.widthOfString(`${p} `))), max: pdf.widthOfString(text) };
}

/**
 * Every column gets its longest word; the width left over goes to the columns with the most text. A table whose
 * every cell fits on one line keeps close to that width (a year beside its count, not across the page).
 */
function share(cols: Span[], width: number): number[] {
  const sum = (key: keyof Span) => cols.reduce((s, c) => s + c[key], 0);
  const [min, max] = [sum("min"), sum("max")];
  if (max <= width) return cols.map((c) => (c.max * Math.min(width, max * 1.4)) / max);
  if (min >= width) return cols.map((c) => (c.min * width) / min);
  return cols.map((c) => c.min + ((c.max - c.min) * (width - min)) / (max - min));
}

/** A column's widths at a font size: the widest of its cells, the header's words counted in the minimum only. */
function spanAt(header: Span, cells: (Span & { sig: boolean })[], size: number): Span {
  const fit = cells.reduce(
    (a, { min, max, sig }) => {
      const extra = 2 * PAD + (sig ? marker(size) + MARKER_GAP : 0);
      return { min: Math.max(a.min, min * size + 0.5 + extra), max: Math.max(a.max, max * size + extra) };
    },
    { min: header.min * size + 0.5 + 2 * PAD, max: 0 },
  );
  return { min: fit.min, max: Math.max(fit.min, fit.max) };
}

/**
 * The font size and the column widths of a table: the largest size at which every word fits its column. The space
 * left goes to the cells' text first; headers wrap between words unless the whole table fits on one line each.
 * `t` may hold the rows of several tables with the same columns (the measures of each area), which then line up.
 */
function layout(pdf: Doc, t: Table, width: number, locale: Locale): { size: number; widths: number[] } {
  const cols = t.columns.map((c, i) => ({
    header: measure(pdf, c.label, "bold"),
    cells: t.rows.map((r) => ({ ...measure(pdf, label(r[i], locale), "regular"), sig: isSig(r[i]) })),
  }));
  for (const size of SIZES) {
    const spans = cols.map(({ header, cells }) => spanAt(header, cells, size));
    if (spans.reduce((s, c) => s + c.min, 0) > width && size !== SIZES.at(-1)) continue;
    const whole = cols.map(({ header }, i) => ({
      ...spans[i],
      max: Math.max(spans[i].max, header.max * size + 2 * PAD),
    }));
    return { size, widths: share(whole.reduce((s, c) => s + c.max, 0) <= width ? whole : spans, width) };
  }
  throw new Error("unreachable");
}

const textWidth = (cell: Cell, width: number, size: number) =>
  width - 2 * PAD - (isSig(cell) ? marker(size) + MARKER_GAP : 0);

function rowHeight(pdf: Doc, cells: Cell[], widths: number[], size: number, locale: Locale) {
  return (
    Math.max(
      ...cells.map((cell, i) => pdf.heightOfString(label(cell, locale), { width: textWidth(cell, widths[i], size) })),
    ) +
    2 * PAD
  );
}

/** A signal: its light fill over the cell, the marker in the signal's colour, the word in its dark text colour. */
function signalCell(pdf: Doc, cell: Sig, x: number, top: number, width: number, height: number, size: number) {
  const style = SIGNAL_STYLE[cell.signal];
  const m = marker(size);
  pdf.rect(x + 0.5, top + 0.5, width - 1, height - 1).fill(style.fill);
  pdf.roundedRect(x + PAD, top + PAD - 0.5, m, m, 1.5).fill(style.border);
  pdf
    .font("regular")
    .fontSize(size - 1)
    .fillColor("white")
    .text(style.symbol, x + PAD, top + PAD + 1, { width: m, align: "center", lineBreak: false });
  pdf
    .font("regular")
    .fontSize(size)
    .fillColor(style.text)
    .text(together(cell.text), x + PAD + m + MARKER_GAP, top + PAD, { width: textWidth(cell, width, size) });
}

function drawRow(
  pdf: Doc,
  f: Frame,
  cells: Cell[],
  widths: number[],
  right: boolean[],
  header: boolean,
  size: number,
  locale: Locale,
  height: number,
) {
  const top = pdf.y;
  const width = widths.reduce((a, b) => a + b, 0);
  if (header) pdf.rect(f.left, top, width, height).fill("#e5e7eb");
  let x = f.left;
  cells.forEach((cell, i) => {
    if (isSig(cell)) signalCell(pdf, cell, x, top, widths[i], height, size);
    else
      pdf
        .font(header ? "bold" : "regular")
        .fontSize(size)
        .fillColor("black")
        .text(label(cell, locale), x + PAD, top + PAD, {
          width: textWidth(cell, widths[i], size),
          align: right[i] ? "right" : "left",
        });
    x += widths[i];
  });
  pdf
    .fillColor("black")
    .moveTo(f.left, top + height)
    .lineTo(f.left + width, top + height)
    .lineWidth(0.3)
    .strokeColor("#9ca3af")
    .stroke();
  pdf.x = f.left;
  pdf.y = top + height;
}

/**
 * The table with its caption; a table that runs onto the next page repeats its header row there. Its columns are
 * measured over `all`: this table and the others of its section with the same columns.
 */
export function pdfTable(pdf: Doc, f: Frame, t: Table, locale: Locale, all: Table[] = [t]) {
  const { size, widths } = layout(pdf, { ...t, rows: all.flatMap((x) => x.rows) }, f.width, locale);
  // Numbers align right only in a column of numbers (a summary's values mix words and numbers).
  const right = t.columns.map((_, i) => {
    const cells = all.flatMap((x) => x.rows.map((r) => r[i])).filter((c) => c !== null);
    return cells.length > 0 && cells.every(alignRight);
  });
  const header = t.columns.map((c) => c.label);
  const headerHeight = rowHeight(pdf.font("bold").fontSize(size), header, widths, size, locale);
  const drawHeader = () => drawRow(pdf, f, header, widths, right, true, size, locale, headerHeight);
  const heights = t.rows.map((cells) => rowHeight(pdf.font("regular").fontSize(size), cells, widths, size, locale));
  const captionHeight = t.caption
    ? pdf.font("bold").fontSize(9.5).heightOfString(t.caption, { width: f.width }) + 4
    : 0;
  if (pdf.y + captionHeight + headerHeight + (heights[0] ?? 0) > f.bottom) pdf.addPage();
  if (t.caption)
    pdf.font("bold").fontSize(9.5).fillColor("black").text(t.caption, f.left, pdf.y, { width: f.width }).moveDown(0.3);
  drawHeader();
  t.rows.forEach((cells, i) => {
    if (pdf.y + heights[i] > f.bottom) {
      pdf.addPage();
      drawHeader();
    }
    drawRow(pdf, f, cells, widths, right, false, size, locale, heights[i]);
  });
  pdf.moveDown(0.8);
}
