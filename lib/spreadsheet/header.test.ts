import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readSheet } from "./read";
import { columnSet } from "./columns";
import { csvText } from "./test-files";

const columns = columnSet([
  { key: "date", cs: "Datum (začátek)", en: "Start date" },
  { key: "title", cs: "Název", en: "Title" },
  { key: "description", cs: "Popis", en: "Description" },
  { key: "place", cs: "ORP", en: "ORP" },
]);
const score = (texts: string[]) => Object.keys(columns.mapHeader(texts, 0, () => []).index).length;
const header = async (bytes: Uint8Array) => {
  const { sheet, issue } = await readSheet(bytes, score);
  if (!sheet) throw new Error(`not read: ${JSON.stringify(issue)}`);
  const map = columns.mapHeader(
    sheet.header.cells.map((c) => String(c ?? "")),
    sheet.header.line,
    () => ["date", "title", "description", "place"],
  );
  return { line: sheet.header.line, ...map, rows: sheet.rows.map((r) => [r.line, ...r.cells]) };
};

async function xlsx(build: (sheet: ExcelJS.Worksheet) => void) {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet("Akce"));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("finding the header row", () => {
  it("skips a merged title row and blank rows above the header", async () => {
    const file = await xlsx((sheet) => {
      sheet.addRow(["Náborové akce 2025 – Liberecký kraj"]);
      sheet.mergeCells("A1:D1");
      sheet.addRow([]);
      sheet.addRow(["vyplnila: J. Nováková"]);
      sheet.addRow(["Datum (začátek)", "Název", "Popis", "ORP"]);
      sheet.addRow(["1. 3. 2025", "Beseda", "Text", "Liberec"]);
    });
    expect(await header(file)).toMatchObject({
      line: 4,
      issues: [],
      index: { date: 0, title: 1, description: 2, place: 3 },
      rows: [[5, "1. 3. 2025", "Beseda", "Text", "Liberec"]],
    });
  });

  it("reads a header cell merged over two columns as one column, with the texts under it joined", async () => {
    const file = await xlsx((sheet) => {
      sheet.addRow(["Datum (začátek)", "Název", "Popis", null, "ORP"]);
      sheet.mergeCells("C1:D1");
      sheet.addRow(["1. 3. 2025", "Beseda", "Jen první", null, "Liberec"]);
      sheet.addRow(["2. 3. 2025", "Stánek", null, "Jen druhý", "Turnov"]);
      sheet.addRow(["3. 3. 2025", "Den", "První", "a druhý", "Jablonec nad Nisou"]);
      sheet.addRow(["4. 3. 2025", "Film", "Sloučené buňky", null, "Semily"]);
      sheet.mergeCells("C5:D5");
    });
    expect(await header(file)).toMatchObject({
      line: 1,
      issues: [],
      ignored: [],
      index: { date: 0, title: 1, description: 2, place: 4 },
      rows: [
        [2, "1. 3. 2025", "Beseda", "Jen první", null, "Liberec"],
        [3, "2. 3. 2025", "Stánek", "Jen druhý", null, "Turnov"],
        [4, "3. 3. 2025", "Den", "První a druhý", null, "Jablonec nad Nisou"],
        [5, "4. 3. 2025", "Film", "Sloučené buňky", null, "Semily"],
      ],
    });
  });

  it("still refuses a real repeated column (two separate cells)", async () => {
    const file = await xlsx((sheet) => {
      sheet.addRow(["Datum (začátek)", "Název", "Popis", "Popis", "ORP"]);
      sheet.addRow(["1. 3. 2025", "Beseda", "a", "b", "Liberec"]);
    });
    expect((await header(file)).issues).toEqual([{ line: 1, column: "description", code: "duplicateColumn" }]);
  });

  it("finds the header below a title line in CSV, whatever the delimiter", async () => {
    for (const delimiter of [";", ","]) {
      const text = `Přehled akcí\n\n${csvText(
        [
          ["Datum (začátek)", "Název", "Popis", "ORP"],
          ["1. 3. 2025", "Beseda", "", "Liberec"],
        ],
        delimiter,
      )}`;
      expect(await header(new TextEncoder().encode(text))).toMatchObject({
        line: 3,
        issues: [],
        rows: [[4, "1. 3. 2025", "Beseda", "", "Liberec"]],
      });
    }
  });

  it("without any known name the first row is the header, and the missing columns are named", async () => {
    const result = await header(new TextEncoder().encode("a;b\n1;2\n"));
    expect(result).toMatchObject({ line: 1, ignored: ["a", "b"] });
    expect(result.issues.map((i) => i.code)).toEqual([
      "missingColumn",
      "missingColumn",
      "missingColumn",
      "missingColumn",
    ]);
  });
});
