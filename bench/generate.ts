// npm run bench, step 1: the large data set, added to a migrated database that holds the demo data.
// 500 organisations, 100 000 recruitment events over 10 years (2017–2026), 5 000 measures in the adopted plan with
// one indicator each and 20 000 indicator values. Deterministic (seeded), inserted in batches with createMany.
import { createDb } from "../lib/db";
import { databaseUrl } from "../lib/db/url";
import { searchable } from "../lib/search";
import { createRandom, day } from "../prisma/seed/random";
import { SIZE } from "./size";
import { EVENT_TYPES, MUNICIPALITIES, TITLES } from "../prisma/seed/recruitment-content";

const BATCH = 2_000;
const MUNICIPALITY_NAMES = Object.values(MUNICIPALITIES).flat();
const AUDIENCES = ["PUBLIC", "FAMILIES", "SCHOOLS", "CHURCHES", "EMPLOYERS", "PROFESSIONALS", "MEDIA"] as const;
const STATUSES = ["NOT_STARTED", "IN_PROGRESS", "IN_PROGRESS", "COMPLETED", "DELAYED"] as const;

const db = createDb(databaseUrl());
const random = createRandom(20261125);
const started = Date.now();

async function inBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

// Organisations: the demo ones plus enough NGOs and municipalities to make 500, spread over the ORPs.
const orps = (await db.place.findMany({ where: { kind: "ORP" }, select: { id: true } })).map((p) => p.id);
const existing = await db.organisation.count();
await db.organisation.createMany({
  data: Array.from({ length: SIZE.organisations - existing }, (_, i) => ({
    id: `bench-org-${i}`,
    name: `Organizace ${i + 1} (zátěžová data)`,
    kind: i % 3 ? "NGO" : "MUNICIPALITY",
    placeId: random.pick(orps),
    isWorkingGroupMember: i % 5 === 0,
  })),
});
const organisations = (await db.organisation.findMany({ select: { id: true } })).map((o) => o.id);

// A programme for the years before the demo ones, so that every event date belongs to a programme.
await db.programme.upsert({
  where: { id: "bench-nrp-2014" },
  update: {},
  create: {
    id: "bench-nrp-2014",
    code: "NRP-2014-2018",
    name: "Plán pro vyhledávání náhradních rodičů 2014–2018",
    periodStart: day("2014-01-01"),
    periodEnd: day("2018-12-31"),
    totalTarget: 60,
    sortOrder: 90,
  },
});
const programmeOn = (d: Date) =>
  d.getUTCFullYear() < 2019 ? "bench-nrp-2014" : d.getUTCFullYear() < 2024 ? "prog-nrp-2019" : "prog-nrp-2024";
const coordinator = await db.user.findFirstOrThrow({ where: { role: "COORDINATOR" } });
const [from, to] = [Date.UTC(SIZE.years[0], 0, 1), Date.UTC(SIZE.years[1], 11, 31)];
const now = Date.now();
const events = Array.from({ length: SIZE.events }, (_, i) => {
  const startDate = new Date(from + Math.floor(random.next() * ((to - from) / 86_400_000)) * 86_400_000);
  const eventTypeId = random.pick(EVENT_TYPES).id;
  const municipality = random.pick(MUNICIPALITY_NAMES);
  const title = `${random.pick(TITLES[eventTypeId] ?? ["Akce náhradní rodinné péče – {m}"]).replace("{m}", municipality)} (${i + 1})`;
  const future = startDate.getTime() > now;
  const r = random.next();
  const status: "SUBMITTED" | "CONFIRMED" | "DRAFT" | "RETURNED" = future
    ? "SUBMITTED"
    : r < 0.9
      ? "CONFIRMED"
      : r < 0.95
        ? "SUBMITTED"
        : r < 0.98
          ? "DRAFT"
          : "RETURNED";
  return {
    id: `bench-event-${i}`,
    programmeId: programmeOn(startDate),
    organisationId: random.pick(organisations),
    eventTypeId,
    title,
    startDate,
    municipality,
    placeId: random.pick(orps),
    audience: random.pick(AUDIENCES),
    peopleReached: random.int(5, 400),
    inquiries: random.int(0, 12),
    applicants: random.int(0, 3),
    costHaler: BigInt(random.int(0, 2_000_000)),
    realisation: future ? ("PLANNED" as const) : ("REALISED" as const),
    status,
    reviewedById: status === "CONFIRMED" ? coordinator.id : null,
    reviewedAt: status === "CONFIRMED" ? startDate : null,
    createdById: coordinator.id,
    searchText: searchable(title, municipality),
  };
});
await inBatches(events, (data) => db.recruitmentEvent.createMany({ data }));

// 5 000 measures in the adopted plan: 10 areas × 25 goals × 20 measures, one indicator each with 4 values.
const plan = await db.plan.findFirstOrThrow({ where: { state: "ADOPTED" }, orderBy: { yearFrom: "desc" } });
const areas = Array.from({ length: 10 }, (_, a) => ({
  id: `bench-area-${a}`,
  planId: plan.id,
  code: `Z${a + 1}`,
  title: `Zátěžová oblast ${a + 1}`,
  sortOrder: 100 + a,
}));
const goals = areas.flatMap((area, a) =>
  Array.from({ length: 25 }, (_, g) => ({
    id: `bench-goal-${a}-${g}`,
    areaId: area.id,
    code: `${area.code}.${g + 1}`,
    title: `Cíl ${area.code}.${g + 1}`,
    sortOrder: g,
  })),
);
const measures = goals.flatMap((goal) =>
  Array.from({ length: SIZE.measures / goals.length }, (_, m) => {
    const code = `${goal.code}.${m + 1}`;
    const title = `Opatření ${code} zátěžových dat`;
    return {
      id: `bench-measure-${code}`,
      planId: plan.id,
      goalId: goal.id,
      code,
      title,
      searchText: searchable(code, title),
      status: random.pick(STATUSES),
      progressPercent: random.int(0, 100),
      sortOrder: m,
      deadline: day(`${random.int(2019, 2028)}-${String(random.int(1, 12)).padStart(2, "0")}-15`),
      plannedBudgetHaler: BigInt(random.int(0, 50_000_000)),
      responsibleOrgId: random.pick(organisations),
    };
  }),
);
const indicators = measures.map((m) => ({
  id: `bench-indicator-${m.code}`,
  measureId: m.id,
  name: `Počet podpořených rodin (${m.code})`,
  unit: "rodin",
  baselineValue: 10,
  baselineYear: 2018,
  targetValue: 100,
  targetDate: day("2023-12-31"),
}));
const values = indicators.flatMap((ind) =>
  Array.from({ length: SIZE.valuesPerIndicator }, (_, y) => ({
    id: `bench-value-${ind.measureId}-${y}`,
    indicatorId: ind.id,
    measuredOn: day(`${2019 + y}-12-31`),
    value: 10 + random.int(0, 30) * (y + 1),
  })),
);
await db.priorityArea.createMany({ data: areas });
await db.goal.createMany({ data: goals });
await inBatches(measures, (data) => db.measure.createMany({ data }));
await inBatches(indicators, (data) => db.indicator.createMany({ data }));
await inBatches(values, (data) => db.indicatorValue.createMany({ data }));

console.log(
  JSON.stringify({
    generatedInSeconds: Math.round((Date.now() - started) / 100) / 10,
    organisations: await db.organisation.count(),
    events: await db.recruitmentEvent.count(),
    measures: await db.measure.count(),
    indicatorValues: await db.indicatorValue.count(),
  }),
);
await db.$disconnect();
