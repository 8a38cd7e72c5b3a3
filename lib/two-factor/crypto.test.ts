import { beforeAll, describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret, hashRecoveryCode, newRecoveryCodes, normaliseRecoveryCode } from "./crypto";

beforeAll(() => {
  process.env.AUTH_SECRET ||= "unit-test-secret";
});

describe("second-factor secrets at rest", () => {
  it("encrypts the TOTP secret (a fresh IV each time) and reads it back", () => {
    const a = encryptSecret("DEMOSPRAVCERODINNAPOLITIKALKDEMO");
    const b = encryptSecret("DEMOSPRAVCERODINNAPOLITIKALKDEMO");
    expect(a).not.toBe(b);
    expect(a).not.toContain("DEMOSPRAVCE");
    expect(decryptSecret(a)).toBe("DEMOSPRAVCERODINNAPOLITIKALKDEMO");
  });

  it("a changed value or another key reads as nothing, not as a wrong secret", () => {
    const stored = encryptSecret("DEMOSPRAVCERODINNAPOLITIKALKDEMO");
    const flipped = `${stored.slice(0, -2)}${stored.endsWith("A") ? "B" : "A"}${stored.slice(-1)}`;
    expect(decryptSecret(flipped)).toBeNull();
    expect(decryptSecret("plain-text")).toBeNull();
    expect(decryptSecret(null)).toBeNull();
    const saved = process.env.AUTH_SECRET;
    process.env.AUTH_SECRET = "another-secret";
    try {
      expect(decryptSecret(stored)).toBeNull();
    } finally {
      process.env.AUTH_SECRET = saved;
    }
  });

  it("makes ten distinct recovery codes shaped xxxx-xxxx-xx; hashes do not contain them", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) {
      expect(code).toMatch(/^[2-9a-hjkmnp-z]{4}-[2-9a-hjkmnp-z]{4}-[2-9a-hjkmnp-z]{2}$/);
      const hash = hashRecoveryCode(normaliseRecoveryCode(code)!);
      expect(hash).not.toContain(code.replace(/-/g, ""));
    }
  });

  it("reads a recovery code typed with spaces or capitals; refuses what cannot be one", () => {
    expect(normaliseRecoveryCode(" ABCD-EFGH-JK ")).toBe("abcdefghjk");
    expect(normaliseRecoveryCode("abcd efgh jk")).toBe("abcdefghjk");
    for (const bad of ["", "abcd-efgh", "abcd-efgh-jkm", "abcd-efgh-j1", "0000-0000-00", "' OR 1=1 --"])
      expect(normaliseRecoveryCode(bad)).toBeNull();
  });
});
