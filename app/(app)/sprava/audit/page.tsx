import { AuditLog } from "@/components/admin/audit-log";
import { requirePage } from "@/lib/auth/guard";
import { listAuditLog, parseAuditFilters } from "@/lib/admin/audit-log";
import { firstValues } from "@/lib/url-params";

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePage("admin.view");
  const params = firstValues(await searchParams);
  const filters = parseAuditFilters(params);
  return <AuditLog data={await listAuditLog(filters)} filters={filters} params={params} />;
}
