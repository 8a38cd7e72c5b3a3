import { describe, expect, it } from "vitest";
import { programmeOfPlan, resolveChoice, type PlanOption, type ProgrammeOption } from "./choice-rules";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const TODAY = d("2026-05-10");
const P2019: PlanOption = { id: "p19", name: "Plán 2019–2023", yearFrom: 2019, yearTo: 2023, state: "ADOPTED" };
const P2024: PlanOption = { id: "p24", name: "Plán 2024–2028", yearFrom: 2024, yearTo: 2028, state: "DRAFT" };
const N2019: ProgrammeOption = {
  id: "n19",
  name: "NRP 2019–2023",
  periodStart: d("2019-01-01"),
  periodEnd: d("2023-12-31"),
};
const N2024: ProgrammeOption = {
  id: "n24",
  name: "NRP 2024–2028",
  periodStart: d("2024-01-01"),
  periodEnd: d("2028-12-31"),
};
const options = { plans: [P2024, P2019], programmes: [N2019, N2024], currentPlanId: "p19", today: TODAY };

describe("council report choice", () => {
  it("takes the programme of the plan's own period, else the running one, else the latest", () => {
    expect(programmeOfPlan(P2019, [N2019, N2024], TODAY)?.id).toBe("n19");
    expect(programmeOfPlan(P2024, [N2019, N2024], TODAY)?.id).toBe("n24");
    expect(programmeOfPlan({ ...P2019, yearFrom: 2010, yearTo: 2014 }, [N2019, N2024], TODAY)?.id).toBe("n24");
    expect(programmeOfPlan(null, [N2019], TODAY)?.id).toBe("n19");
    expect(programmeOfPlan(P2019, [], TODAY)).toBeNull();
  });

  it("defaults to the current plan and its programme: one period, nothing mixed", () => {
    const c = resolveChoice({}, options);
    expect([c.plan?.id, c.programme?.id, c.period, c.otherPeriod, c.problems]).toEqual([
      "p19",
      "n19",
      { year: null },
      false,
      [],
    ]);
    expect(c.years).toEqual([2023, 2022, 2021, 2020, 2019]);
  });

  it("follows a chosen plan with its programme; a programme of another period only when asked, and says so", () => {
    expect(resolveChoice({ plan: "p24", obdobi: "2025" }, options)).toMatchObject({
      programme: { id: "n24" },
      period: { year: 2025 },
      otherPeriod: false,
      years: [2026, 2025, 2024],
    });
    expect(resolveChoice({ plan: "p19", program: "n24" }, options)).toMatchObject({
      programme: { id: "n24" },
      otherPeriod: true,
      problems: [],
    });
    expect(resolveChoice({ plan: "p19", program: "" }, options)).toMatchObject({
      programme: { id: "n19" },
      otherPeriod: false,
    });
  });

  it("falls back from an unknown plan, programme, period or a year outside the choice, naming the problem", () => {
    expect(resolveChoice({ plan: "nope" }, options)).toMatchObject({ plan: { id: "p19" }, problems: ["plan"] });
    expect(resolveChoice({ plan: "p24", program: "nope" }, options)).toMatchObject({
      programme: { id: "n24" },
      problems: ["programme"],
    });
    expect(resolveChoice({ obdobi: "vsechno" }, options)).toMatchObject({
      period: { year: null },
      problems: ["period"],
    });
    expect(resolveChoice({ obdobi: "2025" }, options)).toMatchObject({ period: { year: null }, problems: ["year"] });
    expect(resolveChoice({ plan: "p24", obdobi: "2027" }, options)).toMatchObject({
      period: { year: null },
      problems: ["year"],
    });
  });

  it("without any plan or programme it still answers", () => {
    expect(
      resolveChoice({ obdobi: "2025" }, { plans: [], programmes: [], currentPlanId: null, today: TODAY }),
    ).toMatchObject({ plan: null, programme: null, period: { year: null }, years: [], problems: ["year"] });
  });
});
