import { describe, expect, it } from "vitest";
import { isOwnWork, workScope } from "./scope";

describe("whose work a user's tasks cover", () => {
  it("the coordinator's: everyone's", () => {
    expect(workScope({ role: "COORDINATOR", organisationId: null })).toBe("everyone");
    expect(isOwnWork({ role: "COORDINATOR", organisationId: null }, { organisationId: "org-rvc" })).toBe(true);
  });

  it("a member's: their organisation's only, and nobody's without one", () => {
    const member = { role: "MEMBER", organisationId: "org-naruc" } as const;
    expect(workScope(member)).toEqual({ organisationId: "org-naruc" });
    expect(isOwnWork(member, { organisationId: "org-naruc" })).toBe(true);
    expect(isOwnWork(member, { organisationId: "org-rvc" })).toBe(false);
    expect(workScope({ role: "MEMBER", organisationId: null })).toBeNull();
  });

  it.each(["ADMIN", "COUNCIL"] as const)("%s's: nobody's", (role) => {
    expect(workScope({ role, organisationId: "org-naruc" })).toBeNull();
    expect(isOwnWork({ role, organisationId: "org-naruc" }, { organisationId: "org-naruc" })).toBe(false);
  });
});
