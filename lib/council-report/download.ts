import "server-only";
// The council report as a download: the caller's session is checked here (route handlers are public endpoints).
import { can } from "@/lib/auth/permissions";
import { currentUser } from "@/lib/auth/session";
import { CONTENT_TYPES } from "@/lib/spreadsheet/write";
import { councilReportModel } from "./build";
import { parsePeriod, reportFileName } from "./period";
import { councilPdf } from "./pdf";
import { councilReport } from "./report";
import { councilXlsx } from "./xlsx";

const TYPES = { pdf: "application/pdf", xlsx: CONTENT_TYPES.xlsx } as const;
const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function councilReportDownload(request: Request, today = new Date()): Promise<Response> {
  const user = await currentUser();
  if (!user) return text("Nepřihlášen", 401);
  if (!can(user.role, "reports.view")) return text("Nemáte oprávnění", 403);
  const params = new URL(request.url).searchParams;
  const period = parsePeriod(params.get("obdobi"));
  const format = params.get("format") ?? "pdf";
  if (!period) return text("Neznámé období (rok, např. 2025, nebo „cele“)", 400);
  if (format !== "pdf" && format !== "xlsx") return text("Neznámý formát (pdf nebo xlsx)", 400);
  const model = await councilReportModel(await councilReport(period, today), "cs");
  const body = format === "pdf" ? await councilPdf(model, "cs") : await councilXlsx(model);
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": TYPES[format],
      "Content-Disposition": `attachment; filename="${reportFileName(period, format)}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
