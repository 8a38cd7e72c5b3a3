import { describe, expect, it } from "vitest";
import { matchLabel, parseDateCell, parseMoneyCell, parseNumberCell, parseYearCell, text } from "./values";

const day = (iso: string) => ({ value: new Date(`${iso}T00:00:00.000Z`) });

describe("cell values", () => {
  it("reads Czech, ISO and real Excel dates as the calendar day at 00:00 UTC", () => {
    expect(parseDateCell("1. 10. 2016")).toEqual(day("2016-10-01"));
    expect(parseDateCell("1.10.2016")).toEqual(day("2016-10-01"));
    expect(parseDateCell("2016-10-01")).toEqual(day("2016-10-01"));
    expect(parseDateCell(new Date(Date.UTC(2016, 9, 1)))).toEqual(day("2016-10-01"));
    expect(parseDateCell(new Date(Date.UTC(2016, 9, 1, 13, 30)))).toEqual(day("2016-10-01"));
  });

  it("refuses impossible and foreign dates", () => {
    for (const bad of ["31. 2. 2025", "2016-13-01", "10/1/2016", "zítra", "1. 10.", 42644, true])
      expect(parseDateCell(bad)).toEqual({ error: "badDate" });
  });

  it("reads money in Czech notation or as a number, in haléře", () => {
    expect(parseMoneyCell("7 025 696,25")).toEqual({ value: 702569625n });
    expect(parseMoneyCell("7\u00a0025\u00a0696,25 Kč")).toEqual({ value: 702569625n });
    expect(parseMoneyCell(7025696.25)).toEqual({ value: 702569625n });
    expect(parseMoneyCell(500000)).toEqual({ value: 50000000n });
    for (const bad of ["12 abc", "1,234", -5, "-5", 1.001, 1e20])
      expect(parseMoneyCell(bad)).toEqual({ error: "badMoney" });
  });

  it("reads numbers with a decimal comma or dot, and years", () => {
    expect(parseNumberCell("12,5")).toEqual({ value: 12.5 });
    expect(parseNumberCell("1 000,5")).toEqual({ value: 1000.5 });
    expect(parseNumberCell(-3)).toEqual({ value: -3 });
    expect(parseNumberCell("dvanáct")).toEqual({ error: "badNumber" });
    expect(parseYearCell("2023")).toEqual({ value: 2023 });
    for (const bad of ["2023,5", 1800, "rok"]) expect(parseYearCell(bad)).toEqual({ error: "badYear" });
  });

  it("trims text, keeps numeric codes with their dot and removes the export's anti-formula apostrophe", () => {
    expect(text("  Název ")).toBe("Název");
    expect(text("   ")).toBeNull();
    expect(text(1.1)).toBe("1.1");
    expect(text("'=SUM(A1)")).toBe("=SUM(A1)");
    expect(text("'Ahoj")).toBe("'Ahoj");
  });

  it("match a code or a Czech or English label, whatever the case and diacritics", () => {
    const labels = { PLANNED: { cs: "Plánováno", en: "Planned" }, REALISED: { cs: "Realizováno", en: "Realised" } };
    expect(matchLabel(labels, "realizovano")).toBe("REALISED");
    expect(matchLabel(labels, " Planned ")).toBe("PLANNED");
    expect(matchLabel(labels, "REALISED")).toBe("REALISED");
    expect(matchLabel(labels, "hotovo")).toBeUndefined();
  });
});
