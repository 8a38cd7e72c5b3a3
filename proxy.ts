// Security headers on every page: a nonce-based Content Security Policy (no 'unsafe-eval' in production),
// no framing, and HSTS when served over HTTPS. Next.js adds the nonce to its own scripts. Pages kept in the rendered-page
// cache (lib/cache/page-cache) are answered from there.
import { NextResponse, type NextRequest } from "next/server";
import { cachedPage } from "@/lib/cache/page-cache";

// Pages prerendered at build time hold no per-request nonce, so their inline scripts are allowed by 'unsafe-inline';
// they show no stored data and take no input, which is what a nonce protects.
const PRERENDERED = new Set(["/pristupnost"]);

export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const scripts = PRERENDERED.has(request.nextUrl.pathname) ? "'self' 'unsafe-inline'" : `'self' 'nonce-${nonce}' 'strict-dynamic'`;
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
  const response = (await cachedPage(request, nonce)) ?? NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  if (https) response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)", missing: [{ type: "header", key: "next-router-prefetch" }] }],
};
