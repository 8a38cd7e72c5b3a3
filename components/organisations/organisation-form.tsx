"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { createOrganisation, updateOrganisation } from "@/lib/organisations/actions";
import { ORGANISATION_KINDS, organisationSchema, type OrganisationInput } from "@/lib/organisations/schema";

export type OrpOption = { id: string; name: string; district: string };

/** Creates an organisation (then back to the register) or edits one (stays, says it is saved). */
export function OrganisationForm({
  id,
  initial,
  orps,
}: {
  id?: string;
  initial: OrganisationInput;
  orps: OrpOption[];
}) {
  const t = useTranslations("organisations");
  const tKind = useTranslations("admin.kind");
  const router = useRouter();
  const { form, onSubmit, message, success } = useActionForm(organisationSchema, {
    defaultValues: initial,
    send: (values) => (id ? updateOrganisation({ ...values, id }) : createOrganisation(values)),
    onSuccess: () => {
      if (!id) router.push("/sprava/organizace");
    },
    successMessage: id ? undefined : t("created"),
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  const districts = [...new Set(orps.map((o) => o.district))];
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="card max-w-2xl space-y-4"
      aria-labelledby="organisation-form-heading"
    >
      <h2 id="organisation-form-heading" className="sr-only">
        {id ? t("editTitle") : t("newTitle")}
      </h2>
      <FormMessage message={message} success={success} />
      <Field id="name" ns="organisations" label={t("field.name")} error={errors.name}>
        {(aria) => <input {...aria} autoComplete="organization" className={inputClass} {...register("name")} />}
      </Field>
      <Field
        id="shortName"
        ns="organisations"
        label={t("field.shortName")}
        hint={t("field.shortNameHint")}
        error={errors.shortName}
      >
        {(aria) => <input {...aria} className={inputClass} {...register("shortName")} />}
      </Field>
      <Field id="ico" ns="organisations" label={t("field.ico")} hint={t("field.icoHint")} error={errors.ico}>
        {(aria) => (
          <input
            {...aria}
            inputMode="numeric"
            autoComplete="off"
            className={`${inputClass} max-w-48`}
            {...register("ico")}
          />
        )}
      </Field>
      <Field id="kind" ns="organisations" label={t("field.kind")} error={errors.kind}>
        {(aria) => (
          <select {...aria} className={inputClass} {...register("kind")}>
            {ORGANISATION_KINDS.map((k) => (
              <option key={k} value={k}>
                {tKind(k)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="placeId"
        ns="organisations"
        label={t("field.placeId")}
        hint={t("field.placeHint")}
        error={errors.placeId}
      >
        {(aria) => (
          <select {...aria} className={inputClass} {...register("placeId")}>
            <option value="">{t("field.noSeat")}</option>
            {districts.map((d) => (
              <optgroup key={d} label={t("field.district", { name: d })}>
                {orps
                  .filter((o) => o.district === d)
                  .map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        )}
      </Field>
      <label className="flex min-h-6 items-center gap-2 text-sm">
        <input type="checkbox" className="h-5 w-5" {...register("isWorkingGroupMember")} /> {t("field.workingGroup")}
      </label>
      <button type="submit" className="btn" disabled={isSubmitting}>
        {id ? t("save") : t("create")}
      </button>
    </form>
  );
}
