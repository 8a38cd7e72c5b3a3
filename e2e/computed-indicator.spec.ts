import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe";
import { confirmedActivities } from "./db";
import { stateOf } from "./users";

const MEASURE_2019 = "/strategicky-plan/opatreni/plan-2019-2023-a4-g1-m1"; // 4.1.1, counts NRP 2019–2023

test.describe("an indicator computed from a programme", () => {
  test.use({ storageState: stateOf("coordinator") });

  test("shows the programme's count, takes no typed value, and stays readable while its programme is archived", async ({
    page,
  }) => {
    const count = confirmedActivities("NRP-2019-2023");
    await page.goto(MEASURE_2019);
    await expect(page.getByTestId("indicator-source")).toContainText(
      "Plán pro vyhledávání náhradních rodičů 2019–2023",
    );
    await expect(page.getByRole("table").first().getByRole("row").last().getByRole("cell").nth(1)).toHaveText(
      String(count),
    );
    // The progress update form offers no field for it: its values come from the programme.
    await expect(page.getByLabel(/Počet náborových aktivit \(/)).toHaveCount(0);

    await page.getByRole("link", { name: "zobrazit program" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Napojená opatření" })).toBeVisible();
    await page.getByRole("button", { name: "Archivovat program" }).click();
    await expect(page.getByTestId("programme-state")).toHaveText("Program je archivován.");
    await expectAccessible(page);

    const response = await page.goto(MEASURE_2019);
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("indicator-source")).toContainText("zdroj archivován");
    await expect(page.getByRole("table").first().getByRole("row").last().getByRole("cell").nth(1)).toHaveText(
      String(count),
    );
    await expectAccessible(page);

    await page.goto("/nabor/programy");
    await page
      .getByRole("region", { name: "Archivované programy" })
      .getByRole("link", { name: "Plán pro vyhledávání náhradních rodičů 2019–2023" })
      .click();
    await page.getByRole("button", { name: "Obnovit program" }).click();
    await expect(page.getByTestId("programme-state")).toHaveText("Program je aktivní.");
  });
});
