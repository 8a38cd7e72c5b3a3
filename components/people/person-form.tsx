"use client";
import { useTranslations } from "next-intl";
import { updatePerson } from "@/lib/people/actions";
import { updatePersonSchema, type UpdatePersonInput } from "@/lib/people/schema";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { RoleFields } from "./role-fields";

type Organisation = { id: string; name: string; active: boolean };

/** Name, role and organisation of one person; the e-mail (their sign-in name) is shown above and not edited. */
export function PersonForm({ initial, organisations }: { initial: UpdatePersonInput; organisations: Organisation[] }) {
  const t = useTranslations();
  const { form, onSubmit, message, success } = useActionForm(updatePersonSchema, {
    defaultValues: initial,
    send: updatePerson,
    successMessage: t("people.person.saved"),
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={message} success={success} />
      <Field id="name" ns="people" label={t("people.form.name")} error={errors.name}>
        {(aria) => <input {...aria} autoComplete="off" className={inputClass} {...register("name")} />}
      </Field>
      <RoleFields
        role={register("role")}
        organisation={register("organisationId")}
        errors={errors}
        organisations={organisations}
      />
      <button type="submit" className="btn" disabled={isSubmitting}>
        {t("people.form.save")}
      </button>
    </form>
  );
}
