import { can } from "@/lib/auth/permissions";
import { currentUser } from "@/lib/auth/session";
import { auditExport } from "@/lib/audit-view/export";
import { parseAuditFilters } from "@/lib/audit-view/filters";
import { downloadHeaders } from "@/lib/spreadsheet/write";

// The audit log under the page's filters as a download (?format=csv|xlsx); admins only, like the page.
export async function GET(request: Request) {
  const user = await currentUser();
  if (!user) return new Response("Nepřihlášen", { status: 401 });
  if (!can(user.role, "auditLog.view")) return new Response("Nemáte oprávnění", { status: 403 });
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const format = params.format ?? "xlsx";
  if (format !== "xlsx" && format !== "csv") return new Response("Neznámý formát (xlsx nebo csv)", { status: 400 });
  const { filters, errors } = parseAuditFilters(params);
  if (errors.length)
    return new Response("Neplatné datum ve filtru: zadejte datum ve tvaru 1. 10. 2026.", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  return new Response(await auditExport(format, filters), { headers: downloadHeaders(format, "auditni-zaznam") });
}
