import { ActionPlanList } from "@/components/action-plans/action-plan-list";
import { listActionPlans } from "@/lib/action-plans/queries";
import { requirePage } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";

export default async function ActionPlansPage() {
  const user = await requirePage("plan.view");
  return <ActionPlanList plans={await listActionPlans()} canEdit={can(user.role, "actionPlans.write")} />;
}
