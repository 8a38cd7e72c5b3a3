// Errors a user may see. `code` is a key under "errors" in messages/*.json; anything else is logged and shown as
// the generic "unexpected" message.
export type ErrorCode =
  | "unauthenticated"
  | "forbidden"
  | "validation"
  | "notFound"
  | "conflict"
  | "staleVersion"
  | "invalidTransition"
  | "fileEmpty"
  | "fileTooLarge"
  | "fileType"
  /** The database is restarting, unreachable or held by a lock past its timeout: nothing was written, retry. */
  | "unavailable"
  /** The database's disk is full: nothing was written; an administrator must free space. */
  | "storageFull"
  | "unexpected";

export class UserError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: Record<string, unknown>,
  ) {
    super(code);
  }
}

export type FieldErrors = Record<string, string[]>;

export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; error: ErrorCode; fieldErrors?: FieldErrors; details?: Record<string, unknown> };

/** A validation failure only the database can detect, reported like zod's: under the form field. */
export function fieldFailure(field: string, key: string): never {
  throw new UserError("validation", { fieldErrors: { [field]: [key] } });
}
