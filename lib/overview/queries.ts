import "server-only";
import { currentPlan, measureStatusCounts } from "@/lib/plan/queries";
import { currentRecruitmentProgramme, programmeProgress } from "@/lib/recruitment/queries";

/** What the overview page shows: the adopted plan's measures by status and the counted targets. */
export async function getOverview(today = new Date()) {
  const [plan, programmes] = await Promise.all([currentPlan(), programmeProgress()]);
  const statusCounts = plan ? await measureStatusCounts(plan.id) : null;
  return { plan, statusCounts, programmes, recruitment: await currentRecruitmentProgramme(programmes, today) };
}
