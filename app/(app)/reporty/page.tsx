import { ReportsSummary } from "@/components/reports/reports-summary";
import { requirePage } from "@/lib/auth/guard";
import { careStatistics, programmeProgress } from "@/lib/recruitment/queries";

export default async function ReportsPage() {
  await requirePage("reports.view");
  const [programmes, care] = await Promise.all([programmeProgress(), careStatistics()]);
  return <ReportsSummary programmes={programmes} care={care} />;
}
