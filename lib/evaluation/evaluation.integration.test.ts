import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actAs } from "@/test/act-as";
import { expectFieldError } from "@/lib/actions/test-helpers";
import { saveEvaluation } from "./actions";
import { evaluationPage } from "./page";
import { evaluationReport } from "./report";
import { evaluationIndex, evaluationVersion, evaluationVersions } from "./versions";

const PLAN = "plan-2024-2028";
const YEAR = 2026;
const MEASURE = "plan-2024-2028-plan-2019-2023-a4-g1-m1";
const OTHER_PLAN_MEASURE = "plan-2019-2023-a1-g1-m1";
const save = (changes: Record<string, unknown> = {}) =>
  saveEvaluation({
    planId: PLAN,
    year: YEAR,
    baseVersion: 0,
    summary: "Rok 2026 přinesl…",
    measures: { [MEASURE]: "Probíhá podle plánu." },
    programmes: {},
    ...changes,
  });

const snapshot = async () => ({
  evaluations: await db.evaluation.findMany({ orderBy: { id: "asc" } }),
  versions: await db.evaluationVersion.findMany({ orderBy: { id: "asc" } }),
  audit: await db.auditLog.count(),
});

beforeEach(() => actAs("coordinator"));

describe("saving a yearly evaluation", () => {
  it("creates versions 1, 2, 3 without overwriting, each audited, and shows the latest", async () => {
    expect(await save()).toEqual({ ok: true, data: { version: 1 } });
    expect(await save({ baseVersion: 1, summary: "  Druhá verze  " })).toEqual({ ok: true, data: { version: 2 } });
    expect(
      await save({
        baseVersion: 2,
        summary: "Třetí verze",
        measures: { [MEASURE]: "" },
        programmes: { "prog-nrp-2024": "Cíl roku splněn." },
      }),
    ).toEqual({ ok: true, data: { version: 3 } });

    const versions = await evaluationVersions(PLAN, YEAR);
    expect(versions.map((v) => [v.version, v.author])).toEqual([
      [3, "Jana Dvořáková"],
      [2, "Jana Dvořáková"],
      [1, "Jana Dvořáková"],
    ]);
    expect((await evaluationVersion(PLAN, YEAR))?.content).toEqual({
      summary: "Třetí verze",
      measures: {},
      programmes: { "prog-nrp-2024": "Cíl roku splněn." },
    });
    expect((await evaluationVersion(PLAN, YEAR, 2))?.content).toEqual({
      summary: "Druhá verze",
      measures: { [MEASURE]: "Probíhá podle plánu." },
      programmes: {},
    });
    expect((await evaluationVersion(PLAN, YEAR, 1))?.content.summary).toBe("Rok 2026 přinesl…");
    expect(await evaluationVersion(PLAN, YEAR, 4)).toBeNull();
    expect(await db.auditLog.count({ where: { entity: "Evaluation", action: "create_version" } })).toBe(3);
    const index = await evaluationIndex();
    expect(index.find((p) => p.id === PLAN)?.years.find((y) => y.year === YEAR)?.versions).toBe(3);
  });

  it("refuses a save based on an older version, with the latest content, writing nothing", async () => {
    const year = 2025; // the other tests use 2024, 2026 and 2027
    expect(await save({ year })).toMatchObject({ ok: true });
    expect(await save({ year, baseVersion: 1, summary: "Verze 2" })).toMatchObject({ ok: true });
    const before = await snapshot();
    const stale = await save({ year, baseVersion: 1, summary: "Přepsalo by verzi 2" });
    expect(stale).toMatchObject({
      ok: false,
      error: "staleVersion",
      details: { version: 2, current: { summary: "Verze 2" } },
    });
    expect(await save({ year, baseVersion: 0 })).toMatchObject({ ok: false, error: "staleVersion" });
    expect(await save({ year, baseVersion: 3 })).toMatchObject({ ok: false, error: "staleVersion" });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a base version when there is none yet, creating no evaluation", async () => {
    const before = await snapshot();
    expect(await save({ year: 2027, baseVersion: 1 })).toMatchObject({
      ok: false,
      error: "staleVersion",
      details: { version: 0 },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses the council, a member, an admin and a signed-out caller, writing nothing", async () => {
    const before = await snapshot();
    for (const who of ["council", "memberA", "admin"] as const) {
      await actAs(who);
      expect(await save()).toEqual({ ok: false, error: "forbidden" });
    }
    await actAs(null);
    expect(await save()).toEqual({ ok: false, error: "unauthenticated" });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses bad input, writing nothing", async () => {
    const before = await snapshot();
    expectFieldError(
      await save({ measures: { [MEASURE]: "x".repeat(10_000) } }),
      `measures.${MEASURE}`,
      "too_big|4000",
    );
    expectFieldError(await save({ summary: "x".repeat(10_000) }), "summary", "too_big|8000");
    expectFieldError(
      await save({ measures: { [OTHER_PLAN_MEASURE]: "Cizí opatření" } }),
      `measures.${OTHER_PLAN_MEASURE}`,
      "measureNotInPlan",
    );
    expectFieldError(
      await save({ measures: { "no-such-measure": "?" } }),
      "measures.no-such-measure",
      "measureNotInPlan",
    );
    expectFieldError(
      await save({ programmes: { "prog-nrp-2019": "Program skončil 2023" } }),
      "programmes.prog-nrp-2019",
      "programmeNotInYear",
    );
    expectFieldError(await save({ year: 2023 }), "year", "yearOutsidePlan");
    expectFieldError(await save({ year: 2029 }), "year", "yearOutsidePlan");
    expectFieldError(await save({ year: 2026.5 }), "year", "invalid_type");
    expectFieldError(await save({ baseVersion: -1 }), "baseVersion", "too_small|0");
    expectFieldError(await save({ measures: "text" }), "measures", "invalid_type");
    expect(await save({ planId: "no-such-plan" })).toMatchObject({ ok: false, error: "notFound" });
    expect(await snapshot()).toEqual(before);
  });
});

describe("the report", () => {
  it("gives each measure's status, progress, RAG and the year's action-plan roll-up, and programmes against yearly targets", async () => {
    const report = await evaluationReport(PLAN, YEAR, new Date("2026-11-25T12:00:00Z"));
    if (!report) throw new Error("no report");
    const measures = report.areas.flatMap((a) => a.measures);
    const measure = measures.find((m) => m.id === MEASURE);
    expect(measure).toMatchObject({ status: "IN_PROGRESS" });
    expect(["AHEAD", "ON_TRACK", "AT_RISK", "OFF_TRACK"]).toContain(measure?.signal);
    expect(report.actionPlan).not.toBeNull();
    const activities = await db.actionPlanActivity.count({
      where: { actionPlanId: report.actionPlan!.id, measureId: MEASURE, archivedAt: null },
    });
    expect((report.rollUp?.measures[MEASURE]?.counted ?? 0) + (report.rollUp?.measures[MEASURE]?.cancelled ?? 0)).toBe(
      activities,
    );

    const nrp = report.programmes.find((p) => p.id === "prog-nrp-2024");
    const target = await db.programmeYearTarget.findUniqueOrThrow({
      where: { programmeId_year: { programmeId: "prog-nrp-2024", year: YEAR } },
    });
    const confirmed = await db.recruitmentEvent.count({
      where: {
        programmeId: "prog-nrp-2024",
        status: "CONFIRMED",
        realisation: "REALISED",
        archivedAt: null,
        startDate: { gte: new Date("2026-01-01"), lt: new Date("2027-01-01") },
      },
    });
    expect(nrp).toMatchObject({ target: target.target, confirmed });
    expect(report.programmes.map((p) => p.id)).not.toContain("prog-nrp-2019");
    expect(await evaluationReport(PLAN, 2023)).toBeNull();
    expect(await evaluationReport("no-such-plan", 2026)).toBeNull();
  });
});

describe("the page's parameters", () => {
  it("shows the latest version, an older one on ?verze=N, and nothing for a bad year or version", async () => {
    const year = "2024";
    await save({ year: 2024 });
    await save({ year: 2024, baseVersion: 1, summary: "Nejnovější" });
    expect(await evaluationPage(PLAN, year)).toMatchObject({
      latest: 2,
      old: false,
      shown: { version: 2, content: { summary: "Nejnovější" } },
    });
    expect(await evaluationPage(PLAN, year, "1")).toMatchObject({ latest: 2, old: true, shown: { version: 1 } });
    expect(await evaluationPage(PLAN, "2028")).toMatchObject({ latest: 0, old: false, shown: null, versions: [] });
    for (const [y, v] of [
      [year, "3"],
      [year, "x"],
      [year, "-1"],
      ["2023", undefined],
      ["20x6", undefined],
      ["2026.0", undefined],
    ]) {
      expect(await evaluationPage(PLAN, y!, v)).toBeNull();
    }
    expect(await evaluationPage("no-such-plan", year)).toBeNull();
  });
});
