// Demo action plans of the 2024–2028 plan (after prisma/seed/plan.ts): 2024 and 2025 approved by the Council,
// 2026 a draft. Unfinished activities are carried into the next year exactly as copyUnfinished would copy them.
// Fixed ids and upserts: a second run changes nothing.
import type { Db } from "@/lib/db";
import type { MeasureStatus } from "@/lib/db/generated/sqlite/enums";

const PLAN = "plan-2024-2028";
const m = (old: string) => `${PLAN}-plan-2019-2023-${old}`;
const M = {
  work: m("a1-g1-m3"), // Poradenství při návratu do zaměstnání
  courses: m("a1-g2-m2"), // Kurzy pro nastávající rodiče v porodnicích kraje
  employer: m("a2-g1-m2"), // Ocenění Family friendly zaměstnavatel
  kindergartens: m("a2-g2-m3"), // Mapování kapacit mateřských škol
  recruitment: m("a4-g1-m1"), // Plán pro vyhledávání náhradních rodičů
  temporary: m("a4-g1-m3"), // Pěstounská péče na přechodnou dobu v každém ORP
  respite: m("a4-g2-m2"), // Odlehčovací služby a respitní pobyty pro pěstouny
};
const OSV = "Odbor sociálních věcí KÚ LK";
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const kc = (value: number | null) => (value === null ? null : BigInt(Math.round(value * 100)));

type Row = [
  id: string,
  measure: string,
  title: string,
  responsible: string,
  org: string | null,
  planned: number | null,
  spent: number | null,
  status: MeasureStatus,
  indicator: string,
  copiedFrom?: string,
];

const YEARS: { year: number; approved?: [string, string]; rows: Row[] }[] = [
  {
    year: 2024,
    approved: ["2024-02-20", "236/24/RK"],
    rows: [
      [
        "01",
        M.recruitment,
        "Kampaň MÍT DOMOV A RODINU – Týden náhradního rodičovství 2024",
        OSV,
        "org-kulk",
        180_000,
        171_350.5,
        "COMPLETED",
        "Počet akcí v Týdnu náhradního rodičovství: 12",
      ],
      [
        "02",
        M.recruitment,
        "Informační schůzky pro zájemce o náhradní rodinnou péči v ORP",
        OSV,
        "org-naruc",
        60_000,
        58_200,
        "COMPLETED",
        "Počet schůzek: 8; počet účastníků: 60",
      ],
      [
        "03",
        M.temporary,
        "Nábor pěstounů na přechodnou dobu v ORP Frýdlant a Tanvald",
        OSV,
        "org-rvc",
        90_000,
        41_500,
        "IN_PROGRESS",
        "Nově zařazení pěstouni na přechodnou dobu: 2",
      ],
      [
        "04",
        M.employer,
        "Vyhlášení ocenění Family friendly zaměstnavatel 2024",
        "Odbor regionálního rozvoje KÚ LK",
        null,
        120_000,
        118_400,
        "COMPLETED",
        "Počet přihlášených zaměstnavatelů: 15",
      ],
      [
        "05",
        M.kindergartens,
        "Aktualizace mapy kapacit mateřských škol a dětských skupin",
        "Odbor školství, mládeže, tělovýchovy a sportu KÚ LK",
        null,
        null,
        null,
        "DELAYED",
        "Zmapované ORP: 10 z 10",
      ],
      [
        "06",
        M.respite,
        "Víkendové respitní pobyty pro pěstounské rodiny",
        OSV,
        "org-majak",
        250_000,
        250_000,
        "COMPLETED",
        "Počet podpořených rodin: 25",
      ],
      [
        "07",
        M.work,
        "Poradenský den pro rodiče na rodičovské dovolené",
        "Úřad práce ČR, KoP Liberec",
        null,
        25_000,
        0,
        "CANCELLED",
        "Počet účastníků: 40",
      ],
    ],
  },
  {
    year: 2025,
    approved: ["2025-02-17", "254/25/RK"],
    rows: [
      [
        "01",
        M.temporary,
        "Nábor pěstounů na přechodnou dobu v ORP Frýdlant a Tanvald",
        OSV,
        "org-rvc",
        48_500,
        48_500,
        "COMPLETED",
        "Nově zařazení pěstouni na přechodnou dobu: 2",
        "03",
      ],
      [
        "02",
        M.kindergartens,
        "Aktualizace mapy kapacit mateřských škol a dětských skupin",
        "Odbor školství, mládeže, tělovýchovy a sportu KÚ LK",
        null,
        null,
        null,
        "IN_PROGRESS",
        "Zmapované ORP: 10 z 10",
        "05",
      ],
      [
        "03",
        M.recruitment,
        "Kampaň MÍT DOMOV A RODINU – Týden náhradního rodičovství 2025",
        OSV,
        "org-kulk",
        190_000,
        186_900,
        "COMPLETED",
        "Počet akcí v Týdnu náhradního rodičovství: 14",
      ],
      [
        "04",
        M.recruitment,
        "Videospot o pěstounské péči na přechodnou dobu pro sociální sítě",
        OSV,
        "org-kulk",
        75_000,
        30_000,
        "DELAYED",
        "Počet zhlédnutí: 20 000",
      ],
      [
        "05",
        M.courses,
        "Kurzy pro nastávající rodiče v porodnicích v Liberci a Jablonci nad Nisou",
        "OSV KÚ LK a Krajská nemocnice Liberec, a.s.",
        null,
        80_000,
        80_000,
        "COMPLETED",
        "Počet kurzů: 12",
      ],
      [
        "06",
        M.respite,
        "Respitní pobyty pro pěstounské rodiny 2025",
        OSV,
        "org-majak",
        260_000,
        212_000,
        "IN_PROGRESS",
        "Počet podpořených rodin: 26",
      ],
      [
        "07",
        M.employer,
        "Vyhlášení ocenění Family friendly zaměstnavatel 2025",
        "Odbor regionálního rozvoje KÚ LK",
        null,
        120_000,
        115_800,
        "COMPLETED",
        "Počet přihlášených zaměstnavatelů: 18",
      ],
    ],
  },
  {
    year: 2026,
    rows: [
      [
        "01",
        M.kindergartens,
        "Aktualizace mapy kapacit mateřských škol a dětských skupin",
        "Odbor školství, mládeže, tělovýchovy a sportu KÚ LK",
        null,
        null,
        null,
        "IN_PROGRESS",
        "Zmapované ORP: 10 z 10",
        "02",
      ],
      [
        "02",
        M.recruitment,
        "Videospot o pěstounské péči na přechodnou dobu pro sociální sítě",
        OSV,
        "org-kulk",
        45_000,
        null,
        "IN_PROGRESS",
        "Počet zhlédnutí: 20 000",
        "04",
      ],
      [
        "03",
        M.respite,
        "Respitní pobyty pro pěstounské rodiny 2025",
        OSV,
        "org-majak",
        48_000,
        null,
        "IN_PROGRESS",
        "Počet podpořených rodin: 26",
        "06",
      ],
      [
        "04",
        M.recruitment,
        "Kampaň MÍT DOMOV A RODINU – Týden náhradního rodičovství 2026",
        OSV,
        "org-kulk",
        200_000,
        152_300,
        "IN_PROGRESS",
        "Počet akcí v Týdnu náhradního rodičovství: 15",
      ],
      [
        "05",
        M.work,
        "Kulatý stůl se zaměstnavateli k flexibilním formám práce",
        OSV,
        null,
        30_000,
        null,
        "NOT_STARTED",
        "Počet zapojených zaměstnavatelů: 10",
      ],
    ],
  },
];

export const actionPlanId = (year: number) => `ap-${PLAN}-${year}`;

export async function seedActionPlans(db: Db) {
  for (const { year, approved, rows } of YEARS) {
    const id = actionPlanId(year);
    const plan = approved
      ? { planId: PLAN, year, state: "APPROVED" as const, approvedOn: day(approved[0]), resolutionNo: approved[1] }
      : { planId: PLAN, year, state: "DRAFT" as const, approvedOn: null, resolutionNo: null };
    await db.actionPlan.upsert({ where: { id }, create: { id, ...plan }, update: plan });
    for (const [
      sortOrder,
      [n, measureId, title, responsible, organisationId, planned, spent, status, indicatorText, from],
    ] of rows.entries()) {
      const data = {
        actionPlanId: id,
        measureId,
        title,
        responsible,
        organisationId,
        plannedBudgetHaler: kc(planned),
        spentBudgetHaler: kc(spent),
        status,
        indicatorText,
        copiedFromId: from ? `${actionPlanId(year - 1)}-${from}` : null,
        sortOrder,
        archivedAt: null,
      };
      await db.actionPlanActivity.upsert({
        where: { id: `${id}-${n}` },
        create: { id: `${id}-${n}`, ...data },
        update: data,
      });
    }
  }
}
