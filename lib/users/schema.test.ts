import { describe, expect, it } from "vitest";
import { passwordField } from "./schema";

const problem = (password: string) => {
  const result = passwordField.safeParse(password);
  return result.success ? null : result.error.issues[0].message;
};

describe("password policy", () => {
  it("accepts a long passphrase up to 72 bytes, with or without diacritics", () => {
    expect(problem("Modrá-Jizera-Ještěd-2026")).toBeNull();
    expect(problem("a1B2c3D4e5".repeat(7) + "xy")).toBeNull();
  });
  it("refuses what bcrypt would cut instead of cutting it: more than 72 bytes of UTF-8", () => {
    expect(problem("a1B2c3D4e5".repeat(7) + "xyz")).toBe("passwordTooLong");
    // 59 characters, 78 bytes: each letter with a diacritic takes two.
    expect(problem("Příliš žluťoučký kůň úpěl ďábelské ódy ve tři čtvrtě na dvě")).toBe("passwordTooLong");
  });
  it("refuses short and common passwords", () => {
    expect(problem("kratke")).toMatch(/^too_small/);
    expect(problem("heslo-heslo-heslo")).toBe("weakPassword");
  });
});
