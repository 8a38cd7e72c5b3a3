import { vi } from "vitest";
import { APP_CLOCK_START } from "@/e2e/clock";

/** Fakes only Date, at the suite's instant (e2e/clock.ts), advancing in real time: what every test file starts with
 * (test/fixed-date.ts), and what a test that moved the date goes back to (instead of the machine's date). */
export const setSuiteDate = () =>
  vi.useFakeTimers({ toFake: ["Date"], now: new Date(APP_CLOCK_START), shouldAdvanceTime: true });
