import { describe, expect, it } from "vitest";
import { canEditEvent, canSeeEvent, loggingOrganisation, visibleEventsSql, visibleEventsWhere } from "./access";

// The event rule itself, role by role, for the own and another organisation's events in every review status.
const STATUSES = ["DRAFT", "SUBMITTED", "RETURNED", "CONFIRMED"] as const;
type Role = "ADMIN" | "COORDINATOR" | "MEMBER" | "COUNCIL";
const user = (role: Role, organisationId: string | null = "org-own") => ({ role, organisationId });
const event = (organisationId: string, status: string, archivedAt: Date | null = null) => ({
  organisationId,
  status,
  archivedAt,
});
const seen = (u: ReturnType<typeof user>, organisationId: string) =>
  STATUSES.filter((s) => canSeeEvent(u, event(organisationId, s)));
const editable = (u: ReturnType<typeof user>, organisationId: string, archivedAt: Date | null = null) =>
  STATUSES.filter((s) => canEditEvent(u, event(organisationId, s, archivedAt)));

describe("canSeeEvent", () => {
  it.each(["ADMIN", "COORDINATOR", "COUNCIL"] as const)("lets %s see every event of every organisation", (role) => {
    expect(seen(user(role), "org-own")).toEqual(STATUSES);
    expect(seen(user(role), "org-other")).toEqual(STATUSES);
    expect(seen(user(role, null), "org-other")).toEqual(STATUSES);
  });

  it("lets a member see their own organisation's events in every status, another's only once confirmed", () => {
    expect(seen(user("MEMBER"), "org-own")).toEqual(STATUSES);
    expect(seen(user("MEMBER"), "org-other")).toEqual(["CONFIRMED"]);
  });

  it("lets a member without an organisation see confirmed events only", () => {
    expect(seen(user("MEMBER", null), "org-own")).toEqual(["CONFIRMED"]);
    expect(seen(user("MEMBER", null), "")).toEqual(["CONFIRMED"]);
  });
});

describe("canEditEvent", () => {
  it("lets the coordinator edit any event that is not archived, confirmed ones too", () => {
    expect(editable(user("COORDINATOR"), "org-other")).toEqual(STATUSES);
    expect(editable(user("COORDINATOR"), "org-other", new Date("2025-01-01"))).toEqual([]);
  });

  it("lets a member edit their own organisation's unconfirmed, unarchived events only", () => {
    expect(editable(user("MEMBER"), "org-own")).toEqual(["DRAFT", "SUBMITTED", "RETURNED"]);
    expect(editable(user("MEMBER"), "org-other")).toEqual([]);
    expect(editable(user("MEMBER"), "org-own", new Date("2025-01-01"))).toEqual([]);
    expect(editable(user("MEMBER", null), "org-own")).toEqual([]);
  });

  it.each(["ADMIN", "COUNCIL"] as const)("never lets %s edit an event", (role) => {
    expect(editable(user(role), "org-own")).toEqual([]);
    expect(editable(user(role), "org-other")).toEqual([]);
  });

  it("allows an edit only of an event the user sees", () => {
    for (const role of ["ADMIN", "COORDINATOR", "MEMBER", "COUNCIL"] as const)
      for (const org of ["org-own", "org-other"])
        for (const s of STATUSES)
          if (canEditEvent(user(role), event(org, s))) expect(canSeeEvent(user(role), event(org, s))).toBe(true);
  });
});

describe("the list filters", () => {
  it("restrict nothing for those who see every event", () => {
    for (const role of ["ADMIN", "COORDINATOR", "COUNCIL"] as const) {
      expect(visibleEventsWhere(user(role))).toEqual({});
      expect(visibleEventsSql(user(role))).toBeNull();
    }
  });

  it("restrict a member to their own organisation or the confirmed status, in Prisma and in SQL", () => {
    expect(visibleEventsWhere(user("MEMBER"))).toEqual({
      OR: [{ organisationId: "org-own" }, { status: "CONFIRMED" }],
    });
    const sql = visibleEventsSql(user("MEMBER"))!;
    expect(sql.sql).toBe(`("organisationId" = ? OR "status" = 'CONFIRMED')`);
    expect(sql.values).toEqual(["org-own"]);
  });
});

describe("loggingOrganisation", () => {
  it("fixes a member's events to their own organisation, and to none without one", () => {
    expect(loggingOrganisation(user("MEMBER"))).toBe("org-own");
    expect(loggingOrganisation(user("MEMBER", null))).toBeNull();
  });

  it.each(["ADMIN", "COORDINATOR", "COUNCIL"] as const)("lets %s name the organisation", (role) => {
    expect(loggingOrganisation(user(role))).toBeUndefined();
  });
});
