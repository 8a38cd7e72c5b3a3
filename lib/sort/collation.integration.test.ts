// The lists people choose from and read come out in Czech order from the functions the pages use, on SQLite and on
// PostgreSQL alike (both sort names in byte order, which puts Česká Lípa after Turnov).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listOrganisations } from "@/lib/organisations/queries";
import { dashboardFilterOptions } from "@/lib/dashboard/filters";
import { recruitmentDashboard } from "@/lib/dashboard/recruitment";
import { eventOptions } from "@/lib/recruitment/event-list";
import { compareText } from "./collate";
import { topWithRest } from "./top";

const TODAY = new Date("2026-11-25T00:00:00Z");
const ORPS = [
  "Česká Lípa",
  "Frýdlant",
  "Jablonec nad Nisou",
  "Jilemnice",
  "Liberec",
  "Nový Bor",
  "Semily",
  "Tanvald",
  "Turnov",
  "Železný Brod",
];
// Names that byte order and Czech order put differently: Č after Z in bytes, Ch between H and I in Czech.
const ADDED = [
  "Chrastavské centrum, z.s.",
  "Hrádecká rodina, z.s.",
  "Člověk v rodině, o.p.s.",
  "Cvikovská rodina, z.ú.",
];
const names = (rows: { name: string }[]) => rows.map((r) => r.name);
const inCzechOrder = (list: string[]) => expect(list).toEqual([...list].sort(compareText));

beforeAll(async () => {
  for (const name of ADDED) await db.organisation.create({ data: { name, kind: "NGO", isWorkingGroupMember: true } });
});

describe("lists in Czech order", () => {
  it("the event filter and form: ORPs Česká Lípa … Železný Brod, then the region; organisations with Č after C and Ch after H", async () => {
    const o = await eventOptions();
    expect(names(o.places.filter((p) => p.kind === "ORP"))).toEqual(ORPS);
    expect(o.places.at(-1)!.kind).toBe("REGION");
    const orgs = names(o.organisations);
    inCzechOrder(orgs);
    const at = (name: string) => orgs.indexOf(name);
    expect(at("Cvikovská rodina, z.ú.")).toBeLessThan(at("Člověk v rodině, o.p.s."));
    expect(at("Hrádecká rodina, z.s.")).toBeLessThan(at("Chrastavské centrum, z.s."));
  });

  it("the organisations list of the administration and the dashboard's filter", async () => {
    inCzechOrder(names(await listOrganisations()));
    const f = await dashboardFilterOptions();
    inCzechOrder(names(f.organisations));
    expect(names(f.orps)).toEqual(ORPS);
    inCzechOrder(names(f.districts));
  });

  it("the dashboard's ORP table", async () => {
    const d = (await recruitmentDashboard({}, TODAY))!;
    expect(names(d.orpCoverage)).toEqual(ORPS);
  });
});

describe("the dashboard's organisations table", () => {
  it("adds up to the programme's confirmed activities with its 'others' row", async () => {
    const d = (await recruitmentDashboard({}, TODAY))!;
    const { top, rest } = topWithRest(d.byOrganisation, 10, (o) => o.count);
    expect(d.byOrganisation.length).toBeGreaterThan(10);
    expect(rest).not.toBeNull();
    expect(top.reduce((sum, o) => sum + o.count, 0) + rest!.value).toBe(d.forecast.done);
    expect(d.forecast.done).toBe(35);
  });
});
