import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DEMO_PASSWORD } from "@/prisma/seed/people";
import { checkCredentials } from "./login";

const email = "koordinatorka@demo.rodina-lk.cz";

describe("credential check", () => {
  it("accepts the right password (e-mail case and spaces do not matter) and audits the login", async () => {
    const user = await checkCredentials({ email: `  ${email.toUpperCase()} `, password: DEMO_PASSWORD }, "127.0.0.1");
    expect(user?.id).toBe("user-coordinator");
    const entry = await db.auditLog.findFirst({
      where: { action: "login", userId: "user-coordinator" },
      orderBy: { createdAt: "desc" },
    });
    expect(entry?.ip).toBe("127.0.0.1");
  });

  it.each([
    ["wrong password", { email, password: "spatne-heslo" }],
    ["unknown account", { email: "nikdo@demo.rodina-lk.cz", password: DEMO_PASSWORD }],
    ["empty input", { email: "", password: "" }],
    ["a 10 000-character e-mail", { email: `${"a".repeat(10_000)}@example.cz`, password: DEMO_PASSWORD }],
    ["SQL-like input", { email: "' OR 1=1 --@x.cz", password: "' OR '1'='1" }],
    ["wrong types", { email: 42, password: null }],
    ["no object at all", undefined],
  ])("refuses %s without throwing", async (_label, input) => {
    await expect(checkCredentials(input)).resolves.toBeNull();
  });

  it("refuses a deactivated account even with the right password", async () => {
    await db.user.update({ where: { id: "user-council" }, data: { active: false } });
    expect(await checkCredentials({ email: "rada@demo.rodina-lk.cz", password: DEMO_PASSWORD })).toBeNull();
    await db.user.update({ where: { id: "user-council" }, data: { active: true } });
  });

  it("records failed logins in the audit log without the password", async () => {
    await checkCredentials({ email, password: "tajne-spatne" });
    const entry = await db.auditLog.findFirst({ where: { action: "login_failed" }, orderBy: { createdAt: "desc" } });
    expect(entry?.after).toContain(email);
    expect(entry?.after).not.toContain("tajne-spatne");
  });
});
