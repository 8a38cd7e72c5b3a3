// Two-factor sign-in (TOTP, RFC 6238), the acceptance: a coordinator turns it on (reading the key off the
// page and computing codes with otplib, as an authenticator app would), signs out, signs in with password + code,
// signs in with a recovery code; a code already used is refused. A dedicated coordinator account is inserted into the
// e2e database first, so the demo coordinator's saved session (e2e/users.ts), which other specs use, is untouched.
import { expect, test, type Page } from "@playwright/test";
import bcrypt from "bcryptjs";
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { generate } from "otplib";
import { expectAccessible } from "./axe";
import { queryOne } from "./db";
import { freshTotpCode } from "./totp";

const SHOTS = "/tmp/h4";
const PASSWORD = "Jested-Nad-Libercem-2026";
const RUN = Date.now();
const EMAIL = `dvoufazove.${RUN}@demo.rodina-lk.cz`;
const ADMIN_EMAIL = `spravce.bez.kodu.${RUN}@demo.rodina-lk.cz`;
const ENROLLED_ID = `user-e2e-2fa-enrolled-${RUN}`;
const CODE_LABEL = "Kód z ověřovací aplikace nebo záchranný kód";

test.beforeAll(async () => {
  const db = new Database(path.join(process.cwd(), "data", `e2e-${process.env.E2E_PORT ?? 3100}.db`));
  try {
    const now = new Date(Date.now() - 60_000).toISOString().replace("Z", "+00:00");
    const hash = await bcrypt.hash(PASSWORD, 10);
    const insert = db.prepare(
      `INSERT INTO User (id, email, name, passwordHash, role, organisationId, active, passwordChangedAt, createdAt, updatedAt, sessionsValidFrom, totpEnabledAt)
       VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)`,
    );
    // A coordinator without a second factor; an admin without one (the demo policy requires it of admins); a
    // coordinator with one, whose second factor the admin removes.
    insert.run(
      `user-e2e-2fa-${RUN}`,
      EMAIL,
      "Alena Dvoufázová",
      hash,
      "COORDINATOR",
      "org-kulk",
      now,
      now,
      now,
      now,
      null,
    );
    insert.run(`user-e2e-2fa-admin-${RUN}`, ADMIN_EMAIL, "Bohumil Nový", hash, "ADMIN", null, now, now, now, now, null);
    insert.run(
      ENROLLED_ID,
      `ztraceny.telefon.${RUN}@demo.rodina-lk.cz`,
      "Cyril Ztracený",
      hash,
      "COORDINATOR",
      "org-kulk",
      now,
      now,
      now,
      now,
      now,
    );
  } finally {
    db.close();
  }
});

/** Turns the second factor on from its page; returns the key read off the page. */
async function enrol(page: Page, email: string): Promise<string> {
  await page.getByRole("button", { name: "Zapnout dvoufázové ověření" }).click();
  const secret = (await page.getByTestId("totp-secret").textContent())!.replace(/\s/g, "");
  await page.getByLabel("Kód z ověřovací aplikace", { exact: true }).fill(await freshTotpCode(email, secret));
  await page.getByRole("button", { name: "Potvrdit a zapnout" }).click();
  await expect(page.getByRole("heading", { name: "Záchranné kódy" })).toBeVisible();
  await page.getByRole("button", { name: "Kódy mám uložené" }).click();
  return secret;
}

async function passwordStep(page: Page, email = EMAIL) {
  await page.goto("/prihlaseni");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Heslo").fill(PASSWORD);
  await page.getByRole("button", { name: "Přihlásit se" }).click();
}

async function codeStep(page: Page, code: string) {
  await page.getByLabel(CODE_LABEL).fill(code);
  await page.getByRole("button", { name: "Ověřit a přihlásit" }).click();
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Odhlásit se" }).click();
  await expect(page).toHaveURL(/\/prihlaseni$/);
}

const overview = (page: Page) => expect(page.getByRole("heading", { name: "Přehled", level: 1 })).toBeVisible();

test("a coordinator turns on two-factor sign-in, signs in with a code and with a recovery code; used codes are refused", async ({
  page,
}) => {
  test.setTimeout(240_000);
  mkdirSync(SHOTS, { recursive: true });

  // Without a second factor the password is enough.
  await passwordStep(page);
  await overview(page);

  // Enrolment from the account page.
  await page.goto("/ucet");
  await page.getByRole("link", { name: "Zapnout dvoufázové ověření" }).click();
  await expect(page.getByRole("heading", { name: "Dvoufázové ověření", level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "Zapnout dvoufázové ověření" }).click();
  await expect(page.getByRole("img", { name: /QR kód pro ověřovací aplikaci/ })).toBeVisible();
  const grouped = (await page.getByTestId("totp-secret").textContent())!;
  expect(grouped).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
  const secret = grouped.replace(/\s/g, "");
  await page.setViewportSize({ width: 1440, height: 900 });
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/enrolment-1440.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SHOTS}/enrolment-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1440, height: 900 });

  // A wrong code changes nothing; the right one turns it on and shows ten recovery codes once.
  const right = await generate({ secret });
  const wrong = String((Number(right) + 500_000) % 1_000_000).padStart(6, "0");
  await page.getByLabel("Kód z ověřovací aplikace", { exact: true }).fill(wrong);
  await page.getByRole("button", { name: "Potvrdit a zapnout" }).click();
  await expect(page.locator("#confirm-code-error")).toHaveText(
    "Kód nesouhlasí nebo už byl použit. Zadejte aktuální kód z aplikace.",
  );
  expect(
    queryOne<{ on: string | null }>('SELECT totpEnabledAt AS "on" FROM User WHERE email = ?', EMAIL).on,
  ).toBeNull();
  await page.getByLabel("Kód z ověřovací aplikace", { exact: true }).fill(await freshTotpCode(EMAIL, secret));
  await page.getByRole("button", { name: "Potvrdit a zapnout" }).click();
  await expect(page.getByRole("heading", { name: "Záchranné kódy" })).toBeVisible();
  const recovery = await page.getByTestId("recovery-code").allTextContents();
  expect(recovery).toHaveLength(10);
  for (const code of recovery) expect(code).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{2}$/);
  await page.screenshot({ path: `${SHOTS}/recovery-codes-1440.png`, fullPage: true });
  // Stored only as hashes: no code appears in the database in plain text.
  const stored = queryOne<{ hashes: string }>(
    "SELECT group_concat(codeHash) AS hashes FROM RecoveryCode r JOIN User u ON u.id = r.userId WHERE u.email = ?",
    EMAIL,
  ).hashes;
  for (const code of recovery) expect(stored).not.toContain(code.replace(/-/g, ""));
  await page.getByRole("button", { name: "Kódy mám uložené" }).click();
  await expect(page.getByTestId("two-factor-state")).toContainText("Zapnuto od");
  await signOut(page);

  // Password alone no longer signs in: the form asks for the code (axe and screenshots of this step).
  await passwordStep(page);
  await expect(page.getByTestId("sign-in-error")).toHaveText(
    "Váš účet má zapnuté dvoufázové ověření. Zadejte kód z ověřovací aplikace.",
  );
  await expect(page.getByLabel(CODE_LABEL)).toBeFocused();
  await expect(page).toHaveURL(/\/prihlaseni$/);
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/sign-in-code-1440.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SHOTS}/sign-in-code-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1440, height: 900 });
  const code = await freshTotpCode(EMAIL, secret);
  await codeStep(page, code);
  await overview(page);
  await signOut(page);

  // The same code again is refused (its step is used), then a recovery code signs in, once.
  await passwordStep(page);
  await codeStep(page, code);
  await expect(page.getByTestId("sign-in-error")).toHaveText(/^Kód už byl použit nebo je neplatný\./);
  await codeStep(page, recovery[0]);
  await overview(page);
  await signOut(page);
  await passwordStep(page);
  await codeStep(page, recovery[0]);
  await expect(page.getByTestId("sign-in-error")).toHaveText(/^Kód už byl použit nebo je neplatný\./);
  await expect(page).toHaveURL(/\/prihlaseni$/);
  const failures = queryOne<{ n: number }>(
    `SELECT COUNT(*) AS n FROM AuditLog WHERE action = 'login_failed' AND "after" LIKE ? AND "after" LIKE '%second_factor%'`,
    `%${EMAIL}%`,
  ).n;
  expect(failures).toBe(2);
});

test("an admin without a second factor reaches only the enrolment page until enrolling, then removes another person's", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await passwordStep(page, ADMIN_EMAIL);
  await expect(page).toHaveURL(/\/ucet\/dvoufazove-overeni$/);
  await expect(page.getByRole("alert").filter({ hasText: "Vaše role vyžaduje dvoufázové ověření" })).toBeVisible();
  for (const elsewhere of ["/sprava", "/", "/strategicky-plan"]) {
    await page.goto(elsewhere);
    await expect(page).toHaveURL(/\/ucet\/dvoufazove-overeni$/);
  }
  expect((await page.request.get("/sprava/audit/export")).status()).toBe(401);
  await enrol(page, ADMIN_EMAIL);
  await expect(page.getByTestId("two-factor-state")).toContainText("Zapnuto od");
  await expect(page.getByText("Pro vaši roli je dvoufázové ověření povinné, proto ho nelze vypnout.")).toBeVisible();

  // Enrolled, the admin may go anywhere, and removes a person's second factor (a lost phone) after confirming.
  await page.goto(`/sprava/uzivatele/${ENROLLED_ID}`);
  const section = page.getByTestId("two-factor-section");
  await section.getByRole("button", { name: "Zrušit dvoufázové ověření" }).click();
  await section.getByRole("button", { name: "Ano, zrušit" }).click();
  await expect(section.getByText("Dvoufázové ověření bylo zrušeno.")).toBeVisible();
  await expect(section.getByText("Vypnuto")).toBeVisible();
  expect(
    queryOne<{ on: string | null }>(`SELECT totpEnabledAt AS "on" FROM User WHERE id = ?`, ENROLLED_ID).on,
  ).toBeNull();
  const audit = queryOne<{ n: number; userId: string }>(
    `SELECT COUNT(*) AS n, MAX(userId) AS userId FROM AuditLog WHERE action = 'two_factor_reset' AND entityId = ?`,
    ENROLLED_ID,
  );
  expect(audit).toEqual({ n: 1, userId: `user-e2e-2fa-admin-${RUN}` });
});
