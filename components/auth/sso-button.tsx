"use client";
// "Sign in with <provider>" above the password form, and why a single sign-on was refused (the signIn callback in
// lib/auth/sso.ts sends the browser back here with ?chyba=sso&email=… or ?chyba=sso-email; next-auth's own failures
// arrive as ?error=OAuth…). The sign-in starts with the same two requests next-auth/react's signIn() makes; the
// browser then goes to the provider by navigation, since the CSP's form-action 'self' would stop a form post that
// redirects to another site.
import { useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { useState } from "react";

const AUTH_BASE = "/api/auth";

async function startSso(): Promise<void> {
  const { csrfToken } = (await (await fetch(`${AUTH_BASE}/csrf`)).json()) as { csrfToken: string };
  const res = await fetch(`${AUTH_BASE}/signin/sso`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl: "/", json: "true" }),
  });
  const { url } = (await res.json()) as { url?: string };
  if (!url) throw new Error("no provider address");
  window.location.href = url;
}

function useRefusal(): string | null {
  const t = useTranslations("sso");
  const params = useSearchParams();
  const reason = params.get("chyba");
  const email = params.get("email");
  if (reason === "sso" && email) return t("refused", { email: email.slice(0, 254) });
  if (reason === "sso-email" || reason === "sso") return t("refusedNoEmail");
  if (/^(OAuth|Callback|AccessDenied)/.test(params.get("error") ?? "")) return t("failed");
  return null;
}

export function SsoButton({ name }: { name: string | null }) {
  const t = useTranslations("sso");
  const refusal = useRefusal();
  const [state, setState] = useState<"idle" | "busy" | "failed">("idle");
  const message = state === "failed" ? t("failed") : refusal;

  const onClick = () => {
    setState("busy");
    startSso().catch(() => setState("failed"));
  };

  if (!name && !message) return null;
  return (
    <div className="mb-4">
      <div role="alert" aria-live="assertive" data-testid="sso-error">
        {message ? (
          <p className="mb-4 break-words rounded-md border border-red-300 bg-red-50 p-3 text-red-900">{message}</p>
        ) : null}
      </div>
      {name ? (
        <>
          <button type="button" className="btn w-full" onClick={onClick} disabled={state === "busy"}>
            {state === "busy" ? t("redirecting") : t("button", { name })}
          </button>
          <p className="mt-4 flex items-center gap-3 text-sm text-gray-700 before:h-px before:flex-1 before:bg-gray-300 after:h-px after:flex-1 after:bg-gray-300">
            {t("or")}
          </p>
        </>
      ) : null}
    </div>
  );
}
