import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe";

test.use({ storageState: { cookies: [], origins: [] } });

test("the accessibility statement is public, prerendered, accessible and runs under its CSP", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) errors.push(m.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  const response = await page.goto("/pristupnost");
  expect(response?.status()).toBe(200);
  // Served from the build's prerendered HTML, not rendered per request.
  expect(response?.headers()["x-nextjs-prerender"] ?? response?.headers()["x-nextjs-cache"]).toBeTruthy();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Prohlášení o přístupnosti");
  await expect(page.getByText(/zákonem č. 99\/2019 Sb./)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Přihlášení do aplikace" }).click();
  await expect(page).toHaveURL(/\/prihlaseni/);
  // The statement is reachable from the sign-in page, the first page every user sees.
  await page.getByRole("link", { name: "Prohlášení o přístupnosti" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Prohlášení o přístupnosti");
  expect(errors).toEqual([]);
});
