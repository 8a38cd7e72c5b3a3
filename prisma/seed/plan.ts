import type { Db } from "@/lib/db";
import type { MeasureStatus } from "@/lib/db/generated/sqlite/enums";
import { createRandom, day } from "./random";
import { PLAN_2019_AREAS, PLAN_2024_AREAS } from "./plan-content";
import { measureSearchText } from "@/lib/search";

const PLAN_2019 = "plan-2019-2023";
const PLAN_2024 = "plan-2024-2028";

// 30 measures of a plan that ended in 2023: mostly done, some late or stopped, some carried over.
const STATUSES: MeasureStatus[] = [
  "COMPLETED",
  "COMPLETED",
  "IN_PROGRESS",
  "COMPLETED",
  "DELAYED",
  "COMPLETED",
  "COMPLETED",
  "IN_PROGRESS",
  "COMPLETED",
  "COMPLETED",
  "COMPLETED",
  "DELAYED",
  "COMPLETED",
  "COMPLETED",
  "COMPLETED",
  "COMPLETED",
  "COMPLETED",
  "COMPLETED",
  "IN_PROGRESS",
  "COMPLETED",
  "DELAYED",
  "COMPLETED",
  "IN_PROGRESS",
  "COMPLETED",
  "COMPLETED",
  "CANCELLED",
  "COMPLETED",
  "NOT_STARTED",
  "COMPLETED",
  "CANCELLED",
];
const REASONS: Partial<Record<MeasureStatus, string>> = {
  DELAYED: "Zpoždění výběrového řízení a omezení během pandemie covid-19; dokončení přesunuto do dalšího plánu.",
  CANCELLED: "Opatření nahrazeno celostátním programem MPSV, krajské financování nebylo schváleno.",
  NOT_STARTED: "Čeká na zajištění financování z Operačního programu Zaměstnanost plus.",
};

async function put<T extends { id: string }>(model: { upsert(args: object): Promise<unknown> }, data: T) {
  const { id, ...rest } = data;
  await model.upsert({ where: { id }, create: data, update: rest });
}

export async function seedPlans(db: Db) {
  const random = createRandom(2019);
  await put(db.plan, {
    id: PLAN_2019,
    name: "Strategický plán rodinné politiky Libereckého kraje 2019–2023",
    yearFrom: 2019,
    yearTo: 2023,
    state: "ADOPTED" as const,
    adoptedOn: day("2018-08-28"),
    adoptedBy: "ASSEMBLY" as const,
    resolutionNo: "318/18/ZK",
  });
  await put(db.plan, {
    id: PLAN_2024,
    name: "Strategický plán rodinné politiky Libereckého kraje 2024–2028",
    yearFrom: 2024,
    yearTo: 2028,
    state: "DRAFT" as const,
    previousPlanId: PLAN_2019,
  });

  let index = 0;
  for (const [a, area] of PLAN_2019_AREAS.entries()) {
    const areaId = `${PLAN_2019}-a${a + 1}`;
    await put(db.priorityArea, { id: areaId, planId: PLAN_2019, code: `${a + 1}`, title: area.title, sortOrder: a });
    for (const [g, goal] of area.goals.entries()) {
      const goalId = `${areaId}-g${g + 1}`;
      await put(db.goal, { id: goalId, areaId, code: `${a + 1}.${g + 1}`, title: goal.title, sortOrder: g });
      for (const [m, measure] of goal.measures.entries()) {
        const status = STATUSES[index++ % STATUSES.length];
        const measureId = `${goalId}-m${m + 1}`;
        const planned = BigInt(random.int(2, 120) * 50_000) * 100n;
        const description = `${measure.title}. Opatření naplňuje cíl „${goal.title}“ v prioritní oblasti „${area.title}“.`;
        await put(db.measure, {
          id: measureId,
          planId: PLAN_2019,
          goalId,
          code: `${a + 1}.${g + 1}.${m + 1}`,
          title: measure.title,
          description,
          responsibleBody: measure.gestor,
          responsibleOrgId: measure.org ?? (measure.gestor.includes("KÚ LK") ? "org-kulk" : null),
          startDate: day(`${random.pick([2019, 2019, 2020])}-01-01`),
          deadline: day(`${random.pick([2021, 2022, 2023, 2023])}-12-31`),
          plannedBudgetHaler: planned,
          spentBudgetHaler: status === "NOT_STARTED" ? 0n : (planned * BigInt(random.int(40, 100))) / 100n,
          fundingSources: random.pick([
            "rozpočet Libereckého kraje",
            "OP Zaměstnanost (ESF) 85 %, státní rozpočet 10 %, kraj 5 %",
            "rozpočet kraje a obcí",
          ]),
          status,
          statusReason: REASONS[status] ?? null,
          progressPercent: status === "COMPLETED" ? 100 : status === "NOT_STARTED" ? 0 : random.int(20, 80),
          sortOrder: m,
          searchText: measureSearchText({
            code: `${a + 1}.${g + 1}.${m + 1}`,
            title: measure.title,
            description,
            responsibleBody: measure.gestor,
          }),
        });
        await seedIndicator(db, measureId, measure.indicator, status, random);
      }
    }
  }
  await seedPlan2024(db);
}

async function seedIndicator(
  db: Db,
  measureId: string,
  [name, unit, baseline, target]: [string, string, number, number],
  status: MeasureStatus,
  random: ReturnType<typeof createRandom>,
) {
  const id = `${measureId}-i1`;
  const lowerIsBetter = target < baseline;
  await put(db.indicator, {
    id,
    measureId,
    name,
    unit,
    direction: lowerIsBetter ? ("LOWER_IS_BETTER" as const) : ("HIGHER_IS_BETTER" as const),
    baselineValue: baseline,
    baselineYear: 2018,
    targetValue: target,
    targetDate: day("2023-12-31"),
  });
  // Yearly measured values that move toward the target at a pace that depends on the measure's status (none for an
  // indicator fed by a programme: its values are the programme's count).
  if (RECRUITMENT_MEASURES[measureId]) return;
  const reach =
    status === "COMPLETED"
      ? 1.05
      : status === "NOT_STARTED"
        ? 0
        : status === "CANCELLED"
          ? 0.2
          : 0.6 + random.next() * 0.25;
  for (let year = 2019; year <= 2023; year++) {
    const share = Math.min(1, (year - 2018) / 5) * reach;
    const value = Math.round(baseline + (target - baseline) * share);
    await put(db.indicatorValue, {
      id: `${id}-v${year}`,
      indicatorId: id,
      measuredOn: day(`${year}-12-31`),
      value,
      source: "Roční hodnoticí zpráva SP RP LK",
      createdById: "user-coordinator",
    });
  }
}

/** The measures "Plán pro vyhledávání náhradních rodičů (60 náborových aktivit)" of both plans, by id, with the
 * programme their indicator counts: the measure, the programme page and the dashboard show one figure. */
const NRP_2019 = `${PLAN_2019}-a4-g1-m1`;
const NRP_2024 = `${PLAN_2024}-${NRP_2019}`;
const RECRUITMENT_MEASURES: Record<string, { programmeId: string; from: number; to: number }> = {
  [NRP_2019]: { programmeId: "prog-nrp-2019", from: 2019, to: 2023 },
  [NRP_2024]: { programmeId: "prog-nrp-2024", from: 2024, to: 2028 },
};

/** After the programmes exist: the recruitment measures' indicators count their programme's confirmed activities,
 * with the programme's yearly sub-targets as cumulative yearly targets (12 a year toward 60). */
export async function linkRecruitmentIndicators(db: Db) {
  for (const [measureId, { programmeId, from, to }] of Object.entries(RECRUITMENT_MEASURES)) {
    const id = `${measureId}-i1`;
    const indicator = {
      id,
      measureId,
      name: "Počet náborových aktivit",
      unit: "aktivity",
      direction: "HIGHER_IS_BETTER" as const,
      baselineValue: 0,
      baselineYear: from - 1,
      targetValue: 60,
      targetDate: day(`${to}-12-31`),
      source: "PROGRAMME" as const,
      sourceProgrammeId: programmeId,
    };
    await put(db.indicator, indicator);
    for (let year = from; year <= to; year++) {
      const key = { indicatorId: id, year };
      const value = 12 * (year - from + 1);
      await db.indicatorYearTarget.upsert({
        where: { indicatorId_year: key },
        create: { ...key, value },
        update: { value },
      });
    }
  }
}

async function seedPlan2024(db: Db) {
  for (const [a, area] of PLAN_2024_AREAS.entries()) {
    const areaId = `${PLAN_2024}-a${a + 1}`;
    await put(db.priorityArea, { id: areaId, planId: PLAN_2024, code: `${a + 1}`, title: area.title, sortOrder: a });
    for (const [g, goal] of area.goals.entries()) {
      await put(db.goal, {
        id: `${areaId}-g${g + 1}`,
        areaId,
        code: `${a + 1}.${g + 1}`,
        title: goal.title,
        sortOrder: g,
      });
    }
  }
  // Unfinished measures of 2019–2023 continue in the draft plan, linked to their history.
  const unfinished = await db.measure.findMany({
    where: { planId: PLAN_2019, status: { in: ["IN_PROGRESS", "DELAYED"] } },
    orderBy: { code: "asc" },
  });
  const areaFor = (code: string) => ({ "1": 1, "2": 1, "3": 2, "4": 2, "5": 3 })[code.split(".")[0]] ?? 4;
  const counters = new Map<number, number>();
  for (const old of unfinished) {
    const area = areaFor(old.code);
    const n = (counters.get(area) ?? 0) + 1;
    counters.set(area, n);
    await put(db.measure, {
      id: `${PLAN_2024}-${old.id}`,
      planId: PLAN_2024,
      goalId: `${PLAN_2024}-a${area}-g1`,
      code: `${area}.1.${n}`,
      title: old.title,
      description: old.description,
      responsibleBody: old.responsibleBody,
      responsibleOrgId: old.responsibleOrgId,
      startDate: day("2024-01-01"),
      // The recruitment plan runs with its programme to 2028; the other measures are due in the draft's first term.
      deadline: day(RECRUITMENT_MEASURES[`${PLAN_2024}-${old.id}`] ? "2028-12-31" : "2026-12-31"),
      plannedBudgetHaler: old.plannedBudgetHaler,
      fundingSources: old.fundingSources,
      status: "IN_PROGRESS" as const,
      progressPercent: old.progressPercent,
      carriedOverFromId: old.id,
      sortOrder: n,
      searchText: measureSearchText({ ...old, code: `${area}.1.${n}` }),
    });
    if (!RECRUITMENT_MEASURES[`${PLAN_2024}-${old.id}`]) await carryIndicator(db, old.id, `${PLAN_2024}-${old.id}`);
  }
}

/** A carried-over measure keeps its indicator with the measured history (the 2024–2028 target date). */
async function carryIndicator(db: Db, fromMeasureId: string, toMeasureId: string) {
  const old = await db.indicator.findUnique({
    where: { id: `${fromMeasureId}-i1` },
    select: {
      name: true,
      unit: true,
      direction: true,
      baselineValue: true,
      baselineYear: true,
      targetValue: true,
      values: true,
    },
  });
  if (!old) return;
  const id = `${toMeasureId}-i1`;
  const { values, ...fields } = old;
  await put(db.indicator, { ...fields, id, measureId: toMeasureId, targetDate: day("2026-12-31") });
  for (const v of values) {
    await put(db.indicatorValue, {
      id: `${id}-${v.id.slice(-5)}`,
      indicatorId: id,
      measuredOn: v.measuredOn,
      value: v.value,
      source: v.source,
      note: v.note,
      createdById: v.createdById,
    });
  }
}
