import { notFound } from "next/navigation";
import { ActionPlanView } from "@/components/action-plans/action-plan-view";
import { actionPlanDetail } from "@/lib/action-plans/queries";
import { requirePage } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";

export default async function ActionPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePage("plan.view");
  const detail = await actionPlanDetail((await params).id);
  if (!detail) notFound();
  return <ActionPlanView detail={detail} canEdit={can(user.role, "actionPlans.write")} />;
}
