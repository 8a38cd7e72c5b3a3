import { PlanTree } from "@/components/plan/plan-tree";
import { requirePage } from "@/lib/auth/guard";
import { listPlans, planTree } from "@/lib/plan/queries";

export default async function PlanPage({ searchParams }: { searchParams: Promise<{ plan?: string }> }) {
  await requirePage("plan.view");
  const plans = await listPlans();
  const { plan: planId } = await searchParams;
  const plan = plans.find((p) => p.id === planId) ?? plans.find((p) => p.state === "ADOPTED") ?? plans[0];
  return <PlanTree plans={plans} plan={plan ?? null} areas={plan ? await planTree(plan.id) : []} />;
}
