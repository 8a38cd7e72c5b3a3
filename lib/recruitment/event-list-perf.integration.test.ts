import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  EVENT_COUNT_CAP,
  EVENT_MAX_NUMBERED_PAGE,
  EVENT_PAGE_SIZE,
  countUpTo,
  eventOptions,
  eventWhere,
  listEventsFiltered,
  parseEventFilters,
  type EventPage,
} from "./event-list";

// The events list reads a page without reading every matching row: a count that stops at a cap, pages continued from a
// row (keyset), page numbers up to a bound. These tests check that it still lists exactly what eventWhere selects.
const coordinator = { role: "COORDINATOR", organisationId: null } as const;
const member = { role: "MEMBER", organisationId: "org-naruc" } as const;
type User = typeof coordinator | typeof member;

// One organisation with 1 060 events: 20 on each day (so page boundaries fall between equal dates), ids not in date
// order, every tenth a draft (which a member of another organisation does not see), a few archived.
const ORG = "org-list-test";
const EVENTS = 1_060;
beforeAll(async () => {
  await db.organisation.create({ data: { id: ORG, name: "Organizace pro test seznamu akcí", kind: "NGO" } });
  const rows = Array.from({ length: EVENTS }, (_, i) => ({
    id: `lt${String((i * 7919) % EVENTS).padStart(5, "0")}`,
    programmeId: "prog-nrp-2019",
    organisationId: ORG,
    eventTypeId: "TALK",
    title: `Beseda ${i}`,
    startDate: new Date(Date.UTC(2021, 0, 1 + Math.floor(i / 20))),
    status: i % 10 === 0 ? ("DRAFT" as const) : ("CONFIRMED" as const),
    archivedAt: i % 50 === 7 ? new Date() : null,
  }));
  for (let i = 0; i < rows.length; i += 500) await db.recruitmentEvent.createMany({ data: rows.slice(i, i + 500) });
});

/** What the list should show, in order: the events eventWhere selects, newest first, ties by id descending. */
async function expected(params: Record<string, string>, user: User) {
  const all = await db.recruitmentEvent.findMany({
    where: await eventWhere(parseEventFilters(params), user),
    select: { id: true, startDate: true },
  });
  return all.sort((a, b) => b.startDate.getTime() - a.startDate.getTime() || (a.id < b.id ? 1 : -1)).map((e) => e.id);
}

const list = (params: Record<string, string | undefined>, user: User) =>
  listEventsFiltered(parseEventFilters(params), user);

/** Every page, following the Next links from the first. */
async function forward(params: Record<string, string>, user: User) {
  const pages: EventPage[] = [await list(params, user)];
  for (let p = pages[0]; p.next; pages.push(p))
    p = await list({ ...params, strana: String(p.page + 1), po: p.next }, user);
  return pages;
}

describe("the events list, page by page", () => {
  it.each([
    ["a coordinator (more events than the count goes to)", coordinator],
    ["a member of another organisation (its confirmed events only)", member],
  ] as const)(
    "Next from the first page shows every event once, newest first with ties by id, the last page short: %s",
    async (_label, user) => {
      const want = await expected({ organizace: ORG }, user);
      const pages = await forward({ organizace: ORG }, user);
      expect(pages.flatMap((p) => p.rows.map((r) => r.id))).toEqual(want);
      expect(pages.map((p) => p.page)).toEqual(pages.map((_, i) => i + 1));
      expect(pages.slice(0, -1).every((p) => p.rows.length === EVENT_PAGE_SIZE)).toBe(true);
      expect(pages.at(-1)!.rows).toHaveLength(want.length % EVENT_PAGE_SIZE || EVENT_PAGE_SIZE);
      expect(pages.at(-1)!.next).toBeUndefined();
      expect(pages[0].previous).toBeUndefined();
    },
  );

  it("Previous goes back from the last page to the first through the same pages", async () => {
    const pages = await forward({ organizace: ORG }, coordinator);
    let p = pages.at(-1)!;
    const back: EventPage[] = [p];
    while (p.previous !== undefined) {
      p = await list(
        { organizace: ORG, ...(p.previous === null ? {} : { strana: String(p.page - 1), pred: p.previous }) },
        coordinator,
      );
      back.unshift(p);
    }
    expect(back.map((b) => [b.page, b.rows.map((r) => r.id)])).toEqual(
      pages.map((f) => [f.page, f.rows.map((r) => r.id)]),
    );
  });

  it("the count stops at the cap; below it, it is exact", async () => {
    const many = await list({ organizace: ORG }, coordinator);
    expect(many).toMatchObject({ more: true, total: EVENT_COUNT_CAP, pages: EVENT_MAX_NUMBERED_PAGE });
    const some = await list({ organizace: ORG }, member);
    const n = (await expected({ organizace: ORG }, member)).length;
    expect(n).toBeLessThan(EVENT_COUNT_CAP);
    expect(some).toMatchObject({ more: false, total: n, pages: Math.ceil(n / EVENT_PAGE_SIZE) });
  });

  it("a page number opens the page the links lead to, up to the bound; a further one opens the last page within it", async () => {
    const pages = await forward({ organizace: ORG }, coordinator);
    expect(pages.length).toBeGreaterThan(EVENT_MAX_NUMBERED_PAGE);
    for (const n of [2, 17, EVENT_MAX_NUMBERED_PAGE]) {
      const numbered = await list({ organizace: ORG, strana: String(n) }, coordinator);
      expect(numbered).toMatchObject({ page: n, clamped: false });
      expect(numbered.rows.map((r) => r.id)).toEqual(pages[n - 1].rows.map((r) => r.id));
    }
    const far = await list({ organizace: ORG, strana: "300" }, coordinator);
    expect(far).toMatchObject({ page: EVENT_MAX_NUMBERED_PAGE, clamped: true });
    expect(far.rows.map((r) => r.id)).toEqual(pages[EVENT_MAX_NUMBERED_PAGE - 1].rows.map((r) => r.id));
  });

  it("a year filter and a cursor together: the pages stay within the year", async () => {
    const params = { rok: "2021", stav: "CONFIRMED" };
    const pages = await forward(params, member);
    expect(pages.flatMap((p) => p.rows.map((r) => r.id))).toEqual(await expected(params, member));
    expect(
      pages.flatMap((p) => p.rows).every((r) => r.startDate.getUTCFullYear() === 2021 && r.status === "CONFIRMED"),
    ).toBe(true);
  });

  it("a malformed cursor is ignored: the page number alone applies", async () => {
    const plain = await list({ organizace: ORG, strana: "3" }, coordinator);
    for (const po of ["x", "12_", "_lt00001", "1e9_lt00001", "1_a b"]) {
      expect((await list({ organizace: ORG, strana: "3", po }, coordinator)).rows).toEqual(plain.rows);
    }
  });
});

describe("the capped count", () => {
  it.each([
    {},
    { rok: "2019" },
    { rok: "2021", stav: "CONFIRMED" },
    { typ: "STAND" },
    { orp: "5101" },
    { organizace: "org-naruc" },
    { program: "prog-nrp-2024", stav: "SUBMITTED", realizace: "REALISED" },
    { realizace: "PLANNED" },
    { stav: "DRAFT" },
    { q: "trhy" },
    { q: "Beseda" },
    { rok: "2021", organizace: ORG, stav: "DRAFT" },
    { q: "naruc" },
    { q: "ceska lipa" },
    { q: "NÁRUČ stánek 2019" },
  ])("counts what eventWhere selects, for a coordinator and a member: %o", async (params) => {
    for (const user of [coordinator, member]) {
      const f = parseEventFilters(params);
      const exact = await db.recruitmentEvent.count({ where: await eventWhere(f, user) });
      expect(await countUpTo(1_000_000, f, user)).toBe(exact);
      expect(await countUpTo(3, f, user)).toBe(Math.min(3, exact));
    }
  });
});

describe("the filter options", () => {
  it("offer every year from the first event's to the last one's, newest first", async () => {
    const { _min, _max } = await db.recruitmentEvent.aggregate({
      _min: { startDate: true },
      _max: { startDate: true },
    });
    const { years } = await eventOptions();
    expect(years[0]).toBe(_max.startDate!.getUTCFullYear());
    expect(years.at(-1)).toBe(_min.startDate!.getUTCFullYear());
    expect(years).toHaveLength(years[0] - years.at(-1)! + 1);
  });
});
