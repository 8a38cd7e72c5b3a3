import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actAs, DEMO } from "@/test/act-as";
import { planDashboard } from "@/lib/dashboard/plan";
import { tasksFor } from "@/lib/tasks/queries";
import { sendReminders } from "@/lib/reminders/send";
import { startSmtpSink } from "@/lib/reminders/smtp-sink";
import { listMeasures, parseFilters } from "./measure-list";
import { carryOverMeasure } from "./actions/measure";

// The demo's 2019–2023 plan has ended: its unfinished measures were carried over into the 2024–2028 plan, except the
// one not started. Only that one is overdue, wherever overdue measures are listed.
const NOW = new Date("2027-03-03T08:00:00Z"); // ISO week 9 of 2027
const PLAN = "plan-2019-2023";
const coordinator = () =>
  db.user.findUniqueOrThrow({ where: { id: DEMO.coordinator }, select: { role: true, organisationId: true } });
const idsOf = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(() => sink.close());

async function demo() {
  const late = {
    planId: PLAN,
    archivedAt: null,
    status: { notIn: ["COMPLETED" as const, "CANCELLED" as const] },
    deadline: { lt: new Date("2027-03-03") },
  };
  const carried = await db.measure.findMany({
    where: { ...late, carriedOverTo: { isNot: null } },
    select: { id: true },
  });
  const notCarried = await db.measure.findMany({
    where: { ...late, carriedOverTo: { is: null } },
    select: { id: true },
  });
  return { carried: idsOf(carried), notCarried: idsOf(notCarried) };
}

describe("measures carried over into the next plan are not overdue", () => {
  it("in the demo data, seven late measures were carried over and one was not", async () => {
    const { carried, notCarried } = await demo();
    expect(carried).toHaveLength(7);
    expect(notCarried).toHaveLength(1);
  });

  it("in Moje úkoly, the dashboard and the measure list's overdue filter", async () => {
    const { carried, notCarried } = await demo();
    const tasks = await tasksFor(await coordinator(), NOW);
    const inPlan = (kind: string) =>
      tasks
        .filter((t) => t.kind === kind && t.plan === "2019–2023")
        .map((t) => t.id)
        .sort();
    expect(inPlan("overdue")).toEqual(notCarried);
    expect(tasks.filter((t) => carried.includes(t.id))).toEqual([]); // no progress update asked of them either

    const dashboard = (await planDashboard(undefined, NOW))!;
    expect(dashboard.plan.id).toBe(PLAN); // the adopted plan
    expect(idsOf(dashboard.overdue)).toEqual(notCarried);

    const list = await listMeasures(parseFilters(PLAN, { termin: "overdue" }), NOW);
    expect(idsOf(list.rows)).toEqual(notCarried);
    // Combined with a status filter, overdue narrows it and never replaces it.
    expect((await listMeasures(parseFilters(PLAN, { termin: "overdue", stav: "DELAYED" }), NOW)).total).toBe(0);
  });

  it("in the coordinator's reminder e-mail", async () => {
    const { carried, notCarried } = await demo();
    await db.user.update({ where: { id: DEMO.coordinator }, data: { emailReminders: true } });
    const run = await sendReminders({ now: NOW, smtpUrl: sink.url, appUrl: "https://rodina.test" });
    expect(run).toMatchObject({ sent: ["koordinatorka@demo.rodina-lk.cz"] });
    const text = sink.received.at(-1)!.text;
    const overdueSection = text.split("\n\n").find((s) => s.startsWith("Po termínu"))!;
    for (const id of notCarried)
      expect(overdueSection).toContain(`https://rodina.test/strategicky-plan/opatreni/${id}\n`);
    for (const id of carried) expect(text).not.toContain(`/strategicky-plan/opatreni/${id}\n`);
  });

  it("from the moment it is carried over, and its copy in the next plan starts on time", async () => {
    const {
      notCarried: [late],
    } = await demo();
    await actAs("coordinator");
    const result = await carryOverMeasure({ measureId: late, goalId: "plan-2024-2028-a4-g1" });
    const copy = result.ok ? result.data.id : "";
    const tasks = await tasksFor(await coordinator(), NOW);
    expect(tasks.filter((t) => t.id === late)).toEqual([]);
    expect(tasks.filter((t) => t.id === copy).map((t) => t.kind)).toEqual(["noUpdate"]); // its deadline is the end of 2028
    expect((await planDashboard(undefined, NOW))!.overdue).toEqual([]);
    expect((await listMeasures(parseFilters(PLAN, { termin: "overdue" }), NOW)).total).toBe(0);
  });
});
