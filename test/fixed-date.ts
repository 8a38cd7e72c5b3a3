// Every test file starts on the suite's day, whatever the machine's date: the demo data is dated (plans 2024–2028,
// events of November 2026), so "today" is the instant the e2e server's clock is pinned to (e2e/clock.ts). Only Date
// is faked and it advances in real time, so real waits (lock waits, timeouts) still work; a test that needs another
// moment sets it with vi.setSystemTime or its own vi.useFakeTimers({ toFake: ["Date"], now }).
import { setSuiteDate } from "./suite-date";

setSuiteDate();
