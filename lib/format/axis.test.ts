import { describe, expect, it } from "vitest";
import { formatMonth, formatTimeAxis, monthStart } from ".";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("chart axis labels", () => {
  it("names a month short with its year, in Czech and in English", () => {
    expect(formatMonth(d("2024-01-01"))).toBe("led 2024");
    expect(formatMonth(d("2024-06-30"), "cs")).toBe("čvn 2024");
    expect(formatMonth(d("2024-01-01"), "en")).toBe("Jan 2024");
    expect(formatMonth(monthStart("2024-12"), "cs")).toBe("pro 2024");
  });

  it("labels year ends as years", () => {
    expect(formatTimeAxis([d("2018-12-31"), d("2019-12-31"), d("2020-12-31")])).toEqual(["2018", "2019", "2020"]);
  });

  it("labels quarter ends after a baseline year end as months, all of them", () => {
    const labels = formatTimeAxis([d("2018-12-31"), d("2019-03-31"), d("2019-06-30"), d("2026-11-30")]);
    expect(labels).toEqual(["pro 2018", "bře 2019", "čvn 2019", "lis 2026"]);
    expect(formatTimeAxis([d("2018-12-31"), d("2019-03-31")], "en")).toEqual(["Dec 2018", "Mar 2019"]);
  });

  it("falls back to whole dates for every label when two dates share a month", () => {
    expect(formatTimeAxis([d("2018-12-31"), d("2020-03-01"), d("2020-03-31")])).toEqual([
      "31. 12. 2018",
      "1. 3. 2020",
      "31. 3. 2020",
    ]);
    expect(formatTimeAxis([d("2020-03-01"), d("2020-03-31")], "en")).toEqual(["01/03/2020", "31/03/2020"]);
  });
});
