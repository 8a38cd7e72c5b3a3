import { getLocale } from "next-intl/server";
import { AuditLog } from "@/components/admin/audit-log";
import { requirePage } from "@/lib/auth/guard";
import { parseAuditFilters } from "@/lib/audit-view/filters";
import { auditPage } from "@/lib/audit-view/queries";
import { firstValues } from "@/lib/url-params";

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePage("auditLog.view");
  const params = firstValues(await searchParams);
  const { filters, errors } = parseAuditFilters(params);
  const data = await auditPage(filters, await getLocale());
  return <AuditLog data={data} filters={filters} errors={errors} params={params} />;
}
