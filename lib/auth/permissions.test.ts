import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, ROLES, type Permission } from "./permissions";

// The expected matrix, written out independently of the table it checks.
const EXPECTED: Record<Permission, string> = {
  "overview.view": "ADMIN COORDINATOR MEMBER COUNCIL",
  "plan.view": "ADMIN COORDINATOR MEMBER COUNCIL",
  "plan.manage": "ADMIN COORDINATOR",
  "measure.edit": "COORDINATOR",
  "evaluation.approve": "COORDINATOR",
  "measure.progress": "COORDINATOR MEMBER",
  "recruitment.view": "ADMIN COORDINATOR MEMBER COUNCIL",
  "event.log": "COORDINATOR MEMBER",
  "event.review": "COORDINATOR",
  "programme.manage": "COORDINATOR",
  "reports.view": "ADMIN COORDINATOR MEMBER COUNCIL",
  "comment.add": "ADMIN COORDINATOR MEMBER COUNCIL",
  "admin.view": "ADMIN",
  "users.manage": "ADMIN",
  "organisations.manage": "ADMIN",
  "codelists.manage": "ADMIN",
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
      // A comment on a record the council reads changes no record (lib/conversation).
      if (!permission.endsWith(".view") && permission !== "comment.add") expect(can("COUNCIL", permission)).toBe(false);
      expect(can(undefined, permission)).toBe(false);
    }
  });
});
