"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { invitePerson } from "@/lib/people/actions";
import { inviteSchema, type InviteInput } from "@/lib/people/schema";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { RoleFields } from "./role-fields";
import { LinkHandover, type Delivery } from "./link-handover";

const EMPTY: InviteInput = { name: "", email: "", role: "MEMBER", organisationId: "" };

/** Invites one person; after sending, the form empties for the next one and says where the link went. */
export function InviteForm({ organisations }: { organisations: { id: string; name: string }[] }) {
  const t = useTranslations();
  const [result, setResult] = useState<(Delivery & { id: string }) | null>(null);
  const { form, onSubmit, message } = useActionForm(inviteSchema, {
    defaultValues: EMPTY,
    send: invitePerson,
    afterSave: "empty",
    onSuccess: (data) => setResult(data),
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  return (
    <div className="max-w-xl space-y-4">
      <Link href="/sprava/uzivatele" className="link-target text-sm">
        {t("people.backToList")}
      </Link>
      <h1 className="text-2xl font-semibold">{t("people.inviteTitle")}</h1>
      <p className="text-sm text-gray-800">{t("people.inviteIntro")}</p>
      <div role="status" aria-live="polite">
        {result ? (
          <div className="space-y-2">
            <LinkHandover delivery={result} sentKey="invited" />
            <p>
              <Link href={`/sprava/uzivatele/${result.id}`} className="link-target">
                {t("people.result.openPerson")}
              </Link>
            </p>
          </div>
        ) : null}
      </div>
      <form
        onSubmit={(e) => {
          setResult(null);
          return onSubmit(e);
        }}
        noValidate
        className="card space-y-4"
      >
        <FormMessage message={message} />
        <Field id="name" ns="people" label={t("people.form.name")} error={errors.name}>
          {(aria) => <input {...aria} autoComplete="off" className={inputClass} {...register("name")} />}
        </Field>
        <Field
          id="email"
          ns="people"
          label={t("people.form.email")}
          hint={t("people.form.emailHint")}
          error={errors.email}
        >
          {(aria) => <input {...aria} type="email" autoComplete="off" className={inputClass} {...register("email")} />}
        </Field>
        <RoleFields
          role={register("role")}
          organisation={register("organisationId")}
          errors={errors}
          organisations={organisations}
        />
        <button type="submit" className="btn" disabled={isSubmitting}>
          {isSubmitting ? t("people.form.sending") : t("people.form.send")}
        </button>
      </form>
    </div>
  );
}
