"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { saveNode } from "@/lib/plan/actions/structure";
import { nodeSchema } from "@/lib/plan/schema";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";

type Props = {
  kind: "area" | "goal";
  parentId: string;
  parentName: string;
  codeExample: string;
  planId: string;
  initial?: { id: string; code: string; title: string; description: string | null };
};

/** Creates or edits a priority area or a goal. */
export function NodeForm({ kind, parentId, parentName, codeExample, planId, initial }: Props) {
  const t = useTranslations("nodeForm");
  const router = useRouter();
  const back = `/strategicky-plan?plan=${planId}`;
  const { form, onSubmit, message, success } = useActionForm(nodeSchema, {
    defaultValues: {
      kind,
      parentId,
      id: initial?.id,
      code: initial?.code ?? "",
      title: initial?.title ?? "",
      description: initial?.description ?? "",
    },
    send: saveNode,
    onSuccess: () => router.push(back),
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  const heading = t(initial ? (kind === "area" ? "editArea" : "editGoal") : kind === "area" ? "newArea" : "newGoal");
  return (
    <form onSubmit={onSubmit} noValidate className="card max-w-2xl space-y-4">
      <h1 className="text-2xl font-semibold">{heading}</h1>
      <p className="text-sm text-gray-700">{t("in", { name: parentName })}</p>
      <FormMessage message={message} success={success} />
      <Field
        id="code"
        label={t("code")}
        hint={kind === "area" ? t("codeHintArea") : t("codeHintGoal", { example: codeExample })}
        error={errors.code}
      >
        {(aria) => <input {...aria} className={`${inputClass} max-w-32`} {...register("code")} />}
      </Field>
      <Field id="title" label={t("title")} error={errors.title}>
        {(aria) => <input {...aria} className={inputClass} {...register("title")} />}
      </Field>
      <Field id="description" label={t("description")} error={errors.description}>
        {(aria) => <textarea {...aria} rows={4} className={inputClass} {...register("description")} />}
      </Field>
      <div className="flex items-center gap-3">
        <button type="submit" className="btn" disabled={isSubmitting}>
          {isSubmitting ? t("saving") : t("save")}
        </button>
        <Link href={back}>{t("back")}</Link>
      </div>
    </form>
  );
}
