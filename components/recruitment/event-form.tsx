"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller } from "react-hook-form";
import { beforeFullStop } from "@/lib/format/sentence";
import { saveEvent } from "@/lib/recruitment/actions";
import { AUDIENCES, eventSchema, type EventInput } from "@/lib/recruitment/schema";
import type { EventOptions } from "@/lib/recruitment/event-list";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { FileField } from "@/components/ui/file-field";
import { OrganisationPicker } from "@/components/ui/organisation-picker";
import { useActionForm } from "@/components/ui/use-action-form";
import { ReturnedAnswer } from "@/components/conversation/returned-answer";

type Props = {
  initial: EventInput;
  options: EventOptions;
  ownOrganisation: string | null;
  returnedComment: string | null;
};

/** Logs or edits a recruitment event; members log for their own organisation only (enforced on the server). */
export function EventForm({ initial, options, ownOrganisation, returnedComment }: Props) {
  const t = useTranslations();
  const cs = useLocale() === "cs";
  const router = useRouter();
  const [idempotencyKey] = useState(() => (initial.id ? undefined : crypto.randomUUID()));
  const { form, onSubmit, message, success, fileField } = useActionForm(eventSchema, {
    defaultValues: { ...initial, idempotencyKey },
    send: (values, files) => {
      const data = new FormData();
      data.set("payload", JSON.stringify({ ...values, attachments: undefined }));
      for (const file of files) data.append("attachments", file);
      return saveEvent(data);
    },
    onSuccess: (saved) => router.push(`/nabor/akce/${saved.id}`),
  });
  const {
    register,
    setValue,
    formState: { errors, isSubmitting },
  } = form;
  const f = (key: string) => t(`eventForm.${key}`);
  const input = (name: keyof EventInput & string, label: string, type = "text", mode?: "numeric" | "decimal") => (
    <Field id={name} label={label} error={errors[name as keyof typeof errors] as { message?: string } | undefined}>
      {(aria) => <input type={type} inputMode={mode} {...aria} className={inputClass} {...register(name as "title")} />}
    </Field>
  );
  const choose = (name: keyof EventInput & string, label: string, items: [string, string][], empty?: string) => (
    <Field id={name} label={label} error={errors[name as keyof typeof errors] as { message?: string } | undefined}>
      {(aria) => (
        <select {...aria} className={inputClass} {...register(name as "title")}>
          {empty !== undefined ? <option value="">{empty}</option> : null}
          {items.map(([v, text]) => (
            <option key={v} value={v}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const send = (submit: boolean) => {
    setValue("submit", submit);
    void onSubmit();
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        send(true);
      }}
      noValidate
      className="card max-w-3xl space-y-4"
    >
      <h1 className="text-2xl font-semibold">{initial.id ? f("titleEdit") : f("titleNew")}</h1>
      {returnedComment ? (
        <ReturnedAnswer reason={returnedComment} field={register("answer")} error={errors.answer} />
      ) : null}
      <FormMessage message={message} success={success} />
      <div className="grid gap-4 sm:grid-cols-2">
        {choose(
          "programmeId",
          f("programme"),
          options.programmes.map((p) => [p.id, p.name]),
        )}
        {ownOrganisation ? (
          <p className="self-end text-sm">
            {t("eventForm.ownOrganisation", { name: beforeFullStop(ownOrganisation) })}
          </p>
        ) : (
          choose(
            "organisationId",
            f("organisation"),
            options.organisations.map((o) => [o.id, o.name]),
            f("choose"),
          )
        )}
        {choose(
          "eventTypeId",
          f("type"),
          options.types.map((x) => [x.id, cs ? x.nameCs : x.nameEn]),
          f("choose"),
        )}
        {choose(
          "campaignId",
          f("campaign"),
          options.campaigns.map((c) => [c.id, c.name]),
          f("noCampaign"),
        )}
      </div>
      {input("title", f("title"))}
      <Field id="description" label={f("description")} error={errors.description}>
        {(aria) => <textarea {...aria} rows={3} className={inputClass} {...register("description")} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-3">
        {input("startDate", f("startDate"), "date")}
        {input("endDate", f("endDate"), "date")}
        {choose("realisation", f("realisation"), [
          ["REALISED", t("realisation.REALISED")],
          ["PLANNED", t("realisation.PLANNED")],
        ])}
        {input("municipality", f("municipality"))}
        {choose(
          "placeId",
          f("place"),
          options.places.map((p) => [p.id, p.kind === "REGION" ? f("region") : p.name]),
          f("choose"),
        )}
        {choose(
          "audience",
          f("audience"),
          AUDIENCES.map((a) => [a, t(`recruitment.audience.${a}`)]),
        )}
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t("event.outcomes")}</legend>
        <p className="text-xs text-gray-700">{f("outcomesHint")}</p>
        <div className="grid gap-4 sm:grid-cols-4">
          {input("peopleReached", f("reached"), "text", "numeric")}
          {input("inquiries", f("inquiries"), "text", "numeric")}
          {input("applicants", f("applicants"), "text", "numeric")}
          {input("cost", f("cost"), "text", "decimal")}
        </div>
      </fieldset>
      <Controller
        control={form.control}
        name="partnerIds"
        render={({ field }) => (
          <OrganisationPicker
            label={f("partners")}
            organisations={options.organisations}
            value={field.value ?? []}
            onChange={field.onChange}
          />
        )}
      />
      <FileField id="attachments" label={f("attachments")} multiple {...fileField} />
      <div className="flex gap-3">
        <button type="submit" className="btn" disabled={isSubmitting}>
          {isSubmitting ? f("saving") : f("submit")}
        </button>
        <button type="button" className="btn-secondary" disabled={isSubmitting} onClick={() => send(false)}>
          {f("saveDraft")}
        </button>
      </div>
    </form>
  );
}
