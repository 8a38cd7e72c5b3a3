"use client";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { formatNumber } from "@/lib/format";
import { ATTACHMENT_LIMITS, fileProblem, type FileLimits, type FileProblem } from "@/lib/files/limits";
import { FieldError } from "./field-error";

export const ATTACHMENT_ACCEPT = ".pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods";

type Props = {
  id: string;
  label: string;
  multiple?: boolean;
  limits?: FileLimits;
  accept?: string;
  /** From useActionForm's `fileField`: a new key after each save empties the input. */
  resetKey: number;
  error?: { message?: string };
  onFiles: (files: File[]) => void;
};

/** A file input whose choice is checked against the upload limits at once: a file that is too large (or too many
 * files) is named with its size in a Czech message and not kept, so it is never sent. */
export function FileField({ resetKey, ...props }: Props) {
  return <FileInput key={resetKey} {...props} />;
}

function FileInput({
  id,
  label,
  multiple,
  limits = ATTACHMENT_LIMITS,
  accept = ATTACHMENT_ACCEPT,
  error,
  onFiles,
}: Omit<Props, "resetKey">) {
  const t = useTranslations("forms.files");
  const locale = useLocale() === "en" ? "en" : "cs";
  const [problem, setProblem] = useState<FileProblem | null>(null);
  const text =
    problem && t(problem.code, { ...problem, size: "size" in problem ? formatNumber(problem.size, locale) : "" });
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        type="file"
        multiple={multiple}
        accept={accept}
        className="mt-1 text-sm"
        aria-invalid={!!(problem || error?.message)}
        aria-describedby={`${id}-error`}
        onChange={(e) => {
          const chosen = Array.from(e.target.files ?? []);
          const found = fileProblem(chosen, limits);
          setProblem(found);
          if (found) e.target.value = "";
          onFiles(found ? [] : chosen);
        }}
      />
      <FieldError id={`${id}-error`} text={text} message={error?.message} ns="forms" />
    </div>
  );
}
