import "server-only";
// Saved versions of yearly evaluations: the list per plan and year, one version's content (and, once approved, its
// frozen figures), and the overview of plans and years for choosing a report.
import { db } from "@/lib/db";
import type { EvaluationFigures } from "./figures";
import { parseContent, type EvaluationContent } from "./schema";
import { parseSnapshot } from "./snapshot";

export type Approval = { at: Date; by: string };
export type VersionInfo = { version: number; createdAt: Date; author: string; approved: Approval | null };
export type ShownVersion = Omit<VersionInfo, "approved"> & {
  content: EvaluationContent;
  /** Set once approved; `figures` is the snapshot (null when it cannot be read). */
  approved: (Approval & { figures: EvaluationFigures | null }) | null;
};

const where = (planId: string, year: number) => ({ evaluation: { planId, year } });
const info = {
  version: true,
  createdAt: true,
  createdBy: { select: { name: true } },
  approvedAt: true,
  approvedBy: { select: { name: true } },
} as const;
const approvalOf = (row: { approvedAt: Date | null; approvedBy: { name: string } | null }): Approval | null =>
  row.approvedAt ? { at: row.approvedAt, by: row.approvedBy?.name ?? "" } : null;

/** Every version of the plan's evaluation for the year, the newest first (without their content). */
export async function evaluationVersions(planId: string, year: number): Promise<VersionInfo[]> {
  const rows = await db.evaluationVersion.findMany({
    where: where(planId, year),
    orderBy: { version: "desc" },
    select: info,
  });
  return rows.map((r) => ({
    version: r.version,
    createdAt: r.createdAt,
    author: r.createdBy.name,
    approved: approvalOf(r),
  }));
}

/** One version with its content: `version`, or the latest when not given; null when there is no such version. */
export async function evaluationVersion(planId: string, year: number, version?: number): Promise<ShownVersion | null> {
  const row = await db.evaluationVersion.findFirst({
    where: { ...where(planId, year), ...(version === undefined ? {} : { version }) },
    orderBy: { version: "desc" },
    select: { ...info, content: true, snapshot: true },
  });
  if (!row) return null;
  const approval = approvalOf(row);
  return {
    version: row.version,
    createdAt: row.createdAt,
    author: row.createdBy.name,
    content: parseContent(row.content),
    approved: approval ? { ...approval, figures: parseSnapshot(row.snapshot) } : null,
  };
}

/** Plans, newest first, each with its years, how many versions each year's evaluation has and whether one is approved. */
export async function evaluationIndex() {
  const plans = await db.plan.findMany({
    orderBy: { yearFrom: "desc" },
    select: {
      id: true,
      name: true,
      yearFrom: true,
      yearTo: true,
      evaluations: {
        select: {
          year: true,
          _count: { select: { versions: true } },
          versions: { where: { approvedAt: { not: null } }, select: { id: true }, take: 1 },
        },
      },
    },
  });
  return plans.map(({ evaluations, ...plan }) => ({
    ...plan,
    years: Array.from({ length: plan.yearTo - plan.yearFrom + 1 }, (_, i) => plan.yearFrom + i).map((year) => {
      const evaluation = evaluations.find((e) => e.year === year);
      return { year, versions: evaluation?._count.versions ?? 0, approved: !!evaluation?.versions.length };
    }),
  }));
}
