import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe";
import { stateOf } from "./users";

const WORDS = /^.?(Splněno|Napřed|V plánu|Ohroženo|Mimo plán|Nehodnoceno)$/;

test.describe("the signal", () => {
  test.use({ storageState: stateOf("council") });

  test("the overview shows today's signal and the forecast in one sentence, and links the rule", async ({ page }) => {
    await page.goto("/");
    const word = (await page.getByTestId("pace-label").textContent())!.replace(/^\W\s?/u, "");
    expect(word).toMatch(/^(Splněno|Napřed|V plánu|Ohroženo|Mimo plán|Nehodnoceno)$/);
    await expect(page.getByTestId("forecast")).toHaveText(new RegExp(`^${word}; `));
    await page.getByRole("link", { name: "Jak se signál počítá" }).first().click();
    await expect(page.getByRole("heading", { name: "Jak se signál počítá", level: 1 })).toBeVisible();
    await expect(page.getByTestId("signal-rules").locator("li")).toHaveCount(10);
    await expect(page.getByTestId("signal-examples").locator("[data-signal]").first()).toHaveText(WORDS);
    await expectAccessible(page);
  });

  test("a slice without a target of its own shows its count and share, with no signal and no forecast", async ({
    page,
  }) => {
    await page.goto("/?orp=5109"); // Turnov: the recruitment plan has no target per ORP
    await expect(page.getByTestId("slice-note")).toContainText("Pro Turnov nemá program vlastní cíl");
    await expect(page.getByTestId("slice-share")).toContainText("ze všech");
    await expect(page.getByTestId("pace-label")).toHaveCount(0);
    await expect(page.getByTestId("forecast")).toHaveCount(0);
    await page.goto("/?typ=TALK");
    await expect(page.getByTestId("pace-label")).toHaveCount(0);
    await expectAccessible(page);
  });

  test("a year is judged against its sub-target", async ({ page }) => {
    await page.goto("/?rok=2025");
    await expect(page.getByTestId("slice-note")).toContainText("Rok 2025");
    await expect(page.getByTestId("recruitment-count")).toHaveText(/ z 12 aktivit$/);
    await expect(page.getByTestId("pace-label")).toHaveText(WORDS);
  });
});
