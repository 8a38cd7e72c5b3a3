// The upload limits, in one module that client and server both import (no server-only code here): the forms check a
// chosen file before sending it, lib/files/check.ts checks it again on the server, next.config.js sits above them.
export const MB = 1024 * 1024;
export const MAX_ATTACHMENT_BYTES = 10 * MB;
export const MAX_ATTACHMENTS = 5;
/** Spreadsheet imports (lib/spreadsheet): one file. */
export const MAX_IMPORT_BYTES = 2 * MB;
/** The largest request a form legitimately sends: five attachments plus the form's own fields. The framework's body
 * limits in next.config.js must stay above it (a unit test keeps them in step), or the framework, not the app's Czech
 * message, would answer an oversize upload. */
export const MAX_REQUEST_BYTES = MAX_ATTACHMENTS * MAX_ATTACHMENT_BYTES + 10 * MB;

export type FileLimits = { maxBytes: number; maxFiles: number };
export type FileProblem =
  | { code: "fileTooLarge"; name: string; size: number; max: number }
  | { code: "fileEmpty"; name: string }
  | { code: "tooManyFiles"; count: number; max: number };

export const ATTACHMENT_LIMITS: FileLimits = { maxBytes: MAX_ATTACHMENT_BYTES, maxFiles: MAX_ATTACHMENTS };

/** The first problem of the chosen files, or null. Sizes in MB for messages: the file's rounded up to one decimal
 * (10.04 MB reads "10,1", never the limit itself), the limit whole. A total limit follows from these two. */
export function fileProblem(
  files: readonly { name: string; size: number }[],
  limits: FileLimits = ATTACHMENT_LIMITS,
): FileProblem | null {
  if (files.length > limits.maxFiles) return { code: "tooManyFiles", count: files.length, max: limits.maxFiles };
  for (const file of files) {
    if (file.size === 0) return { code: "fileEmpty", name: file.name };
    if (file.size > limits.maxBytes)
      return {
        code: "fileTooLarge",
        name: file.name,
        size: Math.ceil((file.size / MB) * 10) / 10,
        max: limits.maxBytes / MB,
      };
  }
  return null;
}
