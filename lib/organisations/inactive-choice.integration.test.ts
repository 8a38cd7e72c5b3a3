// A deactivated organisation cannot be newly named by an event or a measure (the server refuses what the pickers
// hide); a record that already names it keeps it through an edit.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actAs } from "@/test/act-as";
import { saveEvent } from "@/lib/recruitment/actions";
import { saveMeasure } from "@/lib/plan/actions/measure";
import { measureFormValues } from "@/lib/plan/form-values";
import { unassignableOrganisations } from "./choices";

const INACTIVE = "org-majak";
const newEvent = {
  programmeId: "prog-nrp-2024",
  eventTypeId: "TALK",
  title: "Beseda v Jilemnici",
  startDate: "2025-09-10",
  placeId: "5107",
  municipality: "Jilemnice",
  audience: "PUBLIC",
  realisation: "REALISED",
  peopleReached: "20",
  inquiries: "2",
  applicants: "0",
  cost: "0",
  submit: false,
};
const counts = async () => ({
  events: await db.recruitmentEvent.count(),
  measures: await db.measure.count(),
  partners: await db.measurePartner.count(),
  audit: await db.auditLog.count(),
});

describe("inactive organisations on new records", () => {
  beforeEach(() => db.organisation.update({ where: { id: INACTIVE }, data: { active: false } }));

  it("an event may not name an inactive organisation or partner; nothing is stored", async () => {
    await actAs("coordinator");
    const before = await counts();
    expect(await saveEvent({ ...newEvent, organisationId: INACTIVE })).toMatchObject({
      ok: false,
      error: "validation",
      fieldErrors: { organisationId: ["inactiveOrganisation"] },
    });
    expect(await saveEvent({ ...newEvent, organisationId: "org-naruc", partnerIds: [INACTIVE] })).toMatchObject({
      ok: false,
      fieldErrors: { partnerIds: ["inactiveOrganisation"] },
    });
    expect(await counts()).toEqual(before);
  });

  it("an event that already names it keeps it when edited", async () => {
    await actAs("coordinator");
    await db.organisation.update({ where: { id: INACTIVE }, data: { active: true } });
    const created = await saveEvent({ ...newEvent, organisationId: INACTIVE });
    expect(created.ok).toBe(true);
    await db.organisation.update({ where: { id: INACTIVE }, data: { active: false } });
    const stored = await db.recruitmentEvent.findUniqueOrThrow({ where: { id: created.ok ? created.data.id : "" } });
    const edited = await saveEvent({
      ...newEvent,
      id: stored.id,
      version: stored.version,
      organisationId: INACTIVE,
      title: "Beseda v Jilemnici (upraveno)",
    });
    expect(edited).toMatchObject({ ok: true });
  });

  it("a measure may not newly name it as responsible or partner, but keeps a partner it had", async () => {
    await actAs("coordinator");
    const measure = await db.measure.findFirstOrThrow({
      where: { planId: "plan-2019-2023", archivedAt: null },
      include: { partners: true },
    });
    const values = measureFormValues(measure);
    const before = await counts();
    expect(await saveMeasure({ ...values, responsibleOrgId: INACTIVE })).toMatchObject({
      ok: false,
      fieldErrors: { responsibleOrgId: ["inactiveOrganisation"] },
    });
    expect(await saveMeasure({ ...values, partnerIds: [...(values.partnerIds ?? []), INACTIVE] })).toMatchObject({
      ok: false,
      fieldErrors: { partnerIds: ["inactiveOrganisation"] },
    });
    expect(await counts()).toEqual(before);
    await db.measurePartner.create({ data: { measureId: measure.id, organisationId: INACTIVE } });
    const kept = measureFormValues(
      await db.measure.findUniqueOrThrow({ where: { id: measure.id }, include: { partners: true } }),
    );
    expect(kept.partnerIds).toContain(INACTIVE);
    expect(await saveMeasure({ ...kept, title: `${kept.title} (upraveno)` })).toMatchObject({ ok: true });
  });
});

describe("unassignableOrganisations (the rule every such save checks)", () => {
  beforeEach(() => db.organisation.update({ where: { id: INACTIVE }, data: { active: false } }));

  it("refuses unknown and inactive organisations a save would newly name, and nothing else", async () => {
    const refused = await unassignableOrganisations(db, ["org-naruc", INACTIVE, "org-unknown", null, "", INACTIVE]);
    expect(Object.fromEntries(refused)).toEqual({ [INACTIVE]: "inactive", "org-unknown": "unknown" });
  });

  it("allows the ones the record names already, even inactive or unknown", async () => {
    expect((await unassignableOrganisations(db, [INACTIVE, "org-unknown"], [INACTIVE, "org-unknown"])).size).toBe(0);
    expect((await unassignableOrganisations(db, [])).size).toBe(0);
  });
});
