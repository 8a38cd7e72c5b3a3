import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe";
import { PASSWORD, USERS } from "./users";

test.describe("sign-in page", () => {
  test("is in Czech and accessible", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/prihlaseni$/);
    await expect(page.getByRole("heading", { name: "Přihlášení" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "cs");
    await expectAccessible(page);
  });

  test("a wrong password gets one Czech message that does not say which part was wrong", async ({ page }) => {
    await page.goto("/prihlaseni");
    await page.getByLabel("E-mail").fill(USERS.coordinator);
    await page.getByLabel("Heslo").fill("spatne-heslo");
    await page.getByRole("button", { name: "Přihlásit se" }).click();
    await expect(page.getByTestId("sign-in-error")).toHaveText("Nesprávný e-mail nebo heslo.");
    await page.getByLabel("E-mail").fill("nikdo@demo.rodina-lk.cz");
    await page.getByLabel("Heslo").fill(PASSWORD);
    await page.getByRole("button", { name: "Přihlásit se" }).click();
    await expect(page.getByTestId("sign-in-error")).toHaveText("Nesprávný e-mail nebo heslo.");
    await expect(page).toHaveURL(/\/prihlaseni$/);
  });

  test("empty and oversize input gets Czech field errors", async ({ page }) => {
    await page.goto("/prihlaseni");
    await page.getByRole("button", { name: "Přihlásit se" }).click();
    await expect(page.locator("#email-error")).toHaveText("Vyplňte prosím toto pole.");
    await expect(page.locator("#password-error")).toHaveText("Vyplňte prosím toto pole.");
    await page.getByLabel("E-mail").fill(`${"a".repeat(10_000)}@example.cz`);
    await page.getByRole("button", { name: "Přihlásit se" }).click();
    await expect(page.locator("#email-error")).toHaveText("Hodnota je příliš velká nebo dlouhá (maximum 254).");
  });

  test("hostile input sent straight to the server is refused without a server error", async ({ request }) => {
    const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
    for (const [email, password] of [
      [`${"a".repeat(10_000)}@example.cz`, PASSWORD],
      ["' OR 1=1 --", "' OR '1'='1"],
      ["", ""],
    ]) {
      const response = await request.post("/api/auth/callback/credentials", {
        form: { csrfToken, email, password, json: "true" },
        maxRedirects: 0,
      });
      expect(response.status()).toBeLessThan(500);
      expect(response.headers()["location"] ?? (await response.text())).toContain("error=CredentialsSignin");
    }
  });

  test("signing in and out", async ({ page }) => {
    await page.goto("/prihlaseni");
    await page.getByLabel("E-mail").fill(USERS.council);
    await page.getByLabel("Heslo").fill(PASSWORD);
    await page.getByRole("button", { name: "Přihlásit se" }).click();
    await expect(page.getByText("Přihlášen(a): Eva Benešová · Rada kraje")).toBeVisible();
    await page.getByRole("button", { name: "Odhlásit se" }).click();
    await expect(page).toHaveURL(/\/prihlaseni$/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/prihlaseni$/);
  });
});
