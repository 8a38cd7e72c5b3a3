import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { groupedSecret, normaliseTotpCode, otpauthUri, totpStep } from "./totp";

const SECRET = "DEMOSPRAVCERODINNAPOLITIKALKDEMO";
const NOW = new Date("2026-03-02T09:00:10Z"); // 10 s into its step
const STEP = Math.floor(NOW.getTime() / 30_000);
const codeAt = (step: number) => generate({ secret: SECRET, epoch: step * 30 + 5 });

describe("TOTP code check", () => {
  it("accepts the current code and returns its step", async () => {
    expect(await totpStep(SECRET, await codeAt(STEP), null, NOW)).toBe(STEP);
  });

  it("accepts a code one step before or after (clock drift), refuses two steps away", async () => {
    expect(await totpStep(SECRET, await codeAt(STEP - 1), null, NOW)).toBe(STEP - 1);
    expect(await totpStep(SECRET, await codeAt(STEP + 1), null, NOW)).toBe(STEP + 1);
    expect(await totpStep(SECRET, await codeAt(STEP - 2), null, NOW)).toBeNull();
    expect(await totpStep(SECRET, await codeAt(STEP + 2), null, NOW)).toBeNull();
  });

  it("refuses a code of the last accepted step or an earlier one (the same code twice, an old code)", async () => {
    const code = await codeAt(STEP);
    expect(await totpStep(SECRET, code, STEP, NOW)).toBeNull();
    expect(await totpStep(SECRET, await codeAt(STEP - 1), STEP - 1, NOW)).toBeNull();
    expect(await totpStep(SECRET, code, STEP - 1, NOW)).toBe(STEP);
  });

  it("accepts spaces inside the code; refuses garbage without throwing", async () => {
    const code = await codeAt(STEP);
    expect(await totpStep(SECRET, `${code.slice(0, 3)} ${code.slice(3)}`, null, NOW)).toBe(STEP);
    for (const garbage of ["", "12345", "1234567", "abcdef", "12345x", "' OR 1=1", "9".repeat(10_000)]) {
      expect(await totpStep(SECRET, garbage, null, NOW)).toBeNull();
    }
    expect(normaliseTotpCode("１２３４５６")).toBeNull(); // full-width digits are not six ASCII digits
  });

  it("a different secret's code is refused", async () => {
    const other = await generate({ secret: "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", epoch: STEP * 30 });
    expect(await totpStep(SECRET, other, null, NOW)).toBeNull();
  });

  it("the otpauth URI names the issuer and the account; the key is shown in groups of four", () => {
    const uri = otpauthUri(SECRET, "spravce@demo.rodina-lk.cz");
    expect(uri).toMatch(/^otpauth:\/\/totp\/Rodinn%C3%A1%20politika%20LK:spravce%40demo\.rodina-lk\.cz\?/);
    expect(uri).toContain(`secret=${SECRET}`);
    expect(uri).toContain("issuer=Rodinn%C3%A1%20politika%20LK");
    expect(groupedSecret(SECRET)).toBe("DEMO SPRA VCER ODIN NAPO LITI KALK DEMO");
  });
});
