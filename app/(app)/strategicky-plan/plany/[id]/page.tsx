import { notFound } from "next/navigation";
import { PlanForm } from "@/components/plan/plan-form";
import { requirePage } from "@/lib/auth/guard";
import { listPlans } from "@/lib/plan/queries";
import { currentYear } from "@/lib/clock";

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

/** /strategicky-plan/plany/novy creates a plan; /strategicky-plan/plany/<id> edits one. */
export default async function PlanSettingsPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePage("planPeriods.manage");
  const { id } = await params;
  const plans = await listPlans();
  const plan = plans.find((p) => p.id === id);
  if (id !== "novy" && !plan) notFound();
  const year = currentYear();
  const initial = plan
    ? {
        id: plan.id,
        name: plan.name,
        yearFrom: plan.yearFrom,
        yearTo: plan.yearTo,
        state: plan.state,
        adoptedOn: day(plan.adoptedOn),
        adoptedBy: plan.adoptedBy ?? ("" as const),
        resolutionNo: plan.resolutionNo ?? "",
        previousPlanId: plan.previousPlanId ?? "",
      }
    : { name: "", yearFrom: year, yearTo: year + 4, state: "DRAFT" as const, previousPlanId: plans[0]?.id ?? "" };
  return <PlanForm initial={initial} plans={plans.map(({ id, name }) => ({ id, name }))} />;
}
