// Readiness: the database answers and the schema is current (lib/health); 503 with the reason otherwise.
import { readiness } from "@/lib/health/readiness";
import { logged } from "@/lib/log/route";

export const dynamic = "force-dynamic";

export const GET = logged("ready", { quiet: true }, async () => {
  const state = await readiness();
  const body = state.ready ? { status: "ready" } : { status: "not_ready", reason: state.reason, count: state.count };
  return Response.json(body, { status: state.ready ? 200 : 503, headers: { "Cache-Control": "no-store" } });
});
