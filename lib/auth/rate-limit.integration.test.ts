import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DEMO_PASSWORD } from "@/prisma/seed/people";
import { checkCredentials } from "./login";
import { MAX_FAILURES, RateLimitedError } from "./rate-limit";

const email = "clen.rvc@demo.rodina-lk.cz";
const fail = (ip: string) => checkCredentials({ email, password: "spatne-heslo" }, ip);

describe("login rate limit", () => {
  it(`blocks an IP + account after ${MAX_FAILURES} failures, even with the right password, and records it in the database`, async () => {
    for (let i = 0; i < MAX_FAILURES; i++) expect(await fail("10.0.0.1")).toBeNull();
    await expect(checkCredentials({ email, password: DEMO_PASSWORD }, "10.0.0.1")).rejects.toBeInstanceOf(
      RateLimitedError,
    );
    expect(await db.loginAttempt.count({ where: { key: `10.0.0.1|${email}`, success: false } })).toBe(MAX_FAILURES);
    // Another address is not affected.
    expect(await checkCredentials({ email, password: DEMO_PASSWORD }, "10.0.0.2")).not.toBeNull();
  });

  it("a successful sign-in clears the count", async () => {
    for (let i = 0; i < MAX_FAILURES - 1; i++) await fail("10.0.0.3");
    expect(await checkCredentials({ email, password: DEMO_PASSWORD }, "10.0.0.3")).not.toBeNull();
    for (let i = 0; i < MAX_FAILURES - 1; i++) expect(await fail("10.0.0.3")).toBeNull();
    expect(await checkCredentials({ email, password: DEMO_PASSWORD }, "10.0.0.3")).not.toBeNull();
  });

  it("forgets failures older than the window", async () => {
    const old = new Date(Date.now() - 16 * 60_000);
    await db.loginAttempt.createMany({
      data: Array.from({ length: 10 }, () => ({ key: `10.0.0.4|${email}`, success: false, createdAt: old })),
    });
    expect(await checkCredentials({ email, password: DEMO_PASSWORD }, "10.0.0.4")).not.toBeNull();
  });
});
