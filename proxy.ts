// Security headers on every page: a nonce-based Content Security Policy (no 'unsafe-eval' in production),
// no framing, and HSTS when served over HTTPS. Next.js adds the nonce to its own scripts. Pages kept in the rendered-page
// cache (lib/cache/page-cache) are answered from there.
// Every request gets an id (nginx's X-Request-Id when it looks safe, else a new one), passed on to the page, action or
// route handler in the forwarded headers and answered in X-Request-Id, and one "request" log line. The proxy runs
// before the page renders, so it cannot know the final status or duration: those come in the completion lines of
// server actions (lib/actions/define-action.ts) and route handlers (lib/log/route.ts), which carry the same id.
import { NextResponse, type NextRequest } from "next/server";
import { cachedPage } from "@/lib/cache/page-cache";
import { logger, since } from "@/lib/log/logger";
import { REQUEST_ID_HEADER, loggedPath, requestIdOf } from "@/lib/log/request";

// Pages prerendered at build time hold no per-request nonce, so their inline scripts are allowed by 'unsafe-inline';
// they show no stored data and take no input, which is what a nonce protects.
const PRERENDERED = new Set(["/pristupnost"]);

// Probes that ask every few seconds: their request lines are debug-level only.
const PROBES = new Set(["/api/health", "/api/ready"]);

export async function proxy(request: NextRequest) {
  const start = performance.now();
  const requestId = requestIdOf(request.headers.get(REQUEST_ID_HEADER));
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const scripts = PRERENDERED.has(request.nextUrl.pathname)
    ? "'self' 'unsafe-inline'"
    : `'self' 'nonce-${nonce}' 'strict-dynamic'`;
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const dev = process.env.NODE_ENV === "development";
  const csp = [
    "default-src 'self'",
    `script-src ${scripts}${dev ? " 'unsafe-eval'" : ""}`,
    // Chart libraries position elements with style attributes, which nonces cannot cover.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  const response = (await cachedPage(request, nonce)) ?? NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  logRequest(request, requestId, response, start);
  if (https) response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  return response;
}

/** The request line; a page answered from the page cache is complete here, so its line has status and duration too. */
function logRequest(request: NextRequest, requestId: string, response: Response, start: number) {
  const path = request.nextUrl.pathname;
  const cache = response.headers.get("x-page-cache");
  const line = {
    requestId,
    method: request.method,
    path: loggedPath(path),
    ...(cache && { cache, outcome: response.status, durationMs: since(start) }),
  };
  if (PROBES.has(path)) logger.debug(line, "request");
  else logger.info(line, "request");
}

export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico).*)",
      missing: [{ type: "header", key: "next-router-prefetch" }],
    },
  ],
};
