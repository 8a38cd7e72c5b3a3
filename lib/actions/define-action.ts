// The one wrapper every server action goes through: authenticate → authorise → validate → run → (the run audits)
// → bump the data version (lib/cache) → after success, revalidate the areas the action declares (lib/actions/refresh). Every call leaves one log line: name, request, user, duration, outcome (never
// the input).
// Server actions are public HTTP endpoints, so none of these steps may be skipped or left to hidden buttons.
import type { z } from "zod";
import { can, type Permission } from "@/lib/auth/permissions";
import { currentUser, type SessionUser } from "@/lib/auth/session";
import { bumpDataVersion } from "@/lib/cache/data-version";
import { databaseFailure } from "@/lib/db/failures";
import { currentRequestId } from "@/lib/log/current-request";
import { logEvent, since } from "@/lib/log/logger";
import { UserError, type ActionResult, type FieldErrors } from "./errors";
import { revalidateAreas, type Refreshes } from "./refresh";

type Definition<S extends z.ZodType, T> = {
  permission: Permission;
  schema: S;
  run: (input: z.output<S>, user: SessionUser) => Promise<T>;
  /** What a successful run changes (required, so no action forgets it): revalidated after success only. */
  refreshes: Refreshes<T>;
  /** An action a session that must still enrol a second factor may call (only the enrolment's own: lib/two-factor). */
  duringEnrolment?: true;
};

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const result: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (result[key] ??= []).push(issue.message);
  }
  return result;
}

type Action = ((input: unknown) => Promise<ActionResult<unknown>>) & { actionName: string };

/** Every action defined in this process, by name: the permission-matrix test walks them all. */
export const registeredActions = new Map<string, { permission: Permission; action: Action }>();

/** Actions with file uploads receive FormData: a JSON "payload" field plus file fields, merged into one object
 * (a field sent once gives a File, sent several times an array; see filesField). */
export function formDataInput(input: unknown): unknown {
  if (!(input instanceof FormData)) return input;
  let payload: Record<string, unknown> = {};
  try {
    const raw = input.get("payload");
    payload = typeof raw === "string" ? JSON.parse(raw) : {};
  } catch {
    return null;
  }
  // Only a JSON object can carry fields; anything else ("null", "[]", "5") is left for the schema to refuse.
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) return payload;
  for (const key of new Set(input.keys())) {
    const files = input.getAll(key).filter((v): v is File => v instanceof File && v.size > 0);
    if (files.length) payload[key] = files.length === 1 ? files[0] : files;
  }
  return payload;
}

export function defineAction<S extends z.ZodType, T>(name: string, definition: Definition<S, T>) {
  const guarded = async (input: unknown, user: SessionUser | null): Promise<ActionResult<T>> => {
    if (!user) return { ok: false, error: "unauthenticated" };
    if (user.mustEnrolSecondFactor && !definition.duringEnrolment) return { ok: false, error: "forbidden" };
    if (!can(user.role, definition.permission)) return { ok: false, error: "forbidden" };
    const parsed = definition.schema.safeParse(formDataInput(input));
    if (!parsed.success) return { ok: false, error: "validation", fieldErrors: fieldErrorsOf(parsed.error) };
    let refusedByDatabase = false;
    let data: T;
    try {
      data = await definition.run(parsed.data, user);
    } catch (error) {
      if (error instanceof UserError) {
        const { fieldErrors, ...details } = error.details ?? {};
        return { ok: false, error: error.code, fieldErrors: fieldErrors as FieldErrors | undefined, details };
      }
      refusedByDatabase = databaseFailure(error) !== null;
      throw error;
    } finally {
      // Whatever the run wrote (or may have written before failing) makes every cached page out of date — unless the
      // database refused the run (locked, down, full): the bump would only wait out the same lock a second time.
      if (!refusedByDatabase) await bumpDataVersion();
    }
    const { refreshes } = definition;
    revalidateAreas(typeof refreshes === "function" ? refreshes(data) : refreshes);
    return { ok: true, data };
  };
  const action = async (input: unknown): Promise<ActionResult<T>> => {
    const start = performance.now();
    const fields: Record<string, unknown> = { action: name, requestId: await currentRequestId() };
    try {
      // The session is read from the database too, so a database fault here is answered like one in the run.
      const user = await currentUser({ duringEnrolment: true });
      Object.assign(fields, { userId: user?.id, role: user?.role });
      const result = await guarded(input, user);
      logEvent("action", { ...fields, durationMs: since(start), outcome: result.ok ? "ok" : result.error });
      return result;
    } catch (error) {
      const failure = databaseFailure(error);
      logEvent("action", { ...fields, durationMs: since(start), outcome: failure ?? "unexpected" }, error);
      return { ok: false, error: failure ?? "unexpected" };
    }
  };
  registeredActions.set(name, {
    permission: definition.permission,
    action: Object.assign(action, { actionName: name }) as Action,
  });
  return action;
}
