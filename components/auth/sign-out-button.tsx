"use client";
import { signOutAndLeave } from "@/lib/auth/sign-out-client";

/** The label comes from the server: the app header has no client messages (components/layout/client-messages). */
export function SignOutButton({ label }: { label: string }) {
  return (
    <button type="button" className="btn-secondary" onClick={() => signOutAndLeave("/prihlaseni")}>
      {label}
    </button>
  );
}
