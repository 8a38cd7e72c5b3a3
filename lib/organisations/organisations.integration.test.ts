import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actAs } from "@/test/act-as";
import { eventOptions } from "@/lib/recruitment/event-list";
import { organisationOptions } from "@/lib/plan/measure-queries";
import { createOrganisation, setOrganisationActive, updateOrganisation } from "./actions";
import { listOrganisations } from "./queries";
import { organisationChoices } from "./choices";
import { parseAuditFilters } from "@/lib/audit-view/filters";
import { auditPage } from "@/lib/audit-view/queries";

const LIBEREC_ORP = "5105";
const snapshot = async () => ({
  organisations: await db.organisation.findMany({ orderBy: { id: "asc" } }),
  audit: await db.auditLog.count(),
});
const valid = {
  name: "Spolek Náhradní domov, z.s.",
  shortName: "Náhradní domov",
  ico: "000 00 400",
  kind: "NGO" as const,
  placeId: LIBEREC_ORP,
  isWorkingGroupMember: true,
};

describe("organisations register", () => {
  it("creates an organisation with its IČO stored as 8 digits, audited", async () => {
    await actAs("admin");
    const result = await createOrganisation(valid);
    expect(result.ok).toBe(true);
    const id = result.ok ? result.data.id : "";
    const saved = await db.organisation.findUniqueOrThrow({ where: { id } });
    expect(saved).toMatchObject({
      name: valid.name,
      shortName: "Náhradní domov",
      ico: "00000400",
      kind: "NGO",
      placeId: LIBEREC_ORP,
      isWorkingGroupMember: true,
      active: true,
    });
    const entry = await db.auditLog.findFirstOrThrow({
      where: { entity: "Organisation", entityId: id, action: "create" },
    });
    expect(entry.userId).toBe("user-admin");
    expect(JSON.parse(entry.after!)).toMatchObject({ name: valid.name, ico: "00000400" });
    // No IČO and no seat are allowed (a body seated outside the region's ORPs, without an IČO).
    expect(await createOrganisation({ ...valid, name: "Bez IČO", ico: "", shortName: "", placeId: "" })).toMatchObject({
      ok: true,
    });
    expect(await db.organisation.findUniqueOrThrow({ where: { name: "Bez IČO" } })).toMatchObject({
      ico: null,
      shortName: null,
      placeId: null,
    });
  });

  it("refuses each bad input with its own Czech message key and changes nothing", async () => {
    await actAs("admin");
    const before = await snapshot();
    const refused = async (input: Record<string, unknown>, field: string, key: string) => {
      const result = await createOrganisation({ ...valid, name: "Nová organizace", ico: "", ...input });
      expect(result, JSON.stringify(input)).toMatchObject({ ok: false, error: "validation" });
      expect(result.ok === false && result.fieldErrors?.[field]).toEqual([key]);
    };
    await refused({ ico: "70891509" }, "ico", "icoChecksum");
    await refused({ ico: "7089150" }, "ico", "icoFormat");
    await refused({ ico: "7089150a" }, "ico", "icoFormat");
    await refused({ ico: "708 91 508" }, "ico", "duplicateIco|Krajský úřad Libereckého kraje");
    await refused({ name: "Krajský úřad Libereckého kraje" }, "name", "duplicateName");
    await refused({ name: "krajský ÚŘAD libereckého kraje" }, "name", "duplicateName");
    await refused({ placeId: "CZ0513" }, "placeId", "unknownOrp"); // a district, not an ORP
    await refused({ placeId: "nic" }, "placeId", "unknownOrp");
    await refused({ name: "  " }, "name", "required");
    expect(await createOrganisation({ ...valid, kind: "PARTY" })).toMatchObject({ ok: false, error: "validation" });
    const ngo = "org-naruc";
    expect((await updateOrganisation({ ...valid, id: ngo, name: "MAJÁK o.p.s.", ico: "" })).ok).toBe(false);
    expect((await updateOrganisation({ ...valid, id: ngo, ico: "70891508" })).ok).toBe(false);
    expect(await updateOrganisation({ ...valid, id: "nic" })).toMatchObject({ ok: false, error: "notFound" });
    expect(await setOrganisationActive({ id: "nic", active: false })).toMatchObject({ ok: false, error: "notFound" });
    for (const who of ["coordinator", "memberA", "council"] as const) {
      await actAs(who);
      expect(await createOrganisation({ ...valid, name: "Cizí", ico: "" })).toMatchObject({
        ok: false,
        error: "forbidden",
      });
      expect(await setOrganisationActive({ id: ngo, active: false })).toMatchObject({ ok: false, error: "forbidden" });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("updates an organisation, keeping its own name and IČO, with before and after in the audit log", async () => {
    await actAs("admin");
    const result = await updateOrganisation({
      id: "org-kulk",
      name: "Krajský úřad Libereckého kraje",
      shortName: "KÚ LK",
      ico: "70891508",
      kind: "REGIONAL_OFFICE",
      placeId: LIBEREC_ORP,
      isWorkingGroupMember: false,
    });
    expect(result).toEqual({ ok: true, data: { id: "org-kulk" } });
    const entry = await db.auditLog.findFirstOrThrow({
      where: { entity: "Organisation", entityId: "org-kulk", action: "update" },
    });
    expect(JSON.parse(entry.before!)).toMatchObject({ shortName: null, isWorkingGroupMember: true });
    expect(JSON.parse(entry.after!)).toMatchObject({ shortName: "KÚ LK", isWorkingGroupMember: false });
    // The audit log reads it in Czech.
    const page = await auditPage(parseAuditFilters({ entita: "Organisation", akce: "update" }).filters, "cs");
    expect(page.entries[0].changes.map((c) => [c.label, c.before, c.after])).toEqual([
      ["Zkratka", "—", "KÚ LK"],
      ["Člen pracovní skupiny pro vyhledávání náhradních rodičů", "ano", "ne"],
    ]);
  });

  it("deactivates: gone from the choices for new records, kept for records that name it; reactivates", async () => {
    await actAs("admin");
    const event = await db.recruitmentEvent.findFirstOrThrow({ where: { organisationId: "org-rvc" } });
    expect(await setOrganisationActive({ id: "org-rvc", active: false })).toEqual({
      ok: true,
      data: { id: "org-rvc", active: false },
    });
    expect(await db.organisation.findUniqueOrThrow({ where: { id: "org-rvc" } })).toMatchObject({ active: false });
    const entry = await db.auditLog.findFirstOrThrow({ where: { entity: "Organisation", entityId: "org-rvc" } });
    expect([JSON.parse(entry.before!), JSON.parse(entry.after!)]).toEqual([{ active: true }, { active: false }]);
    // The records keep it.
    expect((await db.recruitmentEvent.findUniqueOrThrow({ where: { id: event.id } })).organisationId).toBe("org-rvc");
    expect((await db.user.findUniqueOrThrow({ where: { id: "user-member-rvc" } })).organisationId).toBe("org-rvc");

    const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
    expect(ids(await organisationChoices())).not.toContain("org-rvc");
    expect(ids((await eventOptions()).organisations)).not.toContain("org-rvc");
    expect(ids(await organisationOptions())).not.toContain("org-rvc");
    expect(ids((await eventOptions([event.organisationId])).organisations)).toContain("org-rvc");
    expect(ids(await organisationOptions([null, "org-rvc"]))).toContain("org-rvc");
    expect(ids(await listOrganisations("inactive"))).toEqual(["org-rvc"]);
    expect(ids(await listOrganisations("active"))).not.toContain("org-rvc");

    // Setting the same state again writes nothing.
    const audits = await db.auditLog.count();
    expect((await setOrganisationActive({ id: "org-rvc", active: false })).ok).toBe(true);
    expect(await db.auditLog.count()).toBe(audits);

    expect((await setOrganisationActive({ id: "org-rvc", active: true })).ok).toBe(true);
    expect(ids(await organisationChoices())).toContain("org-rvc");
    expect(await db.auditLog.count()).toBe(audits + 1);
  });
});
