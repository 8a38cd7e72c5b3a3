import "server-only";
// Saved versions of yearly evaluations: the list per plan and year, one version's content, and the overview of
// plans and years for choosing a report.
import { db } from "@/lib/db";
import { parseContent, type EvaluationContent } from "./schema";

export type VersionInfo = { version: number; createdAt: Date; author: string };
export type ShownVersion = VersionInfo & { content: EvaluationContent };

const where = (planId: string, year: number) => ({ evaluation: { planId, year } });

/** Every version of the plan's evaluation for the year, the newest first (without their content). */
export async function evaluationVersions(planId: string, year: number): Promise<VersionInfo[]> {
  const rows = await db.evaluationVersion.findMany({
    where: where(planId, year),
    orderBy: { version: "desc" },
    select: { version: true, createdAt: true, createdBy: { select: { name: true } } },
  });
  return rows.map((r) => ({ version: r.version, createdAt: r.createdAt, author: r.createdBy.name }));
}

/** One version with its content: `version`, or the latest when not given; null when there is no such version. */
export async function evaluationVersion(planId: string, year: number, version?: number): Promise<ShownVersion | null> {
  const row = await db.evaluationVersion.findFirst({
    where: { ...where(planId, year), ...(version === undefined ? {} : { version }) },
    orderBy: { version: "desc" },
    select: { version: true, createdAt: true, content: true, createdBy: { select: { name: true } } },
  });
  return row ? { version: row.version, createdAt: row.createdAt, author: row.createdBy.name, content: parseContent(row.content) } : null;
}

/** Plans, newest first, each with its years and how many versions each year's evaluation has. */
export async function evaluationIndex() {
  const plans = await db.plan.findMany({
    orderBy: { yearFrom: "desc" },
    select: {
      id: true, name: true, yearFrom: true, yearTo: true,
      evaluations: { select: { year: true, _count: { select: { versions: true } } } },
    },
  });
  return plans.map(({ evaluations, ...plan }) => ({
    ...plan,
    years: Array.from({ length: plan.yearTo - plan.yearFrom + 1 }, (_, i) => plan.yearFrom + i).map((year) => ({
      year,
      versions: evaluations.find((e) => e.year === year)?._count.versions ?? 0,
    })),
  }));
}
