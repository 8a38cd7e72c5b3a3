// What a test reads from a council PDF: its text (pdf-parse, as a reader's copy-paste would), and the words of the
// report model that the PDF breaks across lines.
import { PDFParse } from "pdf-parse";
import { cellText, isSig, type ReportModel } from "@/lib/council-report/model";
import { SIGNAL_STYLE } from "@/lib/signal/style";

export async function pdfText(buffer: Buffer) {
  const parser = new PDFParse({ data: new Uint8Array(buffer) });
  try {
    // pdf-parse's own page separators ("-- 1 of 3 --") are not the PDF's text.
    const { text, total } = await parser.getText({ pageJoiner: "" });
    return { text, total };
  } finally {
    await parser.destroy();
  }
}

/** Every text the model puts into the PDF, with the page footers of a document of `pages` pages. */
export function modelTexts(m: ReportModel, pages: number): string[] {
  const cells = m.sections.flatMap((s) =>
    s.tables.flatMap((t) => [
      t.caption ?? "",
      ...t.columns.map((c) => c.label),
      ...t.rows.flat().map((c) => cellText(c, "cs")),
    ]),
  );
  const symbols = m.sections.flatMap((s) =>
    s.tables.flatMap((t) =>
      t.rows
        .flat()
        .filter(isSig)
        .map((c) => SIGNAL_STYLE[c.signal].symbol),
    ),
  );
  return [
    m.region,
    m.department,
    m.title,
    ...m.scope,
    m.period,
    m.dateLine,
    m.author ?? "",
    m.asOf,
    ...m.notices,
    ...m.sections.flatMap((s) => [s.title, ...s.lines]),
    ...cells,
    ...symbols,
    ...Array.from({ length: pages }, (_, i) => m.pageOf(i + 1, pages)),
  ];
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * A word split across lines ("Nehodnoc|eno") leaves the PDF without the whole word and with fragments the model
 * never wrote: `missing` lists the model's words of 4+ letters the PDF lacks, `unknown` the PDF's words the model lacks.
 */
export function brokenWords(pdf: string, texts: string[]) {
  const known = new Set(texts.flatMap((t) => t.match(WORD) ?? []));
  const found = new Set(pdf.match(WORD) ?? []);
  return {
    missing: [...known].filter((w) => w.length >= 4 && !found.has(w)),
    unknown: [...found].filter((w) => !known.has(w)),
  };
}
