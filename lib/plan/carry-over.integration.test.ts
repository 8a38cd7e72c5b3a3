import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actAs } from "@/test/act-as";
import { carryOverMeasure } from "./actions/measure";
import { measureDetail } from "./measure-detail";
import { carryOverLine } from "./carry-over";
import { createTranslator } from "use-intl/core";
import cs from "@/messages/cs/plan.json";

// The demo's 2019–2023 measure that was not started and is not carried over yet (its 2018 baseline indicator has
// five yearly values); it goes under goal 3.1 of the draft 2024–2028 plan.
const source = () =>
  db.measure.findFirstOrThrow({
    where: { planId: "plan-2019-2023", status: "NOT_STARTED", carriedOverTo: { is: null } },
  });
const TARGET_GOAL = "plan-2024-2028-a3-g1";
/** A further late measure of 2019–2023 (goal 1.1), for tests that need one of their own. */
const lateMeasure = async (n: number) =>
  db.measure.create({
    data: {
      id: `late-${n}`,
      planId: "plan-2019-2023",
      goalId: "plan-2019-2023-a1-g1",
      code: `1.1.${90 + n}`,
      title: `Opožděné opatření ${n}`,
      status: "DELAYED",
      statusReason: "Zpoždění",
      deadline: new Date("2023-06-30T00:00:00Z"),
    },
  });
const nextCode = async () => `3.1.${(await db.measure.count({ where: { goalId: TARGET_GOAL } })) + 1}`;

const counts = async () => ({
  measures: await db.measure.count(),
  partners: await db.measurePartner.count(),
  indicators: await db.indicator.count(),
  values: await db.indicatorValue.count(),
  yearlyTargets: await db.indicatorYearTarget.count(),
  sourceTypes: await db.indicatorSourceEventType.count(),
  audit: await db.auditLog.count(),
});
const withHistory = (id: string) =>
  db.measure.findUniqueOrThrow({
    where: { id },
    include: {
      partners: true,
      indicators: {
        orderBy: { sortOrder: "asc" },
        include: {
          values: { orderBy: { measuredOn: "asc" } },
          yearlyTargets: { orderBy: { year: "asc" } },
          sourceTypes: { orderBy: { eventTypeId: "asc" } },
        },
      },
    },
  });

/** Gives the source a second, computed indicator, yearly targets, a weight, a partner and an archived indicator. */
async function enrich(measureId: string) {
  const manual = await db.indicator.findFirstOrThrow({ where: { measureId } });
  await db.indicator.update({
    where: { id: manual.id },
    data: {
      weight: 2,
      yearlyTargets: {
        create: [
          { year: 2022, value: 30 },
          { year: 2023, value: 45 },
        ],
      },
    },
  });
  await db.indicatorValue.updateMany({ where: { indicatorId: manual.id }, data: { note: "Podle výroční zprávy" } });
  await db.indicator.create({
    data: {
      measureId,
      name: "Náborové aktivity v ORP Liberec",
      unit: "aktivit",
      baselineValue: 0,
      baselineYear: 2018,
      targetValue: 12,
      targetDate: new Date("2023-12-31T00:00:00Z"),
      sortOrder: 1,
      weight: 0.5,
      direction: "HIGHER_IS_BETTER",
      source: "PROGRAMME",
      sourceProgrammeId: "prog-nrp-2019",
      sourcePlaceId: "CZ0513",
      sourceTypes: { create: [{ eventTypeId: "TALK" }, { eventTypeId: "INFO_MEETING" }] },
      values: { create: [{ measuredOn: new Date("2022-12-31T00:00:00Z"), value: 7, source: "program NRP-2019-2023" }] },
    },
  });
  await db.indicator.create({
    data: {
      measureId,
      name: "Žádosti o pěstounskou péči",
      unit: "žádostí",
      baselineValue: 10,
      baselineYear: 2018,
      targetValue: 20,
      targetDate: new Date("2023-12-31T00:00:00Z"),
      sortOrder: 2,
      source: "CARE_STATISTICS",
      sourceCareKind: "FOSTER",
      sourceCareFigure: "APPLICATIONS_FILED",
    },
  });
  await db.indicator.create({
    data: {
      measureId,
      name: "Zrušený ukazatel",
      unit: "ks",
      baselineValue: 0,
      baselineYear: 2018,
      targetValue: 1,
      targetDate: new Date("2023-12-31T00:00:00Z"),
      archivedAt: new Date(),
    },
  });
  await db.measurePartner.create({ data: { measureId, organisationId: "org-naruc" } });
}

const identity = ["id", "measureId", "indicatorId", "progressUpdateId", "archivedAt"];
const strip = (row: object) => Object.fromEntries(Object.entries(row).filter(([key]) => !identity.includes(key)));

describe("carrying a measure over into the next plan", () => {
  it("copies its live indicators with their history, yearly targets, weight and source; the original stays as it was", async () => {
    await actAs("coordinator");
    const { id } = await source();
    await enrich(id);
    const original = await withHistory(id);
    const live = original.indicators.filter((i) => !i.archivedAt);
    expect(live).toHaveLength(3);
    const before = await counts();
    const code = await nextCode();

    const result = await carryOverMeasure({ measureId: id, goalId: TARGET_GOAL });
    expect(result.ok).toBe(true);
    const copy = await withHistory(result.ok ? result.data.id : "");

    const valueCount = live.reduce((n, i) => n + i.values.length, 0);
    expect(valueCount).toBe(6);
    expect(await counts()).toEqual({
      measures: before.measures + 1,
      partners: before.partners + original.partners.length,
      indicators: before.indicators + 3,
      values: before.values + valueCount,
      yearlyTargets: before.yearlyTargets + 2,
      sourceTypes: before.sourceTypes + 2,
      audit: before.audit + 1,
    });
    expect(copy).toMatchObject({
      planId: "plan-2024-2028",
      goalId: TARGET_GOAL,
      code,
      carriedOverFromId: id,
      status: "IN_PROGRESS",
      title: original.title,
      startDate: new Date("2024-01-01T00:00:00Z"),
      deadline: new Date("2028-12-31T00:00:00Z"), // the 2019–2023 deadline had passed
    });
    expect(copy.partners.map((p) => p.organisationId)).toEqual(original.partners.map((p) => p.organisationId));
    // Every column of every indicator, value, yearly target and event type, apart from the rows' own identity.
    expect(
      copy.indicators.map((i) => ({
        ...strip(i),
        values: i.values.map(strip),
        yearlyTargets: i.yearlyTargets.map(strip),
        sourceTypes: i.sourceTypes.map(strip),
      })),
    ).toEqual(
      live.map((i) => ({
        ...strip(i),
        values: i.values.map(strip),
        yearlyTargets: i.yearlyTargets.map(strip),
        sourceTypes: i.sourceTypes.map(strip),
      })),
    );
    expect(copy.indicators[1]).toMatchObject({
      weight: 0.5,
      source: "PROGRAMME",
      sourceProgrammeId: "prog-nrp-2019",
      sourcePlaceId: "CZ0513",
    });
    expect(copy.indicators[2]).toMatchObject({
      source: "CARE_STATISTICS",
      sourceCareKind: "FOSTER",
      sourceCareFigure: "APPLICATIONS_FILED",
    });
    expect(copy.indicators[0].values[0]).toMatchObject({
      note: "Podle výroční zprávy",
      source: "Roční hodnoticí zpráva SP RP LK",
      createdById: "user-coordinator",
    });

    expect(await withHistory(id)).toEqual(original);
    expect(await db.auditLog.findFirstOrThrow({ where: { action: "carry_over", entityId: copy.id } })).toMatchObject({
      userId: "user-coordinator",
    });
  });

  it("names the other plan, the measure code and its priority area on both measure pages", async () => {
    await actAs("coordinator");
    const { id } = await lateMeasure(1);
    const code = await nextCode();
    const result = await carryOverMeasure({ measureId: id, goalId: TARGET_GOAL });
    const copyId = result.ok ? result.data.id : "";
    const [from, to] = [
      await measureDetail(copyId, new Date("2026-11-25T00:00:00Z")),
      await measureDetail(id, new Date("2026-11-25T00:00:00Z")),
    ];
    const oldArea = await db.measure.findUniqueOrThrow({
      where: { id },
      select: { code: true, goal: { select: { area: true } } },
    });
    expect(from.carriedOverFrom).toMatchObject({
      id,
      code: oldArea.code,
      plan: { yearFrom: 2019, yearTo: 2023 },
      goal: { area: { code: oldArea.goal.area.code, title: oldArea.goal.area.title } },
    });
    const newArea = await db.priorityArea.findUniqueOrThrow({ where: { id: "plan-2024-2028-a3" } });
    expect(to.carriedOverTo).toMatchObject({
      id: copyId,
      code,
      plan: { yearFrom: 2024, yearTo: 2028 },
      goal: { area: { code: "3", title: newArea.title } },
    });
    const t = createTranslator({ locale: "cs", messages: cs, namespace: "plan" });
    expect(t("carriedOverFrom", carryOverLine(from.carriedOverFrom!))).toBe(
      `Převzato z plánu 2019–2023, opatření ${oldArea.code} (oblast ${oldArea.goal.area.code} ${oldArea.goal.area.title})`,
    );
    expect(t("carriedOverTo", carryOverLine(to.carriedOverTo!))).toBe(
      `Převedeno do plánu 2024–2028 jako opatření ${code} (oblast 3 ${newArea.title})`,
    );
  });

  it("refuses a second carry-over and one into a plan that does not follow, with a Czech reason, writing nothing", async () => {
    await actAs("coordinator");
    const { id } = await lateMeasure(2);
    expect((await carryOverMeasure({ measureId: id, goalId: TARGET_GOAL })).ok).toBe(true);
    const carried = await db.measure.findFirstOrThrow({
      where: { planId: "plan-2019-2023", carriedOverTo: { isNot: null }, id: { not: id } },
    }); // by the demo data
    await db.plan.create({
      data: {
        id: "plan-2029-2033",
        name: "Strategický plán 2029–2033",
        yearFrom: 2029,
        yearTo: 2033,
        previousPlanId: "plan-2024-2028",
      },
    });
    await db.priorityArea.create({
      data: {
        id: "p29-a1",
        planId: "plan-2029-2033",
        code: "1",
        title: "Rodina",
        goals: { create: { id: "p29-a1-g1", code: "1.1", title: "Cíl" } },
      },
    });
    const open2019 = await lateMeasure(3);
    const before = await counts();

    const refusals = [
      [await carryOverMeasure({ measureId: id, goalId: TARGET_GOAL }), "alreadyCarriedOver"],
      [await carryOverMeasure({ measureId: carried.id, goalId: "plan-2024-2028-a1-g1" }), "alreadyCarriedOver"],
      [await carryOverMeasure({ measureId: open2019.id, goalId: "p29-a1-g1" }), "notNextPlan"], // skips a plan
      [await carryOverMeasure({ measureId: open2019.id, goalId: "plan-2019-2023-a1-g1" }), "notNextPlan"], // its own plan
      [await carryOverMeasure({ measureId: carried.id, goalId: "plan-2019-2023-a2-g1" }), "alreadyCarriedOver"],
    ] as const;
    for (const [result, reason] of refusals)
      expect(result).toMatchObject({ ok: false, error: "validation", fieldErrors: { goalId: [reason] } });
    const copyOf2024 = await db.measure.findFirstOrThrow({ where: { planId: "plan-2024-2028" } });
    expect(await carryOverMeasure({ measureId: copyOf2024.id, goalId: "plan-2019-2023-a1-g1" })).toMatchObject({
      fieldErrors: { goalId: ["notNextPlan"] },
    }); // backwards
    expect(await counts()).toEqual(before);

    const cs = (await import("@/messages/cs/plan.json")).default.measure.carryOverErrors;
    expect(cs).toEqual({
      alreadyCarriedOver: expect.stringContaining("už bylo"),
      notNextPlan: expect.stringContaining("navazuje"),
    });
  });

  it("is refused to the council and members", async () => {
    const { id } = await lateMeasure(4);
    const before = await counts();
    for (const who of ["council", "memberA"] as const) {
      await actAs(who);
      expect(await carryOverMeasure({ measureId: id, goalId: TARGET_GOAL })).toEqual({ ok: false, error: "forbidden" });
    }
    expect(await counts()).toEqual(before);
  });
});
