import { can } from "@/lib/auth/permissions";
import { currentUser } from "@/lib/auth/session";
import { planExport, toCsv, toXlsx } from "@/lib/plan-import/export";
import { logged } from "@/lib/log/route";

const TYPES = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
} as const;

// A plan's measures as a download (?format=xlsx|csv) in the columns the import reads.
export const GET = logged(
  "export.plan",
  async (request: Request, { params }: { params: Promise<{ planId: string }> }) => {
    const user = await currentUser();
    if (!user) return new Response("Nepřihlášen", { status: 401 });
    if (!can(user.role, "plan.view")) return new Response("Nemáte oprávnění", { status: 403 });
    const format = new URL(request.url).searchParams.get("format") ?? "xlsx";
    if (format !== "xlsx" && format !== "csv") return new Response("Neznámý formát (xlsx nebo csv)", { status: 400 });
    const data = await planExport((await params).planId);
    if (!data) return new Response("Nenalezeno", { status: 404 });
    const { plan, rows } = data;
    const body = format === "xlsx" ? new Uint8Array(await toXlsx(rows)) : toCsv(rows);
    return new Response(body, {
      headers: {
        "Content-Type": TYPES[format],
        "Content-Disposition": `attachment; filename="strategicky-plan-${plan.yearFrom}-${plan.yearTo}.${format}"`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  },
);
