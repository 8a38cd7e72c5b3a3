"use client";
// react-hook-form + the action's own zod schema; the action's answer is mapped back onto the form: field errors onto
// their fields, anything else into one translated message. What every form shares lives here: after a save the form
// shows the saved state and announces it, leaving with unsaved changes asks first, chosen files are checked against
// the upload limits before sending, and a request that fails on its way (network, a body over every limit) ends as a
// Czech message instead of an error page.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/errors";
import { MAX_ATTACHMENT_BYTES, MB } from "@/lib/files/limits";
import { useUnsavedChanges } from "./use-unsaved-changes";

type Options<TIn, TOut, TData> = {
  /** Name every field (with "" for empty ones): a reset to these values is what empties the inputs. */
  defaultValues: Partial<TIn>;
  onSuccess?: (data: TData) => void;
  /** Sends the validated values (plain object, or FormData for uploads) with the chosen files, already checked. */
  send: (values: TOut, files: File[]) => Promise<ActionResult<TData>>;
  /** "empty": the form creates a new record each time and starts empty again; "saved" (default): what was saved is
   * the form's new baseline, so it is no longer "changed". */
  afterSave?: "empty" | "saved";
  /** Announced after a save instead of "Uloženo.". */
  successMessage?: string;
};

export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, TData>(
  schema: S,
  options: Options<z.input<S>, z.output<S>, TData>,
) {
  const t = useTranslations("errors");
  const tForms = useTranslations("forms");
  const [message, setMessage] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [details, setDetails] = useState<Record<string, unknown> | undefined>();
  const [files, setFiles] = useState<File[]>([]);
  const [saves, setSaves] = useState(0);
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema as never) as unknown as Resolver<z.input<S>, unknown, z.output<S>>,
    defaultValues: options.defaultValues as DefaultValues<z.input<S>>,
  });
  useUnsavedChanges(form.formState.isDirty || files.length > 0, tForms("leave"));

  // The success message stays until the next edit.
  const { subscribe } = form;
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ type }) => {
          if (type === "change") setSuccess(null);
        },
      }),
    [subscribe],
  );

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    setSuccess(null);
    let result: ActionResult<TData>;
    try {
      result = await options.send(values, files);
    } catch (error) {
      console.error(error);
      setMessage(files.length ? tForms("sendFailed", { max: MAX_ATTACHMENT_BYTES / MB }) : tForms("submitFailed"));
      return;
    }
    if (result.ok) {
      form.reset(
        options.afterSave === "empty" ? (options.defaultValues as DefaultValues<z.input<S>>) : form.getValues(),
      );
      setFiles([]);
      setSaves((n) => n + 1);
      setSuccess(options.successMessage ?? tForms("saved"));
      return options.onSuccess?.(result.data);
    }
    setDetails(result.details);
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      form.setError(field as Path<z.input<S>>, { message: messages[0] });
    }
    setMessage(t(result.error));
  });

  /** Props for <FileField>: its chosen (and accepted) files, emptied after each save, and the server's refusal. */
  const fileField = {
    resetKey: saves,
    error: (form.formState.errors as Record<string, { message?: string } | undefined>).attachments,
    onFiles: (chosen: File[]) => {
      setFiles(chosen);
      setSuccess(null);
      form.clearErrors("attachments" as Path<z.input<S>>);
    },
  };

  return { form, onSubmit, message, success, details, setMessage, files, fileField };
}
