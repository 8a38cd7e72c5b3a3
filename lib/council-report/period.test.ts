import { describe, expect, it } from "vitest";
import { parsePeriod, periodParam, reportFileName, selectableYears } from "./period";

describe("council report period", () => {
  it("reads a year or the whole period and refuses anything else", () => {
    expect(parsePeriod("2025")).toEqual({ year: 2025 });
    expect(parsePeriod("cele")).toEqual({ year: null });
    expect(parsePeriod(undefined)).toEqual({ year: null });
    for (const bad of ["25", "2025x", "1999", "3000", "vse"]) expect(parsePeriod(bad)).toBeNull();
  });

  it("round-trips to the URL and names the files with the period", () => {
    expect(periodParam({ year: 2025 })).toBe("2025");
    expect(periodParam({ year: null })).toBe("cele");
    const plan = { yearFrom: 2024, yearTo: 2028 };
    expect(reportFileName({ year: 2025 }, plan, "pdf")).toBe("rada-kraje-report-2024-2028-rok-2025.pdf");
    expect(reportFileName({ year: null }, plan, "xlsx")).toBe("rada-kraje-report-2024-2028-cele-obdobi.xlsx");
    expect(reportFileName({ year: 2025 }, null, "pdf")).toBe("rada-kraje-report-rok-2025.pdf");
  });

  it("offers the years of the plan and programmes up to this year, newest first", () => {
    expect(
      selectableYears(
        [
          { from: 2019, to: 2023 },
          { from: 2022, to: 2028 },
        ],
        2026,
      ),
    ).toEqual([2026, 2025, 2024, 2023, 2022, 2021, 2020, 2019]);
  });
});
