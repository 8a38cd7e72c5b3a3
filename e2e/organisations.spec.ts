import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";
import { queryOne } from "./db";
import { typeUntilHeld } from "./typing";
import { stateOf } from "./users";

test.use({ storageState: stateOf("admin") });

const SHOTS = "/tmp/h3";
const shot = async (page: Page, name: string) => {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
};
const noSideScroll = async (page: Page) =>
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);

/** A fresh valid IČO (7 random digits + the check digit), so that runs on one database never collide. */
function freshIco() {
  const body = String(Math.floor(Math.random() * 9_000_000) + 1_000_000);
  const sum = [...body].reduce((total, d, i) => total + Number(d) * (8 - i), 0);
  return `${body}${(11 - (sum % 11)) % 10}`;
}

test("the admin registers an organisation: a bad IČO is refused in Czech, then it is saved, edited and deactivated", async ({
  page,
}) => {
  const name = `Spolek Domov pro každé dítě ${Date.now()}`;
  const ico = freshIco();
  const badIco = `${ico.slice(0, 7)}${(Number(ico[7]) + 1) % 10}`;
  const count = () => queryOne<{ n: number }>("SELECT COUNT(*) AS n FROM Organisation WHERE name = ?", name).n;

  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.goto("/sprava/organizace");
  await expect(page.getByRole("heading", { level: 1, name: "Organizace" })).toBeVisible();
  await expect(page.getByRole("row", { name: /Krajský úřad Libereckého kraje/ })).toContainText("70891508");
  await expectAccessible(page);
  await shot(page, "register-1440");

  await page.getByRole("link", { name: "Nová organizace" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nová organizace" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await typeUntilHeld(page.getByLabel("Název", { exact: true }), name);
  await typeUntilHeld(page.getByLabel("Zkratka", { exact: true }), "Domov");
  await typeUntilHeld(page.getByLabel("IČO", { exact: true }), badIco);
  await page.getByLabel("Druh organizace").selectOption({ label: "Nestátní nezisková organizace" });
  await page.getByLabel("Sídlo (obec s rozšířenou působností)").selectOption({ label: "Semily" });
  await page.getByRole("button", { name: "Vytvořit organizaci" }).click();
  await expect(page.getByText("IČO nemá platný kontrolní součet.")).toBeVisible();
  await expect(page.getByLabel("IČO", { exact: true })).toHaveAttribute("aria-invalid", "true");
  expect(count()).toBe(0);

  // An IČO another organisation has is refused on the server, naming that organisation.
  await typeUntilHeld(page.getByLabel("IČO", { exact: true }), "708 91 508");
  await page.getByRole("button", { name: "Vytvořit organizaci" }).click();
  await expect(page.getByText("Toto IČO už má organizace Krajský úřad Libereckého kraje.")).toBeVisible();
  expect(count()).toBe(0);
  await expectAccessible(page);
  await shot(page, "form-error-1440");

  await typeUntilHeld(page.getByLabel("IČO", { exact: true }), `${ico.slice(0, 3)} ${ico.slice(3, 5)} ${ico.slice(5)}`);
  await page.getByRole("button", { name: "Vytvořit organizaci" }).click();
  await page.waitForURL(/\/sprava\/organizace$/);
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText(ico);
  await expect(row).toContainText("Semily");
  await expect(row).toContainText("okres Semily");
  await expect(row).toContainText("aktivní");
  expect(count()).toBe(1);

  await row.getByRole("link", { name: `Upravit ${name}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Upravit organizaci: ${name}` })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await typeUntilHeld(page.getByLabel("Zkratka", { exact: true }), "DPKD");
  await page.getByLabel("Člen pracovní skupiny pro vyhledávání náhradních rodičů").uncheck();
  await page.getByRole("button", { name: "Uložit" }).click();
  await expect(page.getByText("Uloženo.")).toBeVisible();
  expect(
    queryOne<{ shortName: string; isWorkingGroupMember: number }>(
      "SELECT shortName, isWorkingGroupMember FROM Organisation WHERE name = ?",
      name,
    ),
  ).toEqual({ shortName: "DPKD", isWorkingGroupMember: 0 });
  await expect(page.getByText("Organizace zatím nemá žádné uživatele.")).toBeVisible();
  await expect(page.getByText(/nenabízí při zápisu nových akcí/)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Deaktivovat organizaci" }).click();
  await expect(page.getByText("Organizace byla deaktivována.")).toBeVisible();
  await expect(page.getByText("Organizace je neaktivní.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Znovu aktivovat organizaci" })).toBeVisible();
  expect(queryOne<{ active: number }>("SELECT active FROM Organisation WHERE name = ?", name).active).toBe(0);

  await page.goto("/sprava/organizace?stav=neaktivni");
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("neaktivní");
  await expect(page.getByRole("row", { name: /Krajský úřad Libereckého kraje/ })).toHaveCount(0);
  // Gone from the pickers for new records.
  await page.goto("/nabor/akce/nova");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("option", { hasText: name })).toHaveCount(0);
});

test("the register and the form fit a 390 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/sprava/organizace");
  const kulk = page.getByRole("row", { name: /Krajský úřad Libereckého kraje/ });
  await expect(kulk).toBeVisible();
  await noSideScroll(page);
  // The edit link stays in view in its sticky column while the table scrolls sideways.
  await expect(kulk.getByRole("link", { name: "Upravit Krajský úřad Libereckého kraje" })).toBeInViewport();
  await expectAccessible(page);
  await shot(page, "register-390");
  await kulk.getByRole("link", { name: "Upravit Krajský úřad Libereckého kraje" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Upravit organizaci/ })).toBeVisible();
  await expect(page.getByLabel("IČO", { exact: true })).toHaveValue("70891508");
  await expect(page.getByRole("heading", { name: "Uživatelé organizace" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Jana Dvořáková" })).toHaveAttribute(
    "href",
    "/sprava/uzivatele/user-coordinator",
  );
  await noSideScroll(page);
  await expectAccessible(page);
  await shot(page, "form-390");
});
