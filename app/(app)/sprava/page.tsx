import { AdminOverview } from "@/components/admin/admin-overview";
import { requirePage } from "@/lib/auth/guard";
import { listEventTypes, registerCounts } from "@/lib/admin/queries";

export default async function AdminPage() {
  await requirePage("admin.view");
  const [counts, eventTypes] = await Promise.all([registerCounts(), listEventTypes()]);
  return <AdminOverview counts={counts} eventTypes={eventTypes} />;
}
