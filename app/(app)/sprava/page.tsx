import { AdminOverview } from "@/components/admin/admin-overview";
import { requirePage } from "@/lib/auth/guard";
import { listOrganisations, listUsers } from "@/lib/admin/queries";

export default async function AdminPage() {
  await requirePage("admin.view");
  const [users, organisations] = await Promise.all([listUsers(), listOrganisations()]);
  return <AdminOverview users={users} organisations={organisations} />;
}
