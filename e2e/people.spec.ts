// The acceptance: the admin invites a new member of NÁRUČ; the member opens the link from the e-mail, sets a
// password, signs in and lands on their organisation's page; the admin deactivates them and their open session is
// refused on the next navigation. The people pages pass axe at 1440 and 390 px.
import { mkdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";
import { linkIn, waitForMail } from "./mail";
import { typeUntilHeld } from "./typing";
import { stateOf } from "./users";

const NARUC = "Centrum pro rodinu NÁRUČ, z.s.";
const PASSWORD = "Pestrobarevny-Kos-2026";
const SHOTS = "/tmp/h2";

test.use({ storageState: stateOf("admin") });

/** Full-page screenshots at 1440 and 390 px, with no sideways page scroll on the phone. */
async function shots(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth))
      .toBeLessThanOrEqual(0);
    await expectAccessible(page);
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("the admin invites a member, who sets a password and signs in; deactivation ends their session at once", async ({
  page,
  browser,
}) => {
  const email = `pozvana.${Date.now()}@naruc.test`;
  const name = "Alena Pozvaná";

  // The list: every demo account, roles in Czech, "Upravit" in each row.
  await page.goto("/sprava/uzivatele");
  await expect(page.getByRole("heading", { level: 1, name: "Uživatelé" })).toBeVisible();
  const adminRow = page.getByRole("row", { name: /Tomáš Veselý/ });
  await expect(adminRow).toContainText("Správce");
  await expect(adminRow).toContainText("Aktivní");
  await expect(adminRow.getByRole("link", { name: "Upravit Tomáš Veselý" })).toBeVisible();
  await shots(page, "people-list");

  // The invitation.
  await page.getByRole("link", { name: "Pozvat uživatele" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Pozvat uživatele" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await shots(page, "people-invite");
  await typeUntilHeld(page.getByLabel("Jméno a příjmení", { exact: true }), name);
  await typeUntilHeld(page.getByLabel("E-mail", { exact: true }), email);
  await page.getByLabel("Role", { exact: true }).selectOption({ label: "Člen pracovní skupiny" });
  await page.getByLabel("Organizace", { exact: true }).selectOption({ label: NARUC });
  await page.getByRole("button", { name: "Odeslat pozvánku" }).click();
  await expect(page.getByText(`Pozvánka odeslána na ${email}.`)).toBeVisible();

  // The same address again is refused in Czech.
  await typeUntilHeld(page.getByLabel("Jméno a příjmení", { exact: true }), name);
  await typeUntilHeld(page.getByLabel("E-mail", { exact: true }), email.toUpperCase());
  await page.getByLabel("Organizace", { exact: true }).selectOption({ label: NARUC });
  await page.getByRole("button", { name: "Odeslat pozvánku" }).click();
  await expect(page.getByText("Účet s tímto e-mailem už existuje.")).toBeVisible();

  // The new member, in a browser of their own: the link from the e-mail, a password, sign-in, their organisation.
  const mail = await waitForMail(email, (m) => m.subject.startsWith("Pozvánka"));
  expect(mail.text).toContain("Tomáš Veselý vás zve");
  const link = linkIn(mail);
  expect(link).toContain("/prihlaseni/heslo/");
  const memberContext = await browser.newContext({
    storageState: { cookies: [], origins: [] },
    locale: "cs-CZ",
    timezoneId: "Europe/Prague",
  });
  const member = await memberContext.newPage();
  await member.goto(link);
  await expect(member.getByTestId("link-email")).toHaveText(email);
  await member.waitForLoadState("networkidle");
  await typeUntilHeld(member.getByLabel("Nové heslo", { exact: true }), PASSWORD);
  await typeUntilHeld(member.getByLabel("Nové heslo znovu", { exact: true }), PASSWORD);
  await member.getByRole("button", { name: "Nastavit heslo" }).click();
  await expect(member.getByRole("heading", { name: "Heslo je nastavené" })).toBeVisible();
  await member.goto("/prihlaseni");
  await member.waitForLoadState("networkidle");
  await typeUntilHeld(member.getByLabel("E-mail", { exact: true }), email);
  await typeUntilHeld(member.getByLabel("Heslo", { exact: true }), PASSWORD);
  await member.getByRole("button", { name: "Přihlásit se" }).click();
  await expect(member.getByRole("heading", { level: 1, name: `Moje organizace – ${NARUC}` })).toBeVisible();

  // The admin finds them (accepted: active, signed in) and deactivates them.
  await page.goto(`/sprava/uzivatele?q=${encodeURIComponent(email)}`);
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText("Aktivní");
  await expect(row).toContainText(NARUC);
  await expect(row).not.toContainText("nikdy");
  await row.getByRole("link", { name: `Upravit ${name}` }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("region", { name: "Dvoufázové ověření" })).toContainText("Vypnuto");
  await page.waitForLoadState("networkidle");
  await shots(page, "people-person");
  await page.getByRole("button", { name: "Deaktivovat" }).click();
  await expect(page.getByText("Uživatel je deaktivován; jeho přihlášení byla ukončena.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Znovu aktivovat" })).toBeVisible();

  // Their open session is refused on the next navigation.
  await member.goto("/nabor");
  await expect(member).toHaveURL(/\/prihlaseni/);
  await memberContext.close();

  // The audit log tells who did it, in Czech.
  await page.goto("/sprava/audit?entita=User&akce=deactivate");
  const entry = page.getByTestId("audit-entry").filter({ hasText: name }).first();
  await expect(entry).toContainText(`${name} – deaktivováno`);
  await expect(entry).toContainText("Tomáš Veselý (Správce)");
  await expect(entry.getByTestId("audit-change")).toContainText(/Aktivní\s*ano\s*→\s*(změněno na\s*)?ne/);
});

test("the admin cannot deactivate themself: the person page says so instead of offering the button", async ({
  page,
}) => {
  await page.goto("/sprava/uzivatele/user-admin");
  await expect(page.getByRole("heading", { level: 1, name: "Tomáš Veselý" })).toBeVisible();
  await expect(page.getByText("Sami sebe deaktivovat nemůžete.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Deaktivovat" })).toHaveCount(0);
});
