import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actAs } from "@/test/act-as";
import { applyEventImport } from "./actions";
import { fileOf, formOf, sampleEvents, xlsxOf, type Row } from "./test-files";
import { check, checkAndImport, eventState, issueList } from "./test-db";
import { dataOf } from "@/lib/spreadsheet/test-files";
import { MAX_ROWS } from "@/lib/spreadsheet/limits";
import { MAX_LISTED } from "@/lib/spreadsheet/upload";
import { COLUMNS } from "./columns";

const xlsx = async (rows: Row[], headers?: string[]) => fileOf(await xlsxOf(rows, headers), "akce.xlsx");
const imported = (organisationId: string, prefix = "Beseda z tabulky") =>
  db.recruitmentEvent.findMany({ where: { organisationId, title: { startsWith: prefix } }, orderBy: { title: "asc" } });

describe("importing recruitment events", () => {
  it("100 rows with 5 bad ones: the preview names exactly those and writes nothing; fixed, all 100 import as submitted; again, nothing new", async () => {
    await actAs("memberA");
    const good = sampleEvents(100);
    const bad = good.map((row) => ({ ...row }));
    bad[10].startDate = "15. 6. 2018"; // before the programme 2024–2028 (and after 2019–2023 started: that one is the default)
    bad[25].peopleReached = 1_000_000_000;
    bad[40] = { ...bad[40], inquiries: 2, applicants: 5 };
    bad[61].place = "Horní Dolní";
    bad[80] = { ...bad[80], startDate: "1. 3. 2027", endDate: null, realisation: "Realizováno" };
    const before = await eventState();

    const badFile = await xlsx(bad);
    const report = await check(badFile);
    expect(issueList(report)).toEqual([
      [12, "startDate", "outsideProgramme"],
      [27, "peopleReached", "tooBig"],
      [42, "applicants", "applicantsOverInquiries"],
      [63, "place", "unknownPlace"],
      [82, "startDate", "realisedInFuture"],
    ]);
    expect(report).toMatchObject({ rowCount: 100, applied: false, moreIssues: 0 });
    const refused = dataOf(await applyEventImport(formOf(badFile, undefined, report.sha256)));
    expect(refused.applied).toBe(false);
    expect(issueList(refused)).toEqual(issueList(report));
    expect(await eventState()).toBe(before);

    const goodFile = await xlsx(
      good.map((row) => ({ ...row, organisation: "Rodina v centru, z.ú." })),
      [...COLUMNS.map((c) => c.cs)],
    );
    const fixed = await check(goodFile, "org-rvc");
    expect(fixed).toMatchObject({
      issues: [],
      counts: { create: 100, update: 0, unchanged: 0 },
      organisationIgnored: true,
    });
    expect(await eventState()).toBe(before);
    expect((await checkAndImport(goodFile, "org-rvc")).applied).toBe(true);
    const events = await imported("org-naruc");
    expect(events).toHaveLength(100);
    expect(new Set(events.map((e) => e.status))).toEqual(new Set(["SUBMITTED"]));
    expect(await imported("org-rvc")).toHaveLength(0);
    expect(
      await db.auditLog.count({ where: { action: "import", entity: "RecruitmentEvent", userId: "user-member-naruc" } }),
    ).toBe(100);

    const after = await eventState();
    const again = await checkAndImport(goodFile);
    expect(again).toMatchObject({ applied: true, counts: { create: 0, update: 0, unchanged: 100 }, changes: [] });
    expect(await eventState()).toBe(after);
  });

  it("re-import updates a changed event that is not confirmed yet (submitted again, audited) and refuses a confirmed one", async () => {
    await actAs("memberB");
    const rows = sampleEvents(3, "Stánek ze sešitu");
    await checkAndImport(await xlsx(rows));
    const [first, second] = await imported("org-rvc", "Stánek ze sešitu");
    await db.recruitmentEvent.update({ where: { id: second.id }, data: { status: "RETURNED" } });
    await db.recruitmentEvent.update({ where: { id: first.id }, data: { status: "CONFIRMED" } });
    const changed = rows.map((row, i) =>
      i > 0 ? { ...row, peopleReached: 999, title: String(row.title).toUpperCase() } : row,
    );
    const report = await checkAndImport(await xlsx(changed));
    expect(report).toMatchObject({ applied: true, issues: [], counts: { create: 0, update: 2, unchanged: 1 } });
    const updated = await db.recruitmentEvent.findUniqueOrThrow({ where: { id: second.id } });
    expect(updated).toMatchObject({
      status: "SUBMITTED",
      peopleReached: 999,
      title: "STÁNEK ZE SEŠITU 2",
      version: 2,
      importKey: second.importKey,
    });
    const entry = await db.auditLog.findFirstOrThrow({
      where: { entityId: second.id, action: "import" },
      orderBy: { createdAt: "desc" },
    });
    expect(JSON.parse(entry.before!)).toMatchObject({ title: "Stánek ze sešitu 2", peopleReached: 41 });
    expect(JSON.parse(entry.after!)).toMatchObject({
      title: "STÁNEK ZE SEŠITU 2",
      peopleReached: 999,
      status: "SUBMITTED",
    });

    const state = await eventState();
    const confirmed = await check(await xlsx([{ ...rows[0], peopleReached: 1 }]));
    expect(confirmed.issues).toEqual([{ line: 2, column: "peopleReached", code: "confirmed" }]);
    expect(
      dataOf(
        await applyEventImport(formOf(await xlsx([{ ...rows[0], peopleReached: 1 }]), undefined, confirmed.sha256)),
      ).applied,
    ).toBe(false);
    expect(await eventState()).toBe(state);
  });

  it("a member importing a row of another organisation's event creates their own and leaves the other one alone", async () => {
    const other = await db.recruitmentEvent.findFirstOrThrow({
      where: { organisationId: "org-rvc", status: { not: "CONFIRMED" }, archivedAt: null },
      include: { eventType: true, place: true },
    });
    await actAs("memberA");
    const row = {
      startDate: other.startDate,
      type: other.eventType.nameCs,
      title: other.title,
      place: other.place!.name,
      peopleReached: 5,
      realisation: "Plánováno",
    };
    const report = await checkAndImport(
      await xlsx([row], ["Datum (začátek)", "Typ akce", "Název", "ORP", "Oslovené osoby", "Realizace"]),
    );
    expect(report).toMatchObject({ applied: true, counts: { create: 1, update: 0 } });
    expect(
      await db.recruitmentEvent.findUniqueOrThrow({
        where: { id: other.id },
        include: { eventType: true, place: true },
      }),
    ).toEqual(other);
    expect(
      await db.recruitmentEvent.count({ where: { organisationId: "org-naruc", title: other.title, peopleReached: 5 } }),
    ).toBe(1);
  });

  it("the coordinator imports for the organisation chosen or named per row; a file without optional columns keeps stored values", async () => {
    await actAs("coordinator");
    const rows = sampleEvents(4, "Článek ze sešitu").map((row, i) => ({
      ...row,
      organisation: i % 2 ? "org-majak" : null,
    }));
    expect(
      await checkAndImport(
        await xlsx(
          rows,
          COLUMNS.map((c) => c.cs),
        ),
        "org-fchcl",
      ),
    ).toMatchObject({ applied: true, counts: { create: 4 } });
    expect((await imported("org-majak", "Článek ze sešitu")).map((e) => e.title)).toEqual([
      "Článek ze sešitu 2",
      "Článek ze sešitu 4",
    ]);
    const [kept] = await imported("org-fchcl", "Článek ze sešitu");
    expect(kept).toMatchObject({
      status: "SUBMITTED",
      createdById: "user-coordinator",
      peopleReached: 40,
      costHaler: 350_000n,
      audience: "SCHOOLS",
    });
    const narrow = await checkAndImport(
      await xlsx([{ ...rows[0], description: "Nový popis" }], ["Datum (začátek)", "Typ akce", "Název", "ORP", "Popis"]),
      "org-fchcl",
    );
    expect(narrow.counts).toEqual({ create: 0, update: 1, unchanged: 0 });
    expect(await db.recruitmentEvent.findUniqueOrThrow({ where: { id: kept.id } })).toMatchObject({
      description: "Nový popis",
      peopleReached: 40,
      costHaler: 350_000n,
      audience: "SCHOOLS",
    });
  });

  it("the largest file allowed (10 000 rows) imports, its preview lists the first 500 changes, and importing it again changes nothing", async () => {
    await actAs("memberB");
    const file = await xlsx(sampleEvents(MAX_ROWS, "Video ze sešitu"));
    const report = await checkAndImport(file);
    expect(report).toMatchObject({ applied: true, counts: { create: MAX_ROWS }, moreChanges: MAX_ROWS - MAX_LISTED });
    expect(report.changes).toHaveLength(MAX_LISTED);
    expect(await db.recruitmentEvent.count({ where: { title: { startsWith: "Video ze sešitu" } } })).toBe(MAX_ROWS);
    expect((await check(file)).counts).toEqual({ create: 0, update: 0, unchanged: MAX_ROWS });
  }, 300_000); // two minutes per database on a busy machine
});
