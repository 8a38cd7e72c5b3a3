import { beforeAll, describe, expect, it } from "vitest";
import {
  describeEntry,
  EMPTY,
  formatValue,
  type AuditRow,
  type Context,
  type NameOf,
  type RecordName,
} from "./describe";
import { parseAuditFilters, parseCzechDate } from "./filters";
import { idsOf } from "./names";
import { translatorFor } from "./translate";

const nbsp = (s: string) => s.replace(/ /g, "\u00a0");
const known: Record<string, RecordName> = {
  "Organisation:org-naruc": { name: "Centrum pro rodinu NÁRUČ, z.s.", href: "/nabor/organizace/org-naruc" },
  "EventType:STAND": { name: "Stánek" },
  "RecruitmentEvent:ev1": { name: "Stánek na Martinských trzích", href: "/nabor/akce/ev1" },
};
const names: NameOf = (kind, id) => known[`${kind}:${id}`];
let ctx: Context;
beforeAll(async () => {
  ctx = { t: await translatorFor("cs"), locale: "cs", nameOf: names };
});

const row = (over: Partial<AuditRow>): AuditRow => ({
  id: "a1",
  createdAt: new Date("2026-10-01T12:05:00Z"),
  action: "update",
  entity: "RecruitmentEvent",
  entityId: "ev1",
  before: null,
  after: null,
  ip: null,
  user: { id: "u1", name: "Jana Koordinátorová", role: "COORDINATOR" },
  ...over,
});

describe("an audit entry for people", () => {
  const before = {
    id: "ev1",
    title: "Stánek",
    costHaler: "150000",
    startDate: "2016-10-01T00:00:00.000Z",
    status: "SUBMITTED",
    version: 3,
    updatedAt: "2026-09-01T10:00:00.000Z",
    searchText: "stanek",
    organisationId: "org-naruc",
    eventTypeId: "STAND",
    idempotencyKey: "k1",
  };
  const after = {
    ...before,
    costHaler: "702569625",
    startDate: "2016-10-02T00:00:00.000Z",
    status: "CONFIRMED",
    version: 4,
    updatedAt: "2026-10-01T12:05:00.000Z",
    searchText: "stanek2",
    idempotencyKey: "k2",
  };

  it("names the record, the action and the person in Czech, with Prague time", () => {
    const view = describeEntry(row({ before: JSON.stringify(before), after: JSON.stringify(after) }), ctx);
    expect([view.entity, view.action, view.record, view.who, view.role]).toEqual([
      "Náborová akce",
      "upraveno",
      { name: "Stánek na Martinských trzích", href: "/nabor/akce/ev1" },
      "Jana Koordinátorová",
      "Koordinátor/ka rodinné politiky",
    ]);
    expect(view.when).toBe("1. 10. 2026 14:05");
  });

  it("lists only changed fields with Czech labels, money from haléře, Czech dates and translated states; technical fields hidden", () => {
    const { changes } = describeEntry(row({ before: JSON.stringify(before), after: JSON.stringify(after) }), ctx);
    expect(changes.map((c) => [c.label, c.before, c.after])).toEqual([
      ["Náklady", nbsp("1 500,00 Kč"), nbsp("7 025 696,25 Kč")],
      ["Datum (začátek)", "1. 10. 2016", "2. 10. 2016"],
      ["Stav", "Odesláno ke schválení", "Potvrzeno"],
    ]);
  });

  it("shows a new record's values against empty, resolves ids to names, booleans as ano/ne", () => {
    const created = {
      title: "Stánek",
      organisationId: "org-naruc",
      eventTypeId: "STAND",
      description: null,
      costHaler: null,
      reviewedAt: "2026-10-01T08:30:00.000Z",
      attachments: [],
    };
    const { changes } = describeEntry(row({ action: "create", after: JSON.stringify(created) }), ctx);
    expect(changes.map((c) => [c.label, c.before, c.after])).toEqual([
      ["Název akce", EMPTY, "Stánek"],
      ["Organizace", EMPTY, "Centrum pro rodinu NÁRUČ, z.s."],
      ["Typ akce", EMPTY, "Stánek"],
      ["Posouzeno", EMPTY, "1. 10. 2026 10:30"],
    ]);
    expect(formatValue("Programme", "active", false, ctx)).toBe("ne");
    expect(formatValue("Measure", "status", "DELAYED", ctx)).toBe("Zpožděno");
  });

  it("never shows a password hash, not even in the raw data", () => {
    const view = describeEntry(
      row({
        entity: "User",
        entityId: "u1",
        action: "create",
        after: JSON.stringify({ name: "Nová", passwordHash: "$argon2id$secret", role: "MEMBER" }),
      }),
      ctx,
    );
    expect(view.changes.map((c) => c.label)).toEqual(["Jméno", "Role"]);
    expect(view.changes[1].after).toBe("Člen pracovní skupiny");
    expect(view.raw.after).not.toContain("argon2");
  });

  it("keeps an archived record's fields out of the diff, names a failed sign-in and an unknown code as it is", () => {
    expect(describeEntry(row({ action: "archive", before: JSON.stringify(before) }), ctx).changes).toEqual([]);
    const failed = describeEntry(
      row({
        action: "login_failed",
        entity: "User",
        entityId: null,
        user: null,
        after: JSON.stringify({ email: "x@example.cz" }),
      }),
      ctx,
    );
    expect([failed.action, failed.entity, failed.who, failed.record?.name]).toEqual([
      "neúspěšné přihlášení",
      "Uživatel",
      "Systém",
      "x@example.cz",
    ]);
    expect(describeEntry(row({ action: "teleport", entity: "Starship" }), ctx)).toMatchObject({
      action: "teleport",
      entity: "Starship",
    });
  });

  it("collects the ids to resolve by kind, including nested and listed ones", () => {
    const ids = idsOf([
      row({ after: JSON.stringify({ organisationId: "org-naruc", eventTypeId: "STAND" }) }),
      row({
        entity: "Indicator",
        entityId: "i1",
        after: JSON.stringify({ sourceTypes: ["TALK", "STAND"], sourceProgrammeId: "p1" }),
      }),
    ]);
    expect(Object.fromEntries([...ids].map(([k, v]) => [k, [...v].sort()]))).toEqual({
      RecruitmentEvent: ["ev1"],
      Organisation: ["org-naruc"],
      EventType: ["STAND", "TALK"],
      Indicator: ["i1"],
      Programme: ["p1"],
    });
  });
});

describe("audit filters", () => {
  it("reads Czech dates as whole Prague days", () => {
    expect(parseCzechDate("1. 10. 2026")).toEqual([2026, 10, 1]);
    expect(parseCzechDate("01.10.2026")).toEqual([2026, 10, 1]);
    expect(parseCzechDate("2026-10-01")).toEqual([2026, 10, 1]);
    expect(parseCzechDate("31. 2. 2026")).toBeNull();
    const { filters, errors } = parseAuditFilters({ od: "1. 10. 2026", do: "1. 10. 2026" });
    expect(errors).toEqual([]);
    expect([filters.from?.toISOString(), filters.to?.toISOString()]).toEqual([
      "2026-09-30T22:00:00.000Z",
      "2026-10-01T22:00:00.000Z",
    ]);
  });

  it("reports an invalid date or a reversed range and applies neither", () => {
    expect(parseAuditFilters({ od: "32. 1. 2026" })).toEqual({
      filters: { page: 1 },
      errors: [{ field: "od", code: "invalidDate", value: "32. 1. 2026" }],
    });
    const reversed = parseAuditFilters({ od: "2. 10. 2026", do: "1. 10. 2026" });
    expect([reversed.filters.from, reversed.filters.to, reversed.errors[0].code]).toEqual([
      undefined,
      undefined,
      "fromAfterTo",
    ]);
  });
});
