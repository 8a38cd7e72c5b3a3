import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actAs } from "@/test/act-as";
import { saveCampaign } from "@/lib/campaigns/actions";
import { saveCareFigures } from "@/lib/care-stats/actions";
import { saveProgramme } from "./actions";
import { programmeFormValues } from "./form-values";
import { snapshot } from "./test-helpers";

// Every write of programmes, statistics and campaigns, with input that succeeds for the coordinator.
const CALLS = {
  saveProgramme: async () => {
    const p = await db.programme.findUniqueOrThrow({
      where: { id: "prog-nrp-2024" },
      include: { yearTargets: true, placeTargets: true, countedTypes: true },
    });
    const form = programmeFormValues(p, []);
    return saveProgramme({ ...form, yearTargets: form.yearTargets!.map((y) => ({ ...y, target: "20" })) });
  },
  createProgramme: () =>
    saveProgramme({
      code: "NRP-2029-2033",
      name: "Plán 2029–2033",
      periodStart: "2029-01-01",
      periodEnd: "2033-12-31",
      totalTarget: "60",
    }),
  saveCareFigures: () =>
    saveCareFigures({
      year: "2024",
      quarter: "1",
      ADOPTION: { applicationsFiled: "3" },
      FOSTER: {},
      TEMPORARY_FOSTER: {},
    }),
  createCampaign: () =>
    saveCampaign({
      name: "Týden náhradního rodičovství 2027",
      startDate: "2027-10-04",
      endDate: "2027-10-10",
      parentId: "camp-mdr",
    }),
  editCampaign: () =>
    saveCampaign({
      id: "camp-tnr-2024",
      name: "Týden NRP 2024",
      startDate: "2024-10-05",
      endDate: "2024-10-11",
      parentId: "camp-mdr",
    }),
};
const NAMES = Object.keys(CALLS) as (keyof typeof CALLS)[];

describe("programme, statistics and campaign actions called directly", () => {
  for (const who of ["council", "memberA", "memberB", "admin"] as const) {
    it.each(NAMES)(`refuse %s for ${who} and change nothing`, async (name) => {
      const before = await snapshot();
      await actAs(who);
      expect(await CALLS[name]()).toEqual({ ok: false, error: "forbidden" });
      expect(await snapshot()).toEqual(before);
    });
  }

  it.each(NAMES)("refuse %s without a session", async (name) => {
    const before = await snapshot();
    await actAs(null);
    expect(await CALLS[name]()).toEqual({ ok: false, error: "unauthenticated" });
    expect(await snapshot()).toEqual(before);
  });

  it("all work for the coordinator, each with one audit entry", async () => {
    await actAs("coordinator");
    for (const name of NAMES) {
      const audit = await db.auditLog.count();
      expect(await CALLS[name](), name).toMatchObject({ ok: true });
      expect(await db.auditLog.count(), name).toBe(audit + 1);
    }
  });
});
