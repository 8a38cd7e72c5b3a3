// Walks every server action and every route handler as every role and checks allow/deny against the one
// permission table (lib/auth/permissions.ts). A new action without a definition through defineAction fails here.
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { registeredActions } from "@/lib/actions/define-action";
import { can, PERMISSIONS, type Permission } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { actAs, DEMO } from "./act-as";
import { loadedServerModules as modules, serverModules } from "./import-server-modules";

const root = path.resolve(__dirname, "..");

// Server functions that are deliberately not permission-checked actions, with the reason.
const NOT_ACTIONS: Record<string, string> = {
  setLocale: "sets the caller's own language cookie; no data",
  setPublicPage: "calls the registered action publicPage.set",
  requestPasswordReset:
    "public: a signed-out visitor asks for a reset link; same answer for any e-mail, rate-limited (lib/password-reset/request)",
  setPassword:
    "public: a signed-out visitor sets a password with a single-use link's token, which is the authorisation (lib/password-reset/set-password)",
};
const WHO = [null, ...(Object.keys(DEMO) as (keyof typeof DEMO)[])] as const;

describe("permission matrix", async () => {
  it("finds the server modules and every action they export is defined through defineAction", () => {
    expect(serverModules.length).toBeGreaterThan(10);
    for (const { file, exports } of modules) {
      for (const [name, value] of Object.entries(exports)) {
        if (typeof value !== "function") continue;
        const defined =
          "actionName" in value && registeredActions.has(String((value as { actionName: string }).actionName));
        expect(
          defined || name in NOT_ACTIONS,
          `${path.relative(root, file)}: ${name} is not defined through defineAction`,
        ).toBe(true);
      }
    }
    for (const { permission } of registeredActions.values()) expect(Object.keys(PERMISSIONS)).toContain(permission);
  });

  it("every action allows exactly the roles of its permission, and denies the rest without writing", async () => {
    let pairs = 0;
    for (const [name, { permission, action }] of registeredActions) {
      for (const who of WHO) {
        const user = await actAs(who);
        const audit = await db.auditLog.count();
        const result = await action(new FormData());
        const expected = !user ? "unauthenticated" : can(user.role, permission) ? "allowed" : "forbidden";
        const actual = result.ok
          ? "allowed"
          : result.error === "forbidden" || result.error === "unauthenticated"
            ? result.error
            : "allowed";
        expect(actual, `${name} as ${who ?? "anonymous"}`).toBe(expected);
        if (expected !== "allowed")
          expect(await db.auditLog.count(), `${name} as ${who ?? "anonymous"} wrote`).toBe(audit);
        pairs++;
      }
    }
    expect(pairs).toBe(registeredActions.size * WHO.length);
    console.log(`permission matrix: ${registeredActions.size} actions × ${WHO.length} roles = ${pairs} pairs checked`);
  });

  it("route handlers refuse anonymous callers and serve signed-in readers", async () => {
    const routes: [string, (req: Request) => Promise<Response>, Permission][] = [
      [
        "/api/export/plan/plan-2019-2023?format=csv",
        async (r) =>
          (await import("@/app/api/export/plan/[planId]/route")).GET(r as never, {
            params: Promise.resolve({ planId: "plan-2019-2023" }),
          }),
        "plan.view",
      ],
      [
        "/api/export/events?format=csv",
        async (r) => (await import("@/app/api/export/events/route")).GET(r as never),
        "recruitment.view",
      ],
      [
        "/api/reporty/rada?obdobi=2025&format=xlsx",
        async (r) => (await import("@/app/api/reporty/rada/route")).GET(r as never),
        "reports.view",
      ],
      [
        "/api/prilohy/none",
        async (r) => (await import("@/app/api/prilohy/[id]/route")).GET(r, { params: Promise.resolve({ id: "none" }) }),
        "plan.view",
      ],
    ];
    for (const [url, call, permission] of routes) {
      for (const who of WHO) {
        const user = await actAs(who);
        const response = await call(new Request(`http://localhost${url}`));
        const expected = !user ? 401 : can(user.role, permission) ? "ok" : 403;
        expect(
          response.status === 401 || response.status === 403 ? response.status : "ok",
          `${url} as ${who ?? "anonymous"}`,
        ).toBe(expected);
      }
    }
  });
});

vi.setConfig({ testTimeout: 120_000 });
