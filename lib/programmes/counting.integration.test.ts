import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { programmesOverview } from "./overview";
import { countsByPlace, countsByType, countsByYear, programmeProgress } from "./queries";
import { insertEvent } from "./test-helpers";

const confirmedOf = async (id: string) => (await programmeProgress()).find((p) => p.id === id)!.confirmed;
const sum = (rows: { count: number }[]) => rows.reduce((s, r) => s + r.count, 0);
const ORPS = ["5101", "5102", "5103", "5104", "5105", "5106", "5107", "5108", "5109", "5110"];

/** Everything the dashboards read for one programme. */
const countsOf = async (id: string) => ({
  confirmed: await confirmedOf(id),
  years: await countsByYear(id),
  types: await countsByType(id),
  places: await countsByPlace(id),
});

describe("programme counts from the demo data", () => {
  it("has 42 round tables: 4 in each of the 10 ORPs and 2 regional", async () => {
    const { places } = await countsByPlace("prog-ka2b");
    expect(places).toEqual([...ORPS.map((placeId) => ({ placeId, count: 4 })), { placeId: "CZ051", count: 2 }]);
    expect(await confirmedOf("prog-ka2b")).toBe(42);
    const overview = (await programmesOverview()).find((p) => p.id === "prog-ka2b")!;
    expect(overview.places).toHaveLength(11);
    expect(overview.places.every((p) => p.confirmed === p.target)).toBe(true);
    expect(overview.places[0]).toMatchObject({ placeId: "CZ051", kind: "REGION", target: 2, confirmed: 2 });
  });

  it("has 20 seminars: 5 per district, counted through the district's ORPs", async () => {
    const { districts } = await countsByPlace("prog-ka2a");
    expect(districts).toEqual(["CZ0511", "CZ0512", "CZ0513", "CZ0514"].map((placeId) => ({ placeId, count: 5 })));
    const overview = (await programmesOverview()).find((p) => p.id === "prog-ka2a")!;
    expect(overview.places.map((p) => [p.placeId, p.target, p.confirmed])).toEqual([
      ["CZ0511", 5, 5],
      ["CZ0512", 5, 5],
      ["CZ0513", 5, 5],
      ["CZ0514", 5, 5],
    ]);
  });

  it("counts 4 videos and one good-practice seminar a year", async () => {
    expect(await confirmedOf("prog-ka2c")).toBe(4);
    expect((await countsByYear("prog-ka2d")).map((y) => [y.year, y.count])).toEqual([
      [2017, 1],
      [2018, 1],
      [2019, 1],
    ]);
  });

  it("splits every programme's confirmed count exactly by year, by type and by place", async () => {
    for (const p of await programmeProgress()) {
      const c = await countsOf(p.id);
      expect(sum(c.years), p.code).toBe(p.confirmed);
      expect(sum(c.types), p.code).toBe(p.confirmed);
      expect(sum(c.places.places), p.code).toBe(p.confirmed);
      expect(c.years.every((y) => Number.isInteger(y.year) && Number.isInteger(y.count))).toBe(true);
    }
  });

  it("lists every year of the period, with the yearly sub-targets next to the counts", async () => {
    expect((await countsByYear("prog-nrp-2024")).map((y) => y.year)).toEqual([2024, 2025, 2026, 2027, 2028]);
    const nrp = (await programmesOverview()).find((p) => p.id === "prog-nrp-2024")!;
    expect(nrp.years.map((y) => y.target)).toEqual([12, 12, 12, 12, 12]);
    expect(nrp.years.map((y) => y.confirmed)).toEqual((await countsByYear("prog-nrp-2024")).map((y) => y.count));
    expect(nrp.totalTarget).toBe(60);
  });

  it("returns nothing for an unknown programme", async () => {
    expect(await countsByYear("nope")).toEqual([]);
    expect(await countsByType("nope")).toEqual([]);
    expect(await countsByPlace("nope")).toEqual({ places: [], districts: [] });
  });
});

describe("only confirmed, realised, non-archived events of a counted type count", () => {
  it("a submitted, a returned, a planned, a draft, an archived and an uncounted-type event change nothing", async () => {
    const before = await countsOf("prog-nrp-2024");
    await insertEvent({ status: "SUBMITTED" });
    await insertEvent({ status: "RETURNED", reviewComment: "Doplňte." });
    await insertEvent({ status: "CONFIRMED", realisation: "PLANNED" });
    await insertEvent({ status: "DRAFT", realisation: "PLANNED" });
    await insertEvent({ status: "CONFIRMED", archivedAt: new Date() });
    await insertEvent({ status: "CONFIRMED", eventTypeId: "ROUND_TABLE" });
    expect(await countsOf("prog-nrp-2024")).toEqual(before);
  });

  it("a confirmed, realised event adds one to its year, type, ORP and district", async () => {
    const before = await countsOf("prog-nrp-2024");
    await insertEvent({ startDate: new Date(Date.UTC(2025, 11, 31)), placeId: "5106", eventTypeId: "INFO_MEETING" });
    const after = await countsOf("prog-nrp-2024");
    expect(after.confirmed).toBe(before.confirmed + 1);
    const yearOf = (c: typeof before, year: number) => c.years.find((y) => y.year === year)!.count;
    expect(yearOf(after, 2025)).toBe(yearOf(before, 2025) + 1);
    expect(yearOf(after, 2026)).toBe(yearOf(before, 2026));
    const at = (rows: { placeId: string | null; count: number }[], id: string) =>
      rows.find((r) => r.placeId === id)?.count ?? 0;
    expect(at(after.places.places, "5106")).toBe(at(before.places.places, "5106") + 1);
    expect(at(after.places.districts, "CZ0511")).toBe(at(before.places.districts, "CZ0511") + 1);
    expect(
      at(
        after.types.map((t) => ({ placeId: t.eventTypeId, count: t.count })),
        "INFO_MEETING",
      ),
    ).toBe(
      at(
        before.types.map((t) => ({ placeId: t.eventTypeId, count: t.count })),
        "INFO_MEETING",
      ) + 1,
    );
  });

  it("buckets by the calendar day: 1 January belongs to its own year", async () => {
    const before = await countsByYear("prog-nrp-2024");
    await insertEvent({ startDate: new Date(Date.UTC(2027, 0, 1)) });
    const after = await countsByYear("prog-nrp-2024");
    expect(after.find((y) => y.year === 2027)!.count).toBe(before.find((y) => y.year === 2027)!.count + 1);
    expect(after.find((y) => y.year === 2026)!.count).toBe(before.find((y) => y.year === 2026)!.count);
  });

  it("an event without a place counts toward the programme but toward no place", async () => {
    const before = await countsByPlace("prog-nrp-2024");
    await insertEvent({ placeId: null });
    const after = await countsByPlace("prog-nrp-2024");
    expect(after.places.find((p) => p.placeId === null)?.count).toBe(
      (before.places.find((p) => p.placeId === null)?.count ?? 0) + 1,
    );
    expect(after.districts).toEqual(before.districts);
    expect(await db.recruitmentEvent.count({ where: { placeId: null, programmeId: "prog-nrp-2024" } })).toBeGreaterThan(
      0,
    );
  });
});
