import { MeasureDetail } from "@/components/plan/measure-detail";
import { requirePage } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { indicatorSourceOptions } from "@/lib/indicators/queries";
import { measureDetail } from "@/lib/plan/measure-detail";
import { reportsOn } from "@/lib/plan/reporting";

export default async function MeasurePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePage("plan.view");
  const measure = await measureDetail((await params).id);
  const canReport = can(user.role, "measure.progress") && reportsOn(user, measure);
  const canEdit = can(user.role, "measure.edit");
  const sourceOptions = canEdit ? await indicatorSourceOptions() : null;
  return <MeasureDetail measure={measure} canEdit={canEdit} canReport={canReport} sourceOptions={sourceOptions} />;
}
