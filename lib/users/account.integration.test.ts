import { describe, expect, it, vi } from "vitest";
import { getServerSession } from "next-auth";
import { db } from "@/lib/db";
import { actAs } from "@/test/act-as";
import { checkCredentials } from "@/lib/auth/login";
import { DEMO_PASSWORD } from "@/prisma/seed/people";
import type * as SessionModule from "@/lib/auth/session";
import { changePassword, signOutEverywhere } from "./actions";

vi.mock("next-auth", async (original) => ({ ...(await original<object>()), getServerSession: vi.fn() }));
const { currentUser } = await vi.importActual<typeof SessionModule>("@/lib/auth/session");
const sessionOf = (id: string, authTime: number) =>
  vi.mocked(getServerSession).mockResolvedValue({ user: { id, authTime }, expires: "" });

describe("own account", () => {
  it("a session is refused once the user signs out everywhere, is deactivated, or changes the role's record", async () => {
    sessionOf("user-council", Date.now());
    expect((await currentUser())?.role).toBe("COUNCIL");
    await db.user.update({ where: { id: "user-council" }, data: { role: "MEMBER", organisationId: "org-naruc" } });
    expect((await currentUser())?.role).toBe("MEMBER");
    await actAs("council");
    vi.mocked(getServerSession).mockClear();
    await signOutEverywhere({});
    sessionOf("user-council", Date.now() - 60_000);
    expect(await currentUser()).toBeNull();
    sessionOf("user-council", Date.now() + 1000);
    expect(await currentUser()).not.toBeNull();
    await db.user.update({ where: { id: "user-council" }, data: { active: false } });
    expect(await currentUser()).toBeNull();
  });

  it("changes the password: the current one must match, the new one follows the policy", async () => {
    await actAs("memberA");
    const change = (current: string, password: string, confirm = password) =>
      changePassword({ current, password, confirm });
    expect(await change("spatne-heslo", "Nove-dlouhe-Heslo-77")).toMatchObject({
      ok: false,
      fieldErrors: { current: ["wrongPassword"] },
    });
    expect(await change(DEMO_PASSWORD, "kratke")).toMatchObject({ ok: false, error: "validation" });
    expect(await change(DEMO_PASSWORD, "heslo12345678")).toMatchObject({
      ok: false,
      fieldErrors: { password: ["weakPassword"] },
    });
    expect(await change(DEMO_PASSWORD, "clennaruc-2026-xyz")).toMatchObject({
      ok: false,
      fieldErrors: { password: ["weakPassword"] },
    });
    expect(await change(DEMO_PASSWORD, "Nove-dlouhe-Heslo-77", "jine")).toMatchObject({
      ok: false,
      fieldErrors: { confirm: ["passwordMismatch"] },
    });
    expect(
      await checkCredentials({ email: "clen.naruc@demo.rodina-lk.cz", password: DEMO_PASSWORD }, "1.1.1.1"),
    ).not.toBeNull();
    expect(await change(DEMO_PASSWORD, "Nove-dlouhe-Heslo-77")).toEqual({ ok: true, data: { changed: true } });
    expect(
      await checkCredentials({ email: "clen.naruc@demo.rodina-lk.cz", password: DEMO_PASSWORD }, "1.1.1.2"),
    ).toBeNull();
    expect(
      await checkCredentials({ email: "clen.naruc@demo.rodina-lk.cz", password: "Nove-dlouhe-Heslo-77" }, "1.1.1.3"),
    ).not.toBeNull();
    expect(await db.auditLog.count({ where: { action: "password_change", userId: "user-member-naruc" } })).toBe(1);
  });
});
