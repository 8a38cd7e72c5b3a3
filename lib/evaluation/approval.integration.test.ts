// The yearly evaluation as at 31 December of its year, and approval freezing those figures. The clock is set: the
// queries get `today`, the actions a faked Date (only Date; timers stay real for the database drivers).
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { actAs, DEMO } from "@/test/act-as";
import { expectFieldError } from "@/lib/actions/test-helpers";
import { insertEvent } from "@/lib/programmes/test-helpers";
import { postProgressUpdate } from "@/lib/plan/actions/progress";
import { reviewEvent } from "@/lib/recruitment/actions";
import { saveEvaluation } from "./actions";
import { approveEvaluation } from "./approve";
import { evaluationAsOf } from "./figures";
import { evaluationPage } from "./page";
import { evaluationReport, type EvaluationReport } from "./report";
import { evaluationVersions } from "./versions";

const PLAN = "plan-2024-2028";
const PROGRAMME = "prog-nrp-2024";
const TODAY = new Date("2026-11-30T10:00:00Z");
const NOW = new Date("2026-02-16T09:30:00Z"); // the faked clock of the actions: 2025 is over, 2026 is not
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const save = (year: number, baseVersion: number, summary = `Hodnocení ${year}`) =>
  saveEvaluation({ planId: PLAN, year, baseVersion, summary, measures: {}, programmes: {} });
const approve = (year: number, version: number, planId = PLAN) => approveEvaluation({ planId, year, version });

const measureOf = (report: EvaluationReport | null, id: string) =>
  report?.areas.flatMap((a) => a.measures).find((m) => m.id === id);
const programmeOf = (report: EvaluationReport | null) => report?.programmes.find((p) => p.id === PROGRAMME);
const stored = async () => ({
  evaluations: await db.evaluation.findMany({ orderBy: { id: "asc" } }),
  versions: await db.evaluationVersion.findMany({ orderBy: { id: "asc" } }),
  audit: await db.auditLog.count(),
});

/** A measure of the plan, still running, with an indicator whose values are typed (each test its own: `nth`). */
async function typedIndicator(nth: number) {
  return db.indicator.findFirstOrThrow({
    skip: nth,
    where: {
      source: "MANUAL",
      archivedAt: null,
      measure: { planId: PLAN, archivedAt: null, status: { in: ["IN_PROGRESS", "NOT_STARTED"] } },
    },
    orderBy: { id: "asc" },
    select: { id: true, measureId: true, targetValue: true, baselineValue: true },
  });
}

beforeAll(() => vi.useFakeTimers({ toFake: ["Date"], now: NOW }));
afterAll(() => vi.useRealTimers());
beforeEach(() => actAs("coordinator"));

describe("a draft's figures", () => {
  it("are as at 31 December of the year (that day included), or the Prague day while the year runs", async () => {
    expect(evaluationAsOf(2025, TODAY)).toEqual(day("2025-12-31"));
    expect(evaluationAsOf(2026, TODAY)).toEqual(day("2026-11-30"));
    expect(evaluationAsOf(2026, new Date("2026-06-30T22:30:00Z"))).toEqual(day("2026-07-01")); // 00:30 in Prague

    const indicator = await typedIndicator(0);
    const before = await evaluationReport(PLAN, 2025, TODAY);
    expect(before?.asOf).toEqual(day("2025-12-31"));
    const figure = () => measureOf(before, indicator.measureId)!.indicators.find((i) => i.id === indicator.id);

    // Dated after the year: neither counts in 2025, both count in 2026.
    await db.indicatorValue.create({
      data: { indicatorId: indicator.id, value: indicator.targetValue, measuredOn: day("2026-01-01") },
    });
    await insertEvent({ programmeId: PROGRAMME, startDate: day("2026-01-01") });
    const after = await evaluationReport(PLAN, 2025, TODAY);
    expect(measureOf(after, indicator.measureId)).toEqual(measureOf(before, indicator.measureId));
    expect(programmeOf(after)).toEqual(programmeOf(before));
    const running = await evaluationReport(PLAN, 2026, TODAY);
    expect(measureOf(running, indicator.measureId)!.indicators.find((i) => i.id === indicator.id)).toMatchObject({
      value: indicator.targetValue,
      measuredOn: day("2026-01-01"),
    });
    // …but not as at a day before them.
    const earlier = await evaluationReport(PLAN, 2025, new Date("2025-10-01T12:00:00Z"));
    expect(earlier?.asOf).toEqual(day("2025-10-01"));
    expect(measureOf(earlier, indicator.measureId)!.indicators.find((i) => i.id === indicator.id)?.value).not.toBe(
      indicator.targetValue,
    );

    // Dated on 31 December: both count.
    const value = (indicator.baselineValue + indicator.targetValue) / 2;
    await db.indicatorValue.create({ data: { indicatorId: indicator.id, value, measuredOn: day("2025-12-31") } });
    await insertEvent({ programmeId: PROGRAMME, startDate: day("2025-12-31") });
    const last = await evaluationReport(PLAN, 2025, TODAY);
    expect(measureOf(last, indicator.measureId)!.indicators.find((i) => i.id === indicator.id)).toMatchObject({
      value,
      measuredOn: day("2025-12-31"),
    });
    expect(figure()?.value).not.toBe(value);
    expect(programmeOf(last)).toMatchObject({
      confirmed: programmeOf(before)!.confirmed + 1,
      cumulative: programmeOf(before)!.cumulative + 1,
    });
    expect(programmeOf(await evaluationReport(PLAN, 2024, TODAY))?.cumulative).toBe(
      programmeOf(before)!.cumulative - programmeOf(before)!.confirmed,
    );
  });
});

describe("approving", () => {
  it("freezes the figures as at 31 December: later changes show in a new draft, never in the approved version", async () => {
    const year = 2025;
    const indicator = await typedIndicator(1);
    expect(await save(year, 0)).toMatchObject({ ok: true, data: { version: 1 } });
    const live = (await evaluationPage(PLAN, String(year), undefined, TODAY))!;
    expect(live).toMatchObject({ frozen: false, approvable: true, shown: { version: 1, approved: null } });

    expect(await approve(year, 1)).toEqual({ ok: true, data: { version: 1, approvedAt: NOW } });
    const row = await db.evaluationVersion.findFirstOrThrow({
      where: { evaluation: { planId: PLAN, year }, version: 1 },
    });
    expect(row).toMatchObject({ approvedAt: NOW, approvedById: DEMO.coordinator });
    const json = JSON.parse(row.snapshot!);
    expect(json.asOf).toBe("2025-12-31T00:00:00.000Z");
    for (const f of Object.values(json.rollUp?.measures ?? {}) as { planned: unknown }[])
      expect(f.planned).toMatch(/^\d+$/);
    expect(await db.auditLog.count({ where: { entity: "Evaluation", action: "approve" } })).toBe(1);

    const approved = (await evaluationPage(PLAN, String(year), undefined, TODAY))!;
    expect(approved).toMatchObject({
      frozen: true,
      unreadable: false,
      approvable: false,
      shown: { version: 1, approved: { at: NOW, by: "Jana Dvořáková" } },
    });
    expect(approved.report).toEqual(live.report); // the snapshot reads back exactly what was live

    // A measure changes (completed, indicator at its target in November) and a new event in the year is confirmed.
    expect(
      await postProgressUpdate({
        measureId: indicator.measureId,
        text: "Splněno.",
        status: "COMPLETED",
        values: [{ indicatorId: indicator.id, value: indicator.targetValue, measuredOn: "2025-11-01" }],
      }),
    ).toMatchObject({ ok: true });
    const event = await insertEvent({ programmeId: PROGRAMME, startDate: day("2025-06-01"), status: "SUBMITTED" });
    expect(await reviewEvent({ eventId: event.id, decision: "confirm" })).toMatchObject({ ok: true });

    const frozen = (await evaluationPage(PLAN, String(year), undefined, TODAY))!;
    expect(frozen.report).toEqual(live.report);
    expect((await evaluationPage(PLAN, String(year), "1", TODAY))!.report).toEqual(live.report);

    // Saving commentary makes version 2, a draft with the live figures; version 1 stays frozen.
    expect(await save(year, 1, "Po schválení doplněno")).toMatchObject({ ok: true, data: { version: 2 } });
    const draft = (await evaluationPage(PLAN, String(year), undefined, TODAY))!;
    expect(draft).toMatchObject({ frozen: false, approvable: true, shown: { version: 2, approved: null } });
    expect(measureOf(draft.report, indicator.measureId)).toMatchObject({ status: "COMPLETED" });
    expect(measureOf(draft.report, indicator.measureId)!.indicators.find((i) => i.id === indicator.id)).toMatchObject({
      value: indicator.targetValue,
    });
    expect(programmeOf(draft.report)!.confirmed).toBe(programmeOf(live.report)!.confirmed + 1);
    expect(measureOf(live.report, indicator.measureId)?.status).not.toBe("COMPLETED");
    expect((await evaluationPage(PLAN, String(year), "1", TODAY))!.report).toEqual(live.report);

    expect(await approve(year, 2)).toMatchObject({ ok: true, data: { version: 2 } });
    expect((await evaluationPage(PLAN, String(year), undefined, TODAY))!.report).toEqual(draft.report);
    expect((await evaluationVersions(PLAN, year)).map((v) => [v.version, v.approved?.by])).toEqual([
      [2, "Jana Dvořáková"],
      [1, "Jana Dvořáková"],
    ]);
  });

  it("refuses a second approval, an older version, a running year, other roles and bad input, writing nothing", async () => {
    await save(2024, 0);
    await save(2024, 1);
    expect(await approve(2024, 2)).toMatchObject({ ok: true });
    await save(2026, 0);
    const before = await stored();

    expect(await approve(2024, 2)).toMatchObject({
      ok: false,
      error: "invalidTransition",
      details: { reason: "alreadyApproved" },
    });
    expect(await approve(2024, 1)).toMatchObject({ ok: false, error: "staleVersion", details: { version: 2 } });
    expectFieldError(await approve(2026, 1), "year", "yearNotOver");
    expectFieldError(await approve(2023, 1), "year", "yearOutsidePlan");
    expectFieldError(await approve(2024, 0), "version", "too_small|1");
    expect(await approve(2024, 9)).toMatchObject({ ok: false, error: "notFound" });
    expect(await approve(2023, 1, "plan-2019-2023")).toMatchObject({ ok: false, error: "notFound" }); // no evaluation yet
    expect(await approve(2024, 1, "no-such-plan")).toMatchObject({ ok: false, error: "notFound" });
    for (const who of ["council", "memberA", "admin"] as const) {
      await actAs(who);
      expect(await approve(2024, 2)).toEqual({ ok: false, error: "forbidden" });
      expect(await approve(2026, 1)).toEqual({ ok: false, error: "forbidden" });
    }
    await actAs(null);
    expect(await approve(2026, 1)).toEqual({ ok: false, error: "unauthenticated" });
    expect(await stored()).toEqual(before);
  });

  it("shows the live figures, said so, when an approved version's snapshot cannot be read", async () => {
    await save(2027, 0);
    const live = (await evaluationPage(PLAN, "2027", undefined, TODAY))!;
    expect(live).toMatchObject({ approvable: false, yearOver: false }); // 2027 has not ended on TODAY
    await db.evaluationVersion.updateMany({
      where: { evaluation: { planId: PLAN, year: 2027 } },
      data: { approvedAt: NOW, approvedById: DEMO.coordinator, snapshot: "{" },
    });
    const page = (await evaluationPage(PLAN, "2027", undefined, TODAY))!;
    expect(page).toMatchObject({ frozen: false, unreadable: true, approvable: false });
    expect(page.report).toEqual(live.report);
  });
});
