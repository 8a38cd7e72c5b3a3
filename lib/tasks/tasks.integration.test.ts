import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actAs, DEMO } from "@/test/act-as";
import { BULK_COUNT, bulkIndex, bulkMeasureId, isBulk, withLargePlan } from "@/test/large-plan";
import { setEmailReminders } from "./actions";
import { tasksFor } from "./queries";
import type { Task, TaskKind } from "./due";

const NOW = new Date("2026-11-25T12:00:00Z"); // quarter 4 of 2026 began 2026-09-30T22:00Z
const AFTER_PLANNED = new Date("2026-12-10T09:00:00Z"); // the demo's event planned for 5 December has passed
const MEASURE = "plan-2024-2028-plan-2019-2023-a4-g1-m1";
const NARUC_MEASURE = "plan-2024-2028-plan-2019-2023-a1-g1-m3"; // made NÁRUČ's below
const RETURNED = "evt-2026-open-4"; // Rodina v centru's returned event
const PLANNED = "evt-2026-open-5"; // NÁRUČ's event planned for 2026-12-05

const userOf = (who: keyof typeof DEMO) =>
  db.user.findUniqueOrThrow({ where: { id: DEMO[who] }, select: { role: true, organisationId: true } });
const ids = (tasks: Task[], kind: TaskKind) =>
  tasks
    .filter((t) => t.kind === kind)
    .map((t) => t.id)
    .sort();
const sorted = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

describe("Moje úkoly", () => {
  it("gives the coordinator every unfinished, not carried-over measure of adopted and draft plans, and the events waiting for review", async () => {
    const tasks = await tasksFor(await userOf("coordinator"), NOW);
    const live = {
      archivedAt: null,
      status: { notIn: ["COMPLETED" as const, "CANCELLED" as const] },
      carriedOverTo: { is: null },
      plan: { state: { in: ["ADOPTED" as const, "DRAFT" as const] } },
    };
    expect(ids(tasks, "noUpdate")).toEqual(sorted(await db.measure.findMany({ where: live, select: { id: true } })));
    expect(ids(tasks, "overdue")).toEqual(
      sorted(
        await db.measure.findMany({
          where: { ...live, deadline: { lt: new Date("2026-11-25") } },
          select: { id: true },
        }),
      ),
    );
    expect(ids(tasks, "overdue").length).toBeGreaterThan(0);
    expect(ids(tasks, "awaitingReview")).toEqual(
      sorted(
        await db.recruitmentEvent.findMany({ where: { status: "SUBMITTED", archivedAt: null }, select: { id: true } }),
      ),
    );
    expect(ids(tasks, "awaitingReview")).toHaveLength(3);
    expect(ids(tasks, "returned")).toEqual([]);
    expect(ids(tasks, "pastPlanned")).toEqual([]);
    expect(tasks.find((t) => t.id === MEASURE)).toMatchObject({ href: `/strategicky-plan/opatreni/${MEASURE}` });
  });

  it("counts a progress update from this Prague quarter, not one from the last", async () => {
    const coordinator = await userOf("coordinator");
    const post = (createdAt: string) =>
      db.progressUpdate.create({
        data: { measureId: MEASURE, authorId: DEMO.coordinator, text: "Plnění", createdAt: new Date(createdAt) },
      });
    await post("2026-09-30T21:59:00Z"); // 30 September, 23:59 in Prague
    expect(ids(await tasksFor(coordinator, NOW), "noUpdate")).toContain(MEASURE);
    await post("2026-09-30T22:01:00Z"); // 1 October, 00:01 in Prague
    expect(ids(await tasksFor(coordinator, NOW), "noUpdate")).not.toContain(MEASURE);
    expect(ids(await tasksFor(coordinator, new Date("2027-01-05T10:00:00Z")), "noUpdate")).toContain(MEASURE); // a new quarter
  });

  it("gives a member only their organisation's measures and events", async () => {
    const memberA = await userOf("memberA");
    const memberB = await userOf("memberB");
    expect(await tasksFor(memberA, NOW)).toEqual([]);
    expect((await tasksFor(memberB, NOW)).map((t) => [t.kind, t.id])).toEqual([["returned", RETURNED]]);

    await db.measure.update({ where: { id: NARUC_MEASURE }, data: { responsibleOrgId: "org-naruc" } });
    const a = await tasksFor(memberA, AFTER_PLANNED);
    expect(a.map((t) => [t.kind, t.id])).toEqual([
      ["noUpdate", NARUC_MEASURE],
      ["pastPlanned", PLANNED],
    ]);
    expect(a[1]).toMatchObject({ href: `/nabor/akce/${PLANNED}` });
    expect(ids(await tasksFor(memberB, AFTER_PLANNED), "noUpdate")).toEqual([]);
    expect(ids(await tasksFor(await userOf("coordinator"), AFTER_PLANNED), "pastPlanned")).toEqual([PLANNED]);
  });

  it("leaves out archived events and gives the council and the admin nothing", async () => {
    await db.recruitmentEvent.update({ where: { id: RETURNED }, data: { archivedAt: new Date() } });
    expect(await tasksFor(await userOf("memberB"), NOW)).toEqual([]);
    expect(await tasksFor(await userOf("council"), NOW)).toEqual([]);
    expect(await tasksFor(await userOf("admin"), NOW)).toEqual([]);
  });
});

describe("Moje úkoly of a large plan", () => {
  // 1 200 extra unfinished measures in the adopted plan: the coordinator's candidates must load without the
  // database's bound-parameter limit (SQLite), each with the time of its latest progress update.
  it("gives the coordinator every due measure, judged by its latest progress update", async () => {
    const coordinator = await userOf("coordinator");
    const before = await tasksFor(coordinator, NOW);
    await withLargePlan(async () => {
      const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
      const update = (i: number, createdAt: string) => ({
        measureId: bulkMeasureId(i),
        authorId: DEMO.coordinator,
        text: "Plnění",
        createdAt: new Date(createdAt),
      });
      // 0–99 past their deadline; 0–49 and 100–149 updated this quarter (the older update inserted last), 50–99 and
      // 150–199 only in the last one.
      await db.measure.updateMany({
        where: { id: { startsWith: "bulk-m00" } },
        data: { deadline: new Date("2026-06-30T00:00:00Z") },
      });
      await db.progressUpdate.createMany({
        data: [
          ...[...range(0, 50), ...range(100, 150)].flatMap((i) => [
            update(i, "2026-10-15T08:00:00Z"),
            update(i, "2026-08-01T08:00:00Z"),
          ]),
          ...[...range(50, 100), ...range(150, 200)].map((i) => update(i, "2026-08-01T08:00:00Z")),
        ],
      });
      const tasks = await tasksFor(coordinator, NOW);
      expect(tasks.filter((t) => !isBulk(t.id))).toEqual(before);
      const bulk = (kind: TaskKind) =>
        tasks
          .filter((t) => t.kind === kind && isBulk(t.id))
          .map((t) => bulkIndex(t.id))
          .sort((a, b) => a - b);
      expect(bulk("overdue")).toEqual(range(0, 100));
      expect(bulk("noUpdate")).toEqual([...range(50, 100), ...range(150, BULK_COUNT)]);
      expect(tasks.find((t) => t.id === bulkMeasureId(7))).toMatchObject({
        kind: "overdue",
        title: "9.9.7 Hromadné opatření 7",
        plan: "2019–2023",
        date: new Date("2026-06-30T00:00:00Z"),
      });
    });
  });
});

describe("switching e-mail reminders", () => {
  it("changes only the caller's own setting, audited", async () => {
    await actAs("memberA");
    expect(await setEmailReminders({ enabled: true })).toEqual({ ok: true, data: { enabled: true } });
    expect((await db.user.findUniqueOrThrow({ where: { id: DEMO.memberA } })).emailReminders).toBe(true);
    expect(await db.auditLog.count({ where: { entity: "User", entityId: DEMO.memberA, action: "update" } })).toBe(1);

    expect(await setEmailReminders({ enabled: true, userId: DEMO.memberB })).toMatchObject({
      ok: false,
      error: "validation",
    });
    expect(await setEmailReminders({ enabled: "yes" })).toMatchObject({ ok: false, error: "validation" });
    expect((await db.user.findUniqueOrThrow({ where: { id: DEMO.memberB } })).emailReminders).toBe(false);

    await actAs("council");
    expect(await setEmailReminders({ enabled: true })).toMatchObject({ ok: true });
    expect(await setEmailReminders({ enabled: false })).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: DEMO.council } })).emailReminders).toBe(false);
    await actAs(null);
    expect(await setEmailReminders({ enabled: false })).toEqual({ ok: false, error: "unauthenticated" });
    expect((await db.user.findUniqueOrThrow({ where: { id: DEMO.memberA } })).emailReminders).toBe(true);
  });
});
