import { describe, expect, it } from "vitest";
import { indicatorProgress, latestValue, measureProgress, rollUp } from "./progress";

const at = (iso: string) => new Date(`${iso}T00:00:00Z`);
const indicator = (baselineValue: number, targetValue: number, ...values: [string, number][]) => ({
  baselineValue,
  targetValue,
  values: values.map(([d, value]) => ({ measuredOn: at(d), value })),
});

describe("indicator progress", () => {
  it("is (actual − baseline) / (target − baseline) of the latest value", () => {
    expect(indicatorProgress(indicator(0, 60, ["2020-12-31", 30], ["2019-12-31", 12]))).toBe(0.5);
    expect(latestValue(indicator(0, 60, ["2021-12-31", 45], ["2022-06-30", 40]))).toBe(40);
  });

  it("works when lower is better", () => {
    expect(indicatorProgress(indicator(104, 60, ["2022-12-31", 82]), "LOWER_IS_BETTER")).toBe(0.5);
    expect(indicatorProgress(indicator(104, 60, ["2022-12-31", 110]), "LOWER_IS_BETTER")).toBe(0);
  });

  it("is clamped to 0–1", () => {
    expect(indicatorProgress(indicator(10, 20, ["2020-01-01", 35]))).toBe(1);
    expect(indicatorProgress(indicator(10, 20, ["2020-01-01", 2]))).toBe(0);
  });

  it("handles target = baseline as met or not met", () => {
    expect(indicatorProgress(indicator(5, 5, ["2020-01-01", 5]))).toBe(1);
    expect(indicatorProgress(indicator(5, 5, ["2020-01-01", 4]))).toBe(0);
    expect(indicatorProgress(indicator(5, 5, ["2020-01-01", 4]), "LOWER_IS_BETTER")).toBe(1);
  });

  it("is unknown (null) without measured values", () => {
    expect(indicatorProgress(indicator(0, 10))).toBeNull();
  });
});

describe("measure progress and roll-up", () => {
  it("follows the indicators (weighted) when any is known, else the measure's own %; completed is 100 %", () => {
    expect(measureProgress({ progressPercent: 40 }, [{ progress: 0.9 }])).toBe(0.9);
    expect(measureProgress({ progressPercent: 40 }, [{ progress: null }])).toBe(0.4);
    expect(measureProgress({ progressPercent: null, status: "COMPLETED" }, [{ progress: 0.2 }])).toBe(1);
    expect(
      measureProgress({ progressPercent: null }, [{ progress: 0.2 }, { progress: null }, { progress: 0.6 }]),
    ).toBeCloseTo(0.4);
    expect(
      measureProgress({ progressPercent: null }, [
        { progress: 1, weight: 3 },
        { progress: 0, weight: 1 },
      ]),
    ).toBe(0.75);
    expect(measureProgress({ progressPercent: null }, [{ progress: null }])).toBeNull();
  });

  it("averages, weighted when weights are set, skipping unknown and cancelled", () => {
    expect(rollUp([{ progress: 1 }, { progress: 0 }])).toBe(0.5);
    expect(
      rollUp([
        { progress: 1, weight: 3 },
        { progress: 0, weight: 1 },
      ]),
    ).toBe(0.75);
    expect(rollUp([{ progress: 1 }, { progress: null }, { progress: 0, status: "CANCELLED" }])).toBe(1);
    expect(rollUp([])).toBeNull();
  });
});
