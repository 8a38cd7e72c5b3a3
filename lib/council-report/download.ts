import "server-only";
// The council report as a download: the caller's session is checked here (route handlers are public endpoints).
// ?plan=<id>&program=<id>&obdobi=<year>|cele&format=pdf|xlsx, the same choice as the page; a choice that does not
// exist is refused with a Czech message (the page falls back and says so; a file must not silently differ).
import { can } from "@/lib/auth/permissions";
import { currentUser } from "@/lib/auth/session";
import { CONTENT_TYPES } from "@/lib/spreadsheet/write";
import { reportFileName } from "./period";
import { councilPdf } from "./pdf";
import { reportModelOf, reportRequest } from "./view";
import { councilXlsx } from "./xlsx";
import { now } from "@/lib/clock";

const TYPES = { pdf: "application/pdf", xlsx: CONTENT_TYPES.xlsx } as const;
const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function councilReportDownload(request: Request, today = now()): Promise<Response> {
  const user = await currentUser();
  if (!user) return text("Nepřihlášen", 401);
  if (!can(user.role, "reports.view")) return text("Nemáte oprávnění", 403);
  const params = Object.fromEntries(new URL(request.url).searchParams) as Record<string, string | undefined>;
  const format = params.format ?? "pdf";
  if (format !== "pdf" && format !== "xlsx") return text("Neznámý formát (pdf nebo xlsx)", 400);
  const query = { plan: params.plan, program: params.program, obdobi: params.obdobi };
  const asked = await reportRequest(query, "cs", today);
  if (asked.refused.length) return text(asked.refused.join("\n"), 400);
  const { choice } = asked;
  const model = await reportModelOf(asked, user);
  const body = format === "pdf" ? await councilPdf(model, "cs") : await councilXlsx(model);
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": TYPES[format],
      "Content-Disposition": `attachment; filename="${reportFileName(choice.period, choice.plan, format)}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
