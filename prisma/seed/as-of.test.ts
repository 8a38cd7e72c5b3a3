import { afterEach, expect, it, vi } from "vitest";
import { asOf, demoLoadedAt } from "./as-of";

afterEach(() => vi.useRealTimers());

it("reads the given instant while the work runs, advancing, and the machine's date again afterwards", async () => {
  vi.useRealTimers(); // asOf shifts the real Date; the suite's fake one (test/fixed-date.ts) is not what it replaces
  const instant = demoLoadedAt("2026-11-30T09:00:00+01:00");
  expect(instant).toEqual(new Date("2026-11-30T07:00:00Z"));
  const seen = await asOf(instant, async () => {
    const first = new Date();
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { first, later: Date.now(), given: new Date("2020-01-01T00:00:00Z") };
  });
  expect(seen.first.getTime() - instant.getTime()).toBeLessThan(1000);
  expect(seen.later - seen.first.getTime()).toBeGreaterThanOrEqual(40);
  expect(seen.given).toEqual(new Date("2020-01-01T00:00:00Z"));
  expect(Math.abs(Date.now() - instant.getTime())).toBeGreaterThan(60_000);
});
