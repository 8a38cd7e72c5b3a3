import { MeasureForm } from "@/components/plan/measure-form";
import { requirePage } from "@/lib/auth/guard";
import { measureForEdit, organisationOptions } from "@/lib/plan/measure-queries";

export default async function EditMeasurePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePage("plan.write");
  const data = await measureForEdit((await params).id);
  // The measure keeps its responsible body and partners in the choices even when they have been deactivated since.
  const organisations = await organisationOptions([data.initial.responsibleOrgId, ...(data.initial.partnerIds ?? [])]);
  return <MeasureForm {...data} organisations={organisations} />;
}
