import { expect, test as setup } from "@playwright/test";
import { PASSWORD, USERS, stateOf, type Who } from "./users";

for (const who of Object.keys(USERS) as Who[]) {
  setup(`sign in as ${who}`, async ({ page }) => {
    await page.goto("/prihlaseni");
    await page.getByLabel("E-mail").fill(USERS[who]);
    await page.getByLabel("Heslo").fill(PASSWORD);
    await page.getByRole("button", { name: "Přihlásit se" }).click();
    await expect(page.getByRole("heading", { name: "Přehled", level: 1 })).toBeVisible();
    await page.context().storageState({ path: stateOf(who) });
  });
}
