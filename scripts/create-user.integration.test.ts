import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { checkCredentials } from "@/lib/auth/login";

const run = (args: string[], password: string) =>
  execFileSync(process.execPath, ["node_modules/.bin/tsx", "scripts/create-user.ts", ...args], {
    env: { ...process.env, USER_PASSWORD: password },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });

describe("npm run user:create", () => {
  it("creates an admin who can then sign in", async () => {
    const out = run(
      ["--email", "Prvni.Spravce@Kraj.test", "--name", "První Správce", "--role", "ADMIN"],
      "dlouhe-heslo-123",
    );
    expect(out).toContain("Created ADMIN prvni.spravce@kraj.test");
    expect(await checkCredentials({ email: "prvni.spravce@kraj.test", password: "dlouhe-heslo-123" })).not.toBeNull();
  });

  it("refuses a short password and a member without organisation, creating nothing", async () => {
    const before = await db.user.count();
    expect(() => run(["--email", "a@kraj.test", "--name", "A", "--role", "ADMIN"], "kratke")).toThrow(
      /password: too_small\|12/,
    );
    expect(() => run(["--email", "b@kraj.test", "--name", "B", "--role", "MEMBER"], "dlouhe-heslo-123")).toThrow(
      /organisationRequired/,
    );
    expect(await db.user.count()).toBe(before);
  });
});
