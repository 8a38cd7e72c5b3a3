import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actAs } from "@/test/act-as";
import { expectFieldError } from "@/lib/actions/test-helpers";
import { insertEvent, snapshot } from "@/lib/programmes/test-helpers";
import { saveCampaign } from "./actions";
import { campaignDetail, listCampaigns } from "./queries";
import type { CampaignInput } from "./schema";

const MDR = "camp-mdr";
const mdr = async () => (await listCampaigns()).find((c) => c.id === MDR)!;
const weekOf = async (year: number) => (await mdr()).children.find((c) => c.id === `camp-tnr-${year}`)!;

describe("campaign totals", () => {
  it("count, reach and cost of confirmed events only, aggregated per campaign", async () => {
    const week = await weekOf(2019);
    const where = {
      campaignId: "camp-tnr-2019",
      status: "CONFIRMED" as const,
      realisation: "REALISED" as const,
      archivedAt: null,
    };
    const events = await db.recruitmentEvent.findMany({ where });
    expect(week.own.events).toBe(events.length);
    expect(week.own.reached).toBe(events.reduce((s, e) => s + (e.peopleReached ?? 0), 0));
    expect(week.own.costHaler).toBe(events.reduce((s, e) => s + (e.costHaler ?? 0n), 0n));
  });

  it("the long-running campaign adds its weeks to its own total", async () => {
    const c = await mdr();
    expect(c.children.length).toBeGreaterThanOrEqual(8);
    expect(c.total.events).toBe(c.own.events + c.children.reduce((s, k) => s + k.own.events, 0));
    const all = await db.recruitmentEvent.count({
      where: {
        status: "CONFIRMED",
        realisation: "REALISED",
        archivedAt: null,
        campaign: { OR: [{ id: MDR }, { parentId: MDR }] },
      },
    });
    expect(c.total.events).toBe(all);
  });

  it("submitted, returned, planned and archived events change no total", async () => {
    const before = await weekOf(2025);
    for (const data of [
      { status: "SUBMITTED" },
      { status: "RETURNED" },
      { realisation: "PLANNED" },
      { archivedAt: new Date() },
    ] as const) {
      await insertEvent({
        ...data,
        campaignId: "camp-tnr-2025",
        startDate: new Date(Date.UTC(2025, 9, 6)),
        costHaler: 99_999n,
      });
    }
    expect(await weekOf(2025)).toEqual(before);
    await insertEvent({
      campaignId: "camp-tnr-2025",
      startDate: new Date(Date.UTC(2025, 9, 6)),
      costHaler: 100_000n,
      peopleReached: 40,
    });
    const after = await weekOf(2025);
    expect(after.own).toEqual({
      events: before.own.events + 1,
      reached: before.own.reached + 40,
      costHaler: before.own.costHaler + 100_000n,
    });
  });

  it("the campaign page lists its events (all statuses the user may see) and its weeks", async () => {
    await insertEvent({
      campaignId: "camp-tnr-2024",
      status: "SUBMITTED",
      organisationId: "org-rvc",
      startDate: new Date(Date.UTC(2024, 9, 7)),
    });
    const coordinator = (await actAs("coordinator"))!;
    const member = (await actAs("memberA"))!;
    const all = await campaignDetail("camp-tnr-2024", coordinator);
    const seen = await campaignDetail("camp-tnr-2024", member);
    expect(all!.events.some((e) => e.status === "SUBMITTED")).toBe(true);
    expect(seen!.events.length).toBe(all!.events.length - 1); // another organisation's unconfirmed event
    expect(all!.parent).toEqual({ id: MDR, name: expect.stringContaining("MÍT DOMOV A RODINU") });
    expect((await campaignDetail(MDR, coordinator))!.summary.children.length).toBeGreaterThanOrEqual(8);
    expect(await campaignDetail("nope", coordinator)).toBeNull();
  });
});

const WEEK: CampaignInput = {
  name: "Týden náhradního rodičovství 2027",
  description: "",
  startDate: "2027-10-04",
  endDate: "2027-10-10",
  parentId: MDR,
};

describe("saving a campaign", () => {
  it("creates a campaign week inside the long-running campaign and edits it, audited", async () => {
    await actAs("coordinator");
    const audit = await db.auditLog.count();
    const created = await saveCampaign(WEEK);
    expect(created).toMatchObject({ ok: true });
    const id = created.ok ? created.data.id : "";
    expect(await saveCampaign({ ...WEEK, id, description: "Besedy a stánky po celém kraji." })).toEqual({
      ok: true,
      data: { id },
    });
    expect(await db.campaign.findUniqueOrThrow({ where: { id } })).toMatchObject({
      parentId: MDR,
      description: "Besedy a stánky po celém kraji.",
      startDate: new Date(Date.UTC(2027, 9, 4)),
    });
    expect(await db.auditLog.count()).toBe(audit + 2);
    expect((await mdr()).children.some((c) => c.id === id)).toBe(true);
  });

  it.each([
    ["end before start", { ...WEEK, endDate: "2027-10-01" }, "endDate", "endBeforeStart"],
    ["an empty name", { ...WEEK, name: "" }, "name", "required"],
    ["an impossible date", { ...WEEK, startDate: "2027-13-01" }, "startDate", "invalid_date"],
    ["an unknown parent", { ...WEEK, parentId: "camp-none" }, "parentId", "invalid_value"],
    ["a week inside a week", { ...WEEK, parentId: "camp-tnr-2024" }, "parentId", "parentNested"],
    [
      "a week before its campaign began",
      { ...WEEK, startDate: "2014-10-06", endDate: "2014-10-12" },
      "startDate",
      "outsideParent",
    ],
    [
      "a campaign with weeks put inside another",
      { ...WEEK, id: MDR, name: "MÍT DOMOV A RODINU", parentId: "camp-tnr-2024", startDate: "2015-01-01", endDate: "" },
      "parentId",
      "parentNested",
    ],
    [
      "a campaign inside itself",
      { ...WEEK, id: "camp-tnr-2024", parentId: "camp-tnr-2024" },
      "parentId",
      "invalid_value",
    ],
    [
      "a campaign's dates leaving out its weeks",
      { id: MDR, name: "MÍT DOMOV A RODINU", startDate: "2020-01-01", endDate: "", parentId: "" },
      "startDate",
      "childrenOutside",
    ],
  ] as [string, CampaignInput, string, string][])("refuses %s and writes nothing", async (_name, input, field, key) => {
    await actAs("coordinator");
    const before = await snapshot();
    expectFieldError(await saveCampaign(input), field, key);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses an unknown campaign", async () => {
    await actAs("coordinator");
    expect(await saveCampaign({ ...WEEK, id: "camp-none" })).toMatchObject({ ok: false, error: "notFound" });
  });
});
