import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatMoney, formatNumber, parseCalendarDate, parseMoney } from ".";

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("Czech formatting", () => {
  it("formats calendar dates the Czech way without shifting the day", () => {
    expect(formatDate(new Date(Date.UTC(2016, 9, 1)))).toBe("1. 10. 2016");
    expect(formatDate(new Date(Date.UTC(2017, 8, 14)), "en")).toBe("14/09/2017");
  });

  it("shows instants in Prague time (summer and winter)", () => {
    expect(plain(formatDateTime(new Date("2019-07-01T22:30:00Z")))).toBe("2. 7. 2019 0:30");
    expect(plain(formatDateTime(new Date("2019-12-31T23:30:00Z")))).toBe("1. 1. 2020 0:30");
  });

  it("formats money in haléře as Czech crowns", () => {
    expect(plain(formatMoney(702_569_625n))).toBe("7 025 696,25 Kč");
    expect(plain(formatMoney(32_969_355))).toBe("329 693,55 Kč");
    expect(plain(formatNumber(1234.5))).toBe("1 234,5");
  });

  it("parses money typed in Czech or plain notation", () => {
    expect(parseMoney("329 693,55")).toBe(32_969_355n);
    expect(parseMoney("329693.5 Kč")).toBe(32_969_350n);
    expect(parseMoney("12,345")).toBeNull();
    expect(parseMoney("abc")).toBeNull();
  });

  it("accepts only real calendar dates", () => {
    expect(parseCalendarDate("2019-10-05")?.toISOString()).toBe("2019-10-05T00:00:00.000Z");
    expect(parseCalendarDate("2019-02-30")).toBeNull();
    expect(parseCalendarDate("5. 10. 2019")).toBeNull();
  });
});
