import { can } from "@/lib/auth/permissions";
import { currentUser } from "@/lib/auth/session";
import { eventExport } from "@/lib/event-import/export";
import { eventWhere, parseEventFilters } from "@/lib/recruitment/event-list";
import { downloadHeaders } from "@/lib/spreadsheet/write";
import { logged } from "@/lib/log/route";

// The events list as a download (?format=xlsx|csv plus the list's filters), with the list's visibility, in the
// columns the events import reads; streamed, so any number of events fits.
export const GET = logged("export.events", async (request: Request) => {
  const user = await currentUser();
  if (!user) return new Response("Nepřihlášen", { status: 401 });
  if (!can(user.role, "recruitment.view")) return new Response("Nemáte oprávnění", { status: 403 });
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const format = params.format ?? "xlsx";
  if (format !== "xlsx" && format !== "csv") return new Response("Neznámý formát (xlsx nebo csv)", { status: 400 });
  const body = await eventExport(format, await eventWhere(parseEventFilters(params), user));
  return new Response(body, { headers: downloadHeaders(format, "naborove-akce") });
});
