import { describe, expect, it } from "vitest";
import { COLUMNS, columnOf, mapHeader } from "./columns";

describe("import columns", () => {
  it("recognise Czech and English headers loosely", () => {
    for (const c of COLUMNS) {
      expect(columnOf(c.cs)).toBe(c.key);
      expect(columnOf(c.en)).toBe(c.key);
    }
    expect(columnOf(" kod OPATRENI ")).toBe("code");
    expect(columnOf("Plánovaný rozpočet")).toBe("plannedBudget");
    expect(columnOf("Směr")).toBe("direction");
    expect(columnOf("Poznámka")).toBeUndefined();
  });

  it("map positions, list unknown columns and accept a file without the optional ones", () => {
    const { index, issues, ignored } = mapHeader(
      ["Kód oblasti", "Název oblasti", "Kód cíle", "Název cíle", "Poznámka", "Kód opatření", "Název opatření"],
      1,
    );
    expect(issues).toEqual([]);
    expect(ignored).toEqual(["Poznámka"]);
    expect(index).toEqual({ areaCode: 0, areaTitle: 1, goalCode: 2, goalTitle: 3, code: 5, title: 6 });
  });

  it("report missing and repeated columns", () => {
    expect(
      mapHeader(["Kód oblasti", "Název oblasti", "Kód opatření", "Kód opatření", "Název opatření"], 2).issues,
    ).toEqual([
      { line: 2, column: "code", code: "duplicateColumn" },
      { line: 2, column: "goalCode", code: "missingColumn" },
      { line: 2, column: "goalTitle", code: "missingColumn" },
    ]);
  });

  it("need the whole indicator group once one indicator column is present", () => {
    const header = [
      "Kód oblasti",
      "Název oblasti",
      "Kód cíle",
      "Název cíle",
      "Kód opatření",
      "Název opatření",
      "Ukazatel",
      "Cílová hodnota",
    ];
    expect(mapHeader(header, 1).issues.map((i) => i.column)).toEqual([
      "unit",
      "baselineValue",
      "baselineYear",
      "targetDate",
    ]);
  });
});
