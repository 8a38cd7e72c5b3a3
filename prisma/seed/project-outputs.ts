// KA1 and KA4 outputs of the 2016–2019 project (seed 001) as counted targets: the social workers' seminars, the two
// inspection methodologies and the three evaluations. Every event is the regional office's own, confirmed, and falls
// in the project period 1. 10. 2016 – 30. 9. 2019.
import type { Audience, Realisation, ReviewStatus } from "@/lib/db/generated/sqlite/enums";
import { REGION, orpId } from "./places";
import { createRandom, day } from "./random";
import type { EventTypeId } from "./recruitment-content";

/** KA1: 144 seminars shared by 12 social workers (12 each); two seminars were never held, so 142 count. */
export const KA1 = { target: 144, participants: 12, confirmed: 142 } as const;
/** Seminars left out of the demo data: [worker, seminar], both counted from 1. */
const MISSED = new Set(["7-12", "11-12"]);

export const OUTPUT_PROGRAMMES = {
  seminars: {
    id: "prog-ka1-seminare",
    code: "KA1-VZDELAVANI",
    name: "Vzdělávání sociálních pracovníků krajského úřadu (KA1)",
    description: "144 seminářů pro 12 sociálních pracovníků oddělení sociální práce KÚ LK, 12 na pracovníka.",
    start: "2016-10-01",
    end: "2019-09-30",
    target: KA1.target,
    participants: KA1.participants,
    types: ["STAFF_SEMINAR"] as EventTypeId[],
  },
  methodologies: {
    id: "prog-ka1-metodiky",
    code: "KA1-METODIKY-KONTROL",
    name: "Metodiky kontrol sociálně-právní ochrany dětí (KA1)",
    description:
      "Metodika kontrol standardů kvality SPOD na OSPOD ORP a metodika kontrol výkonu SPOD pověřenými osobami.",
    start: "2016-10-01",
    end: "2019-09-30",
    target: 2,
    types: ["METHODOLOGY"] as EventTypeId[],
  },
  evaluations: {
    id: "prog-ka4-evaluace",
    code: "KA4-EVALUACE",
    name: "Vstupní, průběžná a závěrečná evaluace projektu (KA4)",
    start: "2016-10-01",
    end: "2019-09-30",
    target: 3,
    types: ["EVALUATION"] as EventTypeId[],
    years: { 2017: 1, 2018: 1, 2019: 1 },
  },
};

const TOPICS = [
  "Rozhovor s dítětem v sociální práci",
  "Případové konference v praxi OSPOD",
  "Práce s rodinou v krizi",
  "Standardy kvality SPOD",
  "Domácí násilí a jeho dopady na dítě",
  "Komunikace s agresivním klientem",
  "Syndrom vyhoření a psychohygiena",
  "Správní řízení v agendě SPOD",
  "Vyhodnocování situace dítěte a rodiny",
  "Náhradní rodinná péče: doprovázení pěstounů",
  "Dítě s poruchou chování",
  "Sanace rodiny a síť služeb",
];
const TOWNS = ["Liberec", "Liberec", "Liberec", "Jablonec nad Nisou", "Česká Lípa", "Turnov", "Semily"];

type Base = {
  organisationId: string;
  audience: Audience;
  status: ReviewStatus;
  realisation: Realisation;
  createdById: string;
  reviewedById: string;
};
const BASE: Base = {
  organisationId: "org-kulk",
  audience: "PROFESSIONALS",
  status: "CONFIRMED",
  realisation: "REALISED",
  createdById: "user-coordinator",
  reviewedById: "user-coordinator",
};
const NONE = {
  costHaler: null,
  inquiries: null,
  applicants: null,
  campaignId: null,
  reviewComment: null,
  peopleReached: null as number | null,
};

const event = (
  id: string,
  programmeId: string,
  eventTypeId: EventTypeId,
  title: string,
  date: string,
  placeId: string,
  municipality: string | null,
) => ({
  ...BASE,
  ...NONE,
  id,
  programmeId,
  eventTypeId,
  title,
  startDate: day(date),
  placeId,
  municipality,
  reviewedAt: day(date),
});

/** A worker's k-th seminar (from 1) falls about every three months: k = 1 from November 2016, k = 12 by September 2019. */
function seminarDate(k: number, random: ReturnType<typeof createRandom>) {
  const month = 10 + Math.min(k * 3 - 1 - random.int(0, 2), 34); // months since January 2016
  return `${2016 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}-${String(random.int(2, 27)).padStart(2, "0")}`;
}

export function outputEvents() {
  const random = createRandom(144);
  const events = [];
  for (let w = 1; w <= KA1.participants; w++) {
    for (let k = 1; k <= KA1.target / KA1.participants; k++) {
      if (MISSED.has(`${w}-${k}`)) continue;
      const town = TOWNS[(w + k) % TOWNS.length];
      const topic = TOPICS[(w * 5 + k) % TOPICS.length];
      events.push(
        event(
          `evt-ka1-w${w}-${k}`,
          OUTPUT_PROGRAMMES.seminars.id,
          "STAFF_SEMINAR",
          `Seminář „${topic}“ – pracovník ${w}/12, seminář ${k}/12`,
          seminarDate(k, random),
          orpId(town),
          town,
        ),
      );
    }
  }
  const m = OUTPUT_PROGRAMMES.methodologies.id;
  events.push(
    event(
      "evt-ka1-metodika-1",
      m,
      "METHODOLOGY",
      "Metodika kontrol naplňování standardů kvality SPOD na OSPOD ORP Libereckého kraje",
      "2018-05-31",
      REGION.id,
      "Liberec",
    ),
  );
  events.push(
    event(
      "evt-ka1-metodika-2",
      m,
      "METHODOLOGY",
      "Metodika kontrol výkonu SPOD pověřenými osobami",
      "2019-03-29",
      REGION.id,
      "Liberec",
    ),
  );
  const e = OUTPUT_PROGRAMMES.evaluations.id;
  events.push(
    event("evt-ka4-vstupni", e, "EVALUATION", "Vstupní evaluace projektu", "2017-03-31", REGION.id, "Liberec"),
  );
  events.push(
    event("evt-ka4-prubezna", e, "EVALUATION", "Průběžná evaluace projektu", "2018-06-29", REGION.id, "Liberec"),
  );
  events.push(
    event("evt-ka4-zaverecna", e, "EVALUATION", "Závěrečná evaluace projektu", "2019-09-20", REGION.id, "Liberec"),
  );
  return events;
}
