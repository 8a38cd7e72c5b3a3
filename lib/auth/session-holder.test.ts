import { describe, expect, it } from "vitest";
import { SESSION_ABSOLUTE_HOURS, sessionHolder } from "./session-holder";

const HOUR = 3_600_000;
const signedIn = Date.UTC(2026, 10, 30, 7, 0);
const row = {
  id: "u",
  email: "a@b.cz",
  name: "A",
  role: "MEMBER" as const,
  organisationId: "o",
  sessionsValidFrom: new Date(signedIn - HOUR),
  totpEnabledAt: null,
};

describe("session holder", () => {
  it(`ends a session ${SESSION_ABSOLUTE_HOURS} hours after the sign-in, however active it was kept`, () => {
    expect(sessionHolder(row, { authTime: signedIn }, [], signedIn + SESSION_ABSOLUTE_HOURS * HOUR)?.id).toBe("u");
    expect(sessionHolder(row, { authTime: signedIn }, [], signedIn + SESSION_ABSOLUTE_HOURS * HOUR + 1)).toBeNull();
  });

  it("refuses a session begun before the user's sessionsValidFrom, and one without a sign-in time", () => {
    expect(
      sessionHolder({ ...row, sessionsValidFrom: new Date(signedIn + 1) }, { authTime: signedIn }, [], signedIn + HOUR),
    ).toBeNull();
    expect(sessionHolder(row, {}, [], signedIn)).toBeNull();
    expect(sessionHolder(null, { authTime: signedIn }, [], signedIn)).toBeNull();
  });
});
