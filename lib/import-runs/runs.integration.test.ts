import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { actAs } from "@/test/act-as";
import { setSuiteDate } from "@/test/suite-date";
import { applyEventImport } from "@/lib/event-import/actions";
import { applyEvents } from "@/lib/event-import/apply";
import { planEvents } from "@/lib/event-import/changes";
import { mapHeader } from "@/lib/event-import/columns";
import { fileOf, formOf, sampleEvents, xlsxOf } from "@/lib/event-import/test-files";
import { check, checkAndImport } from "@/lib/event-import/test-db";
import { previewAndApply } from "@/lib/plan-import/test-db";
import { sampleRows, xlsxOf as planXlsxOf } from "@/lib/plan-import/test-files";
import { dataOf } from "@/lib/spreadsheet/test-files";
import { previewOrApply, readUpload } from "@/lib/spreadsheet/upload";
import { markInterrupted, thisInstance } from "./record";
import { recentRuns } from "./recent";
import { IMPORT_MAX_WAIT_MS, IMPORT_TIMEOUT_MS } from "./status";

const runs = (fileName: string) => db.importRun.findMany({ where: { fileName }, orderBy: { startedAt: "asc" } });
const titled = (prefix: string) => db.recruitmentEvent.count({ where: { title: { startsWith: prefix } } });

describe("the record of an applied import", () => {
  afterEach(() => setSuiteDate()); // back to the suite's day, not the machine's

  it("an applied events import ends APPLIED with its counts; a refused one FAILED; previews leave no run", async () => {
    await actAs("memberA");
    const rows = sampleEvents(20, "Beseda běhu");
    const file = fileOf(await xlsxOf(rows), "beh.xlsx");
    const first = await checkAndImport(file);
    expect(first.applied).toBe(true);
    const changed = fileOf(
      await xlsxOf(rows.map((r, i) => (i < 3 ? { ...r, description: "Nový popis" } : r))),
      "beh-2.xlsx",
    );
    await checkAndImport(changed);
    expect(await runs("beh.xlsx")).toMatchObject([
      {
        kind: "EVENTS",
        userId: "user-member-naruc",
        sha256: first.sha256,
        rowCount: 20,
        status: "APPLIED",
        created: 20,
        updated: 0,
        instance: thisInstance(),
      },
    ]);
    expect(await runs("beh-2.xlsx")).toMatchObject([{ status: "APPLIED", created: 0, updated: 3 }]);
    expect((await runs("beh.xlsx"))[0].finishedAt).toBeInstanceOf(Date);

    const bad = fileOf(
      await xlsxOf([{ ...rows[0], title: "Beseda běhu chybná", place: "Horní Dolní" }]),
      "chybny.xlsx",
    );
    const refused = dataOf(await applyEventImport(formOf(bad, undefined, (await check(bad)).sha256)));
    expect(refused.applied).toBe(false);
    expect(await runs("chybny.xlsx")).toMatchObject([{ status: "FAILED", created: 0, updated: 0 }]);
    expect(await titled("Beseda běhu chybná")).toBe(0);
  });

  it("an applied plan import ends APPLIED with the records it created (1 area, 2 goals, 6 measures, 6 indicators)", async () => {
    await actAs("coordinator");
    const report = await previewAndApply(fileOf(await planXlsxOf(sampleRows(6)), "plan-beh.xlsx"), "plan-2024-2028");
    expect(report.applied).toBe(true);
    expect(await runs("plan-beh.xlsx")).toMatchObject([
      { kind: "PLAN", userId: "user-coordinator", rowCount: 6, status: "APPLIED", created: 15, updated: 0 },
    ]);
  });

  it("a transaction that fails after writing part of the file ends FAILED, with none of its rows stored", async () => {
    const user = (await actAs("memberA"))!;
    const file = fileOf(await xlsxOf(sampleEvents(50, "Beseda selhání")), "selhani.xlsx");
    const { base, rowCount, read } = await readUpload({ file }, false, mapHeader);
    const failing = previewOrApply(
      true,
      { kind: "EVENTS", userId: user.id, ...base, rowCount },
      {
        plan: (client) => planEvents(client, read!.sheet, read!.index, user),
        ok: () => true,
        write: async (tx, planned) => {
          await applyEvents(tx, planned.changes, user.id);
          expect(await tx.recruitmentEvent.count({ where: { title: { startsWith: "Beseda selhání" } } })).toBe(50);
          throw new Error("the disk failed");
        },
        counts: (planned) => ({ created: planned.changes.length, updated: 0 }),
        report: () => null,
      },
    );
    await expect(failing).rejects.toThrow("the disk failed");
    expect(await titled("Beseda selhání")).toBe(0);
    expect(await runs("selhani.xlsx")).toMatchObject([
      { status: "FAILED", created: 0, updated: 0, finishedAt: expect.any(Date) },
    ]);
  });

  it("at start-up an instance marks its own runs left RUNNING interrupted, and no other instance's", async () => {
    const run = (instance: string, status: "RUNNING" | "APPLIED", fileName: string) =>
      db.importRun.create({
        data: { kind: "EVENTS", userId: "user-member-rvc", fileName, sha256: "x", rowCount: 5000, instance, status },
      });
    await run("app-1:3000", "RUNNING", "zabity.xlsx");
    await run("app-1:3000", "APPLIED", "hotovy.xlsx");
    await run("app-1:3001", "RUNNING", "jinde.xlsx");
    expect(await markInterrupted("app-1:3000")).toBe(1);
    expect(await runs("zabity.xlsx")).toMatchObject([{ status: "INTERRUPTED", finishedAt: expect.any(Date) }]);
    expect(await runs("hotovy.xlsx")).toMatchObject([{ status: "APPLIED" }]);
    expect(await runs("jinde.xlsx")).toMatchObject([{ status: "RUNNING", finishedAt: null }]);
  });

  it("the recent runs: a member's own, everyone's for the coordinator; RUNNING past the time limit shown as interrupted", async () => {
    const started = new Date("2030-03-02T09:00:00Z"); // after every run the other tests record
    const run = (userId: string, fileName: string, minutesLater: number) =>
      db.importRun.create({
        data: {
          kind: "EVENTS",
          userId,
          fileName,
          sha256: "x",
          rowCount: 10,
          instance: "elsewhere:1",
          startedAt: new Date(started.getTime() + minutesLater * 60_000),
        },
      });
    await run("user-member-naruc", "naruc-stary.xlsx", 0);
    await run("user-member-naruc", "naruc-novy.xlsx", 60);
    await run("user-member-rvc", "rvc.xlsx", 30);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(started.getTime() + 60 * 60_000 + IMPORT_MAX_WAIT_MS + IMPORT_TIMEOUT_MS);

    const own = await recentRuns({ id: "user-member-naruc", role: "MEMBER" }, "EVENTS");
    expect(own.everyone).toBe(false);
    const mine = own.runs.filter((r) => r.fileName.startsWith("naruc-"));
    expect(mine.map((r) => [r.fileName, r.status])).toEqual([
      ["naruc-novy.xlsx", "RUNNING"],
      ["naruc-stary.xlsx", "INTERRUPTED"],
    ]);
    expect(own.runs.some((r) => r.fileName === "rvc.xlsx")).toBe(false);

    const all = await recentRuns({ id: "user-coordinator", role: "COORDINATOR" }, "EVENTS");
    expect(all.everyone).toBe(true);
    expect(all.runs.find((r) => r.fileName === "rvc.xlsx")).toMatchObject({
      status: "INTERRUPTED",
      by: expect.any(String),
    });
    expect(
      (await recentRuns({ id: "user-coordinator", role: "COORDINATOR" }, "PLAN")).runs.some(
        (r) => r.fileName === "rvc.xlsx",
      ),
    ).toBe(false);
  });
});
