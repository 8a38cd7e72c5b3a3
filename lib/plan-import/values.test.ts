import { describe, expect, it } from "vitest";
import { parseDirectionCell, parseStatusCell } from "./values";

describe("plan cell values", () => {
  it("reads statuses as Czech or English labels or codes, whatever the case and diacritics", () => {
    expect(parseStatusCell("Probíhá")).toEqual({ value: "IN_PROGRESS" });
    expect(parseStatusCell("probiha")).toEqual({ value: "IN_PROGRESS" });
    expect(parseStatusCell("Zpožděno")).toEqual({ value: "DELAYED" });
    expect(parseStatusCell("NOT_STARTED")).toEqual({ value: "NOT_STARTED" });
    expect(parseStatusCell("Completed")).toEqual({ value: "COMPLETED" });
    expect(parseStatusCell("canceled")).toEqual({ value: "CANCELLED" });
    expect(parseStatusCell("Hotovo")).toEqual({ error: "badStatus" });
  });

  it("reads the indicator direction", () => {
    expect(parseDirectionCell("vyšší je lepší")).toEqual({ value: "HIGHER_IS_BETTER" });
    expect(parseDirectionCell("Nižší")).toEqual({ value: "LOWER_IS_BETTER" });
    expect(parseDirectionCell("LOWER_IS_BETTER")).toEqual({ value: "LOWER_IS_BETTER" });
    expect(parseDirectionCell("lower is better")).toEqual({ value: "LOWER_IS_BETTER" });
    expect(parseDirectionCell("nahoru")).toEqual({ error: "badDirection" });
  });
});
