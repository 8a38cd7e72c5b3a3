import { expect, test } from "@playwright/test";
import { stateOf } from "./users";

// Pictures of the main pages for people to look at (test-results/screenshots/*.png after each run).
test.describe("screenshots", () => {
  test.use({ storageState: stateOf("coordinator"), viewport: { width: 1280, height: 900 } });

  for (const [name, path] of [
    ["prehled", "/"],
    ["strategicky-plan", "/strategicky-plan"],
    ["nabor", "/nabor"],
    ["reporty", "/reporty"],
  ]) {
    test(name, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      // Charts load after first paint; wait for them before the picture.
      if (path === "/") await expect(page.locator(".recharts-surface").first()).toBeVisible();
      await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
    });
  }
});
