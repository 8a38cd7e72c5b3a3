import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { MAX_IMPORT_BYTES, MAX_ROWS, readSheet } from "./read";
import { csvText, xlsxBytes } from "./test-files";

const bytes = (text: string) => new TextEncoder().encode(text);
const fileIssue = (code: string) => ({ issue: expect.objectContaining({ line: null, code }) });

describe("reading an import file", () => {
  it("reads XLSX with real dates, numbers, rich text and formulas, numbering rows as the sheet does", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("List1");
    sheet.addRow(["Kód opatření", "Termín plnění", "Rozpočet", "Název"]);
    sheet.addRow([]);
    sheet.addRow([
      "1.1.1",
      new Date(Date.UTC(2016, 9, 1)),
      1250.5,
      { richText: [{ text: "Podpora " }, { text: "rodin" }] },
    ]);
    sheet.addRow(["1.1.2", null, { formula: "1+1", result: 2 }, { text: "odkaz", hyperlink: "https://kraj-lbc.cz" }]);
    const read = await readSheet(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(read.sheet?.header).toEqual({ line: 1, cells: ["Kód opatření", "Termín plnění", "Rozpočet", "Název"] });
    expect(read.sheet?.rows).toEqual([
      { line: 3, cells: ["1.1.1", new Date(Date.UTC(2016, 9, 1)), 1250.5, "Podpora rodin"] },
      { line: 4, cells: ["1.1.2", null, 2, "odkaz"] },
    ]);
  });

  it("reads CSV with ; or , and with a BOM, or Windows-1250 as Czech Excel saves it", async () => {
    const table = [
      ["Kód opatření", "Termín", "Rozpočet"],
      ["5.1.1", new Date(Date.UTC(2024, 0, 1)), "7 025 696,25"],
      ["5.1.2", null, 7025696.25],
    ];
    for (const delimiter of [";", ","]) {
      const read = await readSheet(bytes("\ufeff" + csvText(table, delimiter)));
      expect(read.sheet?.header.cells[0]).toBe("Kód opatření");
      expect(read.sheet?.rows.map((r) => [r.line, ...r.cells])).toEqual([
        [2, "5.1.1", "1. 1. 2024", "7 025 696,25"],
        [3, "5.1.2", "", delimiter === ";" ? "7025696,25" : "7025696.25"],
      ]);
    }
    const cp1250 = Uint8Array.from([
      ...bytes("K"),
      0xf3,
      ...bytes("d opat"),
      0xf8,
      ...bytes("en"),
      0xed,
      ...bytes(";N\nx;y\n"),
    ]);
    expect((await readSheet(cp1250)).sheet?.header.cells).toEqual(["Kód opatření", "N"]);
  });

  it("keeps multi-line quoted cells in one row and skips blank rows", async () => {
    const read = await readSheet(bytes('a;b\n1;"dva\nřádky"\n\n;\n3;x\n'));
    expect(read.sheet?.rows).toEqual([
      { line: 2, cells: ["1", "dva\nřádky"] },
      { line: 5, cells: ["3", "x"] },
    ]);
  });

  it("refuses what is not XLSX or CSV, by content", async () => {
    expect(await readSheet(bytes("%PDF-1.4\n%%EOF\n"))).toEqual(fileIssue("fileType"));
    expect(
      await readSheet(
        Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
      ),
    ).toEqual(fileIssue("fileType"));
    expect(
      await readSheet(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(600)])),
    ).toEqual(fileIssue("fileLegacyExcel"));
    expect(await readSheet(Uint8Array.from([1, 2, 3, 0, 5, 6, 7, 8, 9]))).toEqual(fileIssue("fileType"));
  });

  it("refuses empty, too large, header-only, broken and too long files", async () => {
    expect(await readSheet(new Uint8Array())).toEqual(fileIssue("fileEmpty"));
    expect(await readSheet(new Uint8Array(MAX_IMPORT_BYTES + 1).fill(65))).toEqual(fileIssue("fileTooLarge"));
    expect(await readSheet(bytes("Kód opatření;Název\n\n"))).toEqual(fileIssue("noRows"));
    expect(await readSheet(bytes('a;b\n1;"neuzavřeno\n'))).toEqual({
      issue: { line: 2, column: null, code: "csvSyntax" },
    });
    expect(await readSheet(bytes(`a;b\n${"1;2\n".repeat(MAX_ROWS + 1)}`))).toEqual(fileIssue("tooManyRows"));
    expect(await readSheet(await xlsxBytes(Array.from({ length: MAX_ROWS + 2 }, (_, i) => [i, "x"])))).toEqual(
      fileIssue("tooManyRows"),
    );
  });
});
