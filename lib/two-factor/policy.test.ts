import { describe, expect, it } from "vitest";
import { sessionHolder } from "@/lib/auth/session-holder";
import { formatRequiredRoles, mustEnrol, parseRequiredRoles } from "./policy";

describe("second-factor policy", () => {
  it("reads and writes the roles setting, ignoring what is not a role", () => {
    expect(parseRequiredRoles("ADMIN")).toEqual(["ADMIN"]);
    expect(parseRequiredRoles(" COORDINATOR , ADMIN,ROOT,")).toEqual(["ADMIN", "COORDINATOR"]);
    expect(parseRequiredRoles(null)).toEqual([]);
    expect(formatRequiredRoles(["COORDINATOR", "ADMIN"])).toBe("ADMIN,COORDINATOR");
  });

  it("a required role without a second factor must enrol after a password sign-in, not after single sign-on", () => {
    expect(mustEnrol({ role: "ADMIN", totpEnabledAt: null, method: "credentials" }, ["ADMIN"])).toBe(true);
    expect(mustEnrol({ role: "ADMIN", totpEnabledAt: null }, ["ADMIN"])).toBe(true);
    expect(mustEnrol({ role: "ADMIN", totpEnabledAt: null, method: "sso" }, ["ADMIN"])).toBe(false);
    expect(mustEnrol({ role: "ADMIN", totpEnabledAt: new Date(), method: "credentials" }, ["ADMIN"])).toBe(false);
    expect(mustEnrol({ role: "COORDINATOR", totpEnabledAt: null, method: "credentials" }, ["ADMIN"])).toBe(false);
  });

  it("the session holder carries the rule", () => {
    const row = {
      id: "u",
      email: "a@b.cz",
      name: "A",
      role: "ADMIN" as const,
      organisationId: null,
      sessionsValidFrom: new Date(1000),
      totpEnabledAt: null,
    };
    const now = 3000;
    expect(sessionHolder(row, { authTime: 2000, method: "credentials" }, ["ADMIN"], now)?.mustEnrolSecondFactor).toBe(
      true,
    );
    expect(sessionHolder(row, { authTime: 2000, method: "sso" }, ["ADMIN"], now)?.mustEnrolSecondFactor).toBe(false);
    expect(sessionHolder(row, { authTime: 2000 }, [], now)?.mustEnrolSecondFactor).toBe(false);
    expect(sessionHolder(row, { authTime: 500 }, ["ADMIN"], now)).toBeNull();
  });
});
