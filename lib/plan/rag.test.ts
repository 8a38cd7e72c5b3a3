import { describe, expect, it } from "vitest";
import { expectedProgress, rag } from "./rag";

const at = (iso: string) => new Date(`${iso}T00:00:00Z`);
const base = { startDate: at("2024-01-01"), deadline: at("2026-12-31") };
const today = at("2025-07-02"); // half-way

describe("RAG signal", () => {
  it("expects linear pace between start and deadline", () => {
    expect(expectedProgress(base.startDate, base.deadline, today)).toBeCloseTo(0.5, 2);
    expect(expectedProgress(base.startDate, base.deadline, at("2030-01-01"))).toBe(1);
  });

  it("follows status first", () => {
    expect(rag({ ...base, status: "CANCELLED", progress: 0 }, today)).toBe("NOT_EVALUATED");
    expect(rag({ ...base, status: "COMPLETED", progress: 0 }, at("2030-01-01"))).toBe("ON_TRACK");
    expect(rag({ ...base, status: "DELAYED", progress: 0.9 }, today)).toBe("AT_RISK");
  });

  it("is off track once the deadline has passed unfinished (but not on the deadline day)", () => {
    expect(rag({ ...base, status: "IN_PROGRESS", progress: 0.99 }, at("2027-01-01"))).toBe("OFF_TRACK");
    expect(rag({ ...base, status: "IN_PROGRESS", progress: 0.99 }, new Date("2026-12-31T20:00:00Z"))).toBe("ON_TRACK");
  });

  it("compares progress with the elapsed time", () => {
    expect(rag({ ...base, status: "IN_PROGRESS", progress: 0.45 }, today)).toBe("ON_TRACK");
    expect(rag({ ...base, status: "IN_PROGRESS", progress: 0.35 }, today)).toBe("AT_RISK");
    expect(rag({ ...base, status: "IN_PROGRESS", progress: 0.2 }, today)).toBe("OFF_TRACK");
  });

  it("warns when the deadline is within 60 days and progress is under 80 %", () => {
    const soon = { startDate: null, deadline: at("2025-08-15"), status: "IN_PROGRESS" };
    expect(rag({ ...soon, progress: 0.7 }, today)).toBe("AT_RISK");
    expect(rag({ ...soon, progress: 0.85 }, today)).toBe("ON_TRACK");
  });

  it("without deadline or known progress uses the status rules only", () => {
    expect(rag({ status: "IN_PROGRESS", startDate: null, deadline: null, progress: null }, today)).toBe("ON_TRACK");
  });

  it("counts a measure not started as 0 %", () => {
    expect(rag({ ...base, status: "NOT_STARTED", progress: null }, today)).toBe("OFF_TRACK");
    expect(rag({ ...base, status: "NOT_STARTED", progress: null }, at("2024-01-15"))).toBe("ON_TRACK");
  });
});
