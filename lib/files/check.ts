// Uploaded files are accepted by what their bytes are (magic numbers via file-type), never by name or the
// browser's claimed type. The stored name is reduced to a safe base name.
import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { UserError } from "@/lib/actions/errors";
import { fileProblem, MAX_ATTACHMENT_BYTES, MB } from "./limits";

export { MAX_ATTACHMENT_BYTES };

const ALLOWED: Record<string, string> = {
  pdf: "application/pdf",
  png: "image/png",
  jpg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  odt: "application/vnd.oasis.opendocument.text",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
  cfb: "application/vnd.ms-office", // .doc / .xls / .ppt of older Office
};

export type CheckedFile = {
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  content: Uint8Array<ArrayBuffer>;
};

export function safeFileName(name: string, ext: string): string {
  const base = name
    .split(/[\\/]/)
    .pop()!
    .replace(/[\u0000-\u001f<>:"|?*]/g, "")
    .replace(/^\.+/, "")
    .trim()
    .slice(0, 120);
  const stem = base.replace(/\.[^.]*$/, "") || "priloha";
  return `${stem}.${ext === "cfb" ? "doc" : ext}`;
}

export async function checkUpload(file: File): Promise<CheckedFile> {
  const problem = fileProblem([file], { maxBytes: MAX_ATTACHMENT_BYTES, maxFiles: 1 });
  if (problem) throw new UserError(problem.code as "fileEmpty" | "fileTooLarge", { max: MAX_ATTACHMENT_BYTES });
  const content = new Uint8Array(await file.arrayBuffer());
  const detected = await fileTypeFromBuffer(content);
  const mimeType = detected && ALLOWED[detected.ext];
  if (!detected || !mimeType) throw new UserError("fileType");
  return {
    fileName: safeFileName(file.name, detected.ext),
    mimeType,
    size: content.byteLength,
    sha256: createHash("sha256").update(content).digest("hex"),
    content,
  };
}

/** Every attachment of a form, checked; a refusal is also a field error on `field`, so the form shows it by the file
 * input ("fileTooLarge|10": the limit in MB). */
export async function checkUploads(files: File[] | undefined, field = "attachments"): Promise<CheckedFile[]> {
  try {
    return await Promise.all((files ?? []).map(checkUpload));
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const message = error.code === "fileTooLarge" ? `fileTooLarge|${MAX_ATTACHMENT_BYTES / MB}` : error.code;
    throw new UserError(error.code, { ...error.details, fieldErrors: { [field]: [message] } });
  }
}
