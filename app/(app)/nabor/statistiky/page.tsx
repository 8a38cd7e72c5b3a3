import { CarePage } from "@/components/care-stats/care-page";
import { requirePage } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { careTable } from "@/lib/care-stats/queries";

export default async function CareStatisticsPage() {
  const user = await requirePage("recruitment.view");
  return <CarePage rows={await careTable()} canManage={can(user.role, "careStatistics.manage")} />;
}
