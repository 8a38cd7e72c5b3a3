import { MeasureForm } from "@/components/plan/measure-form";
import { requirePage } from "@/lib/auth/guard";
import { measureForEdit, organisationOptions } from "@/lib/plan/measure-queries";

export default async function EditMeasurePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePage("measure.edit");
  const [data, organisations] = await Promise.all([measureForEdit((await params).id), organisationOptions()]);
  return <MeasureForm {...data} organisations={organisations} />;
}
