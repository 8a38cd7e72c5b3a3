import "server-only";
// The cover page of the council PDF, as papers for the Council begin: who issues it, the title, the plan and the
// programme with their periods, the reported period, the date and the author.
import type { ReportModel } from "./model";
import { keepDates, type Doc, type Frame } from "./pdf-table";

const ACCENT = "#1e3a8a";

export function pdfCover(pdf: Doc, f: Frame, m: ReportModel) {
  const top = pdf.y;
  pdf.rect(f.left, top, 4, 64).fill(ACCENT);
  const x = f.left + 14;
  const width = f.width - 14;
  pdf
    .fillColor("black")
    .font("bold")
    .fontSize(12)
    .text(m.region, x, top + 6, { width });
  pdf.font("regular").fontSize(10).text(m.department, { width });
  pdf
    .font("bold")
    .fontSize(22)
    .fillColor(ACCENT)
    .text(m.title, f.left, top + 190, { width: f.width });
  pdf.moveDown(0.8).font("regular").fontSize(12).fillColor("black");
  for (const line of m.scope) pdf.text(keepDates(line), { width: f.width }).moveDown(0.2);
  pdf.moveDown(0.6).font("bold").text(m.period, { width: f.width });
  pdf
    .moveTo(f.left, pdf.y + 24)
    .lineTo(f.left + f.width, pdf.y + 24)
    .lineWidth(0.6)
    .strokeColor(ACCENT)
    .stroke();
  pdf.y += 40;
  pdf.font("regular").fontSize(11).text(m.dateLine, f.left, pdf.y, { width: f.width });
  if (m.author) pdf.moveDown(0.2).text(m.author, { width: f.width });
  pdf.moveDown(0.6).fontSize(9).fillColor("#374151").text(m.asOf, { width: f.width });
  for (const notice of m.notices) pdf.moveDown(0.4).text(keepDates(notice), { width: f.width });
  pdf.fillColor("black");
}
