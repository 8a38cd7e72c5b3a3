import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { bumpDataVersion } from "./data-version";
import { viewer } from "./page-cache";

// Every request for a cached page asks the database who the session's user is and what the data version is: the
// cache never answers for a user who was deactivated or signed out everywhere, and never under an old version.
describe("the page cache's viewer lookup", () => {
  it("gives the user and the current data version", async () => {
    const { user, version } = await viewer("user-council", Date.now());
    expect(user).toEqual({
      id: "user-council",
      email: "rada@demo.rodina-lk.cz",
      name: "Eva Benešová",
      role: "COUNCIL",
      organisationId: null,
      mustEnrolSecondFactor: false,
    });
    await bumpDataVersion();
    expect((await viewer("user-council", Date.now())).version).toBe(version + 1);
  });

  it("refuses a session that began before 'sign out everywhere', and a deactivated user", async () => {
    const signedIn = Date.now() - 60_000;
    await db.user.update({ where: { id: "user-member-rvc" }, data: { sessionsValidFrom: new Date() } });
    expect((await viewer("user-member-rvc", signedIn)).user).toBeNull();
    expect((await viewer("user-member-rvc", Date.now() + 1000)).user?.id).toBe("user-member-rvc");
    await db.user.update({ where: { id: "user-member-naruc" }, data: { active: false } });
    expect((await viewer("user-member-naruc", Date.now())).user).toBeNull();
    expect((await viewer("no-such-user", Date.now())).user).toBeNull();
  });

  it("marks a session that must still enrol a second factor (the demo policy: admins), unless it began through SSO", async () => {
    await db.user.update({ where: { id: "user-admin" }, data: { totpEnabledAt: null } });
    expect((await viewer("user-admin", Date.now(), "credentials")).user?.mustEnrolSecondFactor).toBe(true);
    expect((await viewer("user-admin", Date.now(), "sso")).user?.mustEnrolSecondFactor).toBe(false);
    expect((await viewer("user-council", Date.now(), "credentials")).user?.mustEnrolSecondFactor).toBe(false);
  });
});
