// The 2016–2019 project's KA1 and KA4 outputs as targets, and KA1's target shared by 12 social workers.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";
import { confirmedActivities, queryOne } from "./db";
import { stateOf } from "./users";

const KA1 = "/nabor/programy/prog-ka1-seminare";
const section = (page: Page, code: string) => page.locator(`[data-programme="${code}"]`);
const perWorker = (confirmed: number) => (Math.round((confirmed / 12) * 10) / 10).toLocaleString("cs-CZ");

test.describe("coordinator", () => {
  test.use({ storageState: stateOf("coordinator") });

  test("sees the outputs with their targets, KA1 per person, and a bad number of people is refused", async ({
    page,
  }) => {
    const confirmed = confirmedActivities("KA1-VZDELAVANI");
    const line = new RegExp(
      `Cíl sdílí 12 osob: 12 aktivit na osobu, potvrzeno ${perWorker(confirmed)} aktivit[ay]? na osobu`,
    );
    await page.goto("/nabor/programy");
    await expect(section(page, "KA1-VZDELAVANI").getByTestId("per-participant")).toHaveText(line);
    await expect(section(page, "KA1-METODIKY-KONTROL").getByTestId("programme-numbers")).toContainText(
      /2 aktivity\s*Potvrzeno\s*2 aktivity/,
    );
    await expect(section(page, "KA4-EVALUACE").getByTestId("programme-numbers")).toContainText(
      /3 aktivity\s*Potvrzeno\s*3 aktivity/,
    );
    await expect(section(page, "KA2B-KULATE-STOLY").getByTestId("per-participant")).toHaveCount(0);

    await page.goto("/");
    await expect(page.getByTestId("per-participant")).toContainText(line);
    await expect(page.locator('[data-programme="KA1-VZDELAVANI"] td').nth(2)).toHaveText(String(confirmed));

    await page.goto(KA1);
    await expect(page.getByTestId("per-participant")).toHaveText(line);
    const people = page.getByLabel("Počet osob sdílejících cíl");
    await expect(people).toHaveValue("12");
    await people.fill("0");
    await page.getByRole("button", { name: "Uložit program" }).click();
    await expect(page.locator("#participants-error")).toHaveText(
      "Počet osob sdílejících cíl musí být celé číslo 1 nebo větší; jinak nechte pole prázdné.",
    );
    await expectAccessible(page);
    expect(queryOne<{ n: number }>("SELECT participants AS n FROM Programme WHERE id = 'prog-ka1-seminare'").n).toBe(
      12,
    );
    await page.screenshot({ path: "test-results/screenshots/programme-ka1.png", fullPage: true });
  });
});
