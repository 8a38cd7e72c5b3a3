import { MeasureForm } from "@/components/plan/measure-form";
import { requirePage } from "@/lib/auth/guard";
import { newMeasure, organisationOptions } from "@/lib/plan/measure-queries";

export default async function NewMeasurePage({ searchParams }: { searchParams: Promise<{ cil?: string }> }) {
  await requirePage("plan.write");
  const [data, organisations] = await Promise.all([newMeasure((await searchParams).cil), organisationOptions()]);
  return <MeasureForm {...data} organisations={organisations} />;
}
