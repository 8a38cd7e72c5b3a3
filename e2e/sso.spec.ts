// Single sign-on against a real OpenID Connect provider on loopback (e2e/services/oidc-provider.ts, PORT+3), which
// scripts/e2e-server.sh configures as the app's OIDC_ISSUER with the label "Testovací IdP". Every test starts in a
// fresh browser context, signed out of both the app and the provider.
import { expect, test, type Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { expectAccessible } from "./axe";
import { queryOne } from "./db";
import { USERS } from "./users";

const PROVIDER = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 3}`;
const UNKNOWN = "neznamy@example.cz";
const SHOTS = "/tmp/h5";

type AuditRow = { n: number; after: string | null };
const ssoAudit = (action: string, where: string, ...params: unknown[]) =>
  queryOne<AuditRow>(
    `SELECT COUNT(*) AS n, MAX("after") AS "after" FROM AuditLog WHERE action = ? AND ${where}`,
    action,
    ...params,
  );

/** The app's button, then the provider's development login form (any password). */
async function signInAtProvider(page: Page, email: string) {
  await page.goto("/prihlaseni");
  await page.getByRole("button", { name: "Přihlásit přes Testovací IdP" }).click();
  await expect(page).toHaveURL(new RegExp(`^${PROVIDER}/interaction/`));
  await page.locator('input[name="login"]').fill(email);
  await page.locator('input[name="password"]').fill("cokoliv");
  await page.getByRole("button", { name: "Sign-in" }).click();
}

test.describe("single sign-on (OpenID Connect)", () => {
  test("the coordinator signs in through the provider and lands on the overview", async ({ page }) => {
    const before = ssoAudit("login", `userId = 'user-coordinator' AND "after" LIKE '%"sso"%'`).n;
    await signInAtProvider(page, USERS.coordinator);
    await expect(page.getByRole("heading", { name: "Přehled", level: 1 })).toBeVisible();
    await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/$/);
    await expect(page.getByText("Přihlášen(a): Jana Dvořáková")).toBeVisible();
    expect(ssoAudit("login", `userId = 'user-coordinator' AND "after" LIKE '%"sso"%'`).n).toBe(before + 1);
    const user = queryOne<{ lastSignInAt: number | string | null }>(
      "SELECT lastSignInAt FROM User WHERE id = 'user-coordinator'",
    );
    expect(user.lastSignInAt).not.toBeNull();
  });

  test("an e-mail the app does not know is refused with a Czech message and an audit entry", async ({ page }) => {
    const before = ssoAudit("sso_refused", `"after" LIKE ?`, `%${UNKNOWN}%`).n;
    const users = queryOne<{ n: number }>("SELECT COUNT(*) AS n FROM User").n;
    await signInAtProvider(page, UNKNOWN);
    await expect(page.getByTestId("sso-error")).toHaveText(
      `Účet s e-mailem ${UNKNOWN} v aplikaci není nebo je neaktivní. Požádejte správce o pozvánku.`,
    );
    await expect(page).toHaveURL(/\/prihlaseni\?chyba=sso&email=/);
    await expect(page.getByRole("heading", { name: "Přihlášení" })).toBeVisible();
    const refused = ssoAudit("sso_refused", `"after" LIKE ?`, `%${UNKNOWN}%`);
    expect(refused.n).toBe(before + 1);
    expect(JSON.parse(refused.after!)).toEqual({ email: UNKNOWN, reason: "unknown" });
    expect(queryOne<{ n: number }>("SELECT COUNT(*) AS n FROM User").n).toBe(users);
    // Still signed out: the app's pages send the visitor back to the sign-in page.
    await page.goto("/");
    await expect(page).toHaveURL(/\/prihlaseni$/);
  });

  test("the sign-in page with the single sign-on button is accessible at 1440 and 390 px", async ({ page }) => {
    mkdirSync(SHOTS, { recursive: true });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto("/prihlaseni");
    await expect(page.getByRole("button", { name: "Přihlásit přes Testovací IdP" })).toBeVisible();
    await expect(page.getByText("nebo e-mailem a heslem")).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({ path: `${SHOTS}/sign-in-sso-1440.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/prihlaseni?chyba=sso&email=${encodeURIComponent(UNKNOWN)}`);
    await expect(page.getByTestId("sso-error")).toContainText(UNKNOWN);
    await expectAccessible(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${SHOTS}/sign-in-sso-390.png`, fullPage: true });
  });
});
