import { PlanTree } from "@/components/plan/plan-tree";
import { requirePage } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { listPlans } from "@/lib/plan/queries";
import { planTreeWithProgress } from "@/lib/plan/tree";

export default async function PlanPage({ searchParams }: { searchParams: Promise<{ plan?: string }> }) {
  const user = await requirePage("plan.view");
  const plans = await listPlans();
  const { plan: planId } = await searchParams;
  const plan = plans.find((p) => p.id === planId) ?? plans.find((p) => p.state === "ADOPTED") ?? plans[0] ?? null;
  const areas = plan ? await planTreeWithProgress(plan.id) : [];
  return (
    <PlanTree
      plans={plans}
      plan={plan}
      areas={areas}
      canEdit={can(user.role, "plan.write")}
      canManage={can(user.role, "planPeriods.manage")}
    />
  );
}
