"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/errors";
import { resendInvitation, sendResetLink, setPersonActive } from "@/lib/people/actions";
import type { PersonState } from "@/lib/people/schema";
import { LinkHandover, type Delivery } from "./link-handover";

type Outcome =
  | { kind: "error" | "done"; text: string }
  | { kind: "link"; delivery: Delivery; sentKey: "invited" | "resetSent" }
  | null;

/** Deactivate / reactivate, and the links a person may need: the invitation again, or a new password. */
export function AccessActions({ id, state, self }: { id: string; state: PersonState; self: boolean }) {
  const t = useTranslations();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [pending, startTransition] = useTransition();

  const errorText = (result: Extract<ActionResult<unknown>, { ok: false }>) => {
    const reason = typeof result.details?.reason === "string" ? result.details.reason : null;
    return reason && t.has(`people.errors.${reason}`) ? t(`people.errors.${reason}`) : t(`errors.${result.error}`);
  };
  const run = <T,>(call: () => Promise<ActionResult<T>>, done: (data: T) => Outcome) =>
    startTransition(async () => {
      setOutcome(null);
      try {
        const result = await call();
        setOutcome(result.ok ? done(result.data) : { kind: "error", text: errorText(result) });
      } catch {
        setOutcome({ kind: "error", text: t("forms.submitFailed") });
      }
    });

  const active = state !== "neaktivni";
  /** A link the person needs (invitation, new password): the button, and what it does under it. */
  const linkAction = (
    send: (input: { id: string }) => Promise<ActionResult<Delivery>>,
    sentKey: "invited" | "resetSent",
    label: string,
    text: string,
  ) => (
    <div>
      <button
        type="button"
        className="btn-secondary min-h-9"
        disabled={pending}
        onClick={() =>
          run(
            () => send({ id }),
            (delivery) => ({ kind: "link", delivery, sentKey }),
          )
        }
      >
        {label}
      </button>
      <p className="mt-1 text-sm text-gray-700">{text}</p>
    </div>
  );
  return (
    <div className="space-y-4">
      <div role="status" aria-live="polite">
        {outcome?.kind === "error" ? (
          <p className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">{outcome.text}</p>
        ) : outcome?.kind === "done" ? (
          <p className="rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900">{outcome.text}</p>
        ) : outcome?.kind === "link" ? (
          <LinkHandover delivery={outcome.delivery} sentKey={outcome.sentKey} />
        ) : null}
      </div>
      {state === "ceka"
        ? linkAction(resendInvitation, "invited", t("people.person.resendInvitation"), t("people.person.resendText"))
        : null}
      {state === "aktivni"
        ? linkAction(sendResetLink, "resetSent", t("people.person.sendReset"), t("people.person.resetText"))
        : null}
      {self ? (
        <p className="text-sm text-gray-700">{t("people.errors.selfDeactivate")}</p>
      ) : (
        <div>
          <button
            type="button"
            className={
              active ? "btn-secondary min-h-9 border-red-300 text-red-800 hover:bg-red-50" : "btn-secondary min-h-9"
            }
            disabled={pending}
            onClick={() =>
              run(
                () => setPersonActive({ id, active: !active }),
                (data) => ({
                  kind: "done",
                  text: t(data.active ? "people.person.reactivated" : "people.person.deactivated"),
                }),
              )
            }
          >
            {t(active ? "people.person.deactivate" : "people.person.reactivate")}
          </button>
          <p className="mt-1 text-sm text-gray-700">
            {t(active ? "people.person.deactivateText" : "people.person.reactivateText")}
          </p>
        </div>
      )}
    </div>
  );
}
