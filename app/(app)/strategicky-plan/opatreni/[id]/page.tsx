import { MeasureDetail } from "@/components/plan/measure-detail";
import { requirePage } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { indicatorSourceOptions } from "@/lib/indicators/queries";
import { measureDetail } from "@/lib/plan/measure-detail";
import { thread } from "@/lib/conversation/queries";
import { reportsOn } from "@/lib/plan/reporting";

export default async function MeasurePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePage("plan.view");
  const measure = await measureDetail((await params).id);
  const canReport = can(user.role, "progress.post") && reportsOn(user, measure);
  const canEdit = can(user.role, "plan.write");
  const [sourceOptions, comments] = await Promise.all([
    canEdit ? indicatorSourceOptions() : null,
    thread({ measureId: measure.id }),
  ]);
  return (
    <MeasureDetail
      measure={measure}
      canEdit={canEdit}
      canReport={canReport}
      sourceOptions={sourceOptions}
      comments={comments}
      canComment={can(user.role, "comment.add")}
    />
  );
}
