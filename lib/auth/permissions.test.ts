import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, ROLES, type Permission } from "./permissions";

// The expected matrix, written out independently of the table it checks.
const EXPECTED: Record<Permission, string> = {
  signedIn: "ADMIN COORDINATOR MEMBER COUNCIL",
  "overview.view": "ADMIN COORDINATOR MEMBER COUNCIL",
  "plan.view": "ADMIN COORDINATOR MEMBER COUNCIL",
  "planPeriods.manage": "ADMIN COORDINATOR",
  "plan.write": "COORDINATOR",
  "actionPlans.write": "COORDINATOR",
  "evaluation.prepare": "COORDINATOR",
  "evaluation.approve": "COORDINATOR",
  "progress.post": "COORDINATOR MEMBER",
  "recruitment.view": "ADMIN COORDINATOR MEMBER COUNCIL",
  "event.log": "COORDINATOR MEMBER",
  "event.review": "COORDINATOR",
  "programmes.manage": "COORDINATOR",
  "campaigns.manage": "COORDINATOR",
  "careStatistics.manage": "COORDINATOR",
  "reports.view": "ADMIN COORDINATOR MEMBER COUNCIL",
  "comment.add": "ADMIN COORDINATOR MEMBER COUNCIL",
  "admin.view": "ADMIN",
  "auditLog.view": "ADMIN",
  "users.manage": "ADMIN",
  "organisations.manage": "ADMIN",
  "codelists.manage": "ADMIN",
  "publicPage.manage": "ADMIN",
};

describe("permission table", () => {
  it("has an expectation for every permission", () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const permission of Object.keys(EXPECTED) as Permission[]) {
    for (const role of ROLES) {
      const allowed = EXPECTED[permission].split(" ").includes(role);
      it(`${role} ${allowed ? "may" : "may not"} ${permission}`, () => expect(can(role, permission)).toBe(allowed));
    }
  }

  it("denies the council every change and anyone without a role everything", () => {
    for (const permission of Object.keys(PERMISSIONS) as Permission[]) {
      // A comment on a record the council reads changes no record (lib/conversation), nor does their own account.
      if (!permission.endsWith(".view") && permission !== "comment.add" && permission !== "signedIn")
        expect(can("COUNCIL", permission)).toBe(false);
      expect(can(undefined, permission)).toBe(false);
    }
  });
});

describe("every permission guards something", () => {
  // A permission no page, route handler or action asks for is a name without a meaning: remove it or use it.
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const file = path.join(dir, e.name);
      if (e.isDirectory()) return e.name === "generated" ? [] : sources(file);
      return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [file] : [];
    });
  const root = path.resolve(__dirname, "../..");
  const code = ["app", "components", "lib"]
    .flatMap((d) => sources(path.join(root, d)))
    .filter((f) => !f.endsWith(path.join("lib", "auth", "permissions.ts")))
    .map((f) => readFileSync(f, "utf8"))
    .join("\n");

  it.each(Object.keys(PERMISSIONS))("%s is asked for in app/, components/ or lib/", (permission) => {
    expect(code).toMatch(new RegExp(`(permission: |requirePage\\(|can\\([^)]*, |^\\s*)"${permission}"`, "m"));
  });
});
