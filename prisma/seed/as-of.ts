// Loads the demo data as of an instant: while `work` runs, Date (and with it Prisma's @default(now()) and the audit
// stamps of lib/clock) reads that instant, advancing in real time. The tests and the e2e server pin their clock
// (e2e/clock.ts); demo rows stamped at the machine's date would sort before or after everything a test creates
// depending on the date the suite runs.
export async function asOf<T>(instant: Date, work: () => Promise<T>): Promise<T> {
  const RealDate = Date;
  const shift = instant.getTime() - RealDate.now();
  class ShiftedDate extends RealDate {
    constructor(...args: ConstructorParameters<DateConstructor> | []) {
      if (args.length === 0) super(RealDate.now() + shift);
      else super(...(args as [string | number | Date]));
    }
    static now() {
      return RealDate.now() + shift;
    }
  }
  globalThis.Date = ShiftedDate as DateConstructor;
  try {
    return await work();
  } finally {
    globalThis.Date = RealDate;
  }
}

/** The demo data's load time under a pinned clock: an hour before the clock's start, so what tests create is newer. */
export const demoLoadedAt = (clockStart: string) => new Date(Date.parse(clockStart) - 3_600_000);
