// Uploaded files are accepted by what their bytes are (magic numbers via file-type), never by name or the
// browser's claimed type. The stored name is reduced to a safe base name.
import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { UserError } from "@/lib/actions/errors";

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

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

export type CheckedFile = { fileName: string; mimeType: string; size: number; sha256: string; content: Uint8Array<ArrayBuffer> };

export function safeFileName(name: string, ext: string): string {
  const base = name.split(/[\\/]/).pop()!.replace(/[\u0000-\u001f<>:"|?*]/g, "").replace(/^\.+/, "").trim().slice(0, 120);
  const stem = base.replace(/\.[^.]*$/, "") || "priloha";
  return `${stem}.${ext === "cfb" ? "doc" : ext}`;
}

export async function checkUpload(file: File): Promise<CheckedFile> {
  if (file.size === 0) throw new UserError("fileEmpty");
  if (file.size > MAX_ATTACHMENT_BYTES) throw new UserError("fileTooLarge", { max: MAX_ATTACHMENT_BYTES });
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
