// The request id that ties a request's lines together, and the form of a path that is safe to log.

export const REQUEST_ID_HEADER = "x-request-id";
const SAFE_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** An incoming id (e.g. nginx's $request_id) when it looks safe to repeat, else a fresh one. */
export function requestIdOf(incoming: string | null | undefined): string {
  return incoming && SAFE_ID.test(incoming) ? incoming : crypto.randomUUID();
}

// Paths that carry a secret in a segment: the set-password link (/prihlaseni/heslo/<token>).
const SECRET_SEGMENTS: [RegExp, string][] = [[/^(\/prihlaseni\/heslo\/)[^/]+/, "$1[token]"]];

/** The path without its query string (which may hold tokens) and with secret segments replaced. */
export function loggedPath(pathname: string): string {
  let path = pathname.split("?")[0];
  for (const [pattern, replacement] of SECRET_SEGMENTS) path = path.replace(pattern, replacement);
  return path;
}
