/** The FormData the import page sends: JSON "payload" ({ organisationId, sha256 }) and the "file". */
export function formOf(file: File | null, organisationId?: string, sha256?: string): FormData {
  const form = new FormData();
  form.set("payload", JSON.stringify({ organisationId, sha256 }));
  if (file) form.set("file", file);
  return form;
}
