import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actAs } from "@/test/act-as";
import { expectFieldError } from "@/lib/actions/test-helpers";
import { insertEvent } from "@/lib/programmes/test-helpers";
import { programmeProgress } from "@/lib/programmes/queries";
import { reviewEvent } from "@/lib/recruitment/actions";
import { postProgressUpdate } from "@/lib/plan/actions/progress";
import { saveIndicator } from "@/lib/plan/actions/measure";
import { archiveProgramme } from "@/lib/programmes/actions";
import { measureDetail } from "@/lib/plan/measure-detail";
import { latestValuesOfPlan } from "@/lib/plan/latest-values";
import { planTreeWithProgress } from "@/lib/plan/tree";

const MEASURE = "plan-2024-2028-plan-2019-2023-a4-g1-m1"; // 2.1.1 of 2024–2028, fed by prog-nrp-2024
const INDICATOR = `${MEASURE}-i1`;
const TODAY = new Date("2026-11-30T00:00:00Z");

const confirmed = async (id: string) => (await programmeProgress({ id }))[0].confirmed;
const indicatorOf = async (measureId = MEASURE) => (await measureDetail(measureId, TODAY)).indicators[0];
const base = {
  measureId: MEASURE,
  name: "Počet akcí",
  unit: "akce",
  direction: "HIGHER_IS_BETTER",
  baselineValue: 0,
  baselineYear: 2023,
  targetValue: 60,
  targetDate: "2028-12-31",
} as const;
const rows = async () => ({
  values: await db.indicatorValue.count(),
  indicators: await db.indicator.findMany({ orderBy: { id: "asc" } }),
  audit: await db.auditLog.count(),
});

describe("indicators computed from a programme", () => {
  it("show the programme's confirmed count on the measure page, the plan tree and the plan's latest values", async () => {
    const count = await confirmed("prog-nrp-2024");
    const indicator = await indicatorOf();
    expect(indicator.values.at(-1)?.value).toBe(count);
    expect(indicator.progress).toBeCloseTo(Math.min(1, count / 60));
    expect((await latestValuesOfPlan("plan-2024-2028")).get(INDICATOR)?.value).toBe(count);
    const measure = (await planTreeWithProgress("plan-2024-2028", TODAY))
      .flatMap((a) => a.goals.flatMap((g) => g.measures))
      .find((m) => m.id === MEASURE)!;
    expect(measure.progress).toBeCloseTo(Math.min(1, count / 60)); // the measure follows its indicator, not its own %
    expect((await latestValuesOfPlan("plan-2019-2023")).get("plan-2019-2023-a4-g1-m1-i1")?.value).toBe(
      await confirmed("prog-nrp-2019"),
    );
  });

  it("count one more on the next read after a member's event is confirmed", async () => {
    const before = (await indicatorOf()).values.at(-1)!.value;
    const event = await insertEvent({ status: "SUBMITTED", startDate: new Date("2026-10-05T00:00:00Z") });
    await actAs("coordinator");
    expect((await reviewEvent({ eventId: event.id, decision: "confirm" })).ok).toBe(true);
    expect((await indicatorOf()).values.at(-1)!.value).toBe(before + 1);
    expect(await confirmed("prog-nrp-2024")).toBe(before + 1);
  });

  it("keep a dated history (quarter ends) and leave out what happened after the day asked for", async () => {
    const indicator = await indicatorOf();
    const dates = indicator.values.map((v) => v.measuredOn.toISOString().slice(0, 10));
    expect(dates.slice(0, 4)).toEqual(["2024-03-31", "2024-06-30", "2024-09-30", "2024-12-31"]);
    const endOf2024 = indicator.values.find((v) => v.measuredOn.toISOString().startsWith("2024-12-31"))!.value;
    const in2024 = await db.recruitmentEvent.count({
      where: {
        programmeId: "prog-nrp-2024",
        status: "CONFIRMED",
        realisation: "REALISED",
        archivedAt: null,
        startDate: { lt: new Date("2025-01-01") },
      },
    });
    expect(endOf2024).toBe(in2024);
    expect((await latestValuesOfPlan("plan-2024-2028", new Date("2024-12-31T00:00:00Z"))).get(INDICATOR)?.value).toBe(
      in2024,
    );
  });

  it("refuse a typed value with a Czech field error and change nothing", async () => {
    await actAs("coordinator");
    const before = await rows();
    const result = await postProgressUpdate({
      measureId: MEASURE,
      text: "Ruční zápis",
      values: [{ indicatorId: INDICATOR, value: 99, measuredOn: "2026-11-01" }],
    });
    expectFieldError(result, "values.0.value", "computedIndicator");
    expect(await rows()).toEqual(before);
    expect(await db.progressUpdate.count({ where: { measureId: MEASURE, text: "Ruční zápis" } })).toBe(0);
  });

  it("stay readable, marked archived, when the source programme is archived (archiving twice or as the council is refused)", async () => {
    await actAs("council");
    expect(await archiveProgramme({ id: "prog-nrp-2024", archived: true })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    await actAs("coordinator");
    expect(await archiveProgramme({ id: "prog-nrp-2024", archived: true })).toMatchObject({ ok: true });
    const before = await rows();
    expect(await archiveProgramme({ id: "prog-nrp-2024", archived: true })).toMatchObject({
      ok: false,
      error: "invalidTransition",
    });
    expect(await rows()).toEqual(before);
    expect(
      await db.auditLog.count({ where: { entity: "Programme", entityId: "prog-nrp-2024", action: "archive" } }),
    ).toBe(1);
    const indicator = await indicatorOf();
    expect(indicator.sourceProgramme).toMatchObject({ id: "prog-nrp-2024", active: false });
    expect(indicator.values.at(-1)!.value).toBe(await confirmed("prog-nrp-2024"));
  });

  it("count only the chosen event types and place (a district counts its ORPs)", async () => {
    await actAs("coordinator");
    const result = await saveIndicator({
      ...base,
      source: "PROGRAMME",
      sourceProgrammeId: "prog-nrp-2024",
      sourcePlaceId: "CZ0513",
      sourceTypeIds: ["TALK"],
    });
    expect(result.ok).toBe(true);
    const id = result.ok ? (result.data as { id: string }).id : "";
    const expected = await db.recruitmentEvent.count({
      where: {
        programmeId: "prog-nrp-2024",
        status: "CONFIRMED",
        realisation: "REALISED",
        archivedAt: null,
        eventTypeId: "TALK",
        OR: [{ placeId: "CZ0513" }, { place: { parentId: "CZ0513" } }],
      },
    });
    const latest = (await measureDetail(MEASURE, TODAY)).indicators.find((i) => i.id === id)!;
    expect(latest.values.at(-1)?.value ?? 0).toBe(expected);
    expect(await db.indicatorSourceEventType.count({ where: { indicatorId: id } })).toBe(1);
  });
});

describe("indicators computed from the care statistics and the action plans", () => {
  it("take a yearly figure of the care statistics, one value per year at 31 December", async () => {
    await actAs("coordinator");
    const result = await saveIndicator({
      ...base,
      name: "Žádosti o pěstounskou péči",
      source: "CARE_STATISTICS",
      sourceCareFigure: "APPLICATIONS_FILED",
      sourceCareKind: "FOSTER",
    });
    expect(result.ok).toBe(true);
    const id = result.ok ? (result.data as { id: string }).id : "";
    const stats = await db.careStatistic.findMany({
      where: { quarter: 0, careKind: "FOSTER", applicationsFiled: { not: null } },
      orderBy: { year: "asc" },
    });
    const indicator = (await measureDetail(MEASURE, TODAY)).indicators.find((i) => i.id === id)!;
    expect(indicator.values.map((v) => [v.measuredOn.getUTCFullYear(), v.value])).toEqual(
      stats.filter((s) => s.year <= 2026).map((s) => [s.year, s.applicationsFiled]),
    );
  });

  it("count the measure's completed action-plan activities, cumulatively per year", async () => {
    const measureId = (
      await db.actionPlanActivity.findFirstOrThrow({ where: { status: "COMPLETED", archivedAt: null } })
    ).measureId;
    await actAs("coordinator");
    const result = await saveIndicator({ ...base, measureId, name: "Splněné aktivity", source: "ACTION_PLAN" });
    expect(result.ok).toBe(true);
    const id = result.ok ? (result.data as { id: string }).id : "";
    const done = await db.actionPlanActivity.count({ where: { measureId, status: "COMPLETED", archivedAt: null } });
    const indicator = (await measureDetail(measureId, TODAY)).indicators.find((i) => i.id === id)!;
    expect(indicator.values.at(-1)?.value).toBe(done);
  });

  it.each([
    ["a programme source without a programme", { source: "PROGRAMME" }, "sourceProgrammeId", "sourceRequired"],
    [
      "an unknown programme",
      { source: "PROGRAMME", sourceProgrammeId: "prog-neni" },
      "sourceProgrammeId",
      "invalid_value",
    ],
    [
      "an unknown event type",
      { source: "PROGRAMME", sourceProgrammeId: "prog-nrp-2024", sourceTypeIds: ["NENI"] },
      "sourceTypeIds",
      "invalid_value",
    ],
    ["care statistics without a figure", { source: "CARE_STATISTICS" }, "sourceCareFigure", "sourceRequired"],
  ])("refuse %s and store nothing", async (_label, change, field, key) => {
    await actAs("coordinator");
    const before = await rows();
    expectFieldError(await saveIndicator({ ...base, ...change }), field, key);
    expect(await rows()).toEqual(before);
  });
});
