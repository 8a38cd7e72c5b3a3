import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { currentYear, now, today, todayIso } from "./clock";

const at = (iso: string) => new Date(iso);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

beforeEach(() => vi.useFakeTimers({ toFake: ["Date"] }));
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

describe("the clock", () => {
  it("is the system time when nothing pins it (tests set it with vi.setSystemTime)", () => {
    vi.setSystemTime(at("2031-06-01T10:00:00Z"));
    expect(now()).toEqual(at("2031-06-01T10:00:00Z"));
    expect(currentYear()).toBe(2031);
  });

  it("starts at APP_CLOCK_START whatever the machine's date and advances in real time", () => {
    vi.setSystemTime(at("2024-01-01T10:00:00Z"));
    vi.stubEnv("APP_CLOCK_START", "2026-11-30T09:00:00+01:00");
    expect(now()).toEqual(at("2026-11-30T08:00:00Z"));
    vi.setSystemTime(at("2024-01-01T10:01:30Z"));
    expect(now()).toEqual(at("2026-11-30T08:01:30Z"));
    expect(todayIso()).toBe("2026-11-30");
    // A new start pins again from the moment it is first read.
    vi.stubEnv("APP_CLOCK_START", "2031-06-01T10:00:00Z");
    expect(now()).toEqual(at("2031-06-01T10:00:00Z"));
  });

  it("refuses a start that is not an instant", () => {
    vi.stubEnv("APP_CLOCK_START", "tomorrow");
    expect(() => now()).toThrow(/APP_CLOCK_START/);
  });
});

describe("today in Prague", () => {
  it("is the next day from 23:00 UTC in winter, also across the year", () => {
    vi.setSystemTime(at("2026-12-31T22:59:59Z"));
    expect(today()).toEqual(day("2026-12-31"));
    expect(currentYear()).toBe(2026);
    vi.setSystemTime(at("2026-12-31T23:30:00Z"));
    expect(today()).toEqual(day("2027-01-01"));
    expect(todayIso()).toBe("2027-01-01");
    expect(currentYear()).toBe(2027);
  });

  it("follows the change to summer time on 29 March 2026 (midnight is 23:00 UTC before, 22:00 UTC after)", () => {
    vi.setSystemTime(at("2026-03-28T22:59:00Z"));
    expect(todayIso()).toBe("2026-03-28");
    vi.setSystemTime(at("2026-03-28T23:00:00Z"));
    expect(todayIso()).toBe("2026-03-29");
    vi.setSystemTime(at("2026-03-29T21:59:00Z"));
    expect(todayIso()).toBe("2026-03-29");
    vi.setSystemTime(at("2026-03-29T22:00:00Z"));
    expect(todayIso()).toBe("2026-03-30");
  });
});
