// Forgotten password end to end: the neutral answer, the e-mail (through the suite's mail sink), the set-password
// page, signing in with the new password, a used link, an unknown e-mail. The person is created for this spec (a copy
// of the demo council account under a new e-mail), so no other spec's saved session is ended by the new password.
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";
import { queryOne } from "./db";
import { linkIn, mailsTo, waitForMail } from "./mail";

const SHOTS = "/tmp/h1";
const run = Date.now().toString(36);
const person = { id: `user-e2e-reset-${run}`, email: `obnova.hesla.${run}@demo.rodina-lk.cz`, name: "Alena Obnovená" };
const NEW_PASSWORD = "Jizerske-Hory-Sněží-2026";
const NEUTRAL = "Pokud k e-mailu existuje účet, poslali jsme na něj odkaz pro nastavení nového hesla. Platí 1 hodinu.";

test.beforeAll(() => {
  const db = new Database(path.join(process.cwd(), "data", `e2e-${process.env.E2E_PORT ?? 3100}.db`));
  try {
    const columns = (db.prepare("PRAGMA table_info(User)").all() as { name: string }[])
      .map((c) => c.name)
      .filter((c) => !["id", "email", "name"].includes(c));
    const list = columns.map((c) => `"${c}"`).join(", ");
    db.prepare(
      `INSERT INTO User (id, email, name, ${list}) SELECT ?, ?, ?, ${list} FROM User WHERE email = 'rada@demo.rodina-lk.cz'`,
    ).run(person.id, person.email, person.name);
  } finally {
    db.close();
  }
  mkdirSync(SHOTS, { recursive: true });
});

async function shoot(page: Page, name: string) {
  for (const [width, height] of [
    [1440, 900],
    [390, 844],
  ]) {
    await page.setViewportSize({ width, height });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
      `${name} at ${width} px`,
    ).toBeLessThanOrEqual(width);
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function askForLink(page: Page, email: string) {
  await page.goto("/prihlaseni");
  await page.getByRole("link", { name: "Zapomenuté heslo?" }).click();
  await expect(page.getByRole("heading", { name: "Zapomenuté heslo", level: 1 })).toBeVisible();
  await page.getByLabel("E-mail").fill(email);
  await page.getByRole("button", { name: "Poslat odkaz" }).click();
  await expect(page.getByRole("status").filter({ hasText: NEUTRAL })).toBeVisible();
}

test("a forgotten password is replaced through the e-mailed link, which then works no more", async ({
  page,
  browser,
}) => {
  await page.goto("/prihlaseni/zapomenute-heslo");
  await expect(page.getByRole("heading", { name: "Zapomenuté heslo", level: 1 })).toBeVisible();
  await expectAccessible(page);
  await shoot(page, "forgot-password");

  await askForLink(page, person.email.toUpperCase());
  const mail = await waitForMail(person.email, (m) => m.subject.startsWith("Obnovení hesla"));
  const link = linkIn(mail);
  expect(link).toMatch(/\/prihlaseni\/heslo\/[A-Za-z0-9_-]{43}$/);

  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Nastavení hesla", level: 1 })).toBeVisible();
  await expect(page.getByTestId("link-name")).toHaveText(person.name);
  await expect(page.getByTestId("link-email")).toHaveText(person.email);
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute("content", "no-referrer");
  await expectAccessible(page);
  await shoot(page, "set-password");

  await page.getByLabel("Nové heslo", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Nové heslo znovu").fill(`${NEW_PASSWORD}!`);
  await page.getByRole("button", { name: "Nastavit heslo" }).click();
  await expect(page.locator("#confirm-error")).toHaveText("Hesla se neshodují.");
  await page.getByLabel("Nové heslo znovu").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Nastavit heslo" }).click();
  await expect(page.getByRole("heading", { name: "Heslo je nastavené" })).toBeVisible();
  await page.getByRole("link", { name: "Přihlásit se" }).click();

  await expect(page.getByRole("heading", { name: "Přihlášení" })).toBeVisible();
  await page.getByLabel("E-mail").fill(person.email);
  await page.getByLabel("Heslo", { exact: true }).fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Přihlásit se" }).click();
  await expect(page.getByRole("heading", { name: "Přehled", level: 1 })).toBeVisible();

  const context = await browser.newContext();
  const stranger = await context.newPage();
  await stranger.goto(link);
  await expect(stranger.getByRole("heading", { name: "Odkaz už byl použit", level: 1 })).toBeVisible();
  await expect(stranger.getByRole("link", { name: /Zapomenuté heslo/ })).toBeVisible();
  await expectAccessible(stranger);
  await stranger.goto(`${link.slice(0, -43)}${"A".repeat(43)}`);
  await expect(stranger.getByRole("heading", { name: "Odkaz je neplatný", level: 1 })).toBeVisible();
  await context.close();
});

test("an unknown e-mail gets the same answer and no e-mail", async ({ page }) => {
  const email = `nikdo.${run}@example.cz`;
  await askForLink(page, email);
  // The lookup runs after the answer; its audit entry says it has finished.
  await expect
    .poll(
      () =>
        queryOne<{ n: number }>(
          "SELECT COUNT(*) AS n FROM AuditLog WHERE action = 'password_reset_requested' AND after LIKE ?",
          `%${email}%`,
        ).n,
    )
    .toBe(1);
  expect(await mailsTo(email)).toEqual([]);
});
