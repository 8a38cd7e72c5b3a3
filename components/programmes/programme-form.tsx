"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { FieldError } from "@/components/ui/field-error";
import { SaveBar, useSavedNotice } from "@/components/ui/save-bar";
import { useActionForm } from "@/components/ui/use-action-form";
import { saveProgramme } from "@/lib/programmes/actions";
import { programmeSchema, type ProgrammeInput } from "@/lib/programmes/schema";
import { PlaceTargetsFields } from "./place-targets-fields";
import { YearTargetsFields } from "./year-targets-fields";

type Props = {
  initial: ProgrammeInput;
  eventTypes: { id: string; nameCs: string; nameEn: string }[];
  places: { id: string; name: string; kind: "REGION" | "DISTRICT" | "ORP" }[];
  locale: string;
};

/** Creates or edits a programme: name, period, total (and who shares it), yearly sub-targets, counted types and place targets. */
export function ProgrammeForm({ initial, eventTypes, places, locale }: Props) {
  const t = useTranslations("programmes.form");
  const router = useRouter();
  const { saved, setSaved, send } = useSavedNotice(saveProgramme);
  const { form, onSubmit, message } = useActionForm(programmeSchema, {
    defaultValues: initial,
    send,
    onSuccess: ({ id, updatedAt }) => {
      if (!initial.id) return router.push(`/nabor/programy/${id}`);
      form.setValue("updatedAt", updatedAt);
      setSaved(true);
    },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  const field = { ns: "programmes" as const };
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormMessage message={message} />
      <div className="grid gap-4 sm:grid-cols-4">
        {initial.id ? null : (
          <Field {...field} id="code" label={t("code")} hint={t("codeHint")} error={errors.code}>
            {(aria) => <input {...aria} className={inputClass} {...register("code")} />}
          </Field>
        )}
        <div className={initial.id ? "sm:col-span-4" : "sm:col-span-3"}>
          <Field {...field} id="name" label={t("name")} error={errors.name}>
            {(aria) => <input {...aria} className={inputClass} {...register("name")} />}
          </Field>
        </div>
      </div>
      <Field {...field} id="description" label={t("description")} error={errors.description}>
        {(aria) => <textarea {...aria} rows={2} className={inputClass} {...register("description")} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field {...field} id="periodStart" label={t("periodStart")} error={errors.periodStart}>
          {(aria) => <input type="date" {...aria} className={inputClass} {...register("periodStart")} />}
        </Field>
        <Field {...field} id="periodEnd" label={t("periodEnd")} error={errors.periodEnd}>
          {(aria) => <input type="date" {...aria} className={inputClass} {...register("periodEnd")} />}
        </Field>
        <Field {...field} id="totalTarget" label={t("totalTarget")} error={errors.totalTarget}>
          {(aria) => <input inputMode="numeric" {...aria} className={inputClass} {...register("totalTarget")} />}
        </Field>
      </div>
      <div className="max-w-md">
        <Field
          {...field}
          id="participants"
          label={t("participants")}
          hint={t("participantsHint")}
          error={errors.participants}
        >
          {(aria) => (
            <input inputMode="numeric" {...aria} className={`${inputClass} max-w-28`} {...register("participants")} />
          )}
        </Field>
      </div>
      <YearTargetsFields form={form} />
      <fieldset aria-describedby="countedTypeIds-hint countedTypeIds-error">
        <legend className="text-base font-semibold">{t("countedTypes")}</legend>
        <p id="countedTypeIds-hint" className="text-xs text-gray-700">
          {t("typesHint")}
        </p>
        <div className="mt-1 grid gap-1 sm:grid-cols-2">
          {eventTypes.map((type) => (
            <label key={type.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" value={type.id} {...register("countedTypeIds")} />{" "}
              {locale === "cs" ? type.nameCs : type.nameEn}
            </label>
          ))}
        </div>
        <FieldError id="countedTypeIds-error" message={errors.countedTypeIds?.message} ns="programmes" />
      </fieldset>
      <PlaceTargetsFields form={form} places={places} />
      <SaveBar submitting={isSubmitting} saved={saved} t={t} />
    </form>
  );
}
