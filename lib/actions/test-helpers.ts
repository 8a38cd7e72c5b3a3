// Shared by the integration tests of the actions (not shipped code).
import { expect } from "vitest";
import type { ActionResult } from "./errors";

/** A validation failure with `key` reported under `field`, by zod or by the action. A key given without its
 * "|param" (e.g. "too_big") matches whatever parameter the message carries. */
export function expectFieldError(result: ActionResult<unknown>, field: string, key: string) {
  expect(result).toMatchObject({ ok: false, error: "validation" });
  if (result.ok) return;
  const fieldErrors = result.fieldErrors ?? {};
  expect(Object.keys(fieldErrors), JSON.stringify(fieldErrors)).toContain(field);
  expect(fieldErrors[field].map((m) => (key.includes("|") ? m : m.split("|")[0]))).toContain(key);
}
