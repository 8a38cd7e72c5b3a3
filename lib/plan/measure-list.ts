import "server-only";
import { db } from "@/lib/db";
import type { MeasureStatus } from "@/lib/db/generated/sqlite/enums";
import { searchTerms } from "@/lib/search/terms";
import { evaluate, type EvaluableMeasure } from "./evaluate";
import { latestValuesOfPlan } from "./latest-values";
import { SIGNALS, type Signal } from "@/lib/signal";
import { MEASURE_STATUSES } from "./status";
import { overdueWhere } from "./overdue";
import { compareText } from "@/lib/sort/collate";
import { now } from "@/lib/clock";

export const PAGE_SIZE = 25;
const DAY = 86_400_000;
const SORTS = ["code", "deadline", "title", "progress"] as const;

export type MeasureFilters = {
  planId: string;
  areaId?: string;
  status?: MeasureStatus;
  responsible?: string;
  term?: "overdue" | "soon";
  signal?: Signal;
  q?: string;
  sort: (typeof SORTS)[number];
  page: number;
};

/** URL search params → filters; anything unknown is ignored, never an error. */
export function parseFilters(planId: string, p: Record<string, string | undefined>): MeasureFilters {
  const pick = <T extends string>(value: string | undefined, allowed: readonly T[]) =>
    (allowed as readonly string[]).includes(value ?? "") ? (value as T) : undefined;
  return {
    planId,
    areaId: p.oblast || undefined,
    status: pick(p.stav, MEASURE_STATUSES),
    responsible: p.gestor?.slice(0, 200) || undefined,
    term: pick(p.termin, ["overdue", "soon"] as const),
    signal: pick(p.signal, SIGNALS),
    q: p.q?.slice(0, 100) || undefined,
    sort: pick(p.razeni, SORTS) ?? "code",
    page: Math.min(1000, Math.max(1, Number.parseInt(p.strana ?? "1", 10) || 1)),
  };
}

/**
 * Filters run in the database; the signal (computed) and sorting by progress run over the plan's matching measures. Their
 * indicators and latest values are loaded flat, filtered by the plan (never by the list of measure ids, which a
 * large plan takes past SQLite's bound-parameter limit), and joined here.
 */
export async function listMeasures(f: MeasureFilters, today = now()) {
  const open: MeasureStatus[] = ["NOT_STARTED", "IN_PROGRESS", "DELAYED"];
  // Every word is found in the code, title, description or gestor, or names the responsible or a partner organisation.
  const words = (await searchTerms(f.q)).map((t) => ({
    OR: [
      { searchText: { contains: t.word } },
      ...(t.organisationIds.length
        ? [
            { responsibleOrgId: { in: t.organisationIds } },
            { partners: { some: { organisationId: { in: t.organisationIds } } } },
          ]
        : []),
    ],
  }));
  const [measureRows, indicatorRows, latest] = await Promise.all([
    db.measure.findMany({
      where: {
        planId: f.planId,
        archivedAt: null,
        goal: { archivedAt: null, area: { archivedAt: null, ...(f.areaId ? { id: f.areaId } : {}) } },
        ...(f.status ? { status: f.status } : {}),
        ...(f.responsible ? { responsibleBody: f.responsible } : {}),
        AND: [...words, ...(f.term === "overdue" ? [overdueWhere(today)] : [])],
        ...(f.term === "soon"
          ? { status: { in: open }, deadline: { gte: today, lte: new Date(today.getTime() + 60 * DAY) } }
          : {}),
      },
      select: {
        id: true,
        code: true,
        title: true,
        status: true,
        startDate: true,
        deadline: true,
        responsibleBody: true,
        progressPercent: true,
        weight: true,
      },
    }),
    db.indicator.findMany({
      where: { archivedAt: null, measure: { planId: f.planId, archivedAt: null } },
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
      select: { id: true, measureId: true, direction: true, baselineValue: true, targetValue: true },
    }),
    latestValuesOfPlan(f.planId),
  ]);
  const indicatorsOf = new Map<string, EvaluableMeasure["indicators"]>();
  for (const { id, measureId, ...indicator } of indicatorRows) {
    const value = latest.get(id);
    const list = indicatorsOf.get(measureId) ?? [];
    list.push({ ...indicator, values: value ? [value] : [] });
    indicatorsOf.set(measureId, list);
  }
  const rows = measureRows.map((m) => ({ ...m, indicators: indicatorsOf.get(m.id) ?? [] }));
  const evaluated = rows
    .map((m) => ({ ...m, ...evaluate(m, today) }))
    .filter((m) => !f.signal || m.signal === f.signal);
  const time = (d: Date | null) => d?.getTime() ?? Infinity;
  evaluated.sort((a, b) =>
    f.sort === "deadline"
      ? time(a.deadline) - time(b.deadline) || compareText(a.code, b.code)
      : f.sort === "title"
        ? compareText(a.title, b.title)
        : f.sort === "progress"
          ? (a.progress ?? -1) - (b.progress ?? -1) || compareText(a.code, b.code)
          : compareText(a.code, b.code),
  );
  const pages = Math.max(1, Math.ceil(evaluated.length / PAGE_SIZE));
  return { total: evaluated.length, pages, rows: evaluated.slice((f.page - 1) * PAGE_SIZE, f.page * PAGE_SIZE) };
}

export async function filterOptions(planId: string) {
  const [areas, responsible] = await Promise.all([
    db.priorityArea.findMany({
      where: { planId, archivedAt: null },
      orderBy: { sortOrder: "asc" },
      select: { id: true, code: true, title: true },
    }),
    db.measure.findMany({
      where: { planId, archivedAt: null, responsibleBody: { not: null } },
      distinct: ["responsibleBody"],
      select: { responsibleBody: true },
      orderBy: { responsibleBody: "asc" },
    }),
  ]);
  return { areas, responsible: responsible.map((r) => r.responsibleBody!).sort(compareText) };
}
