import "server-only";
import { db } from "@/lib/db";
import { programmeProgress, type ProgrammeProgress } from "@/lib/programmes/queries";

// Programme counting lives in lib/programmes (the counting rule and the tallies it reads); re-exported here
// for the pages that read it from the recruitment module.
export { programmeProgress, type ProgrammeProgress };

export async function careStatistics() {
  return db.careStatistic.findMany({ where: { quarter: 0 }, orderBy: [{ year: "asc" }, { careKind: "asc" }] });
}
