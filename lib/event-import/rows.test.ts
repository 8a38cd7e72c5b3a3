import { describe, expect, it } from "vitest";
import { COLUMNS, mapHeader } from "./columns";
import { importKeyOf } from "./key";
import { loadLookups } from "./lookups";
import { readRow } from "./rows";
import type { Row } from "./test-files";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const list = <T>(items: T[]) => ({ findMany: async () => items });
const lookups = await loadLookups({
  eventType: list([{ id: "TALK", nameCs: "Beseda / přednáška", nameEn: "Talk / lecture" }]),
  place: list([
    { id: "5106", name: "Nový Bor" },
    { id: "CZ051", name: "Liberecký kraj" },
  ]),
  programme: list([
    {
      id: "prog-nrp-2019",
      code: "NRP-2019-2023",
      name: "Plán 2019–2023",
      active: true,
      periodStart: day("2019-01-01"),
      periodEnd: day("2023-12-31"),
    },
    {
      id: "prog-nrp-2024",
      code: "NRP-2024-2028",
      name: "Plán 2024–2028",
      active: true,
      periodStart: day("2024-01-01"),
      periodEnd: day("2028-12-31"),
    },
  ]),
  campaign: list([{ id: "camp-tnr-2024", name: "Týden náhradního rodičovství 2024" }]),
  organisation: list([{ id: "org-naruc", name: "Centrum pro rodinu NÁRUČ, z.s.", shortName: "NÁRUČ" }]),
} as never);

const read = (row: Row, headers = COLUMNS.map((c) => c.cs)) => {
  const { index } = mapHeader(headers, 1);
  const keys = headers.map((h) => COLUMNS.find((c) => c.cs === h || c.en === h)!.key);
  return readRow({ line: 2, cells: keys.map((k) => row[k] ?? null) }, index, lookups, undefined, day("2026-11-25"));
};

describe("events import rows", () => {
  it("match Czech and English headers loosely, the bracketed part optional", () => {
    expect(
      mapHeader(["datum zacatek", "Event type", "NÁZEV", "orp", "Zájemci (dotazy)", "Náklady", "Poznámka"], 1),
    ).toEqual({
      index: { startDate: 0, type: 1, title: 2, place: 3, inquiries: 4, cost: 5 },
      issues: [],
      ignored: ["Poznámka"],
    });
  });

  it("turn names and codes into the event form's values", () => {
    const row = read({
      startDate: "5. 10. 2024",
      type: "beseda / prednaska",
      title: " Beseda ",
      place: 5106,
      audience: "školy",
      cost: "3 500,50",
      peopleReached: 40,
      campaign: "Týden náhradního rodičovství 2024",
      organisation: "NÁRUČ",
    });
    expect(row.issues).toEqual([]);
    expect(row.values).toMatchObject({
      programmeId: "prog-nrp-2024",
      eventTypeId: "TALK",
      placeId: "5106",
      title: "Beseda",
      startDate: "2024-10-05",
      audience: "SCHOOLS",
      realisation: "REALISED",
      cost: "3 500,50",
      peopleReached: 40,
      campaignId: "camp-tnr-2024",
      submit: true,
    });
    expect(row.organisationId).toBe("org-naruc");
    expect(read({ startDate: "1. 1. 2027", type: "TALK", title: "Plán", place: "CZ051" }).values).toMatchObject({
      realisation: "PLANNED",
      programmeId: "prog-nrp-2024",
    });
    expect(read({ startDate: "1. 1. 2015", type: "TALK", title: "Dávno", place: "CZ051" }).values?.programmeId).toBe(
      "prog-nrp-2019",
    );
  });

  it("pass unknown code-list names on for the form's rules, and report the form schema's errors on their columns", () => {
    expect(
      read({ startDate: "5. 10. 2024", type: "Grilovačka", title: "X", place: "Horní Dolní" }).input,
    ).toMatchObject({ eventTypeId: "Grilovačka", placeId: "Horní Dolní" });
    const bad = read({
      startDate: "5. 10. 2024",
      type: "TALK",
      title: "X",
      place: "5106",
      inquiries: 1,
      applicants: 2,
      peopleReached: 1e9,
      audience: "nikdo",
    });
    expect(bad.issues.map((i) => [i.column, i.code, i.params])).toEqual([
      ["audience", "unknownAudience", { value: "nikdo" }],
      ["peopleReached", "tooBig", { value: "1000000000", max: "1000000" }],
      ["applicants", "applicantsOverInquiries", { value: "2" }],
    ]);
    expect(bad.values).toBeUndefined();
  });

  it("key an event by day, type, ORP and title, whatever the case, accents and spacing", () => {
    const a = importKeyOf({
      startDate: "2024-10-05",
      eventTypeId: "TALK",
      placeId: "5106",
      title: "Beseda v  knihovně",
    });
    expect(
      importKeyOf({ startDate: day("2024-10-05"), eventTypeId: "TALK", placeId: "5106", title: "BESEDA V KNIHOVNE " }),
    ).toBe(a);
    expect(
      importKeyOf({ startDate: "2024-10-06", eventTypeId: "TALK", placeId: "5106", title: "Beseda v knihovně" }),
    ).not.toBe(a);
  });
});
