import { describe, expect, it } from "vitest";
import { isOpen, isOverdue, openWhere, overdueWhere } from "./overdue";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const NOW = new Date("2026-11-25T12:00:00Z");

describe("overdue measures", () => {
  it("are open ones whose deadline day has passed in Prague", () => {
    const m = { status: "IN_PROGRESS" as const, carriedOver: false };
    expect(isOverdue({ ...m, deadline: day("2026-11-24") }, NOW)).toBe(true);
    expect(isOverdue({ ...m, deadline: day("2026-11-25") }, NOW)).toBe(false); // the deadline day itself is still in time
    expect(isOverdue({ ...m, deadline: null }, NOW)).toBe(false);
    // 24 November 23:30 UTC is already 25 November in Prague.
    expect(isOverdue({ ...m, deadline: day("2026-11-24") }, new Date("2026-11-24T23:30:00Z"))).toBe(true);
    expect(isOverdue({ ...m, deadline: day("2026-11-24") }, new Date("2026-11-24T22:30:00Z"))).toBe(false);
    // A calendar date (00:00 UTC) gives the same answer as any moment of that Prague day.
    expect(isOverdue({ ...m, deadline: day("2026-11-24") }, day("2026-11-25"))).toBe(true);
  });

  it("never are finished or carried-over ones", () => {
    const late = { deadline: day("2023-12-31") };
    expect(isOverdue({ ...late, status: "DELAYED", carriedOver: false }, NOW)).toBe(true);
    expect(isOverdue({ ...late, status: "DELAYED", carriedOver: true }, NOW)).toBe(false);
    expect(isOverdue({ ...late, status: "COMPLETED", carriedOver: false }, NOW)).toBe(false);
    expect(isOverdue({ ...late, status: "CANCELLED", carriedOver: false }, NOW)).toBe(false);
    expect(isOpen({ status: "NOT_STARTED", carriedOver: false })).toBe(true);
  });

  it("asks the database the same question", () => {
    expect(openWhere()).toEqual({ status: { notIn: ["COMPLETED", "CANCELLED"] }, carriedOverTo: { is: null } });
    expect(overdueWhere(NOW)).toEqual({ ...openWhere(), deadline: { lt: day("2026-11-25") } });
  });
});
