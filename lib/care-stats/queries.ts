import "server-only";
// The region's figures per year (quarter 0) and per quarter, both tables merged into one row per period.
import { db } from "@/lib/db";
import { CARE_KINDS, type CareKind } from "./schema";

type KindFigures = {
  applicationsFiled: number | null;
  applicantsRegistered: number | null;
  childrenPlaced: number | null;
};
export type CareRow = {
  year: number;
  quarter: number;
  kinds: Record<CareKind, KindFigures>;
  childrenInInstitutionalCare: number | null;
  childrenSeekingFamily: number | null;
};

const blank = (): KindFigures => ({ applicationsFiled: null, applicantsRegistered: null, childrenPlaced: null });

/** Every recorded period, the latest year first, the whole year before its quarters. */
export async function careTable(): Promise<CareRow[]> {
  const [care, children] = await Promise.all([db.careStatistic.findMany(), db.childrenStatistic.findMany()]);
  const rows = new Map<string, CareRow>();
  const rowOf = (year: number, quarter: number) => {
    const key = `${year}/${quarter}`;
    if (!rows.has(key)) {
      const kinds = Object.fromEntries(CARE_KINDS.map((k) => [k, blank()])) as Record<CareKind, KindFigures>;
      rows.set(key, { year, quarter, kinds, childrenInInstitutionalCare: null, childrenSeekingFamily: null });
    }
    return rows.get(key)!;
  };
  for (const c of care) {
    rowOf(c.year, c.quarter).kinds[c.careKind] = {
      applicationsFiled: c.applicationsFiled,
      applicantsRegistered: c.applicantsRegistered,
      childrenPlaced: c.childrenPlaced,
    };
  }
  for (const c of children)
    Object.assign(rowOf(c.year, c.quarter), {
      childrenInInstitutionalCare: c.childrenInInstitutionalCare,
      childrenSeekingFamily: c.childrenSeekingFamily,
    });
  return [...rows.values()].sort((a, b) => b.year - a.year || a.quarter - b.quarter);
}
