import "server-only";
// Exposes a server action as a JSON route handler (for integrations and the load test): same session, same
// permission check, same validation. Cross-site requests are refused (CSRF): a browser always sends Origin on POST.
import type { ActionResult, ErrorCode } from "@/lib/actions/errors";

const STATUS: Partial<Record<ErrorCode, number>> = {
  unauthenticated: 401,
  forbidden: 403,
  notFound: 404,
  validation: 422,
  conflict: 409,
  staleVersion: 409,
  invalidTransition: 409,
  fileEmpty: 422,
  fileTooLarge: 413,
  fileType: 415,
  unavailable: 503,
  storageFull: 507,
};
/** A client may repeat a refused request after this many seconds (with the same idempotency key, nothing doubles). */
const RETRY_AFTER_SECONDS = "5";

export function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return request.headers.get("sec-fetch-site") !== "cross-site";
  return new URL(origin).host === (request.headers.get("x-forwarded-host") ?? request.headers.get("host"));
}

export async function actionRoute<T>(
  request: Request,
  action: (input: unknown) => Promise<ActionResult<T>>,
  created = 201,
): Promise<Response> {
  if (!sameOrigin(request)) return Response.json({ error: "forbidden" }, { status: 403 });
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ error: "validation" }, { status: 422 });
  }
  const result = await action(body);
  if (result.ok) return Response.json(result.data, { status: created });
  const headers = result.error === "unavailable" ? { "retry-after": RETRY_AFTER_SECONDS } : undefined;
  return Response.json(
    { error: result.error, fieldErrors: result.fieldErrors },
    { status: STATUS[result.error] ?? 500, headers },
  );
}
