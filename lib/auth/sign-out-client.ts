// Signing out from the browser without next-auth/react (whose client, with its Babel runtime, would be in the first
// load of every page that shows the sign-out button): the same two requests its signOut() makes.
const AUTH_BASE = "/api/auth";

export async function signOutAndLeave(callbackUrl: string): Promise<void> {
  const { csrfToken } = (await (await fetch(`${AUTH_BASE}/csrf`)).json()) as { csrfToken: string };
  const res = await fetch(`${AUTH_BASE}/signout`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl, json: "true" }),
  });
  const { url } = (await res.json()) as { url?: string };
  window.location.href = url ?? callbackUrl;
}
