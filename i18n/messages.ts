// Messages live in one file per feature and locale (messages/<locale>/<feature>.json), each holding its own
// top-level namespaces; they are merged here. A new feature adds its file to FEATURES.
import type { Locale } from "./config";

export const FEATURES = [
  "common",
  "overview",
  "plan",
  "plan-import",
  "action-plans",
  "recruitment",
  "programmes",
  "care",
  "campaigns",
  "event-import",
  "dashboard",
  "signal",
  "council-report",
  "evaluation",
  "reports",
  "admin",
  "accessibility",
  "review-queue",
  "conversation",
  "audit",
  "forms",
  "my-organisation",
  "accounts",
  "password-reset",
  "organisations",
  "two-factor",
  "sso",
  "import-runs",
] as const;

export type Messages = Record<string, unknown>;

export async function loadMessages(locale: Locale): Promise<Messages> {
  const parts = await Promise.all(FEATURES.map((feature) => import(`../messages/${locale}/${feature}.json`)));
  const merged: Messages = {};
  for (const part of parts) {
    for (const [namespace, value] of Object.entries(part.default as Messages)) {
      if (namespace in merged) throw new Error(`messages: namespace "${namespace}" is defined twice`);
      merged[namespace] = value;
    }
  }
  return merged;
}
