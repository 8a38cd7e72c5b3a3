import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actAs } from "@/test/act-as";
import { saveProgramme } from "./actions";
import { programmeFormValues } from "./form-values";
import { programmesOverview } from "./overview";
import { programmeProgress } from "./queries";
import type { ProgrammeInput } from "./schema";
import { spreadEvenly, yearsBetween } from "./targets";
import { expectFieldError } from "@/lib/actions/test-helpers";
import { insertEvent, snapshot } from "./test-helpers";

/** The edit form's values of a stored programme, as the detail page fills them in. */
async function formOf(id: string): Promise<ProgrammeInput> {
  const p = await db.programme.findUniqueOrThrow({
    where: { id },
    include: { yearTargets: true, placeTargets: true, countedTypes: true },
  });
  return programmeFormValues(p, await db.place.findMany({ orderBy: { id: "asc" } }));
}
const overviewOf = async (id: string) => (await programmesOverview()).find((p) => p.id === id)!;

describe("editing a programme's targets", () => {
  it("changes one yearly sub-target, keeps the rest, and is audited", async () => {
    await actAs("coordinator");
    const form = await formOf("prog-nrp-2024");
    const audit = await db.auditLog.count();
    form.yearTargets = form.yearTargets!.map((y) => (y.year === 2026 ? { ...y, target: "14" } : y));
    const saved = await saveProgramme(form);
    expect(saved).toMatchObject({ ok: true, data: { id: "prog-nrp-2024" } });
    // the returned version allows the next save from the same form
    expect(await saveProgramme({ ...form, updatedAt: saved.ok ? saved.data.updatedAt : "" })).toMatchObject({
      ok: true,
    });
    expect((await overviewOf("prog-nrp-2024")).years.map((y) => y.target)).toEqual([12, 12, 14, 12, 12]);
    expect(await db.auditLog.count()).toBe(audit + 2);
    const entry = await db.auditLog.findFirstOrThrow({
      where: { entity: "Programme", entityId: "prog-nrp-2024" },
      orderBy: { createdAt: "asc" },
    });
    expect(JSON.parse(entry.before!).yearTargets["2026"]).toBe(12);
    expect(JSON.parse(entry.after!).yearTargets["2026"]).toBe(14);
  });

  it("spreads a new total evenly, and a blank year has no sub-target", async () => {
    await actAs("coordinator");
    const form = await formOf("prog-ka2a"); // 2017–2019, no yearly targets in the demo data
    const spread = spreadEvenly(20, [2017, 2018, 2019]);
    expect(
      (await saveProgramme({ ...form, yearTargets: spread.map((y) => ({ year: y.year, target: String(y.target) })) }))
        .ok,
    ).toBe(true);
    expect((await overviewOf("prog-ka2a")).years.map((y) => y.target)).toEqual([7, 7, 6]);
    const again = await formOf("prog-ka2a");
    expect(
      (
        await saveProgramme({
          ...again,
          yearTargets: again.yearTargets!.map((y) => (y.year === 2019 ? { ...y, target: "" } : y)),
        })
      ).ok,
    ).toBe(true);
    expect(
      await db.programmeYearTarget.findMany({
        where: { programmeId: "prog-ka2a" },
        orderBy: { year: "asc" },
        select: { year: true, target: true },
      }),
    ).toEqual([
      { year: 2017, target: 7 },
      { year: 2018, target: 7 },
    ]);
  });

  it("changes the counted types: none listed counts every type", async () => {
    await actAs("coordinator");
    await insertEvent({ eventTypeId: "ROUND_TABLE" });
    const confirmed = async () => (await programmeProgress()).find((p) => p.id === "prog-nrp-2024")!.confirmed;
    const before = await confirmed();
    expect((await saveProgramme({ ...(await formOf("prog-nrp-2024")), countedTypeIds: [] })).ok).toBe(true);
    expect(await confirmed()).toBe(before + 1);
    expect((await saveProgramme({ ...(await formOf("prog-nrp-2024")), countedTypeIds: ["ROUND_TABLE"] })).ok).toBe(
      true,
    );
    expect(await confirmed()).toBe(1);
  });

  it("sets place targets: a district target counts its ORPs' events", async () => {
    await actAs("coordinator");
    const form = await formOf("prog-ka2b");
    const placeTargets = form.placeTargets!.map((t) => ({ ...t, target: t.placeId === "CZ0513" ? "8" : t.target }));
    expect(await saveProgramme({ ...form, placeTargets })).toMatchObject({ ok: true });
    const row = (await overviewOf("prog-ka2b")).places.find((p) => p.placeId === "CZ0513")!;
    expect(row).toMatchObject({ kind: "DISTRICT", target: 8, confirmed: 8 }); // Frýdlant and Liberec, 4 each
  });

  it("sets and clears the number of people sharing the target; the pages' figure follows", async () => {
    await actAs("coordinator");
    const form = await formOf("prog-ka1-seminare");
    expect(form.participants).toBe("12");
    expect(await saveProgramme({ ...form, participants: "" })).toMatchObject({ ok: true });
    expect((await overviewOf("prog-ka1-seminare")).participants).toBeNull();
    expect(await saveProgramme({ ...(await formOf("prog-ka1-seminare")), participants: " 6 " })).toMatchObject({
      ok: true,
    });
    expect((await overviewOf("prog-ka1-seminare")).participants).toBe(6);
    const entry = await db.auditLog.findFirstOrThrow({
      where: { entity: "Programme", entityId: "prog-ka1-seminare" },
      orderBy: { createdAt: "desc" },
    });
    expect([JSON.parse(entry.before!).participants, JSON.parse(entry.after!).participants]).toEqual([null, 6]);
    expect(await saveProgramme({ ...(await formOf("prog-ka1-seminare")), participants: "12" })).toMatchObject({
      ok: true,
    });
    // a programme without shared people keeps none
    expect(await saveProgramme(await formOf("prog-ka2b"))).toMatchObject({ ok: true });
    expect((await db.programme.findUniqueOrThrow({ where: { id: "prog-ka2b" } })).participants).toBeNull();
  });

  it("creates a programme with a code; the same code again is refused", async () => {
    await actAs("coordinator");
    const years = yearsBetween(2029, 2033);
    const input: ProgrammeInput = {
      code: "NRP-2029-2033",
      name: "Plán pro vyhledávání náhradních rodičů 2029–2033",
      periodStart: "2029-01-01",
      periodEnd: "2033-12-31",
      totalTarget: "60",
      yearTargets: spreadEvenly(60, years).map((y) => ({ year: y.year, target: String(y.target) })),
      countedTypeIds: ["TALK", "INFO_MEETING"],
      placeTargets: [],
    };
    const created = await saveProgramme(input);
    expect(created.ok).toBe(true);
    const stored = await db.programme.findUniqueOrThrow({
      where: { code: "NRP-2029-2033" },
      include: { yearTargets: true, countedTypes: true },
    });
    expect(stored.yearTargets.map((y) => y.target)).toEqual([12, 12, 12, 12, 12]);
    expect(stored.countedTypes).toHaveLength(2);
    const before = await snapshot();
    expectFieldError(await saveProgramme(input), "code", "duplicateCode");
    expectFieldError(await saveProgramme({ ...input, code: "" }), "code", "required");
    expect(await snapshot()).toEqual(before);
  });
});

describe("bad input is refused and nothing is written", () => {
  const cases: [string, (f: ProgrammeInput) => ProgrammeInput, string, string][] = [
    ["negative total", (f) => ({ ...f, totalTarget: "-5" }), "totalTarget", "too_small"],
    ["zero total", (f) => ({ ...f, totalTarget: "0" }), "totalTarget", "too_small"],
    ["absurd total", (f) => ({ ...f, totalTarget: "1000000" }), "totalTarget", "too_big"],
    ["fractional total", (f) => ({ ...f, totalTarget: "12,5" }), "totalTarget", "invalid_type"],
    [
      "negative year target",
      (f) => ({ ...f, yearTargets: [{ year: 2024, target: "-1" }] }),
      "yearTargets.0.target",
      "too_small",
    ],
    [
      "year target above the total",
      (f) => ({ ...f, yearTargets: [{ year: 2024, target: "61" }] }),
      "yearTargets.0.target",
      "overTotal",
    ],
    [
      "year target outside the period",
      (f) => ({ ...f, yearTargets: [{ year: 2030, target: "5" }] }),
      "yearTargets",
      "yearOutsidePeriod",
    ],
    [
      "the same year twice",
      (f) => ({
        ...f,
        yearTargets: [
          { year: 2024, target: "5" },
          { year: 2024, target: "6" },
        ],
      }),
      "yearTargets",
      "duplicateYear",
    ],
    [
      "end before start",
      (f) => ({ ...f, periodStart: "2028-12-31", periodEnd: "2024-01-01" }),
      "periodEnd",
      "periodEndBeforeStart",
    ],
    ["an impossible date", (f) => ({ ...f, periodEnd: "2028-02-30" }), "periodEnd", "invalid_date"],
    [
      "a period of 30 years",
      (f) => ({ ...f, periodStart: "2024-01-01", periodEnd: "2053-12-31", yearTargets: [] }),
      "periodEnd",
      "periodTooLong",
    ],
    [
      "a period leaving events outside",
      (f) => ({ ...f, periodStart: "2025-01-01", yearTargets: f.yearTargets!.filter((y) => Number(y.year) >= 2025) }),
      "periodStart",
      "eventsOutsidePeriod",
    ],
    [
      "an unknown place",
      (f) => ({ ...f, placeTargets: [{ placeId: "9999", target: "3" }] }),
      "placeTargets",
      "unknownPlace",
    ],
    [
      "a place target above the total",
      (f) => ({ ...f, placeTargets: [{ placeId: "5101", target: "100" }] }),
      "placeTargets.0.target",
      "overTotal",
    ],
    ["an unknown type", (f) => ({ ...f, countedTypeIds: ["TALK", "JUGGLING"] }), "countedTypeIds", "unknownType"],
    ["no people sharing the target", (f) => ({ ...f, participants: "0" }), "participants", "participants"],
    ["a negative number of people", (f) => ({ ...f, participants: "-12" }), "participants", "participants"],
    ["a fractional number of people", (f) => ({ ...f, participants: "12,5" }), "participants", "participants"],
    ["people as words", (f) => ({ ...f, participants: "dvanáct" }), "participants", "participants"],
    ["an absurd number of people", (f) => ({ ...f, participants: "1000000" }), "participants", "participants"],
    ["an empty name", (f) => ({ ...f, name: "  " }), "name", "required"],
    ["a malformed version", (f) => ({ ...f, updatedAt: "yesterday" }), "updatedAt", "invalid_format"],
  ];

  it.each(cases)("%s", async (_name, change, field, key) => {
    await actAs("coordinator");
    const form = await formOf("prog-nrp-2024");
    const before = await snapshot();
    expectFieldError(await saveProgramme(change(form)), field, key);
    expect(await snapshot()).toEqual(before);
  });

  it("a bad number of people leaves KA1's 12 workers as they were", async () => {
    await actAs("coordinator");
    const form = await formOf("prog-ka1-seminare");
    const before = await snapshot();
    expectFieldError(await saveProgramme({ ...form, participants: "0" }), "participants", "participants");
    expect(await snapshot()).toEqual(before);
    expect((await db.programme.findUniqueOrThrow({ where: { id: "prog-ka1-seminare" } })).participants).toBe(12);
  });

  it("an edit over someone else's newer save is refused", async () => {
    await actAs("coordinator");
    const form = await formOf("prog-nrp-2024");
    expect((await saveProgramme({ ...form, name: "Nový název" })).ok).toBe(true);
    const before = await snapshot();
    expect(await saveProgramme({ ...form, totalTarget: "70" })).toMatchObject({ ok: false, error: "staleVersion" });
    expect(await saveProgramme({ ...form, id: "no-such-programme" })).toMatchObject({ ok: false, error: "notFound" });
    expect(await snapshot()).toEqual(before);
  });
});
