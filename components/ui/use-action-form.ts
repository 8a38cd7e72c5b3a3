"use client";
// react-hook-form + the action's own zod schema; the action's answer is mapped back onto the form: field errors onto
// their fields, anything else into one translated message.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/errors";

type Options<TIn, TOut, TData> = {
  defaultValues: Partial<TIn>;
  onSuccess?: (data: TData) => void;
  /** Sends the validated values: plain object, or FormData for uploads. */
  send: (values: TOut) => Promise<ActionResult<TData>>;
};

export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, TData>(schema: S, options: Options<z.input<S>, z.output<S>, TData>) {
  const t = useTranslations("errors");
  const [message, setMessage] = useState<string | null>(null);
  const [details, setDetails] = useState<Record<string, unknown> | undefined>();
  const form = useForm<z.input<S>, unknown, z.output<S>>({ resolver: zodResolver(schema as never) as unknown as Resolver<z.input<S>, unknown, z.output<S>>, defaultValues: options.defaultValues as DefaultValues<z.input<S>> });

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await options.send(values);
    if (result.ok) return options.onSuccess?.(result.data);
    setDetails(result.details);
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      form.setError(field as Path<z.input<S>>, { message: messages[0] });
    }
    setMessage(t(result.error));
  });

  return { form, onSubmit, message, details, setMessage };
}
