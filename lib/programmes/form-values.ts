// A stored programme as the values of its edit form (strings, as the inputs hold them).
import type { ProgrammeInput } from "./schema";
import { periodYears } from "./targets";
import { now } from "@/lib/clock";

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

type Stored = {
  id: string;
  code: string;
  name: string;
  description: string | null;
  periodStart: Date;
  periodEnd: Date;
  totalTarget: number;
  participants: number | null;
  updatedAt: Date;
  yearTargets: { year: number; target: number }[];
  placeTargets: { placeId: string; target: number }[];
  countedTypes: { eventTypeId: string }[];
};

/** One year-target row per year of the period and one place-target row per place offered (blank = no target). */
export function programmeFormValues(p: Stored, places: { id: string }[]): ProgrammeInput {
  const text = (n: number | undefined) => (n === undefined ? "" : String(n));
  return {
    id: p.id,
    updatedAt: p.updatedAt.toISOString(),
    code: p.code,
    name: p.name,
    description: p.description ?? "",
    periodStart: isoDay(p.periodStart),
    periodEnd: isoDay(p.periodEnd),
    totalTarget: String(p.totalTarget),
    participants: p.participants === null ? "" : String(p.participants),
    yearTargets: periodYears(p.periodStart, p.periodEnd).map((year) => ({
      year,
      target: text(p.yearTargets.find((y) => y.year === year)?.target),
    })),
    countedTypeIds: p.countedTypes.map((t) => t.eventTypeId),
    placeTargets: places.map((place) => ({
      placeId: place.id,
      target: text(p.placeTargets.find((t) => t.placeId === place.id)?.target),
    })),
  };
}

/** The values of the form for a new programme: the next five calendar years, no targets yet. */
export function newProgrammeValues(places: { id: string }[], today = now()): ProgrammeInput {
  const year = today.getUTCFullYear() + 1;
  const start = new Date(Date.UTC(year, 0, 1));
  const end = new Date(Date.UTC(year + 4, 11, 31));
  const blank = programmeFormValues(
    {
      id: "",
      code: "",
      name: "",
      description: null,
      periodStart: start,
      periodEnd: end,
      totalTarget: 60,
      participants: null,
      updatedAt: start,
      yearTargets: [],
      placeTargets: [],
      countedTypes: [],
    },
    places,
  );
  return { ...blank, id: undefined, updatedAt: undefined, totalTarget: "" };
}
