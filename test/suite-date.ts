import { vi } from "vitest";
import { APP_CLOCK_START } from "@/e2e/clock";

const RealDate = Date;

/** Date reads the suite's instant (e2e/clock.ts), advancing in real time with millisecond resolution (rows written
 * one after another keep their order, also when a synchronous SQLite call holds the event loop): what every test
 * file starts with (test/fixed-date.ts), and what a test that moved the date goes back to, instead of the machine's
 * date. vi.useFakeTimers / vi.setSystemTime still work over it, and vi.useRealTimers returns to it. */
export function setSuiteDate() {
  vi.useRealTimers();
  const shift = RealDate.parse(APP_CLOCK_START) - RealDate.now();
  class SuiteDate extends RealDate {
    constructor(...args: [] | [string | number | Date]) {
      if (args.length === 0) super(RealDate.now() + shift);
      else super(...args);
    }
    static now() {
      return RealDate.now() + shift;
    }
  }
  globalThis.Date = SuiteDate as DateConstructor;
}
