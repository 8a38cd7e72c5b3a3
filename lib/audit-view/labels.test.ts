// Every action the code writes to the audit log has a Czech and an English label, so the readable log never shows a
// raw name: the action names are read from the sources' audit(...) calls.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACTION_LABELS } from "./fields";

const root = path.resolve(__dirname, "../..");
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const full = path.join(dir, f);
    if (statSync(full).isDirectory()) return f === "generated" ? [] : sources(full);
    return /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) ? [full] : [];
  });
const actionsWritten = new Set(
  ["lib", "app", "scripts"]
    .flatMap((dir) => sources(path.join(root, dir)))
    .flatMap((file) =>
      // The expression after "action:" up to the next comma: a name, or a choice between names ("a" : "b").
      [...readFileSync(file, "utf8").matchAll(/\baudit\([^;]*?\baction:\s*([^,}]*)/g)].flatMap((m) =>
        [...m[1].matchAll(/"([a-z_]+)"/g)].map((n) => n[1]),
      ),
    ),
);
const lookup = (messages: Record<string, unknown>, key: string) =>
  key
    .split(".")
    .reduce<unknown>(
      (node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined),
      messages,
    );

describe("audit action labels", () => {
  it("finds the actions the code audits", () => {
    for (const action of [
      "login",
      "login_failed",
      "create",
      "invitation_sent",
      "invitation_accepted",
      "password_reset",
      "two_factor_reset",
      "sso_refused",
    ])
      expect(actionsWritten).toContain(action);
  });
  for (const locale of ["cs", "en"]) {
    it(`labels every audited action in ${locale}`, async () => {
      const messages: Record<string, unknown> = {};
      for (const file of readdirSync(path.join(root, "messages", locale)))
        Object.assign(messages, JSON.parse(readFileSync(path.join(root, "messages", locale, file), "utf8")));
      const missing = [...actionsWritten].filter(
        (action) => typeof lookup(messages, ACTION_LABELS[action] ?? `audit.action.${action}`) !== "string",
      );
      expect(missing).toEqual([]);
    });
  }
});
