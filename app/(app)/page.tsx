import { Overview } from "@/components/overview/overview";
import { requirePage } from "@/lib/auth/guard";
import { getOverview } from "@/lib/overview/queries";

export default async function OverviewPage() {
  await requirePage("overview.view");
  return <Overview {...await getOverview()} />;
}
