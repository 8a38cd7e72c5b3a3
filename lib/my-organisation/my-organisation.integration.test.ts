import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actAs } from "@/test/act-as";
import { recruitmentDashboard } from "@/lib/dashboard/recruitment";
import { reviewEvent } from "@/lib/recruitment/actions";
import { countUpTo, organisationSummary } from "@/lib/recruitment/event-list";
import { programmeProgress } from "@/lib/programmes/queries";
import { myOrganisation } from "./queries";

const TODAY = new Date("2026-11-30T00:00:00Z");
const NARUC = "org-naruc";
const RVC = "org-rvc";
const NARUC_SUBMITTED = "evt-2026-open-1"; // NÁRUČ's event submitted on 3. 11. 2026
const RVC_DRAFT = "evt-2026-open-6"; // Rodina v centru's draft
const MEASURE = "plan-2024-2028-plan-2019-2023-a1-g1-m3";

const memberOf = (organisationId: string) => ({ role: "MEMBER" as const, organisationId });
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe("Moje organizace", () => {
  it("shows NÁRUČ's share of the running programme as the regional dashboard counts it", async () => {
    const page = (await myOrganisation(NARUC, TODAY))!;
    const regional = (await recruitmentDashboard({}, TODAY))!;
    const sliced = (await recruitmentDashboard({ organisationId: NARUC }, TODAY))!;
    const share = page.share!;
    expect(share.programme.id).toBe(regional.programme.id);
    expect(share.confirmed).toBe(regional.byOrganisation.find((o) => o.id === NARUC)!.count);
    expect(share.confirmed).toBeGreaterThan(0);
    expect(share.programme.confirmed).toBe(
      (await programmeProgress()).find((p) => p.id === regional.programme.id)!.confirmed,
    );
    expect(share.programme.totalTarget).toBe(regional.programme.totalTarget);
    // Each year target: the organisation's count as the dashboard filtered to the organisation shows it.
    const targeted = regional.byYear.filter((y) => y.target !== null);
    expect(targeted.length).toBeGreaterThan(0);
    expect(share.years.map((y) => [y.year, y.target, y.programme])).toEqual(
      targeted.map((y) => [y.year, y.target, y.confirmed]),
    );
    expect(share.years.map((y) => y.mine)).toEqual(
      targeted.map((y) => sliced.byYear.find((s) => s.year === y.year)!.confirmed),
    );
    expect(share.years.reduce((sum, y) => sum + y.mine, 0)).toBe(share.confirmed);
  });

  it("counts the events by review state as the events list and the organisation page do", async () => {
    const page = (await myOrganisation(NARUC, TODAY))!;
    expect(page.events.map((s) => s.status)).toEqual(["RETURNED", "DRAFT", "SUBMITTED", "CONFIRMED"]);
    for (const state of page.events) {
      expect(state.count, state.status).toBe(
        await countUpTo(10_000, { organisationId: NARUC, status: state.status }, memberOf(NARUC)),
      );
      expect(state.latest.length).toBe(Math.min(5, state.count));
    }
    expect(page.events[3].count).toBe((await organisationSummary(NARUC))!.confirmed);
  });

  it("lists a returned event first, with the coordinator's reason", async () => {
    const reason = "Doplňte prosím náklady akce a počet zájemců.";
    await actAs("coordinator");
    expect(await reviewEvent({ eventId: NARUC_SUBMITTED, decision: "return", comment: reason })).toMatchObject({
      ok: true,
    });
    const [returned] = (await myOrganisation(NARUC, TODAY))!.events;
    expect(returned.status).toBe("RETURNED");
    expect(returned.count).toBe(1);
    expect(returned.latest[0]).toMatchObject({ id: NARUC_SUBMITTED, reviewComment: reason });
  });

  it("never shows another organisation's events", async () => {
    const naruc = (await myOrganisation(NARUC, TODAY))!;
    const rvc = (await myOrganisation(RVC, TODAY))!;
    expect(rvc.events.find((s) => s.status === "DRAFT")!.latest.map((e) => e.id)).toContain(RVC_DRAFT);
    const shown = (page: typeof naruc) => page.events.flatMap((s) => ids(s.latest));
    const owners = async (eventIds: string[]) =>
      new Set(
        (await db.recruitmentEvent.findMany({ where: { id: { in: eventIds } }, select: { organisationId: true } })).map(
          (r) => r.organisationId,
        ),
      );
    expect(shown(naruc)).not.toContain(RVC_DRAFT);
    expect([...(await owners(shown(naruc)))]).toEqual([NARUC]);
    expect([...(await owners(shown(rvc)))]).toEqual([RVC]);
  });

  it("lists the measures the organisation reports on, and only those", async () => {
    // In the demo NÁRUČ (a pověřená osoba) is responsible for "Doprovázení pěstounských rodin" (4.2.1).
    const seeded = ids((await myOrganisation(NARUC, TODAY))!.measures);
    expect(seeded).toEqual(["plan-2019-2023-a4-g2-m1"]);
    await db.measure.update({ where: { id: MEASURE }, data: { responsibleOrgId: NARUC } });
    expect(new Set(ids((await myOrganisation(NARUC, TODAY))!.measures))).toEqual(new Set([...seeded, MEASURE]));
    expect(ids((await myOrganisation(RVC, TODAY))!.measures)).toEqual([]);
  });

  it("is null for an unknown organisation", async () => {
    expect(await myOrganisation("org-does-not-exist", TODAY)).toBeNull();
  });
});
