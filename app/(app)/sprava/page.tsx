import { AdminOverview } from "@/components/admin/admin-overview";
import { requirePage } from "@/lib/auth/guard";
import { listEventTypes, listOrganisations, listUsers } from "@/lib/admin/queries";

export default async function AdminPage() {
  await requirePage("admin.view");
  const [users, organisations, eventTypes] = await Promise.all([listUsers(), listOrganisations(), listEventTypes()]);
  return <AdminOverview users={users} organisations={organisations} eventTypes={eventTypes} />;
}
