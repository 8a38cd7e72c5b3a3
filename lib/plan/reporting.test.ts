import { describe, expect, it } from "vitest";
import { reportsOn } from "./reporting";

describe("reportsOn", () => {
  it("lets a member report on their organisation's measures only, and never without an organisation", () => {
    expect(reportsOn({ role: "MEMBER", organisationId: "org-naruc" }, { responsibleOrgId: "org-naruc" })).toBe(true);
    expect(reportsOn({ role: "MEMBER", organisationId: "org-naruc" }, { responsibleOrgId: "org-rvc" })).toBe(false);
    expect(reportsOn({ role: "MEMBER", organisationId: "org-naruc" }, { responsibleOrgId: null })).toBe(false);
    expect(reportsOn({ role: "MEMBER", organisationId: null }, { responsibleOrgId: null })).toBe(false);
    expect(reportsOn({ role: "COORDINATOR", organisationId: "org-kulk" }, { responsibleOrgId: "org-rvc" })).toBe(true);
  });
});
