import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe";
import { confirmedActivities, queryOne } from "./db";
import { stateOf, type Who } from "./users";

const NAV = ["Přehled", "Strategický plán", "Nábor NRP", "Reporty", "Moje úkoly", "Správa"];
const SEES: Record<Who, (string | RegExp)[]> = {
  admin: NAV,
  // The coordinator's review queue, with the number of events waiting.
  coordinator: [...NAV.slice(0, 3), /^Ke schválení \(\d+\)$/, ...NAV.slice(3, 5)],
  memberA: NAV.slice(0, 5),
  memberB: NAV.slice(0, 5),
  council: NAV.slice(0, 5),
};
const PAGES = ["/", "/strategicky-plan", "/nabor", "/reporty", "/moje-ukoly", "/jak-se-signal-pocita", "/sprava"];

for (const who of Object.keys(SEES) as Who[]) {
  test.describe(`as ${who}`, () => {
    test.use({ storageState: stateOf(who) });

    test("the navigation offers what the role may open", async ({ page }) => {
      await page.goto("/");
      const nav = page.getByRole("navigation", { name: "Hlavní navigace" });
      await expect(nav.getByRole("link")).toHaveText(SEES[who]);
    });

    test("every page is accessible, and pages outside the role answer 403 in Czech", async ({ page }) => {
      for (const path of PAGES) {
        const response = await page.goto(path);
        if (path === "/sprava" && who !== "admin") {
          expect(response?.status()).toBe(403);
          await expect(page.getByRole("heading", { name: "Přístup odepřen" })).toBeVisible();
        } else {
          expect(response?.status(), path).toBe(200);
        }
        await expectAccessible(page);
      }
    });
  });
}

test.describe("overview", () => {
  test.use({ storageState: stateOf("coordinator") });

  test("shows numbers from the database", async ({ page }) => {
    await page.goto("/");
    const done = confirmedActivities("NRP-2024-2028");
    const completed = queryOne<{ n: number }>(
      `SELECT COUNT(*) AS n FROM Measure m JOIN Plan p ON p.id = m.planId WHERE p.yearFrom = 2019 AND m.status = 'COMPLETED'`,
    ).n;
    expect(done).toBeGreaterThan(30);
    await expect(page.getByTestId("recruitment-count")).toHaveText(`${done} z 60 aktivit`);
    await expect(page.locator('[data-status="COMPLETED"]')).toHaveText(String(completed));
    await expect(page.locator('[data-programme="KA2B-KULATE-STOLY"] td').nth(2)).toHaveText("42");
    await expect(page.getByTestId("pace-label")).toHaveText(
      /^.?(Splněno|Napřed|V plánu|Ohroženo|Mimo plán|Nehodnoceno)$/,
    );
  });

  test("switches to English and back", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { name: "Overview", level: 1 })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("button", { name: "Čeština" }).click();
    await expect(page.getByRole("heading", { name: "Přehled", level: 1 })).toBeVisible();
  });
});
