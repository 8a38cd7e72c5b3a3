import "server-only";
// The council report as an A4 PDF (pdfkit with DejaVu Sans, so Czech diacritics render): a cover page, then the
// sections with tables measured from their content; the region and the date in the header of every page after the
// cover, "Strana X z Y" in the footer of every page, the cover counted as page 1.
import { readFileSync } from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import type { Locale } from "@/i18n/config";
import type { ReportModel, Table } from "./model";
import { pdfCover } from "./pdf-cover";
import { keepDates, pdfTable, type Doc, type Frame } from "./pdf-table";

const FONTS = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
const REGULAR = path.join(FONTS, "DejaVuSans.ttf");
const BOLD = path.join(FONTS, "DejaVuSans-Bold.ttf");
const MARGIN = { top: 64, bottom: 60, left: 45, right: 45 };

const frameOf = (pdf: Doc): Frame => ({
  left: MARGIN.left,
  width: pdf.page.width - MARGIN.left - MARGIN.right,
  bottom: pdf.page.height - MARGIN.bottom,
});

/** Header and footer on every page, once the page count is known. */
function headerAndFooter(pdf: Doc, m: ReportModel) {
  const { start, count } = pdf.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    pdf.switchToPage(i);
    const { width } = frameOf(pdf);
    pdf.page.margins.bottom = 0;
    pdf.fontSize(8).fillColor("#374151");
    if (i > start) {
      pdf.font("bold").text(m.region, MARGIN.left, 28, { width, lineBreak: false });
      pdf.font("regular").text(m.dateLine, MARGIN.left, 28, { width, align: "right", lineBreak: false });
    }
    pdf.font("regular").text(m.pageOf(i - start + 1, count), MARGIN.left, pdf.page.height - 38, {
      width,
      align: "center",
      lineBreak: false,
    });
    pdf.fillColor("black");
  }
}

export function councilPdf(m: ReportModel, locale: Locale = "cs"): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: "A4",
    margins: MARGIN,
    bufferPages: true,
    font: REGULAR,
    lang: locale,
    info: { Title: [m.title, ...m.scope].join(" – "), Author: m.region },
  });
  pdf.registerFont("regular", readFileSync(REGULAR));
  pdf.registerFont("bold", readFileSync(BOLD));
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });
  const f = frameOf(pdf);
  pdfCover(pdf, f, m);
  pdf.addPage();
  m.sections.forEach((section, i) => {
    if (i > 0 && pdf.y + 80 > f.bottom) pdf.addPage();
    pdf
      .font("bold")
      .fontSize(13)
      .fillColor("black")
      .text(section.title, f.left, pdf.y, { width: f.width })
      .moveDown(0.3);
    pdf.font("regular").fontSize(9);
    for (const line of section.lines) pdf.text(keepDates(line), { width: f.width }).moveDown(0.2);
    pdf.moveDown(0.4);
    const columns = (t: Table) => t.columns.map((c) => c.label).join("\n");
    for (const t of section.tables)
      pdfTable(
        pdf,
        f,
        t,
        locale,
        section.tables.filter((x) => columns(x) === columns(t)),
      );
  });
  headerAndFooter(pdf, m);
  pdf.end();
  return done;
}
