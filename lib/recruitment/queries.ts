import "server-only";
import { db } from "@/lib/db";
import { programmeProgress, type ProgrammeProgress } from "@/lib/programmes/queries";
import { now } from "@/lib/clock";

// Programme counting lives in lib/programmes (the counting rule and the tallies it reads); re-exported here
// for the pages that read it from the recruitment module.
export { programmeProgress, type ProgrammeProgress };

/** The substitute-parent recruitment programme running on `today` (else the latest one). */
export async function currentRecruitmentProgramme(all: ProgrammeProgress[], today = now()) {
  const recruitment = all.filter((p) => p.code.startsWith("NRP"));
  return recruitment.find((p) => p.periodStart <= today && today <= p.periodEnd) ?? recruitment.at(-1) ?? null;
}

export async function careStatistics() {
  return db.careStatistic.findMany({ where: { quarter: 0 }, orderBy: [{ year: "asc" }, { careKind: "asc" }] });
}
