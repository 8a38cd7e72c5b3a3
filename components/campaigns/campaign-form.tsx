"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { SaveBar, useSavedNotice } from "@/components/ui/save-bar";
import { useActionForm } from "@/components/ui/use-action-form";
import { saveCampaign } from "@/lib/campaigns/actions";
import { campaignSchema, type CampaignInput } from "@/lib/campaigns/schema";

type Props = { initial: CampaignInput; parents: { id: string; name: string }[] };

/** Creates or edits a campaign; a campaign week names the long-running campaign it belongs to. */
export function CampaignForm({ initial, parents }: Props) {
  const t = useTranslations("campaigns.form");
  const router = useRouter();
  const { saved, setSaved, send } = useSavedNotice(saveCampaign);
  const { form, onSubmit, message } = useActionForm(campaignSchema, {
    defaultValues: initial,
    send,
    onSuccess: ({ id }) => {
      if (!initial.id) return router.push(`/nabor/kampane/${id}`);
      setSaved(true);
    },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  const field = { ns: "campaigns" as const };
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl space-y-4">
      <FormMessage message={message} />
      <Field {...field} id="name" label={t("name")} error={errors.name}>
        {(aria) => <input {...aria} className={inputClass} {...register("name")} />}
      </Field>
      <Field {...field} id="description" label={t("description")} error={errors.description}>
        {(aria) => <textarea {...aria} rows={3} className={inputClass} {...register("description")} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field {...field} id="startDate" label={t("startDate")} error={errors.startDate}>
          {(aria) => <input type="date" {...aria} className={inputClass} {...register("startDate")} />}
        </Field>
        <Field {...field} id="endDate" label={t("endDate")} hint={t("endHint")} error={errors.endDate}>
          {(aria) => <input type="date" {...aria} className={inputClass} {...register("endDate")} />}
        </Field>
        <Field {...field} id="parentId" label={t("parent")} error={errors.parentId}>
          {(aria) => (
            <select {...aria} className={inputClass} {...register("parentId")}>
              <option value="">{t("noParent")}</option>
              {parents.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <SaveBar submitting={isSubmitting} saved={saved} t={t} />
    </form>
  );
}
