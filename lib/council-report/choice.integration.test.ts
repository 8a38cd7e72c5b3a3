import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { programmeProgress } from "@/lib/programmes/queries";
import { currentPlan } from "@/lib/plan/queries";
import { councilReportModelFor } from "./build";
import { reportChoice } from "./choice";
import { programmeOfPlan } from "./choice-rules";
import { isSig, type ReportModel } from "./model";

const TODAY = new Date("2026-11-25T00:00:00Z");
const PLAN_2019 = "plan-2019-2023";
const PLAN_2024 = "plan-2024-2028";
const codeRows = (m: ReportModel) =>
  m.sections.find((s) => s.id === "measures")!.tables.flatMap((t) => t.rows.map((r) => r[0] as string));
const section = (m: ReportModel, id: string) => m.sections.find((s) => s.id === id)!;

describe("council report by period", () => {
  it("for the 2019–2023 plan and its programme, holds that plan's measures only and that programme only", async () => {
    const model = await councilReportModelFor(
      { planId: PLAN_2019, programmeId: "prog-nrp-2019", period: { year: null } },
      { today: TODAY },
    );
    const [own, other, nrp2024] = await Promise.all([
      db.measure.findMany({ where: { planId: PLAN_2019, archivedAt: null }, select: { code: true } }),
      db.measure.findMany({ where: { planId: PLAN_2024, archivedAt: null }, select: { id: true } }),
      db.programme.findUniqueOrThrow({ where: { id: "prog-nrp-2024" } }),
    ]);
    expect(codeRows(model).sort()).toEqual(own.map((m) => m.code).sort());
    expect(other.length).toBeGreaterThan(0);
    const plan2024 = await db.plan.findUniqueOrThrow({ where: { id: PLAN_2024 } });
    const text = JSON.stringify(model);
    expect(text).not.toContain(plan2024.name);
    expect(text).not.toContain(nrp2024.name);
    expect(model.title).toBe(
      "Hodnoticí zpráva o plnění rodinné politiky za období 2019–2023 pro Radu Libereckého kraje",
    );
    expect(model.scope).toEqual([
      "Plánovací období 2019–2023: Strategický plán rodinné politiky Libereckého kraje 2019–2023",
      "Program: Plán pro vyhledávání náhradních rodičů 2019–2023 (1. 1. 2019 – 31. 12. 2023)",
    ]);
    const [progress] = await programmeProgress({ id: "prog-nrp-2019" });
    expect(section(model, "summary").lines).toEqual([`Potvrzeno ${progress.confirmed} z 60 aktivit.`]);
    expect(model.notices).toEqual([]);
  });

  it("shows every measure's signal and the programme's pace as coloured words", async () => {
    const model = await councilReportModelFor(
      { planId: PLAN_2019, programmeId: "prog-nrp-2019", period: { year: null } },
      { today: TODAY },
    );
    const measureSignals = section(model, "measures").tables.flatMap((t) => t.rows.map((r) => r[5]));
    expect(measureSignals.length).toBeGreaterThan(0);
    expect(
      measureSignals.every(
        (c) => isSig(c) && ["V plánu", "Ohroženo", "Mimo plán", "Nehodnoceno", "Napřed", "Splněno"].includes(c.text),
      ),
    ).toBe(true);
    const pace = section(model, "summary").tables[0].rows.find((r) => r[0] === "Signál programu jako celku")![1];
    expect(isSig(pace) && pace.text).toBe("Splněno");
  });

  it("the default choice is the current plan with the programme of its period (never two periods unasked)", async () => {
    const choice = await reportChoice({}, TODAY);
    const plan = (await currentPlan())!;
    expect(choice.plan?.id).toBe(plan.id);
    expect(choice.programme?.id).toBe(programmeOfPlan(choice.plan, choice.options.programmes, TODAY)?.id);
    expect(choice.otherPeriod).toBe(false);
    const y = (d: Date) => d.getUTCFullYear();
    expect(y(choice.programme!.periodStart) <= plan.yearTo && plan.yearFrom <= y(choice.programme!.periodEnd)).toBe(
      true,
    );
  });

  it("a programme of another period is shown only when asked, and the report says so", async () => {
    const choice = await reportChoice({ plan: PLAN_2019, program: "prog-nrp-2024", obdobi: "cele" }, TODAY);
    expect([choice.programme?.id, choice.otherPeriod, choice.problems]).toEqual(["prog-nrp-2024", true, []]);
  });

  it("a draft plan can be chosen: its own measures, its programme, the year's figures", async () => {
    const model = await councilReportModelFor(
      { planId: PLAN_2024, programmeId: "prog-nrp-2024", period: { year: 2025 } },
      { today: TODAY },
    );
    const own = await db.measure.findMany({ where: { planId: PLAN_2024, archivedAt: null }, select: { code: true } });
    expect(codeRows(model).sort()).toEqual(own.map((m) => m.code).sort());
    expect(model.title).toBe("Hodnoticí zpráva o plnění rodinné politiky za rok 2025 pro Radu Libereckého kraje");
    expect(model.scope[1]).toBe(
      "Program: Plán pro vyhledávání náhradních rodičů 2024–2028 (1. 1. 2024 – 31. 12. 2028)",
    );
  });
});
