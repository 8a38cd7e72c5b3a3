import type { Db } from "@/lib/db";
import type { Audience, Realisation, ReviewStatus } from "@/lib/db/generated/sqlite/enums";
import { DISTRICTS, ORPS, REGION, orpId } from "./places";
import { ORGANISATIONS } from "./people";
import { createRandom, day } from "./random";
import { eventSearchText } from "@/lib/search";
import {
  CARE,
  CHILDREN,
  EVENT_TYPES,
  EVENTS_PER_YEAR,
  MUNICIPALITIES,
  NAMED_2019,
  TITLES,
  type EventTypeId,
} from "./recruitment-content";
import { OUTPUT_PROGRAMMES, outputEvents } from "./project-outputs";

const RECRUITMENT_TYPES = EVENT_TYPES.filter((t) => t.recruitment).map((t) => t.id);
/** 2019: 61 events for exactly 329 693,55 Kč (published). */
export const EVENTS_2019 = 61;
export const COST_2019_HALER = 32_969_355n;

type Programme = {
  id: string;
  code: string;
  name: string;
  description?: string;
  start: string;
  end: string;
  target: number;
  participants?: number;
  types: EventTypeId[];
  years?: Record<number, number>;
  places?: Record<string, number>;
};

const evenly = (from: number, to: number, total: number) => {
  const years = to - from + 1;
  return Object.fromEntries(
    Array.from({ length: years }, (_, i) => [from + i, Math.floor(total / years) + (i < total % years ? 1 : 0)]),
  );
};

export const PROGRAMMES: Programme[] = [
  {
    id: "prog-nrp-2019",
    code: "NRP-2019-2023",
    name: "Plán pro vyhledávání náhradních rodičů 2019–2023",
    start: "2019-01-01",
    end: "2023-12-31",
    target: 60,
    types: [...RECRUITMENT_TYPES],
    years: evenly(2019, 2023, 60),
  },
  {
    id: "prog-nrp-2024",
    code: "NRP-2024-2028",
    name: "Plán pro vyhledávání náhradních rodičů 2024–2028",
    start: "2024-01-01",
    end: "2028-12-31",
    target: 60,
    types: [...RECRUITMENT_TYPES],
    years: evenly(2024, 2028, 60),
  },
  OUTPUT_PROGRAMMES.seminars,
  OUTPUT_PROGRAMMES.methodologies,
  {
    id: "prog-ka2b",
    code: "KA2B-KULATE-STOLY",
    name: "Kulaté stoly v ORP (KA2B)",
    start: "2016-10-01",
    end: "2019-09-30",
    target: 42,
    types: ["ROUND_TABLE"],
    places: { ...Object.fromEntries(ORPS.map((o) => [o.id, 4])), [REGION.id]: 2 },
  },
  {
    id: "prog-ka2a",
    code: "KA2A-SEMINARE",
    name: "Akreditované vzdělávací semináře (KA2A)",
    start: "2017-09-01",
    end: "2019-09-30",
    target: 20,
    types: ["SEMINAR"],
    places: Object.fromEntries(DISTRICTS.map((d) => [d.id, 5])),
  },
  {
    id: "prog-ka2c",
    code: "KA2C-VIDEA",
    name: "Vzdělávací videa (KA2C)",
    start: "2016-10-01",
    end: "2019-09-30",
    target: 4,
    types: ["EDU_VIDEO"],
  },
  {
    id: "prog-ka2d",
    code: "KA2D-DOBRA-PRAXE",
    name: "Semináře dobré praxe (KA2D)",
    start: "2017-01-01",
    end: "2019-09-30",
    target: 3,
    types: ["GOOD_PRACTICE"],
    years: { 2017: 1, 2018: 1, 2019: 1 },
  },
  OUTPUT_PROGRAMMES.evaluations,
];

async function put<T extends { id: string }>(model: { upsert(args: object): Promise<unknown> }, data: T) {
  const { id, ...rest } = data;
  await model.upsert({ where: { id }, create: data, update: rest });
}

async function seedCodeLists(db: Db) {
  for (const [i, t] of EVENT_TYPES.entries())
    await put(db.eventType, { id: t.id, nameCs: t.nameCs, nameEn: t.nameEn, sortOrder: i });
  for (const [i, p] of PROGRAMMES.entries()) {
    const fields = {
      name: p.name,
      description: p.description ?? null,
      periodStart: day(p.start),
      periodEnd: day(p.end),
      totalTarget: p.target,
      participants: p.participants ?? null,
    };
    await put(db.programme, { id: p.id, code: p.code, ...fields, sortOrder: i });
    for (const eventTypeId of p.types) {
      const key = { programmeId: p.id, eventTypeId };
      await db.programmeEventType.upsert({ where: { programmeId_eventTypeId: key }, create: key, update: {} });
    }
    for (const [year, target] of Object.entries(p.years ?? {})) {
      const key = { programmeId: p.id, year: Number(year) };
      await db.programmeYearTarget.upsert({
        where: { programmeId_year: key },
        create: { ...key, target },
        update: { target },
      });
    }
    for (const [placeId, target] of Object.entries(p.places ?? {})) {
      const key = { programmeId: p.id, placeId };
      await db.programmePlaceTarget.upsert({
        where: { programmeId_placeId: key },
        create: { ...key, target },
        update: { target },
      });
    }
  }
  await put(db.campaign, {
    id: "camp-mdr",
    name: "MÍT DOMOV A RODINU: „Samozřejmost, nebo vzácnost?“",
    description: "Náborová kampaň pracovní skupiny a Libereckého kraje od roku 2015.",
    startDate: day("2015-01-01"),
  });
  for (let year = 2019; year <= 2026; year++) {
    await put(db.campaign, {
      id: `camp-tnr-${year}`,
      name: `Týden náhradního rodičovství ${year}`,
      startDate: day(`${year}-10-05`),
      endDate: day(`${year}-10-11`),
      parentId: "camp-mdr",
    });
  }
}

type EventSeed = {
  id: string;
  programmeId: string;
  organisationId: string;
  eventTypeId: EventTypeId;
  title: string;
  startDate: Date;
  municipality: string | null;
  placeId: string | null;
  audience: Audience;
  peopleReached: number | null;
  costHaler: bigint | null;
  inquiries: number | null;
  applicants: number | null;
  campaignId: string | null;
  status: ReviewStatus;
  realisation: Realisation;
  createdById: string | null;
  reviewedById: string | null;
  reviewedAt: Date | null;
  reviewComment: string | null;
};

const MEMBER_ORGS = ORGANISATIONS.filter((o) => o.kind !== "REGIONAL_OFFICE").map((o) => o.id);
const creatorOf = (orgId: string) =>
  ({ "org-naruc": "user-member-naruc", "org-rvc": "user-member-rvc" })[orgId] ?? "user-coordinator";

function outcomes(type: EventTypeId, random: ReturnType<typeof createRandom>) {
  const media = ["MEDIA_ARTICLE", "RADIO_TV", "SOCIAL_MEDIA", "VIDEO", "PRINT"].includes(type);
  const stand = type === "STAND" || type === "OTHER";
  const peopleReached = media ? random.int(800, 15_000) : stand ? random.int(80, 700) : random.int(8, 60);
  const inquiries = media ? random.int(0, 5) : stand ? random.int(1, 9) : random.int(2, 12);
  const applicants = Math.min(
    inquiries,
    random.int(0, type === "INFO_MEETING" || type === "APPLICANT_TRAINING" ? 3 : 1),
  );
  const audience: Audience = media
    ? "PUBLIC"
    : stand
      ? random.pick(["PUBLIC", "FAMILIES"] as const)
      : random.pick(["PUBLIC", "SCHOOLS", "CHURCHES", "PROFESSIONALS", "EMPLOYERS"] as const);
  return { peopleReached, inquiries, applicants, audience, cost: BigInt(random.int(0, 1200) * 1000) };
}

function recruitmentEvent(
  id: string,
  date: string,
  type: EventTypeId,
  random: ReturnType<typeof createRandom>,
  named?: { title: string; orp: string; m: string },
): EventSeed {
  const orpName = named?.orp ?? random.pick(ORPS).name;
  const municipality = named?.m ?? random.pick(MUNICIPALITIES[orpName]);
  const organisationId = random.pick(MEMBER_ORGS);
  const o = outcomes(type, random);
  const when = day(date);
  const october = when.getUTCMonth() === 9 && when.getUTCDate() >= 5 && when.getUTCDate() <= 11;
  return {
    id,
    programmeId: when.getUTCFullYear() <= 2023 ? "prog-nrp-2019" : "prog-nrp-2024",
    organisationId,
    eventTypeId: type,
    title: named?.title ?? random.pick(TITLES[type] ?? ["Náborová aktivita – {m}"]).replace("{m}", municipality),
    startDate: when,
    municipality,
    placeId: orpId(orpName),
    audience: o.audience,
    peopleReached: o.peopleReached,
    costHaler: o.cost,
    inquiries: o.inquiries,
    applicants: o.applicants,
    campaignId: october ? `camp-tnr-${when.getUTCFullYear()}` : "camp-mdr",
    status: "CONFIRMED",
    realisation: "REALISED",
    createdById: creatorOf(organisationId),
    reviewedById: "user-coordinator",
    reviewedAt: new Date(when.getTime() + 14 * 864e5),
    reviewComment: null,
  };
}

const isoDay = (year: number, random: ReturnType<typeof createRandom>, lastMonth = 12) => {
  // October (Substitute Parenthood Week) gets extra weight.
  const month = random.next() < 0.25 ? 10 : random.int(1, lastMonth);
  return `${year}-${String(Math.min(month, lastMonth)).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}`;
};

function recruitmentEvents(): EventSeed[] {
  const random = createRandom(60);
  const events: EventSeed[] = NAMED_2019.map((n, i) =>
    recruitmentEvent(`evt-2019-n${i + 1}`, n.date, n.type, random, n),
  );
  // 2019 mix after the published shares: public events, awareness and publishing, talks and information meetings.
  const mix: EventTypeId[] = [
    "STAND",
    "STAND",
    "STAND",
    "OTHER",
    "MEDIA_ARTICLE",
    "MEDIA_ARTICLE",
    "SOCIAL_MEDIA",
    "PRINT",
    "RADIO_TV",
    "TALK",
    "TALK",
    "INFO_MEETING",
  ];
  for (let i = events.length; i < EVENTS_2019; i++)
    events.push(recruitmentEvent(`evt-2019-${i + 1}`, isoDay(2019, random), mix[i % mix.length], random));
  // Scale the 2019 costs so that they add up to the published total exactly.
  const raw = events.reduce((sum, e) => sum + (e.costHaler ?? 0n), 0n);
  let left = COST_2019_HALER;
  events.forEach((e, i) => {
    const share = i === events.length - 1 ? left : ((e.costHaler ?? 0n) * COST_2019_HALER) / raw;
    e.costHaler = share;
    left -= share;
  });
  for (const [year, count] of Object.entries(EVENTS_PER_YEAR).map(([y, c]) => [Number(y), c])) {
    for (let i = 0; i < count; i++)
      events.push(
        recruitmentEvent(
          `evt-${year}-${i + 1}`,
          isoDay(year, random, year === 2026 ? 10 : 12),
          random.pick(RECRUITMENT_TYPES),
          random,
        ),
      );
  }
  // Work in progress in 2026: submitted and returned events, and planned ones ahead.
  const open: [ReviewStatus, Realisation, string][] = [
    ["SUBMITTED", "REALISED", "2026-11-03"],
    ["SUBMITTED", "REALISED", "2026-11-12"],
    ["SUBMITTED", "REALISED", "2026-11-18"],
    ["RETURNED", "REALISED", "2026-10-21"],
    ["DRAFT", "PLANNED", "2026-12-05"],
    ["DRAFT", "PLANNED", "2027-01-20"],
  ];
  open.forEach(([status, realisation, date], i) => {
    const e = recruitmentEvent(
      `evt-2026-open-${i + 1}`,
      date,
      random.pick(["TALK", "INFO_MEETING", "STAND"] as const),
      random,
    );
    const organisationId = i % 2 === 0 ? "org-naruc" : "org-rvc";
    events.push({
      ...e,
      organisationId,
      createdById: creatorOf(organisationId),
      status,
      realisation,
      reviewedById: status === "RETURNED" ? "user-coordinator" : null,
      reviewedAt: status === "RETURNED" ? day("2026-10-28") : null,
      reviewComment: status === "RETURNED" ? "Doplňte prosím počet oslovených osob a náklady akce." : null,
      ...(realisation === "PLANNED" ? { peopleReached: null, inquiries: null, applicants: null, costHaler: null } : {}),
    });
  });
  return events;
}

function projectEvents(): EventSeed[] {
  const random = createRandom(42);
  const base = {
    organisationId: "org-kulk",
    audience: "PROFESSIONALS" as Audience,
    costHaler: null,
    inquiries: null,
    applicants: null,
    campaignId: null,
    status: "CONFIRMED" as ReviewStatus,
    realisation: "REALISED" as Realisation,
    createdById: "user-coordinator",
    reviewedById: "user-coordinator",
    reviewComment: null,
  };
  const make = (
    id: string,
    programmeId: string,
    eventTypeId: EventTypeId,
    title: string,
    date: string,
    placeId: string,
    municipality: string | null,
    reached: number,
  ): EventSeed => ({
    ...base,
    id,
    programmeId,
    eventTypeId,
    title,
    startDate: day(date),
    placeId,
    municipality,
    peopleReached: reached,
    reviewedAt: day(date),
  });
  const events: EventSeed[] = [];
  ORPS.forEach((orp, o) => {
    for (let k = 0; k < 4; k++) {
      const year = 2017 + Math.floor((o + k * 10) / 14);
      const month = ((o * 3 + k * 2) % 12) + 1;
      // The project ended on 30. 9. 2019: its last round tables took place by September.
      const date = `${year}-${String(year === 2019 && month > 9 ? month - 6 : month).padStart(2, "0")}-${String(random.int(2, 27)).padStart(2, "0")}`;
      events.push(
        make(
          `evt-ka2b-${orp.id}-${k + 1}`,
          "prog-ka2b",
          "ROUND_TABLE",
          `Kulatý stůl ${k + 1}/4 k síti služeb pro rodiny – ORP ${orp.name}`,
          date,
          orp.id,
          orp.name,
          random.int(12, 30),
        ),
      );
    }
  });
  events.push(
    make(
      "evt-ka2b-kraj-1",
      "prog-ka2b",
      "ROUND_TABLE",
      "Krajský kulatý stůl: systémová podpora rodin",
      "2018-03-21",
      REGION.id,
      "Liberec",
      45,
    ),
  );
  events.push(
    make(
      "evt-ka2b-kraj-2",
      "prog-ka2b",
      "ROUND_TABLE",
      "Krajský kulatý stůl: výsledky projektu",
      "2019-06-12",
      REGION.id,
      "Liberec",
      52,
    ),
  );
  DISTRICTS.forEach((d, di) => {
    const orp = ORPS.find((o) => o.name === d.name)!;
    for (let k = 0; k < 5; k++) {
      const date = `${k < 2 ? 2017 + (k === 1 ? 1 : 0) : k < 4 ? 2018 : 2019}-${String(k < 1 ? 9 + di : ((k * 2 + di) % 8) + 1).padStart(2, "0")}-${String(random.int(2, 27)).padStart(2, "0")}`;
      events.push(
        make(
          `evt-ka2a-${d.id}-${k + 1}`,
          "prog-ka2a",
          "SEMINAR",
          `Akreditovaný seminář ${k + 1}/5 pro pracovníky s rodinami – okres ${d.name}`,
          date,
          orp.id,
          orp.name,
          random.int(20, 28),
        ),
      );
    }
  });
  ["OSPOD", "pověřené osoby", "sociálně aktivizační služby", "nízkoprahové kluby"].forEach((topic, i) =>
    events.push(
      make(
        `evt-ka2c-${i + 1}`,
        "prog-ka2c",
        "EDU_VIDEO",
        `Vzdělávací video: ${topic}`,
        `2017-0${6 + i}-15`,
        REGION.id,
        null,
        random.int(300, 1500),
      ),
    ),
  );
  events.push(
    make(
      "evt-ka2d-2017",
      "prog-ka2d",
      "GOOD_PRACTICE",
      "Seminář dobré praxe 14.–15. 9. 2017, Hotel Zámeček Raspenava",
      "2017-09-14",
      orpId("Frýdlant"),
      "Raspenava",
      64,
    ),
  );
  events.push(
    make(
      "evt-ka2d-2018",
      "prog-ka2d",
      "GOOD_PRACTICE",
      "Seminář dobré praxe 2018",
      "2018-09-13",
      orpId("Liberec"),
      "Liberec",
      58,
    ),
  );
  events.push(
    make(
      "evt-ka2d-2019",
      "prog-ka2d",
      "GOOD_PRACTICE",
      "Seminář dobré praxe 2019",
      "2019-09-12",
      orpId("Turnov"),
      "Turnov",
      61,
    ),
  );
  return events;
}

async function seedCare(db: Db) {
  const kinds = ["ADOPTION", "FOSTER", "TEMPORARY_FOSTER"] as const;
  for (const row of CARE) {
    for (const [k, careKind] of kinds.entries()) {
      const key = { year: row.year, quarter: 0, careKind };
      const data = { applicationsFiled: row.filed[k], childrenPlaced: row.placed?.[k] ?? null };
      await db.careStatistic.upsert({
        where: { year_quarter_careKind: key },
        create: { ...key, ...data },
        update: data,
      });
    }
  }
  for (const row of CHILDREN) {
    const key = { year: row.year, quarter: 0 };
    const data = { childrenInInstitutionalCare: row.institutional, childrenSeekingFamily: row.seeking };
    await db.childrenStatistic.upsert({ where: { year_quarter: key }, create: { ...key, ...data }, update: data });
  }
}

export async function seedRecruitment(db: Db) {
  await seedCodeLists(db);
  for (const event of [...recruitmentEvents(), ...projectEvents(), ...outputEvents()]) {
    await put(db.recruitmentEvent, { ...event, searchText: eventSearchText(event) });
  }
  await seedCare(db);
}
