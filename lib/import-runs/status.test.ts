import { afterEach, describe, expect, it, vi } from "vitest";
import { IMPORT_MAX_WAIT_MS, IMPORT_TIMEOUT_MS, shownStatus } from "./status";

const START = new Date("2026-03-02T09:00:00Z");
const LIMIT = IMPORT_MAX_WAIT_MS + IMPORT_TIMEOUT_MS;

describe("the status an import run is shown with", () => {
  afterEach(() => vi.useRealTimers());

  it("a run still RUNNING past the transaction's longest life reads as interrupted; before that, as running", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(START.getTime() + LIMIT);
    expect(shownStatus({ status: "RUNNING", startedAt: START })).toBe("RUNNING");
    vi.setSystemTime(START.getTime() + LIMIT + 1);
    expect(shownStatus({ status: "RUNNING", startedAt: START })).toBe("INTERRUPTED");
  });

  it("a finished run keeps its status however old", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(START.getTime() + 10 * LIMIT);
    for (const status of ["APPLIED", "FAILED", "INTERRUPTED"] as const)
      expect(shownStatus({ status, startedAt: START })).toBe(status);
  });
});
