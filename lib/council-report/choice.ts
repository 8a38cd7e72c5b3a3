import "server-only";
// The plans and recruitment programmes a council report can be made for, and the choice read from the URL.
import { db } from "@/lib/db";
import { currentPlan, listPlans } from "@/lib/plan/queries";
import { resolveChoice, type ReportChoice, type ReportQuery } from "./choice-rules";
import { now } from "@/lib/clock";

/** The programmes of the plan for recruiting substitute parents (NRP), oldest first. */
export const nrpProgrammes = () =>
  db.programme.findMany({
    where: { code: { startsWith: "NRP" }, active: true },
    orderBy: { periodStart: "asc" },
    select: { id: true, name: true, periodStart: true, periodEnd: true },
  });

export async function reportOptions() {
  const [plans, programmes, current] = await Promise.all([listPlans(), nrpProgrammes(), currentPlan()]);
  return {
    plans: plans.map(({ id, name, yearFrom, yearTo, state }) => ({ id, name, yearFrom, yearTo, state })),
    programmes,
    currentPlanId: current?.id ?? null,
  };
}

export type ReportOptions = Awaited<ReturnType<typeof reportOptions>>;

export async function reportChoice(
  query: ReportQuery,
  today = now(),
): Promise<ReportChoice & { options: ReportOptions }> {
  const options = await reportOptions();
  return { ...resolveChoice(query, { ...options, today }), options };
}
