// One completion line per route-handler call: route, request id, status, duration; an error thrown by the handler
// is logged with its stack and thrown on, for Next.js to answer (500, or its own redirect/notFound signals).
// Wrap a handler: `export const GET = logged("name", handler)`. The handler logs no user: the routes that act for
// one (the v1 API) go through an action, whose own line carries the user.
import { logEvent, logger, since } from "./logger";
import { REQUEST_ID_HEADER } from "./request";

type Handler<A extends unknown[]> = (request: Request, ...rest: A) => Response | Promise<Response>;
/** quiet: a successful answer is logged at "debug" only (health probes every few seconds). */
type Options = { quiet?: boolean };

export function logged<A extends unknown[]>(route: string, ...args: [Handler<A>] | [Options, Handler<A>]) {
  const [options, handler] = args.length === 1 ? [{}, args[0]] : args;
  return async (request: Request, ...rest: A): Promise<Response> => {
    const start = performance.now();
    const fields = { route, method: request.method, requestId: request.headers.get(REQUEST_ID_HEADER) ?? undefined };
    try {
      const response = await handler(request, ...rest);
      const line = { ...fields, durationMs: since(start), outcome: response.status };
      if (options.quiet && response.ok) logger.debug(line, "route");
      else logEvent("route", line);
      return response;
    } catch (error) {
      logEvent("route", { ...fields, durationMs: since(start), outcome: "thrown" }, error);
      throw error;
    }
  };
}
