import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { countUpTo, eventWhere, listEventsFiltered, parseEventFilters } from "@/lib/recruitment/event-list";
import { listMeasures, parseFilters } from "@/lib/plan/measure-list";
import { ensureSearchText } from "./reindex";

// The events and measures search: every word is found in the record's own text (title, description, municipality /
// code, title, description, gestor) or names its organisation (or a partner), ORP or type; without diacritics and case.
const coordinator = { role: "COORDINATOR", organisationId: null } as const;
const search = async (q: string, more: Record<string, string> = {}) => {
  const f = parseEventFilters({ q, ...more });
  const rows = await db.recruitmentEvent.findMany({
    where: await eventWhere(f, coordinator),
    select: { id: true, organisationId: true, placeId: true, eventTypeId: true, title: true },
  });
  // The list's capped count (plain SQL) must select the same events as the Prisma filter.
  expect(await countUpTo(1_000_000, f, coordinator)).toBe(rows.length);
  return rows;
};

beforeAll(async () => {
  await db.recruitmentEvent.create({
    data: {
      id: "ev-search-desc",
      programmeId: "prog-nrp-2024",
      organisationId: "org-rvc",
      eventTypeId: "OTHER",
      title: "Setkání v knihovně",
      description: "Povídání o pěstounství s promítáním dokumentu Žirafy",
      startDate: new Date(Date.UTC(2025, 4, 5)),
      status: "CONFIRMED",
      searchText: "setkani v knihovne povidani o pestounstvi s promitanim dokumentu zirafy",
      partners: { create: [{ organisationId: "org-naruc" }] },
    },
  });
});

describe("events search", () => {
  it('"naruc" finds every event of NÁRUČ (name "Centrum pro rodinu NÁRUČ, z.s.") and those it partners', async () => {
    const own = await db.recruitmentEvent.count({ where: { organisationId: "org-naruc", archivedAt: null } });
    expect(own).toBeGreaterThan(0);
    const found = await search("naruc");
    expect(found.filter((e) => e.organisationId === "org-naruc")).toHaveLength(own);
    expect(found.map((e) => e.id)).toContain("ev-search-desc"); // NÁRUČ as a partner
    expect((await search("NÁRUČ")).length).toBe(found.length);
  });

  it("finds words of the description, the ORP and the type, diacritics and case aside", async () => {
    expect((await search("ŽIRAFY")).map((e) => e.id)).toEqual(["ev-search-desc"]);
    const lipa = await db.place.findFirstOrThrow({ where: { name: "Česká Lípa", kind: "ORP" } });
    const inLipa = await db.recruitmentEvent.count({ where: { placeId: lipa.id, archivedAt: null } });
    expect(inLipa).toBeGreaterThan(0);
    expect((await search("ceska lipa")).filter((e) => e.placeId === lipa.id)).toHaveLength(inLipa);
    const stands = await db.recruitmentEvent.count({ where: { eventTypeId: "STAND", archivedAt: null } });
    expect((await search("stanek")).filter((e) => e.eventTypeId === "STAND")).toHaveLength(stands);
  });

  it("needs every word: organisation and type together narrow the list", async () => {
    const both = await search("naruc stanek");
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan((await search("naruc")).length);
    expect(both.every((e) => e.organisationId === "org-naruc" && e.eventTypeId === "STAND")).toBe(true);
    expect(await search("naruc zzzneniwzadneakci")).toEqual([]);
  });

  it("the list page shows what the filter selects; LIKE wildcards separate words like spaces", async () => {
    const page = await listEventsFiltered({ ...parseEventFilters({ q: "naruc" }), page: 1 }, coordinator);
    expect(page.total).toBe((await search("naruc")).length);
    expect((await search("%")).length).toBe(await db.recruitmentEvent.count({ where: { archivedAt: null } }));
    expect(await search("zira_y")).toEqual(await search("zira y"));
  });
});

describe("measures search", () => {
  const list = async (q: string) =>
    (await listMeasures(parseFilters("plan-2019-2023", { q }), new Date(Date.UTC(2026, 10, 30)))).rows;

  it("finds the description, the gestor and the responsible organisation's name", async () => {
    const measure = await db.measure.findFirstOrThrow({
      where: { planId: "plan-2019-2023", responsibleOrgId: "org-kulk", archivedAt: null },
    });
    const byOrg = await list("krajsky urad libereckeho");
    expect(byOrg.map((m) => m.id)).toContain(measure.id);
    expect((await list("opatreni naplnuje cil")).length).toBeGreaterThan(0); // words of the demo descriptions
    expect(await list("zzzneniwzadnemopatreni")).toEqual([]);
  });
});

describe("stored search text of an older release", () => {
  it("is rewritten once, keeping updatedAt and version", async () => {
    await db.recruitmentEvent.update({ where: { id: "ev-search-desc" }, data: { searchText: "setkani v knihovne" } });
    await db.setting.upsert({
      where: { key: "searchTextVersion" },
      create: { key: "searchTextVersion", value: "1" },
      update: { value: "1" },
    });
    const before = await db.recruitmentEvent.findUniqueOrThrow({ where: { id: "ev-search-desc" } });
    expect(await search("zirafy")).toEqual([]);
    expect(await ensureSearchText(db)).toBe((await db.recruitmentEvent.count()) + (await db.measure.count()));
    expect((await search("zirafy")).map((e) => e.id)).toEqual(["ev-search-desc"]);
    const after = await db.recruitmentEvent.findUniqueOrThrow({ where: { id: "ev-search-desc" } });
    expect([after.updatedAt, after.version]).toEqual([before.updatedAt, before.version]);
    expect(await ensureSearchText(db)).toBe(0);
  });
});
