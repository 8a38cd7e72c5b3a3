import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { readSheet } from "@/lib/spreadsheet/read";
import { saveEvent } from "@/lib/recruitment/actions";
import { actAs, DEMO } from "@/test/act-as";
import { GET } from "@/app/(app)/sprava/audit/export/route";
import { AUDIT_COLUMNS } from "./export";
import { parseAuditFilters } from "./filters";
import { auditBatches, auditPage } from "./queries";

const get = (query: string) => GET(new Request(`http://localhost/sprava/audit/export?${query}`));
/** Czech money is grouped with no-break spaces. */
const nbsp = (s: string) => s.replace(/ /g, "\u00a0");

async function sheetRows(query: string) {
  const response = await get(query);
  expect(response.status).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const { sheet } = await readSheet(bytes);
  expect(sheet!.header.cells).toEqual(AUDIT_COLUMNS.map((c) => c.cs));
  return { bytes, rows: sheet!.rows.map((r) => r.cells.map(String)) };
}

/** The coordinator logs an event costing 1 500 Kč and then raises the cost: two real audit entries. */
async function editedEvent() {
  await actAs("coordinator");
  const input = {
    programmeId: "prog-nrp-2024",
    organisationId: "org-naruc",
    eventTypeId: "TALK",
    title: "Beseda v Semilech",
    startDate: "2026-09-10",
    placeId: "5107",
    municipality: "Semily",
    audience: "PUBLIC" as const,
    realisation: "REALISED" as const,
    cost: "1 500",
    submit: true,
  };
  const created = await saveEvent(input);
  if (!created.ok) throw new Error(created.error);
  const updated = await saveEvent({
    ...input,
    id: created.data.id,
    version: created.data.version,
    cost: "2 000,50",
    startDate: "2026-09-11",
  });
  expect(updated.ok).toBe(true);
  return created.data.id;
}

/** Entries of the council user around the Prague midnights of 1. 10. 2026 (CEST, UTC+2). */
async function entriesAroundMidnight() {
  const at = ["2026-09-30T21:59:59Z", "2026-09-30T22:00:00Z", "2026-10-01T21:59:59Z", "2026-10-01T22:00:00Z"];
  for (const [i, createdAt] of at.entries()) {
    await db.auditLog.create({
      data: {
        createdAt: new Date(createdAt),
        userId: DEMO.council,
        action: "login",
        entity: "User",
        entityId: DEMO.council,
        after: JSON.stringify({ n: i }),
      },
    });
  }
}

describe("the audit log for people", () => {
  it("shows a real edit with Czech field names and formatted values, the record linked and ids resolved", async () => {
    const id = await editedEvent();
    const page = await auditPage(
      parseAuditFilters({ entita: "RecruitmentEvent", uzivatel: DEMO.coordinator }).filters,
      "cs",
    );
    const [update, create] = page.entries;
    expect([update.action, update.entity, update.record, update.who]).toEqual([
      "upraveno",
      "Náborová akce",
      { name: "Beseda v Semilech", href: `/nabor/akce/${id}` },
      "Jana Dvořáková",
    ]);
    expect(update.changes.map((c) => [c.label, c.before, c.after])).toEqual([
      ["Datum (začátek)", "10. 9. 2026", "11. 9. 2026"],
      ["Náklady", nbsp("1 500,00 Kč"), nbsp("2 000,50 Kč")],
    ]);
    expect(create.changes).toContainEqual({
      field: "organisationId",
      label: "Organizace",
      before: "—",
      after: "Centrum pro rodinu NÁRUČ, z.s.",
    });
    expect(create.changes).toContainEqual({ field: "placeId", label: "ORP", before: "—", after: "Semily" });
    expect(page.entities).toContainEqual(["RecruitmentEvent", "Náborová akce"]);
    expect(page.actions).toContainEqual(["update", "upraveno"]);
  });

  it("exports the filtered view as CSV for Czech Excel and as XLSX, one row per changed field", async () => {
    await editedEvent();
    await actAs("admin");
    const csv = await sheetRows("format=csv&entita=RecruitmentEvent&akce=update");
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(csv.bytes);
    expect(text.startsWith("\ufeffKdy;Kdo;Akce;Záznam;Pole;Před;Po\r\n")).toBe(true);
    expect(text).toContain(`;upraveno;Náborová akce: Beseda v Semilech;Náklady;${nbsp("1 500,00 Kč;2 000,50 Kč")}\r\n`);
    const xlsx = await sheetRows("format=xlsx&entita=RecruitmentEvent&akce=update");
    expect(xlsx.rows).toEqual(csv.rows);
    // Two edits in this file's database (the first test made one too), each with two changed fields.
    expect(xlsx.rows.map((r) => r[4])).toEqual(["Datum (začátek)", "Náklady", "Datum (začátek)", "Náklady"]);
  });

  it("filters by Czech dates as whole Prague days, by record type and by person", async () => {
    await entriesAroundMidnight();
    await actAs("admin");
    const { rows } = await sheetRows(
      `format=csv&od=${encodeURIComponent("1. 10. 2026")}&do=${encodeURIComponent("1. 10. 2026")}&uzivatel=${DEMO.council}&entita=User`,
    );
    expect(rows.map((r) => r[0])).toEqual(["1. 10. 2026 23:59", "1. 10. 2026 0:00"]);
    expect(rows.every((r) => r[2] === "přihlášení" && r[1] === "Eva Benešová (Rada kraje)")).toBe(true);
    const page = await auditPage(parseAuditFilters({ od: "2026-10-02", uzivatel: DEMO.council }).filters, "cs");
    expect(page.total).toBe(1);
  });

  it("refuses anyone but an admin without sending data, and an invalid date with a Czech message", async () => {
    await entriesAroundMidnight();
    const count = await db.auditLog.count();
    await actAs(null);
    expect((await get("format=csv")).status).toBe(401);
    for (const who of ["coordinator", "council", "memberA"] as const) {
      await actAs(who);
      const response = await get("format=csv");
      expect(response.status).toBe(403);
      expect(await response.text()).not.toContain("Kdy;Kdo");
    }
    await actAs("admin");
    const invalid = await get(`format=csv&od=${encodeURIComponent("32. 1. 2026")}`);
    expect([invalid.status, await invalid.text()]).toEqual([
      400,
      "Neplatné datum ve filtru: zadejte datum ve tvaru 1. 10. 2026.",
    ]);
    expect((await get("format=pdf")).status).toBe(400);
    expect(await db.auditLog.count()).toBe(count);
  });

  it("stops a download at the cap and says so", async () => {
    await entriesAroundMidnight();
    const batches = [];
    for await (const batch of auditBatches(parseAuditFilters({ uzivatel: DEMO.council }).filters, "cs", 3, 2))
      batches.push(batch);
    expect(batches.map((b) => [b.entries.length, b.capped])).toEqual([
      [2, false],
      [1, true],
    ]);
  });
});
