/** The FormData the import page sends: JSON "payload" ({ organisationId, sha256, mode }) and the "file". */
export function formOf(file: File | null, organisationId?: string, sha256?: string, mode?: "all" | "valid"): FormData {
  const form = new FormData();
  form.set("payload", JSON.stringify({ organisationId, sha256, mode }));
  if (file) form.set("file", file);
  return form;
}
